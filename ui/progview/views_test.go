package progview

import (
	"bytes"
	"context"
	"image/png"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/itinerary"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

func cell(row int) widget.TableCellID { return widget.TableCellID{Row: row, Col: 2} }

func TestTransfers(t *testing.T) {
	f := newFixture(t)
	v := f.scr.transfers
	before := len(v.rows)
	if v.empty.Visible() != (before == 0) {
		t.Errorf("%d transfers, the empty note shown: %v", before, v.empty.Visible())
	}
	v.from.SetText("Kota Tua Jakarta")
	v.to.SetText("Kota Tua Jakarta")
	v.minutes.SetText("40")
	test.Tap(v.save)
	if v.problem.Text != "To: choose two different venues" {
		t.Fatalf("problem %q", v.problem.Text)
	}
	v.to.SetText("Museum Tekstil Jakarta")
	v.minutes.SetText("forty")
	test.Tap(v.save)
	if !strings.HasPrefix(v.problem.Text, "Minutes:") {
		t.Fatalf("problem %q", v.problem.Text)
	}
	v.minutes.SetText("40")
	v.minutes.OnSubmitted("")
	f.wait()
	if len(v.rows) != before+1 {
		t.Fatalf("%d transfers, want %d", len(v.rows), before+1)
	}
	// The same pair the other way round changes the row.
	v.from.SetText("Museum Tekstil Jakarta")
	v.to.SetText("Kota Tua Jakarta")
	v.minutes.SetText("55")
	test.Tap(v.save)
	f.wait()
	ts, _ := data.All[data.Transfer](context.Background(), f.st)
	if len(ts) != before+1 {
		t.Fatalf("%d stored transfers", len(ts))
	}
	for i, r := range v.rows {
		if r.FromVenue == "Kota Tua Jakarta" || r.ToVenue == "Kota Tua Jakarta" {
			v.table.Select(widget.TableCellID{Row: i})
		}
	}
	if v.minutes.Text != "55" {
		t.Errorf("minutes %q", v.minutes.Text)
	}
	test.Tap(v.del)
	kittest.Tap(t, f.win, "Delete")
	f.wait()
	if len(v.rows) != before || !v.undo.View().Visible() {
		t.Fatalf("after delete %d rows, undo hidden %v", len(v.rows), !v.undo.View().Visible())
	}
	test.Tap(kittest.MustButton(t, v.undo.View(), "Undo"))
	f.wait()
	if len(v.rows) != before+1 {
		t.Errorf("after undo %d rows", len(v.rows))
	}
}

func TestItineraryWithClashes(t *testing.T) {
	f := newFixture(t)
	v := f.scr.itin
	test.Type(v.search, "indonesia")
	if len(v.shown) != 1 {
		t.Fatalf("%d delegations match", len(v.shown))
	}
	v.parties.Select(0)
	f.wait()
	if len(v.rows) < 5 || !v.rows[0].heading || v.export.Disabled() {
		t.Fatalf("itinerary rows %+v", v.rows)
	}
	var arrival, bilateral bool
	for _, r := range v.rows {
		arrival = arrival || strings.HasPrefix(r.title, "Arrival")
		bilateral = bilateral || strings.HasPrefix(r.title, "Bilateral meeting")
	}
	if !arrival || !bilateral {
		t.Errorf("arrival %v bilateral %v in %+v", arrival, bilateral, v.rows)
	}
	// The host is down for every bilateral: put two at once.
	var bs []data.ProgrammeItem
	for _, it := range f.items() {
		if it.Kind == data.ItemBilateral {
			bs = append(bs, it)
		}
	}
	bs[1].Starts, bs[1].Ends = bs[0].Starts, bs[0].Ends
	if err := f.st.Update(context.Background(), &bs[1]); err != nil {
		t.Fatal(err)
	}
	f.scr.Load()
	f.wait()
	want := "“" + bs[0].Title + "” and “" + bs[1].Title + "” overlap"
	if v.clashes.Hidden || !strings.Contains(v.clashes.Text, want) {
		t.Fatalf("clash not shown: %q", v.clashes.Text)
	}
	for _, r := range v.rows {
		if (r.title == bs[0].Title || r.title == bs[1].Title) && !r.clash {
			t.Errorf("%q not flagged", r.title)
		}
	}
	cal := itinerary.ICS(v.it, bs[0].Starts)
	if !strings.Contains(cal, "BEGIN:VCALENDAR") || strings.Count(cal, "BEGIN:VEVENT") < len(v.rows)-len(v.it.Days) {
		t.Errorf("ics of %d entries: %d events", len(v.rows), strings.Count(cal, "BEGIN:VEVENT"))
	}

	v.who.SetSelected(v.who.Options[1])
	v.search.SetText("")
	if len(v.shown) == 0 || !v.shown[0].lo {
		t.Fatal("no LOs listed")
	}
	as, _ := f.st.FindAssignments(context.Background(), data.AssignmentFilter{Role: data.AssignLead})
	for i, p := range v.shown {
		if p.id == as[0].LOID {
			v.parties.Select(i)
		}
	}
	f.wait()
	if len(v.rows) == 0 || !strings.Contains(v.rows[1].title, " · ") {
		t.Errorf("LO itinerary %+v", v.rows)
	}
}

func TestSeatMapByHandAndRegenerate(t *testing.T) {
	f := newFixture(t)
	photo := f.showPhoto()
	v, m := f.scr.seats, f.scr.seats.picture
	cands, _ := seating.Attendees(context.Background(), f.st, &photo)
	if len(m.seats) != len(cands) || !m.photo || v.mode.Selected != "Photo line-up" {
		t.Fatalf("%d boxes for %d attendees, photo %v", len(m.seats), len(cands), m.photo)
	}
	at := func(p seating.Position) *seatBox {
		for i := range m.seats {
			if m.seats[i].pos == p {
				return &m.seats[i]
			}
		}
		return nil
	}
	if h := at(seating.Position{Row: 1}); h == nil || h.personID != cands[0].PersonID {
		t.Fatalf("host not at the centre: %+v", h)
	}
	// The host's right is on the viewer's left, the front row at the bottom.
	if m.rect(seating.Position{Row: 1, Place: 1}).X >= m.rect(seating.Position{Row: 1}).X ||
		m.rect(seating.Position{Row: 1}).Y <= m.rect(seating.Position{Row: 2, Place: 1}).Y {
		t.Error("line-up not drawn facing the camera")
	}
	who := at(seating.Position{Row: 2, Place: 3})
	target := seating.Position{Row: 1, Place: -4}
	other := at(target)
	test.TapAt(m, m.slotCentre(who.pos))
	if m.selected != who.personID || !strings.Contains(v.picked.Text, who.name) {
		t.Fatalf("selected %q, label %q", m.selected, v.picked.Text)
	}
	test.TapAt(m, m.slotCentre(target))
	f.wait()
	moved, swapped := at(target), at(seating.Position{Row: 2, Place: 3})
	if moved == nil || moved.personID != who.personID || !moved.fixed || swapped.personID != other.personID || !swapped.fixed {
		t.Fatalf("after the move: %+v and %+v", moved, swapped)
	}
	test.Tap(v.regen)
	f.wait()
	if v.moved.Text != "Nobody moved." || at(target).personID != who.personID {
		t.Errorf("regenerate: %q, %+v", v.moved.Text, at(target))
	}
	v.mode.SetSelected("Seat map")
	if m.photo || m.rect(seating.Position{Row: 1}).Y >= m.rect(seating.Position{Row: 2, Place: 1}).Y {
		t.Error("seat map not drawn with the front row first")
	}
	pic, err := v.picturePNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(pic))
	if err != nil || img.Bounds().Dx() < int(m.MinSize().Width) {
		t.Fatalf("picture %v %v", img.Bounds(), err)
	}
}

// drag sends what the window sends while a mouse button is held down
// from `from` to `to` in a few steps: the pointer's position and the step.
func drag(m *seatMap, from, to fyne.Position) {
	prev := from
	for i := 1; i <= 4; i++ {
		f := float32(i) / 4
		at := fyne.NewPos(from.X+(to.X-from.X)*f, from.Y+(to.Y-from.Y)*f)
		m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: at}, Dragged: fyne.NewDelta(at.X-prev.X, at.Y-prev.Y)})
		prev = at
	}
	m.DragEnd()
}

func TestSeatMapDragAndDrop(t *testing.T) {
	f := newFixture(t)
	f.showPhoto()
	m := f.scr.seats.picture
	from, to := seating.Position{Row: 2, Place: 2}, seating.Position{Row: 1, Place: -3}
	who, other := *m.seatAt(from), *m.seatAt(to)

	// While dragging, a copy of the box follows the pointer.
	m.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: m.slotCentre(from).AddXY(8, 4)}, Dragged: fyne.NewDelta(8, 4)})
	if m.drag == nil || m.drag.who == nil || m.drag.who.personID != who.personID {
		t.Fatalf("drag did not pick up %s: %+v", who.name, m.drag)
	}
	m.DragEnd() // dropped on its own place: nothing changes
	f.wait()
	if m.seatAt(from).personID != who.personID || m.seatAt(from).fixed {
		t.Fatalf("a drop on the same place moved or pinned %s", who.name)
	}

	drag(m, m.slotCentre(from), m.slotCentre(to))
	f.wait()
	if got := m.seatAt(to); got == nil || got.personID != who.personID || !got.fixed {
		t.Fatalf("after the drop, %v is at %v, want %s pinned", got, to, who.name)
	}
	if got := m.seatAt(from); got == nil || got.personID != other.personID {
		t.Fatalf("after the drop, %v is at %v, want %s", got, from, other.name)
	}

	// A drag that starts on no one, or ends off the picture, moves nobody.
	before := append([]seatBox(nil), m.seats...)
	drag(m, fyne.NewPos(2, 2), m.slotCentre(to))
	drag(m, m.slotCentre(to), fyne.NewPos(-50, -50))
	f.wait()
	for i := range before {
		if m.seats[i].personID != before[i].personID || m.seats[i].pos != before[i].pos {
			t.Fatalf("a stray drag moved %s", before[i].name)
		}
	}
	if m.drag != nil {
		t.Error("drag state left behind")
	}
}

// showPhoto shows the seats of the demo's (last) group photo.
func (f *fixture) showPhoto() data.ProgrammeItem {
	var photo data.ProgrammeItem
	for _, it := range f.items() {
		if it.Photo {
			photo = it
		}
	}
	f.scr.ShowSeats(photo.ID)
	f.wait()
	return photo
}

// mapTexts is what the seat map's picture says, in drawing order.
func mapTexts(m *seatMap) []string {
	var out []string
	for _, o := range test.WidgetRenderer(m).Objects() {
		if t, ok := o.(*canvas.Text); ok {
			out = append(out, t.Text)
		}
	}
	return out
}

// TestSeatMapSaysLoading opens a seated item while its seats are still
// being read: the map says so, and does not tell the user to regenerate
// seats that exist; once read, the seats show.
func TestSeatMapSaysLoading(t *testing.T) {
	f := newFixture(t)
	var held []func()
	inline := f.env.Go
	f.env.Go = func(fn func()) { held = append(held, fn) } // reads wait
	photo := f.showPhoto()
	m := f.scr.seats.picture
	said := strings.Join(mapTexts(m), "|")
	if len(held) == 0 || strings.Contains(said, "Regenerate") || !strings.Contains(said, "Loading…") {
		t.Fatalf("while %d reads wait, the map says %q", len(held), said)
	}
	f.env.Go = inline
	for _, fn := range held {
		fn()
	}
	f.wait()
	cands, _ := seating.Attendees(context.Background(), f.st, &photo)
	if len(m.seats) != len(cands) || m.loading {
		t.Errorf("%d boxes for %d attendees, loading %v", len(m.seats), len(cands), m.loading)
	}
}

// TestFit cuts a name to the longest prefix that fits with an ellipsis.
func TestFit(t *testing.T) {
	test.NewTempApp(t)
	size, style := float32(14), fyne.TextStyle{}
	full := "Mikhail Kuznetsov-Vasilievich"
	w := fyne.MeasureText(full, size, style).Width
	for _, tt := range []struct {
		width float32
		want  string
	}{
		{w, full},
		{fyne.MeasureText("Mikhail K…", size, style).Width, "Mikhail K…"},
		{fyne.MeasureText("Mikhail K…", size, style).Width + 1, "Mikhail K…"},
		{1, "M…"},
	} {
		if got := fit(full, tt.width, size, style); got != tt.want {
			t.Errorf("fit to %.0f: %q, want %q", tt.width, got, tt.want)
		}
	}
}
