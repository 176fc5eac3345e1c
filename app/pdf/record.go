package pdf

import (
	"errors"
	"image"
	"image/color"
)

// The preview. The window shows the first page of a pack before it is
// printed, on computers with no PDF renderer (most coordinators are on
// Windows). Rather than read the PDF back, a Doc can record what it draws
// on its first page, as it hands it to gofpdf: text runs already shaped
// and in display order with the font cut that draws them, lines,
// rectangles and images, with their colours. Page.Render rasterises that
// record with the same font bytes the PDF embeds.

type opKind uint8

const (
	opText opKind = iota
	opLine
	opRect
	opImage
)

// op is one drawing operation, in millimetres from the top left of the
// page.
type op struct {
	kind   opKind
	x, y   float64 // text: the baseline's start; line: one end; rect, image: top left
	x2, y2 float64 // line: the other end; rect, image: bottom right
	// rect: what is painted.
	fill, stroke bool
	fc, sc       color.RGBA // fill (and text) colour, stroke colour
	lineW        float64
	ref          *fontRef
	size         float64 // points
	text         string  // in display order; the font's cmap maps it to glyphs
	img          image.Image
}

type recorder struct {
	ops  []op
	late bool // Record was called after drawing began
}

// Page is the record of a document's first page.
type Page struct {
	W, H float64 // millimetres
	ops  []op
}

// Record makes the document keep a record of what it draws on its first
// page, for Page1. Call it before the first AddPage.
func (d *Doc) Record() {
	d.rec = &recorder{late: d.p.PageCount() > 0}
}

// Page1 is the record of the first page; call it when the document is
// finished (Finish and anything else that goes back to page 1 draw on it
// too).
func (d *Doc) Page1() (*Page, error) {
	switch {
	case d.rec == nil:
		return nil, errors.New("pdf: page 1 was not recorded")
	case d.rec.late:
		return nil, errors.New("pdf: page 1 was recorded from the middle")
	}
	if err := d.Err(); err != nil {
		return nil, err
	}
	return &Page{W: d.W, H: d.H, ops: d.rec.ops}, nil
}

func (d *Doc) recording() bool { return d.rec != nil && d.p.PageNo() == 1 }

// record keeps o, with the colours and line width in force, when it is
// drawn on page 1.
func (d *Doc) record(o op) {
	if !d.recording() {
		return
	}
	switch o.kind {
	case opText:
		o.fc = d.state.text
	case opLine, opRect:
		o.fc, o.sc, o.lineW = d.state.fill, d.state.draw, d.state.lineW
	}
	d.rec.ops = append(d.rec.ops, o)
}
