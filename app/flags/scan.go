package flags

import (
	"image"
	"image/draw"
	"math"

	"github.com/srwiley/rasterx"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// bandScanner is rasterx's ScannerGV drawing only the rows a path
// covers. ScannerGV clears, accumulates and blends the whole picture for
// every path, and an emblem has hundreds of small paths: that was most
// of the time a flag took. The path is replayed into a rasteriser as
// high as its rows, moved up by a whole number of pixels, and blended
// into those rows: at these sizes (under 512 pixels) the rasteriser
// works in fixed point, so each pixel comes out exactly as before
// (TestBandScannerSamePixels).
type bandScanner struct {
	*rasterx.ScannerGV // colour, clip and winding; its own rasteriser unused
	w, h               int
	r                  vector.Rasterizer
	pts                []bandPoint
	minX, minY         fixed.Int26_6
	maxX, maxY         fixed.Int26_6
}

type bandPoint struct {
	p     fixed.Point26_6
	start bool
}

func newBandScanner(w, h int, dst draw.Image) *bandScanner {
	s := &bandScanner{ScannerGV: rasterx.NewScannerGV(1, 1, dst, dst.Bounds()), w: w, h: h}
	s.Clear()
	return s
}

func (s *bandScanner) set(a fixed.Point26_6) {
	s.minX, s.maxX = min(s.minX, a.X), max(s.maxX, a.X)
	s.minY, s.maxY = min(s.minY, a.Y), max(s.maxY, a.Y)
}

// Start starts a new path at a.
func (s *bandScanner) Start(a fixed.Point26_6) {
	s.set(a)
	s.pts = append(s.pts, bandPoint{a, true})
}

// Line adds a segment to b.
func (s *bandScanner) Line(b fixed.Point26_6) {
	s.set(b)
	s.pts = append(s.pts, bandPoint{b, false})
}

// GetPathExtent is the box the path's points span.
func (s *bandScanner) GetPathExtent() fixed.Rectangle26_6 {
	return fixed.Rectangle26_6{Min: fixed.Point26_6{X: s.minX, Y: s.minY}, Max: fixed.Point26_6{X: s.maxX, Y: s.maxY}}
}

// SetBounds sets the size of the picture.
func (s *bandScanner) SetBounds(w, h int) { s.w, s.h = w, h }

// Clear forgets the path.
func (s *bandScanner) Clear() {
	s.pts = s.pts[:0]
	const mxfi = fixed.Int26_6(math.MaxInt32)
	s.minX, s.minY, s.maxX, s.maxY = mxfi, mxfi, -mxfi, -mxfi
}

// Draw blends the path into the rows it covers.
func (s *bandScanner) Draw() {
	if len(s.pts) == 0 {
		return
	}
	y0 := max(0, int(s.minY.Floor()))
	y1 := min(s.h, int(s.maxY.Ceil()))
	if y1 <= y0 {
		return
	}
	s.r.Reset(s.w, y1-y0)
	off := float32(y0)
	for _, p := range s.pts {
		x, y := float32(p.p.X)/64, float32(p.p.Y)/64-off
		if p.start {
			s.r.MoveTo(x, y)
		} else {
			s.r.LineTo(x, y)
		}
	}
	s.r.Draw(s.Dest, image.Rect(0, y0, s.w, y1), s.Source, s.Offset.Add(image.Pt(0, y0)))
}

// newScanner is the scanner Image draws with (a variable for the test
// that compares it with rasterx's own).
var newScanner = func(w, h int, dst draw.Image) rasterx.Scanner { return newBandScanner(w, h, dst) }
