package pdf

import (
	"bytes"
	"image"
	"image/color"
	_ "image/jpeg" // photos on the cover, decoded for the preview
	_ "image/png"
	"strings"

	"github.com/jung-kurt/gofpdf"
)

// What is drawn besides text. Each method draws through gofpdf exactly
// as a direct call would, and records what it drew on the first page for
// the preview (see Record), so that nothing on the page escapes it.

// gstate is the graphics state gofpdf keeps between calls.
type gstate struct {
	text, fill, draw color.RGBA
	lineW            float64
}

var black = rgb(0, 0, 0)

func rgb(r, g, b int) color.RGBA { return color.RGBA{uint8(r), uint8(g), uint8(b), 0xFF} }

// PageNo is the page being drawn, from 1.
func (d *Doc) PageNo() int { return d.p.PageNo() }

// PageCount is the number of pages so far.
func (d *Doc) PageCount() int { return d.p.PageCount() }

// SetPage goes back to page n to draw more on it. The font is selected
// again there: a page's content keeps the font its own text last chose,
// not the one the last page chose.
func (d *Doc) SetPage(n int) {
	d.leavePage()
	d.p.SetPage(n)
	d.curFont = ""
	if n >= 1 && n <= len(d.paints) {
		d.paint = d.paints[n-1]
	}
}

// leavePage notes the fill colour in force at the end of the current
// page's content, for SetPage.
func (d *Doc) leavePage() {
	n := d.p.PageNo()
	if n < 1 {
		return
	}
	for len(d.paints) < n {
		d.paints = append(d.paints, black)
	}
	d.paints[n-1] = d.paint
}

// paintFill sets the fill colour in the page's content back from a
// text's colour before something is filled.
func (d *Doc) paintFill(b *bytes.Buffer) {
	if d.paint != d.state.fill {
		b.WriteString(colorOp(d.state.fill))
		b.WriteByte(' ')
		d.paint = d.state.fill
	}
}

// SetLineWidth sets the width of lines and rectangle borders, in mm.
func (d *Doc) SetLineWidth(w float64) {
	d.p.SetLineWidth(w)
	d.state.lineW = w
}

// SetDrawColor sets the colour of lines and borders.
func (d *Doc) SetDrawColor(r, g, b int) {
	d.p.SetDrawColor(r, g, b)
	d.state.draw = rgb(r, g, b)
}

// SetFillColor sets the colour rectangles are filled with.
func (d *Doc) SetFillColor(r, g, b int) {
	d.p.SetFillColor(r, g, b)
	d.state.fill = rgb(r, g, b)
	if d.p.PageNo() > 0 { // gofpdf writes it on the page
		d.paint = d.state.fill
	}
}

// SetTextColor sets the colour of text.
func (d *Doc) SetTextColor(r, g, b int) {
	d.p.SetTextColor(r, g, b)
	d.state.text = rgb(r, g, b)
}

// paintOp is gofpdf's operator for a rectangle's style.
func paintOp(style string) string {
	switch strings.ToUpper(style) {
	case "", "D":
		return "S"
	case "F":
		return "f"
	case "F*":
		return "f*"
	case "FD", "DF":
		return "B"
	case "FD*", "DF*":
		return "B*"
	}
	return style
}

// Line draws a line from x1, y1 to x2, y2.
func (d *Doc) Line(x1, y1, x2, y2 float64) {
	d.p.Line(x1, y1, x2, y2)
	d.record(op{kind: opLine, x: x1, y: y1, x2: x2, y2: y2, stroke: true})
}

// Rect draws a rectangle with its top left at x, y: style "D" (or "")
// strokes its border, "F" fills it, "FD" or "DF" does both.
func (d *Doc) Rect(x, y, w, h float64, style string) {
	// What gofpdf's Rect writes, without its Sprintf: tables draw
	// thousands of cells.
	k := d.p.GetConversionRatio()
	_, ph := d.p.GetPageSize()
	b := &d.ops
	b.Reset()
	paint := paintOp(style)
	if paint != "S" {
		d.paintFill(b)
	}
	for _, v := range [4]float64{x * k, (ph - y) * k, w * k, -h * k} {
		num(b, v)
		b.WriteByte(' ')
	}
	b.WriteString("re ")
	b.WriteString(paint)
	d.write()
	o := op{kind: opRect, x: x, y: y, x2: x + w, y2: y + h}
	switch style {
	case "F", "f":
		o.fill = true
	case "FD", "DF", "fd", "df":
		o.fill, o.stroke = true, true
	default:
		o.stroke = true
	}
	d.record(o)
}

// Image draws a JPEG or PNG w by h mm with its top left at x, y; a zero
// w or h keeps the image's proportions (both zero: 96 dpi). It says whether it drew: false for
// anything but a JPEG or a PNG.
func (d *Doc) Image(name string, data []byte, x, y, w, h float64) bool {
	typ := imageType(data)
	if typ == "" {
		return false
	}
	opts := gofpdf.ImageOptions{ImageType: typ}
	if d.p.GetImageInfo(name) == nil { // once a document: a flag on 400 cards is one image
		d.p.RegisterImageOptionsReader(name, opts, bytes.NewReader(data))
	}
	d.p.ImageOptions(name, x, y, w, h, false, opts, 0, "")
	if d.recording() {
		img, _, err := image.Decode(bytes.NewReader(data))
		if err != nil || img.Bounds().Empty() {
			return true // gofpdf reports what it could not read
		}
		b := img.Bounds()
		iw, ih := float64(b.Dx()), float64(b.Dy())
		switch { // as gofpdf sizes it
		case w == 0 && h == 0:
			w, h = iw*25.4/96, ih*25.4/96
		case w == 0:
			w = h * iw / ih
		case h == 0:
			h = w * ih / iw
		}
		d.record(op{kind: opImage, x: x, y: y, x2: x + w, y2: y + h, img: img})
	}
	return true
}

// imageType tells a JPEG from a PNG ("" for anything else).
func imageType(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return "JPG"
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "PNG"
	}
	return ""
}
