package assignview

import (
	"image/color"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/assign"
	"lodesk/data"
	"lodesk/ui/kit"
)

// Sizes of the timeline, in Fyne units.
const (
	tlRowH   = 30
	tlLaneH  = 20 // a lane of a row with overlapping bars
	tlNameW  = 210
	tlHeadH  = 34 // weekday over date
	maxDays  = 62
	tlBarPad = 3
)

var (
	colLead    = color.NRGBA{R: 0x2e, G: 0x7d, B: 0x32, A: 0xff}
	colAssist  = color.NRGBA{R: 0x64, G: 0xa0, B: 0xd8, A: 0xff}
	colClash   = color.NRGBA{R: 0xd3, G: 0x2f, B: 0x2f, A: 0xff}
	colIdle    = color.NRGBA{R: 0xff, G: 0xb3, B: 0x00, A: 0x40}
	colNoLead  = color.NRGBA{R: 0xff, G: 0x8f, B: 0x00, A: 0xff}
	colGrid    = color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0x30}
	colWeekend = color.NRGBA{R: 0x80, G: 0x80, B: 0x80, A: 0x18}
)

// tlBar is one bar of a timeline row: days [from, to] as indexes.
type tlBar struct {
	from, to int
	lane     int // overlapping bars of one LO stack in lanes
	label    string
	fill     color.Color
}

// tlRow is one line: an LO with their assignments, or a delegation
// without a lead over its stay.
type tlRow struct {
	name    string
	warn    bool // an LO without duty, or a delegation without lead
	bars    []tlBar
	clashes []tlBar // days an LO is booked twice
	lanes   int
	y, h    float32 // top and height in the picture
}

// Timeline draws LOs by days, with a bar per assignment, double bookings
// in red, idle LOs and delegations without a lead in amber. It draws only
// the rows in view, so hundreds of LOs cost what a screenful does.
type Timeline struct {
	widget.BaseWidget
	days   []time.Time
	all    []tlRow // every row, in order
	rows   []tlRow // those the search finds, laid out
	height float32 // of all rows
	scroll *container.Scroll
	head   *tlHeader
	today  int // index of today's day, -1 when the event is not on
	query  string
	search *kit.Input
	empty  *widget.Label // what to do when there is no row

	// now is the time today is taken from (tests set it).
	now func() time.Time
}

// NewTimeline makes an empty timeline.
func NewTimeline() *Timeline {
	t := &Timeline{today: -1, now: time.Now}
	t.ExtendBaseWidget(t)
	t.search = kit.NewSearch(lang.L("Search LOs and delegations…"), t.filter)
	t.empty = &widget.Label{Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	t.empty.Hide()
	t.head = &tlHeader{t: t}
	t.head.ExtendBaseWidget(t.head)
	t.scroll = container.NewVScroll(t)
	t.scroll.OnScrolled = func(fyne.Position) { t.Refresh() }
	return t
}

// Content is the timeline with its fixed day header.
func (t *Timeline) Content() fyne.CanvasObject {
	legend := container.NewHBox(swatch(colLead, lang.L("Lead")), swatch(colAssist, lang.L("Assistant")),
		swatch(colClash, lang.L("Double booking")), swatch(colNoLead, lang.L("No lead LO")), swatch(colIdle, lang.L("LO without duty")))
	top := container.NewBorder(nil, nil, nil, legend, t.search)
	return container.NewBorder(container.NewVBox(top, t.head), nil, nil, nil, container.NewStack(t.scroll, container.NewVBox(t.empty)))
}

// SearchEntry is the timeline's search (View › Find on its tab).
func (t *Timeline) SearchEntry() *kit.Input { return t.search }

// filter shows the rows whose name or bars hold every word of q.
func (t *Timeline) filter(q string) {
	t.query = q
	words := strings.Fields(strings.ToLower(q))
	t.rows = t.rows[:0]
	for _, r := range t.all {
		text := strings.ToLower(r.name)
		for _, b := range r.bars {
			text += " " + strings.ToLower(b.label)
		}
		ok := true
		for _, w := range words {
			if !strings.Contains(text, w) {
				ok = false
				break
			}
		}
		if ok {
			t.rows = append(t.rows, r)
		}
	}
	var y float32
	for i := range t.rows {
		r := &t.rows[i]
		r.y, r.h = y, max(tlRowH, float32(max(1, r.lanes))*tlLaneH+2*tlBarPad)
		y += r.h
	}
	t.height = y
	switch {
	case len(t.all) == 0:
		t.empty.SetText(lang.L("No liaison officer and no delegation to show yet. Add LOs on the Liaison officers screen and delegations on the Delegations screen, then assign them on the Assignments tab."))
		t.empty.Show()
	case len(t.rows) == 0:
		t.empty.SetText(lang.L("Nothing matches the search. Press Esc to clear it."))
		t.empty.Show()
	default:
		t.empty.Hide()
	}
	t.scroll.ScrollToTop()
	t.scroll.Refresh() // the content's height changed
	t.Refresh()
}

func swatch(c color.Color, text string) fyne.CanvasObject {
	r := canvas.NewRectangle(c)
	r.SetMinSize(fyne.NewSize(14, 14))
	return container.NewHBox(container.NewCenter(r), widget.NewLabel(text))
}

// SetData lays out the board as rows.
func (t *Timeline) SetData(d *boardData) {
	t.days = eventDays(d)
	index := map[string]int{}
	for i, day := range t.days {
		index[day.Format(time.DateOnly)] = i
	}
	span := func(p assign.Period) (int, int, bool) {
		from, to := 0, len(t.days)-1
		if i, ok := index[p.From]; ok {
			from = i
		} else if p.From > t.days[to].Format(time.DateOnly) {
			return 0, 0, false
		}
		if i, ok := index[p.To]; ok {
			to = i
		} else if p.To != "" && p.To < t.days[0].Format(time.DateOnly) {
			return 0, 0, false
		}
		return from, to, from <= to
	}
	t.today = -1
	if i, ok := index[t.now().In(d.ev.Location()).Format(time.DateOnly)]; ok {
		t.today = i
	}
	t.all = t.all[:0]
	t.loRows(d, span)
	// Double-booked LOs first, then the other LOs by name, then the
	// delegations without lead (on a large event a hundred of them would
	// push the LOs off the screen).
	var clashed, rest []tlRow
	for _, r := range t.all {
		if len(r.clashes) > 0 {
			clashed = append(clashed, r)
		} else {
			rest = append(rest, r)
		}
	}
	t.all = append(append(clashed, rest...), t.noLeadRows(d, span)...)
	t.head.Refresh()
	t.filter(t.query)
}

// noLeadRows are the delegations without a lead LO, over their stay.
func (t *Timeline) noLeadRows(d *boardData, span func(assign.Period) (int, int, bool)) []tlRow {
	var out []tlRow
	hasLead := map[string]bool{}
	for _, c := range d.board.Conflicts {
		if c.Kind == assign.NoLead {
			hasLead[c.DelegationID] = false
		}
	}
	for i := range d.dels {
		del := &d.dels[i]
		if v, ok := hasLead[del.ID]; ok && !v {
			if f, to, ok := span(d.stay(del.ID)); ok {
				out = append(out, tlRow{
					name: del.Code + " " + lang.L("(no lead)"), warn: true,
					bars: []tlBar{{from: f, to: to, label: del.Name, fill: colNoLead}},
				})
			}
		}
	}
	return out
}

// loRows are the LOs with their assignments (active LOs without any too).
func (t *Timeline) loRows(d *boardData, span func(assign.Period) (int, int, bool)) {
	byLO := map[string][]assign.Row{}
	for _, r := range d.board.Rows {
		byLO[r.Assignment.LOID] = append(byLO[r.Assignment.LOID], r)
	}
	for _, l := range d.los {
		rs := byLO[l.ID]
		if len(rs) == 0 && l.Status != data.LOActive {
			continue
		}
		row := tlRow{name: l.FullName, warn: len(rs) == 0}
		var ends []int // last day of each lane
		sort.Slice(rs, func(i, j int) bool { return rs[i].Period.From < rs[j].Period.From })
		for i, r := range rs {
			f, to, ok := span(r.Period)
			if !ok {
				continue
			}
			fill := colLead
			if r.Assignment.Role == data.AssignAssistant {
				fill = colAssist
			}
			lane := 0
			for lane < len(ends) && ends[lane] >= f {
				lane++
			}
			if lane == len(ends) {
				ends = append(ends, 0)
			}
			ends[lane] = to
			row.bars = append(row.bars, tlBar{from: f, to: to, lane: lane, label: r.Delegation, fill: fill})
			for _, q := range rs[:i] {
				if qf, qt, ok := span(q.Period); ok && r.Period.Overlaps(q.Period) {
					row.clashes = append(row.clashes, tlBar{from: max(f, qf), to: min(to, qt), fill: colClash})
				}
			}
		}
		row.lanes = max(1, len(ends))
		t.all = append(t.all, row)
	}
}

// eventDays are the event's days, widened to the assignments' periods
// (at most maxDays).
func eventDays(d *boardData) []time.Time {
	first, last := d.ev.StartDate, d.ev.EndDate
	widen := func(p assign.Period) {
		if p.From != "" && (first == "" || p.From < first) {
			first = p.From
		}
		if p.To > last {
			last = p.To
		}
	}
	for _, r := range d.board.Rows {
		widen(r.Period)
	}
	for _, c := range d.board.Conflicts {
		if c.Kind == assign.NoLead {
			widen(d.stay(c.DelegationID))
		}
	}
	f, err1 := time.Parse(time.DateOnly, first)
	l, err2 := time.Parse(time.DateOnly, last)
	if err1 != nil {
		f = time.Now().UTC().Truncate(24 * time.Hour)
	}
	if err2 != nil || l.Before(f) {
		l = f
	}
	var out []time.Time
	for day := f; !day.After(l) && len(out) < maxDays; day = day.AddDate(0, 0, 1) {
		out = append(out, day)
	}
	return out
}

// MinSize is the full height, so the scroll container scrolls it.
func (t *Timeline) MinSize() fyne.Size {
	return fyne.NewSize(tlNameW+float32(len(t.days))*28, t.height)
}

// dayW is the width of one day column.
func (t *Timeline) dayW(width float32) float32 {
	if len(t.days) == 0 {
		return 0
	}
	return max(28, (width-tlNameW)/float32(len(t.days)))
}

// CreateRenderer draws the visible rows.
func (t *Timeline) CreateRenderer() fyne.WidgetRenderer { return &tlRenderer{t: t} }

type tlRenderer struct {
	t    *Timeline
	objs []fyne.CanvasObject
}

func (r *tlRenderer) Destroy()                     {}
func (r *tlRenderer) MinSize() fyne.Size           { return r.t.MinSize() }
func (r *tlRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *tlRenderer) Layout(fyne.Size)             { r.Refresh() }

// Refresh rebuilds the objects of the rows in view.
func (r *tlRenderer) Refresh() {
	t := r.t
	size := t.Size()
	view := t.scroll.Size().Height
	if view <= 0 {
		view = 1200
	}
	top := t.scroll.Offset.Y
	first := sort.Search(len(t.rows), func(i int) bool { return t.rows[i].y+t.rows[i].h >= top })
	last := sort.Search(len(t.rows), func(i int) bool { return t.rows[i].y > top+view })
	dw := t.dayW(size.Width)
	fg := theme.Color(theme.ColorNameForeground)
	objs := r.objs[:0]
	for i := range t.days {
		if wd := t.days[i].Weekday(); wd == time.Saturday || wd == time.Sunday {
			bg := canvas.NewRectangle(colWeekend)
			bg.Move(fyne.NewPos(tlNameW+float32(i)*dw, top))
			bg.Resize(fyne.NewSize(dw, view))
			objs = append(objs, bg)
		}
	}
	for i := first; i < last; i++ {
		row := &t.rows[i]
		y, rh := row.y, row.h
		if row.warn {
			bg := canvas.NewRectangle(colIdle)
			bg.Move(fyne.NewPos(0, y))
			bg.Resize(fyne.NewSize(size.Width, rh))
			objs = append(objs, bg)
		}
		line := canvas.NewRectangle(colGrid)
		line.Move(fyne.NewPos(0, y+rh-1))
		line.Resize(fyne.NewSize(size.Width, 1))
		name := canvas.NewText(row.name, fg)
		name.TextSize = theme.TextSize() - 1
		name.Move(fyne.NewPos(4, y+(rh-name.MinSize().Height)/2))
		name.Resize(fyne.NewSize(tlNameW-8, tlRowH-8))
		objs = append(objs, line, clip(name, tlNameW-8))
		for _, b := range row.clashes {
			objs = append(objs, r.clash(b, y, rh, dw))
		}
		for _, b := range row.bars {
			objs = append(objs, r.bar(b, y, rh, dw, max(1, row.lanes))...)
		}
	}
	if t.today >= 0 { // over the bars
		line := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
		line.Move(fyne.NewPos(tlNameW+(float32(t.today)+0.5)*dw-1, top))
		line.Resize(fyne.NewSize(2, view))
		objs = append(objs, line)
	}
	r.objs = objs
	canvas.Refresh(t)
}

// bar draws one bar in its lane.
func (r *tlRenderer) bar(b tlBar, y, rh, dw float32, lanes int) []fyne.CanvasObject {
	x := tlNameW + float32(b.from)*dw + 1
	w := float32(b.to-b.from+1)*dw - 2
	rect := canvas.NewRectangle(b.fill)
	rect.CornerRadius = 3
	h := (rh - 2*tlBarPad) / float32(lanes)
	top := y + tlBarPad + float32(b.lane)*h
	rect.Move(fyne.NewPos(x, top+0.5))
	rect.Resize(fyne.NewSize(w, h-1))
	if b.label == "" {
		return []fyne.CanvasObject{rect}
	}
	txt := canvas.NewText(b.label, color.White)
	txt.TextSize = min(theme.TextSize()-3, h-3)
	txt.Move(fyne.NewPos(x+4, top+(h-txt.MinSize().Height)/2))
	return []fyne.CanvasObject{rect, clip(txt, w-6)}
}

// clash marks the days an LO is booked twice: red behind the bars, a
// little taller than the row's bars.
func (r *tlRenderer) clash(b tlBar, y, rh, dw float32) fyne.CanvasObject {
	rect := canvas.NewRectangle(colClash)
	rect.CornerRadius = 2
	rect.Move(fyne.NewPos(tlNameW+float32(b.from)*dw-1, y+1))
	rect.Resize(fyne.NewSize(float32(b.to-b.from+1)*dw+2, rh-2))
	return rect
}

// clip shortens a text to fit width, with an ellipsis.
func clip(t *canvas.Text, width float32) *canvas.Text {
	if width <= 0 {
		t.Text = ""
		return t
	}
	for len(t.Text) > 1 && t.MinSize().Width > width {
		rs := []rune(t.Text)
		t.Text = string(rs[:len(rs)-2]) + "…"
	}
	return t
}

// tlHeader is the row of day labels over the timeline.
type tlHeader struct {
	widget.BaseWidget
	t *Timeline
}

func (h *tlHeader) CreateRenderer() fyne.WidgetRenderer {
	return &hdRenderer{h: h}
}

type hdRenderer struct {
	h    *tlHeader
	objs []fyne.CanvasObject
}

func (r *hdRenderer) Destroy()                     {}
func (r *hdRenderer) MinSize() fyne.Size           { return fyne.NewSize(tlNameW, tlHeadH) }
func (r *hdRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *hdRenderer) Layout(fyne.Size)             { r.Refresh() }

func (r *hdRenderer) Refresh() {
	t := r.h.t
	dw := t.dayW(r.h.Size().Width)
	fg := theme.Color(theme.ColorNameForeground)
	r.objs = r.objs[:0]
	title := canvas.NewText(lang.L("Liaison officer"), fg)
	title.TextStyle.Bold = true
	title.Move(fyne.NewPos(4, 2))
	r.objs = append(r.objs, title)
	for i, d := range t.days {
		c := fg
		if i == t.today {
			c = theme.Color(theme.ColorNamePrimary)
			mark := canvas.NewRectangle(c)
			mark.Move(fyne.NewPos(tlNameW+float32(i)*dw, tlHeadH-3))
			mark.Resize(fyne.NewSize(dw, 3))
			r.objs = append(r.objs, mark)
		}
		for line, text := range []string{weekday(d), d.Format("02/01")} {
			txt := canvas.NewText(text, c)
			txt.TextSize = theme.TextSize() - 3
			txt.TextStyle.Bold = i == t.today
			txt.Move(fyne.NewPos(tlNameW+float32(i)*dw+2, 2+float32(line)*(theme.TextSize()-1)))
			r.objs = append(r.objs, clip(txt, dw-3))
		}
	}
	canvas.Refresh(r.h)
}

// weekday is the day's weekday, shortened, in the window's language
// ("Mon", "Sen").
func weekday(d time.Time) string {
	name := lang.X(strings.ToLower(d.Weekday().String()), d.Weekday().String())
	return string([]rune(name)[:min(3, len([]rune(name)))])
}
