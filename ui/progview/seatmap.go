package progview

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/seating"
)

// seatBox is one person at a position.
type seatBox struct {
	pos      seating.Position
	personID string
	name     string
	code     string // delegation
	fixed    bool
	review   bool          // a newcomer in a locked session
	flag     fyne.Resource // nil: the code in a box
}

// Geometry of the picture, in Fyne units.
const (
	boxW, boxH = 116, 46
	gapX, gapY = 6, 16
	pitch      = boxW + gapX
	marginL    = 44 // row letters
	marginR    = 24
	headH      = 56 // caption, side labels
	footH      = 40 // stage or camera
)

// seatMap draws a seat map or a photo line-up facing the people: rows
// front to back, the host or chair at the centre, the host's right on the
// viewer's left; names in boxes, row letters, a pin on positions fixed by
// hand. A seat map has the front row at the top (the stage above it); a
// line-up has it at the bottom (the camera below it).
type seatMap struct {
	widget.BaseWidget

	photo    bool
	print    bool   // fixed light colours, for a saved picture
	caption  string // drawn above the picture (saved pictures)
	seats    []seatBox
	rowSizes []int
	selected string // person id
	loading  bool   // an item's seats are being read: nothing to say about them yet
	empty    string // what to do while nobody is placed (seatView.sayEmpty)

	// OnTap is called with the position under a tap.
	OnTap func(seating.Position)
	// OnDrop is called when a person is dragged onto another position.
	OnDrop func(personID string, to seating.Position)

	drag *seatDrag // the drag under way, if any

	rows    int
	centred map[int]bool
	slots   map[int][]int // row -> places
	minU    float32       // leftmost box, in pitches from the centre
	maxU    float32
}

func newSeatMap() *seatMap {
	m := &seatMap{}
	m.ExtendBaseWidget(m)
	return m
}

// set swaps in seats and row sizes and lays the picture out again.
func (m *seatMap) set(seats []seatBox, rowSizes []int, photo bool) {
	m.seats, m.rowSizes, m.photo, m.loading = seats, rowSizes, photo, false
	m.layoutSlots()
	m.Refresh()
}

// wait empties the picture and says its seats are being read (those of
// the large demo's gala dinner take a few seconds).
func (m *seatMap) wait(photo bool) {
	m.set(nil, nil, photo)
	m.loading = true
	m.Refresh()
}

func (m *seatMap) layoutSlots() {
	m.rows, m.centred, m.slots = len(m.rowSizes), map[int]bool{}, map[int][]int{}
	count := map[int]int{}
	for _, s := range m.seats {
		m.rows = max(m.rows, s.pos.Row)
		count[s.pos.Row]++
	}
	if len(m.seats) == 0 {
		m.rows = 0
	}
	m.minU, m.maxU = 0, 0
	for r := 1; r <= m.rows; r++ {
		size := count[r]
		if len(m.rowSizes) > 0 {
			size = max(m.rowSizes[min(r-1, len(m.rowSizes)-1)], count[r])
		}
		m.centred[r] = seating.Centred(r, size)
		have := map[int]bool{}
		for k := range size {
			pl := seating.PlaceOf(k, m.centred[r])
			have[pl] = true
			m.slots[r] = append(m.slots[r], pl)
		}
		for _, s := range m.seats {
			if s.pos.Row == r && !have[s.pos.Place] {
				have[s.pos.Place] = true
				m.slots[r] = append(m.slots[r], s.pos.Place)
			}
		}
		for _, pl := range m.slots[r] {
			u := m.unit(r, pl)
			m.minU, m.maxU = min(m.minU, u), max(m.maxU, u)
		}
	}
}

// unit is a position's distance from the centre in pitches, negative to
// the viewer's left (the host's right).
func (m *seatMap) unit(row, place int) float32 {
	u := float32(place)
	if !m.centred[row] && place != 0 {
		if place > 0 {
			u -= 0.5
		} else {
			u += 0.5
		}
	}
	return -u
}

// rect is the top-left corner of a position's box.
func (m *seatMap) rect(p seating.Position) fyne.Position {
	x := marginL + (m.unit(p.Row, p.Place)-m.minU)*pitch
	line := p.Row - 1
	if m.photo {
		line = m.rows - p.Row
	}
	y := float32(headH) + float32(line)*(boxH+gapY)
	if !m.photo {
		y += footH // the stage is above the front row
	}
	return fyne.NewPos(x, y)
}

// centreX is the x of the centre line.
func (m *seatMap) centreX() float32 { return marginL + (0-m.minU)*pitch + boxW/2 }

// slotCentre is where to tap to reach a position.
func (m *seatMap) slotCentre(p seating.Position) fyne.Position {
	return m.rect(p).AddXY(boxW/2, boxH/2)
}

func (m *seatMap) MinSize() fyne.Size {
	m.ExtendBaseWidget(m)
	w := marginL + (m.maxU-m.minU)*pitch + boxW + marginR
	h := float32(headH+footH) + float32(m.rows)*(boxH+gapY)
	if m.rows == 0 {
		h += 3 * theme.TextSize() * 1.5 // what to do, on up to four lines
	}
	return fyne.NewSize(max(w, 520), h)
}

// posAt is the position whose box is under pt.
func (m *seatMap) posAt(pt fyne.Position) (seating.Position, bool) {
	for r, places := range m.slots {
		for _, pl := range places {
			p := seating.Position{Row: r, Place: pl}
			o := m.rect(p)
			if pt.X >= o.X && pt.X < o.X+boxW && pt.Y >= o.Y && pt.Y < o.Y+boxH {
				return p, true
			}
		}
	}
	return seating.Position{}, false
}

// seatAt is the person at p, or nil for an empty position.
func (m *seatMap) seatAt(p seating.Position) *seatBox {
	for i := range m.seats {
		if m.seats[i].pos == p && m.seats[i].personID != "" {
			return &m.seats[i]
		}
	}
	return nil
}

// Tapped finds the position under the pointer.
func (m *seatMap) Tapped(ev *fyne.PointEvent) {
	if p, ok := m.posAt(ev.Position); ok && m.OnTap != nil {
		m.OnTap(p)
	}
}

// seatDrag is a person being dragged: who, from where, and where the
// pointer is now (the event's position is the pointer's, in the
// picture's coordinates).
type seatDrag struct {
	who     *seatBox // nil when the drag began on no one
	grab    fyne.Delta
	pointer fyne.Position
}

// Dragged moves a copy of the person's box with the pointer.
func (m *seatMap) Dragged(ev *fyne.DragEvent) {
	if m.drag == nil {
		start := ev.Position.Subtract(ev.Dragged)
		d := &seatDrag{}
		if p, ok := m.posAt(start); ok {
			if who := m.seatAt(p); who != nil {
				o := m.rect(p)
				d.who, d.grab = who, fyne.NewDelta(start.X-o.X, start.Y-o.Y)
			}
		}
		m.drag = d
	}
	m.drag.pointer = ev.Position
	if m.drag.who != nil {
		m.Refresh()
	}
}

// DragEnd drops the person on the position under the pointer.
func (m *seatMap) DragEnd() {
	d := m.drag
	m.drag = nil
	if d == nil || d.who == nil {
		return
	}
	m.Refresh()
	to, ok := m.posAt(d.pointer)
	if ok && to != d.who.pos && m.OnDrop != nil {
		m.OnDrop(d.who.personID, to)
	}
}

// Cursor is a pointer over the picture: people can be clicked and dragged.
func (m *seatMap) Cursor() desktop.Cursor { return desktop.PointerCursor }

// palette is the picture's colours.
type palette struct {
	bg, box, line, text, soft, host, sel, onSel, pin, review color.Color
}

func (m *seatMap) palette() palette {
	if m.print {
		return palette{
			bg: color.White, box: color.NRGBA{0xF1, 0xF3, 0xF6, 0xFF}, line: color.NRGBA{0x8A, 0x8F, 0x98, 0xFF},
			text: color.Black, soft: color.NRGBA{0x60, 0x66, 0x70, 0xFF}, host: color.NRGBA{0x15, 0x65, 0xC0, 0xFF},
			sel: color.NRGBA{0x15, 0x65, 0xC0, 0xFF}, onSel: color.White, pin: color.NRGBA{0xD3, 0x2F, 0x2F, 0xFF},
			review: color.NRGBA{0xF5, 0x7C, 0x00, 0xFF},
		}
	}
	th := m.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	return palette{
		bg: color.Transparent, box: th.Color(theme.ColorNameInputBackground, v), line: th.Color(theme.ColorNameDisabled, v),
		text: th.Color(theme.ColorNameForeground, v), soft: th.Color(theme.ColorNamePlaceHolder, v), host: th.Color(theme.ColorNamePrimary, v),
		sel: th.Color(theme.ColorNamePrimary, v), onSel: th.Color(theme.ColorNameForegroundOnPrimary, v), pin: th.Color(theme.ColorNameError, v),
		review: th.Color(theme.ColorNameWarning, v),
	}
}

func (m *seatMap) CreateRenderer() fyne.WidgetRenderer {
	r := &seatRenderer{m: m}
	r.build()
	return r
}

type seatRenderer struct {
	m    *seatMap
	objs []fyne.CanvasObject
}

func (r *seatRenderer) Layout(fyne.Size)             {}
func (r *seatRenderer) MinSize() fyne.Size           { return r.m.MinSize() }
func (r *seatRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *seatRenderer) Destroy()                     {}

func (r *seatRenderer) Refresh() {
	r.build()
	canvas.Refresh(r.m)
}

// text adds a line of text at (x, y), cut to fit width.
func (r *seatRenderer) text(s string, x, y, width, size float32, c color.Color, style fyne.TextStyle, align fyne.TextAlign) {
	t := canvas.NewText(fit(s, width, size, style), c)
	t.TextSize, t.TextStyle, t.Alignment = size, style, align
	t.Move(fyne.NewPos(x, y))
	t.Resize(fyne.NewSize(width, t.MinSize().Height))
	r.objs = append(r.objs, t)
}

// wrap breaks s into lines of whole words that fit width.
func wrap(s string, width, size float32) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if try := strings.TrimSpace(line + " " + w); line == "" || fyne.MeasureText(try, size, fyne.TextStyle{}).Width <= width {
			line = try
			continue
		}
		lines = append(lines, line)
		line = w
	}
	return append(lines, line)
}

// fit shortens s with an ellipsis until it fits width.
func fit(s string, width, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(s, size, style).Width <= width {
		return s
	}
	// The longest prefix that fits with the ellipsis, found by halving:
	// measuring text is what drawing a 2,000-seat map spends its time on.
	rs := []rune(s)
	lo, hi := 1, len(rs)-1 // rs[:lo]+"…" is the fallback; rs[:hi+1]+"…" does not fit
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fyne.MeasureText(string(rs[:mid])+"…", size, style).Width <= width {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if len(rs) < 2 {
		return s
	}
	return string(rs[:lo]) + "…"
}

func (r *seatRenderer) build() {
	m, p := r.m, r.m.palette()
	size := m.MinSize()
	r.objs = r.objs[:0]
	bg := canvas.NewRectangle(p.bg)
	bg.Resize(size)
	r.objs = append(r.objs, bg)
	ts := theme.TextSize()
	if m.caption != "" {
		r.text(m.caption, marginL, 4, size.Width-marginL-marginR, ts*1.2, p.text, fyne.TextStyle{Bold: true}, fyne.TextAlignLeading)
	}
	if m.rows == 0 {
		msg := m.empty
		if msg == "" {
			msg = lang.L("Nobody is placed yet: press Regenerate.")
		}
		if m.loading {
			msg = lang.L("Loading…")
		}
		width := max(size.Width, m.Size().Width) - marginL - marginR
		for i, line := range wrap(msg, width, ts) {
			r.text(line, marginL, headH+float32(i)*ts*1.5, width, ts, p.soft, fyne.TextStyle{}, fyne.TextAlignLeading)
		}
		return
	}
	centreX := m.centreX()
	top, bottom := float32(headH-20), size.Height-4
	r.text(lang.L("← host's right"), marginL, top, 200, ts*0.85, p.soft, fyne.TextStyle{Italic: true}, fyne.TextAlignLeading)
	r.text(lang.L("host's left →"), size.Width-marginR-200, top, 200, ts*0.85, p.soft, fyne.TextStyle{Italic: true}, fyne.TextAlignTrailing)
	r.text(lang.L("centre"), centreX-60, top, 120, ts*0.85, p.host, fyne.TextStyle{Bold: true}, fyne.TextAlignCenter)
	axis := canvas.NewLine(p.host)
	axis.StrokeWidth = 1
	axis.Position1, axis.Position2 = fyne.NewPos(centreX, top+18), fyne.NewPos(centreX, bottom-footH+8)
	r.objs = append(r.objs, axis)
	band := canvas.NewRectangle(p.box)
	band.StrokeColor, band.StrokeWidth = p.line, 1
	bandY := float32(headH)
	label := lang.L("Stage")
	if m.photo {
		bandY, label = size.Height-footH+6, lang.L("Camera")
	}
	band.Move(fyne.NewPos(centreX-120, bandY))
	band.Resize(fyne.NewSize(240, footH-16))
	r.objs = append(r.objs, band)
	r.text(label, centreX-120, bandY+2, 240, ts, p.soft, fyne.TextStyle{Bold: true}, fyne.TextAlignCenter)
	for row := 1; row <= m.rows; row++ {
		y := m.rect(seating.Position{Row: row}).Y
		r.text(seating.RowName(row), 6, y+boxH/2-ts*0.7, marginL-12, ts*1.1, p.soft, fyne.TextStyle{Bold: true}, fyne.TextAlignCenter)
		for _, pl := range m.slots[row] {
			o := m.rect(seating.Position{Row: row, Place: pl})
			slot := canvas.NewRectangle(color.Transparent)
			slot.StrokeColor, slot.StrokeWidth, slot.CornerRadius = p.line, 1, 4
			slot.Move(o)
			slot.Resize(fyne.NewSize(boxW, boxH))
			r.objs = append(r.objs, slot)
		}
	}
	for _, s := range m.seats {
		r.seat(s, p, ts)
	}
	r.dragged(p, ts)
}

// dragged draws the drop target and the dragged box under the pointer.
func (r *seatRenderer) dragged(p palette, ts float32) {
	d := r.m.drag
	if d == nil || d.who == nil {
		return
	}
	if to, ok := r.m.posAt(d.pointer); ok && to != d.who.pos {
		target := canvas.NewRectangle(color.Transparent)
		target.StrokeColor, target.StrokeWidth, target.CornerRadius = p.sel, 3, 4
		target.Move(r.m.rect(to))
		target.Resize(fyne.NewSize(boxW, boxH))
		r.objs = append(r.objs, target)
	}
	o := d.pointer.Subtract(d.grab)
	box := canvas.NewRectangle(p.sel)
	box.CornerRadius = 4
	box.Move(o)
	box.Resize(fyne.NewSize(boxW, boxH))
	r.objs = append(r.objs, box)
	r.text(d.who.name, o.X+5, o.Y+4, boxW-10, ts*0.85, p.onSel, fyne.TextStyle{Bold: true}, fyne.TextAlignLeading)
	r.text(d.who.code, o.X+5, o.Y+boxH/2+2, boxW-10, ts*0.75, p.onSel, fyne.TextStyle{}, fyne.TextAlignLeading)
}

// seat draws one person's box.
func (r *seatRenderer) seat(s seatBox, p palette, ts float32) {
	o := r.m.rect(s.pos)
	fill, fg, soft := p.box, p.text, p.soft
	if s.personID == r.m.selected && s.personID != "" {
		fill, fg, soft = p.sel, p.onSel, p.onSel
	}
	box := canvas.NewRectangle(fill)
	box.StrokeColor, box.StrokeWidth, box.CornerRadius = p.line, 1, 4
	if s.pos.Row == 1 && s.pos.Place == 0 {
		box.StrokeColor, box.StrokeWidth = p.host, 3
	}
	if s.review {
		box.StrokeColor, box.StrokeWidth = p.review, 3
	}
	box.Move(o)
	box.Resize(fyne.NewSize(boxW, boxH))
	r.objs = append(r.objs, box)
	nameW := float32(boxW - 10)
	if s.fixed {
		nameW -= 12 // room for the pin
	}
	r.text(s.name, o.X+5, o.Y+4, nameW, ts*0.85, fg, fyne.TextStyle{Bold: true}, fyne.TextAlignLeading)
	r.flag(s, o.AddXY(5, boxH/2+3), p)
	r.text(s.code+"  "+s.pos.String(), o.X+5+flagW+4, o.Y+boxH/2+2, boxW-14-flagW, ts*0.75, soft, fyne.TextStyle{}, fyne.TextAlignLeading)
	if s.fixed {
		pin := canvas.NewCircle(p.pin)
		pin.StrokeColor, pin.StrokeWidth = p.onSel, 1
		pin.Move(o.AddXY(boxW-13, 3))
		pin.Resize(fyne.NewSize(10, 10))
		stem := canvas.NewLine(p.pin)
		stem.StrokeWidth = 2
		stem.Position1, stem.Position2 = o.AddXY(boxW-8, 12), o.AddXY(boxW-8, 19)
		r.objs = append(r.objs, stem, pin)
	}
}

// flagW is a flag's width in a box (4:3).
const flagW = 20

// flag draws a delegation's flag, or its code in a small box.
func (r *seatRenderer) flag(s seatBox, at fyne.Position, p palette) {
	size := fyne.NewSize(flagW, flagW*3/4)
	if s.flag != nil {
		img := canvas.NewImageFromResource(s.flag)
		img.FillMode = canvas.ImageFillStretch
		img.Move(at)
		img.Resize(size)
		r.objs = append(r.objs, img)
		return
	}
	box := canvas.NewRectangle(color.Transparent)
	box.StrokeColor, box.StrokeWidth = p.soft, 1
	box.Move(at)
	box.Resize(size)
	r.objs = append(r.objs, box)
	r.text(s.code, at.X, at.Y+1, flagW, 7, p.soft, fyne.TextStyle{Bold: true}, fyne.TextAlignCenter)
}
