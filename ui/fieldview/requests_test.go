package fieldview

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/requests"
	"lodesk/data"
)

func openRequests(f *fixture) *Requests {
	r := NewRequests(f.env.Env)
	r.now = func() time.Time { return testNow }
	f.win.SetContent(r.Content())
	r.Load()
	f.wait()
	return r
}

// field is the widget of the last editor's form item with that label.
func field[T fyne.CanvasObject](t *testing.T, label string) T {
	t.Helper()
	for _, it := range lastEditor.form.Items {
		if it.Text == label {
			if w, ok := it.Widget.(T); ok {
				return w
			}
		}
	}
	t.Fatalf("no field %q", label)
	var zero T
	return zero
}

func TestAddRequestWithPoliteDecline(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	before := len(r.reqs)
	r.requestEditor(nil)
	rf := lastRequestForm

	test.Tap(rf.save)
	if !rf.problem.Visible() || rf.problem.Text != "Choose the delegation that asks." && rf.problem.Text != "Say what is requested." {
		t.Fatalf("empty request: problem %q", rf.problem.Text)
	}
	rf.delegation.SetSelectedIndex(0)
	test.Type(rf.text, "Halal meals at the gala dinner")
	rf.category.setCode("dietary")
	if rf.dept.code() != "hospitality_desk" {
		t.Errorf("department for dietary: %q", rf.dept.code())
	}
	rf.status.setCode(data.RequestDeclined)
	test.Tap(rf.save)
	if !strings.Contains(rf.problem.Text, "response") {
		t.Errorf("declined without response: %q", rf.problem.Text)
	}

	test.Tap(rf.decline)
	phrases, _ := requests.Phrases()
	if !strings.Contains(f.overlayText(), phrases[0].EN) {
		t.Fatalf("phrases not offered: %q", f.overlayText())
	}
	test.Tap(f.overlayButton("Use"))
	if rf.response.Text != phrases[0].EN {
		t.Fatalf("response %q", rf.response.Text)
	}
	test.Tap(rf.save)
	f.wait()
	if rf.problem.Visible() {
		t.Fatalf("not saved: %q", rf.problem.Text)
	}
	r.Load()
	f.wait()
	if len(r.reqs) != before+1 {
		t.Fatalf("%d requests, want %d", len(r.reqs), before+1)
	}
	var got *data.Request
	for i := range r.reqs {
		if r.reqs[i].Text == "Halal meals at the gala dinner" {
			got = &r.reqs[i]
		}
	}
	if got == nil || got.Status != data.RequestDeclined || got.Department != "hospitality_desk" || got.Response != phrases[0].EN {
		t.Fatalf("stored %+v", got)
	}
	if !got.ReceivedAt.Equal(testNow.Truncate(time.Minute)) {
		t.Errorf("received %v, want %v", got.ReceivedAt, testNow)
	}

	// The status filter keeps the declined ones.
	r.status.setCode(data.RequestDeclined)
	for i := range r.requests.shown {
		if s := r.requests.cell(i, 5); s != "Declined diplomatically" {
			t.Fatalf("filter shows %q", s)
		}
	}
	if len(r.requests.shown) == 0 || len(r.requests.shown) == len(r.requests.all) {
		t.Errorf("filter shows %d of %d", len(r.requests.shown), len(r.requests.all))
	}
}

func TestDeleteAndUndo(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	x := r.incs[0]
	r.editIncident(x.ID)
	test.Tap(lastEditor.del)
	if !strings.Contains(f.overlayText(), "You can undo it") {
		t.Fatalf("no confirmation: %q", f.overlayText())
	}
	test.Tap(f.overlayButton("Yes"))
	f.wait()
	if _, err := data.Get[data.Incident](context.Background(), f.s, x.ID); err == nil {
		t.Fatal("not deleted")
	}
	if !r.bar.box.Visible() || !strings.Contains(r.bar.label.Text, x.What) {
		t.Fatalf("no undo offered: %q", r.bar.label.Text)
	}
	test.Tap(r.bar.undo)
	f.wait()
	if got, err := data.Get[data.Incident](context.Background(), f.s, x.ID); err != nil || got.What != x.What {
		t.Fatalf("undo: %v", err)
	}
	if r.bar.box.Visible() {
		t.Error("undo bar stays")
	}
}

func TestSeriousIncidentStandsOut(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	r.incidentEditor(nil)
	test.Type(field[*widget.Entry](t, "What happened"), "HOD fainted in the plenary hall")
	field[*enumSelect](t, "Severity").setCode("high")
	test.Tap(lastEditor.save)
	f.wait()
	r.Load()
	f.wait()
	found := false
	for _, rw := range r.incidents.shown {
		if rw.cells[3] == "HOD fainted in the plenary hall" {
			found = true
			if !rw.danger || rw.cells[2] != "High" {
				t.Errorf("serious unresolved incident not in red: %+v", rw)
			}
		}
	}
	if !found {
		t.Fatal("incident not listed")
	}
}

func TestGiftDeadline(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	r.giftEditor(nil)
	field[*idSelect](t, "Liaison officer").SetSelectedIndex(0)
	test.Type(field[*widget.Entry](t, "From"), "H.E. the Ambassador")
	when := field[*widget.Entry](t, "Received")
	when.SetText("2026-10-01 10:00")
	test.Type(field[*widget.Entry](t, "Amount"), "100")
	cur := field[*widget.Entry](t, "Currency")
	cur.SetText("dollars")
	test.Tap(lastEditor.save)
	if !strings.Contains(lastEditor.problem.Text, "Currency: three-letter currency code") {
		t.Fatalf("bad currency: %q", lastEditor.problem.Text)
	}
	cur.SetText("usd")
	field[*widget.Entry](t, "Value (IDR)").SetText("1.600.000")
	test.Tap(lastEditor.save)
	f.wait()
	r.Load()
	f.wait()
	var row *row
	for i := range r.gifts.shown {
		if r.gifts.shown[i].cells[1] == "H.E. the Ambassador" {
			row = &r.gifts.shown[i]
		}
	}
	if row == nil {
		t.Fatal("gift not listed")
	}
	// 30 working days after 1 October 2026 (no holidays given): 12 November.
	if row.cells[7] != "2026-11-12" || !strings.HasPrefix(row.cells[8], "-") || !row.danger {
		t.Errorf("late gift: report by %q, days left %q, red %v", row.cells[7], row.cells[8], row.danger)
	}
	if row.cells[4] != "100 USD" || row.cells[5] != "1.600.000" {
		t.Errorf("amount %q value %q", row.cells[4], row.cells[5])
	}

	// The event's public holidays are not working days: two on weekdays
	// move the deadline by two working days, Thursday to Monday.
	ev, err := f.s.Event(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ev.Holidays = data.Codes{"2026-10-02", "2026-10-03", "2026-11-10"} // Friday, Saturday, Tuesday
	if err := f.s.Update(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	r.Load()
	f.wait()
	for i := range r.gifts.shown {
		if r.gifts.shown[i].cells[1] == "H.E. the Ambassador" && r.gifts.shown[i].cells[7] != "2026-11-16" {
			t.Errorf("with holidays: report by %q, want 2026-11-16", r.gifts.shown[i].cells[7])
		}
	}
}

func TestContactPhone(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	r.contactEditor(nil)
	field[*enumSelect](t, "Department").setCode("patwal")
	test.Type(field[*widget.Entry](t, "Name"), "Iptu Bambang")
	tel := field[*widget.Entry](t, "Phone")
	tel.SetText("call me")
	test.Tap(lastEditor.save)
	if !strings.Contains(lastEditor.problem.Text, "Phone: not a phone number") {
		t.Fatalf("bad phone: %q", lastEditor.problem.Text)
	}
	tel.SetText("0812 3456 7890")
	test.Tap(lastEditor.save)
	f.wait()
	cs, err := data.All[data.Contact](context.Background(), f.s)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cs {
		if c.Name == "Iptu Bambang" {
			if c.Phone != "+6281234567890" || c.Department != "patwal" {
				t.Errorf("stored %+v", c)
			}
			return
		}
	}
	t.Fatal("contact not stored")
}

func TestHistoryOfARequest(t *testing.T) {
	f := newFixture(t)
	f.s.SetAuthor("Sari Wulandari")
	r := openRequests(f)
	var x data.Request
	for _, q := range r.reqs {
		if q.Status == data.RequestOpen {
			x = q
			break
		}
	}
	r.editRequest(x.ID)
	lastRequestForm.status.setCode(data.RequestEscalated)
	test.Tap(lastRequestForm.save)
	f.wait()
	r.editRequest(x.ID)
	test.Tap(lastEditor.history)
	f.wait()
	g := lastHistory.grid
	if len(g.shown) < 2 || g.cell(0, 2) != "(created)" {
		t.Fatalf("history starts with %q (%d lines)", g.cell(0, 2), len(g.shown))
	}
	last := len(g.shown) - 1
	if g.cell(last, 1) != "Sari Wulandari" || g.cell(last, 2) != "Status" || g.cell(last, 3) != "escalated" {
		t.Errorf("last change: %q", g.shown[last].cells)
	}
	if _, err := time.Parse(stampLayout+":05", g.cell(last, 0)); err != nil {
		t.Errorf("time %q: %v", g.cell(last, 0), err)
	}
}
