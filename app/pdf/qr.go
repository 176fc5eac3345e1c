package pdf

import (
	"bytes"
	"fmt"
	"strconv"
	"sync"
	"sync/atomic"

	"github.com/boombuler/barcode"
	"github.com/boombuler/barcode/qr"
)

// QR draws a QR code (error correction M) of side s mm at x, y, as
// vector squares: crisp on any printer.
//
// Every pack of a batch carries the same coordinator's card: some 700
// rectangles, a tenth of a pack's page content to write and deflate. So
// the squares go in a form (a PDF XObject) kept by content and place,
// deflated once for the batch; a page paints it with Do. Page 1 of a
// preview draws the squares on the page, to record them.
func (d *Doc) QR(x, y, s float64, content string) error {
	code, err := encodeQR(content)
	if err != nil {
		return err
	}
	d.SetFillColor(0, 0, 0)
	if d.recording() {
		d.qrSquares(code, x, y, s)
		return nil
	}
	_, ph := d.p.GetPageSize()
	key := qrKey{content, x, y, s, ph, d.p.GetConversionRatio()}
	f, ok := qrForms.get(key)
	if !ok {
		var ops bytes.Buffer
		d.capture = &ops
		d.qrSquares(code, x, y, s)
		d.capture = nil
		f = &xform{name: "Q" + strconv.FormatUint(formCount.Add(1), 10)}
		deflateStream(&f.z, ops.Bytes())
		qrForms.put(key, f)
	}
	if !d.hasForm(f) {
		d.forms = append(d.forms, f)
	}
	d.ops.Reset()
	d.ops.WriteString("/" + f.name + " Do")
	d.write()
	return nil
}

// qrSquares draws the code's dark modules, a rectangle for each run in a
// row.
func (d *Doc) qrSquares(code barcode.Barcode, x, y, s float64) {
	b := code.Bounds()
	n := b.Dx()
	quiet := 2 // modules of white border
	m := s / float64(n+2*quiet)
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
}

// xform is a form XObject: its name in the pages' resources and its
// content, deflated.
type xform struct {
	name string
	z    bytes.Buffer
}

// formCount numbers the forms made, for their names.
var formCount atomic.Uint64

func (d *Doc) hasForm(f *xform) bool {
	for _, g := range d.forms {
		if g == f {
			return true
		}
	}
	return false
}

// formBox bounds a form's content: any page (points).
const formBox = "[0 0 1200 1200]"

// embedForms writes the forms the document's pages paint, and returns
// the entries of the pages' XObject dictionary.
func (o *pdfObjects) embedForms(forms []*xform) string {
	var dict bytes.Buffer
	for _, f := range forms {
		n := o.begin()
		o.stream("/Type /XObject /Subtype /Form /BBox "+formBox+" ", f.z.Bytes())
		fmt.Fprintf(&dict, "/%s %d 0 R\n", f.name, n)
	}
	return dict.String()
}

type qrKey struct {
	content       string
	x, y, s, h, k float64
}

// qrForms keeps the forms of the codes drawn, by content and place.
var qrForms = boundedCache[qrKey, *xform]{max: 16}

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
