package pdf

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/boombuler/barcode"
	"github.com/boombuler/barcode/qr"
)

// Col is a table column: its heading and width in millimetres.
type Col struct {
	Title string
	W     float64
}

// Table is a grid of wrapped text; its heading row repeats after a page
// break.
type Table struct {
	Cols []Col
	Rows [][]string
	Size float64 // points; 8.5 when zero
	// Bold, when set, says which cells are bold.
	Bold func(row, col int) bool
	// Fill, when set, says which rows are shaded (light grey prints on
	// any printer).
	Fill func(row int) bool
}

const pad = 1.2

// Table draws t at the left margin from Y.
func (d *Doc) Table(t Table) {
	size := t.Size
	if size == 0 {
		size = 8.5
	}
	lh := LineHeight(size)
	d.SetDrawColor(0, 0, 0)
	d.SetLineWidth(0.2)
	titled := false
	heads := make([][]string, len(t.Cols))
	nh := 1
	for j, c := range t.Cols {
		titled = titled || c.Title != ""
		heads[j] = d.Wrap(c.Title, Bold, size, c.W-2*pad)
		nh = max(nh, len(heads[j]))
	}
	head := func() {
		if !titled {
			return
		}
		h := float64(nh)*lh + 2*pad
		d.SetFillColor(215, 215, 215)
		x := Margin
		for j, c := range t.Cols {
			d.Rect(x, d.Y, c.W, h, "FD")
			for k, l := range heads[j] {
				d.Text(x+pad, d.Y+pad+float64(k)*lh+size*ptMM*0.9, l, Bold, size)
			}
			x += c.W
		}
		d.Y += h
	}
	d.Need(2 * (lh + 2*pad))
	head()
	for i, row := range t.Rows {
		cells := make([][]string, len(t.Cols))
		n := 1
		for j := range t.Cols {
			if j >= len(row) {
				continue
			}
			st := Regular
			if t.Bold != nil && t.Bold(i, j) {
				st = Bold
			}
			cells[j] = d.Wrap(row[j], st, size, t.Cols[j].W-2*pad)
			n = max(n, len(cells[j]))
		}
		h := float64(n)*lh + 2*pad
		if d.Need(h) {
			head()
		}
		x := Margin
		fill := t.Fill != nil && t.Fill(i)
		if fill {
			d.SetFillColor(238, 238, 238)
		}
		for j, c := range t.Cols {
			style := "D"
			if fill {
				style = "FD"
			}
			d.Rect(x, d.Y, c.W, h, style)
			st := Regular
			if t.Bold != nil && t.Bold(i, j) {
				st = Bold
			}
			for k, line := range cells[j] {
				d.Text(x+pad, d.Y+pad+float64(k)*lh+size*ptMM*0.9, line, st, size)
			}
			x += c.W
		}
		d.Y += h
	}
	d.Y += 2
}

// QR draws a QR code (error correction M) of side s mm at x, y, as
// vector squares: crisp on any printer.
func (d *Doc) QR(x, y, s float64, content string) error {
	code, err := encodeQR(content)
	if err != nil {
		return err
	}
	b := code.Bounds()
	n := b.Dx()
	quiet := 2 // modules of white border
	m := s / float64(n+2*quiet)
	d.SetFillColor(0, 0, 0)
	// The page's operators for the code are kept: they are the same in
	// every pack of a batch (the coordinator's card), some 700
	// rectangles. Page 1 of a preview draws it afresh, to record it.
	_, ph := d.p.GetPageSize()
	key := qrKey{content, x, y, s, ph, d.p.GetConversionRatio()}
	if !d.recording() {
		if ops, ok := qrOps.get(key); ok {
			d.ops.Reset()
			d.ops.Write(ops)
			d.write()
			return nil
		}
	}
	var capture bytes.Buffer
	d.capture = &capture
	defer func() { d.capture = nil }()
	for row := range n {
		for col := 0; col < n; {
			r, _, _, _ := code.At(b.Min.X+col, b.Min.Y+row).RGBA()
			if r != 0 {
				col++
				continue
			}
			end := col
			for end < n {
				if r, _, _, _ := code.At(b.Min.X+end, b.Min.Y+row).RGBA(); r != 0 {
					break
				}
				end++
			}
			d.Rect(x+float64(quiet+col)*m, y+float64(quiet+row)*m, float64(end-col)*m+0.01, m+0.01, "F")
			col = end
		}
	}
	qrOps.put(key, bytes.TrimSuffix(capture.Bytes(), []byte("\n"))) // write ends the last line
	return nil
}

type qrKey struct {
	content       string
	x, y, s, h, k float64
}

// qrOps keeps the operators that draw the codes made, by content and
// place.
var qrOps = boundedCache[qrKey, []byte]{max: 16}

// boundedCache is a map that starts afresh when full.
type boundedCache[K comparable, V any] struct {
	mu  sync.Mutex
	m   map[K]V
	max int
}

func (c *boundedCache[K, V]) get(k K) (V, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *boundedCache[K, V]) put(k K, v V) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.m == nil || len(c.m) >= c.max {
		c.m = map[K]V{}
	}
	c.m[k] = v
}

// qrCache keeps the codes made: every pack of a run carries the same
// coordinator's card, and choosing a QR mask is slow.
var qrCache sync.Map

func encodeQR(content string) (barcode.Barcode, error) {
	if c, ok := qrCache.Load(content); ok {
		return c.(barcode.Barcode), nil
	}
	code, err := qr.Encode(content, qr.M, qr.Auto)
	if err != nil {
		return nil, fmt.Errorf("qr code: %w", err)
	}
	qrCache.Store(content, code)
	return code, nil
}
