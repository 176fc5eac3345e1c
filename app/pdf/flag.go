package pdf

// Flag draws a delegation's flag w mm wide and 3/4 of that high with its
// top left at x, y: the PNG when there is one (name keys it within the
// document), else the delegation's code in a box of the same size, as
// organisations show.
func (d *Doc) Flag(name string, png []byte, code string, x, y, w float64) {
	h := w * 3 / 4
	if len(png) > 0 && d.Image(name, png, x, y, w, h) {
		return
	}
	d.SetDrawColor(0, 0, 0)
	d.SetLineWidth(max(w/60, 0.3))
	d.Rect(x, y, w, h, "D")
	d.SetLineWidth(0.2)
	size := h * 0.55 / ptMM
	if tw := d.Width(code, Bold, size); tw > w*0.85 {
		size *= w * 0.85 / tw
	}
	d.TextCenter(x+w/2, y+h/2+size*ptMM*0.36, code, Bold, size)
}

// Upside draws what draw draws turned half a turn about (cx, cy): the
// back of a tent card. The preview of page 1 does not show it.
func (d *Doc) Upside(cx, cy float64, draw func()) {
	rec := d.rec
	d.rec = nil
	paint := d.paint
	d.p.TransformBegin()
	d.p.TransformRotate(180, cx, cy)
	draw()
	d.p.TransformEnd()
	d.paint = paint // Q restores the colour of before
	d.rec = rec
}

// Foot draws the foot of every page (call it last): a rule, left in bold
// (the marking and who the copy is for), the page number of the total on
// the right (pageOf formats it) and small below.
func (d *Doc) Foot(left, small string, pageOf func(page, total int) string) {
	d.Finish(func(d *Doc, page, total int) {
		y := d.H - Margin
		d.SetDrawColor(0, 0, 0)
		d.Line(Margin, y-6.5, d.W-Margin, y-6.5)
		d.Text(Margin, y-3.2, left, Bold, 7.5)
		d.TextRight(d.W-Margin, y-3.2, pageOf(page, total), Bold, 8)
		d.Text(Margin, y, small, Regular, 7)
	})
}
