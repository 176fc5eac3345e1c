package registerview

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/requests"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

func openRequests(f *fixture) *Requests {
	r := NewRequests(f.Env.Env)
	r.now = func() time.Time { return testNow }
	f.Win.SetContent(r.Content())
	r.Load()
	f.Wait()
	return r
}

func TestAddRequestWithPoliteDecline(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	before := len(r.reqs)
	rf := r.requestEditor(nil)

	kittest.Tap(t, f.Win, "Save")
	if p := kittest.Problem(f.Win); p != "Choose the delegation that asks." && p != "Say what is requested." {
		t.Fatalf("empty request: problem %q", kittest.Problem(f.Win))
	}
	rf.delegation.SetSelectedIndex(0)
	test.Type(rf.text, "Halal meals at the gala dinner")
	rf.category.SetCode("dietary")
	if rf.dept.Code() != "hospitality_desk" {
		t.Errorf("department for dietary: %q", rf.dept.Code())
	}
	rf.status.SetCode(data.RequestDeclined)
	kittest.Tap(t, f.Win, "Save")
	if !strings.Contains(kittest.Problem(f.Win), "response") {
		t.Errorf("declined without response: %q", kittest.Problem(f.Win))
	}

	test.Tap(rf.decline)
	phrases, _ := requests.Phrases()
	if !strings.Contains(f.OverlayText(), phrases[0].EN) {
		t.Fatalf("phrases not offered: %q", f.OverlayText())
	}
	test.Tap(f.OverlayButton("Use"))
	if rf.response.Text != phrases[0].EN {
		t.Fatalf("response %q", rf.response.Text)
	}
	kittest.Tap(t, f.Win, "Save")
	f.Wait()
	if kittest.Problem(f.Win) != "" {
		t.Fatalf("not saved: %q", kittest.Problem(f.Win))
	}
	r.Load()
	f.Wait()
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
	r.status.SetCode(data.RequestDeclined)
	for i := range r.requests.Shown() {
		if s := r.requests.Cell(i, 5); s != "Declined diplomatically" {
			t.Fatalf("filter shows %q", s)
		}
	}
	if len(r.requests.Shown()) == 0 || len(r.requests.Shown()) == len(r.requests.All()) {
		t.Errorf("filter shows %d of %d", len(r.requests.Shown()), len(r.requests.All()))
	}
}

func TestDeleteAndUndo(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	x := r.incs[0]
	r.editIncident(x.ID)
	kittest.Tap(t, f.Win, "Delete")
	if !strings.Contains(f.OverlayText(), "You can undo it") {
		t.Fatalf("no confirmation: %q", f.OverlayText())
	}
	test.Tap(f.OverlayButton("Delete"))
	f.Wait()
	if _, err := data.Get[data.Incident](context.Background(), f.Store, x.ID); err == nil {
		t.Fatal("not deleted")
	}
	if !r.bar.View().Visible() || !strings.Contains(kittest.Text(r.bar.View()), x.What) {
		t.Fatalf("no undo offered: %q", kittest.Text(r.bar.View()))
	}
	test.Tap(kittest.MustButton(t, r.bar.View(), "Undo"))
	f.Wait()
	if got, err := data.Get[data.Incident](context.Background(), f.Store, x.ID); err != nil || got.What != x.What {
		t.Fatalf("undo: %v", err)
	}
	if r.bar.View().Visible() {
		t.Error("undo bar stays")
	}
}

func TestSeriousIncidentStandsOut(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	r.incidentEditor(nil)
	test.Type(kittest.Field[*widget.Entry](t, f.Win, "What happened"), "HOD fainted in the plenary hall")
	kittest.Field[*kit.EnumSelect](t, f.Win, "Severity").SetCode("high")
	kittest.Tap(t, f.Win, "Save")
	f.Wait()
	r.Load()
	f.Wait()
	found := false
	for _, rw := range r.incidents.Shown() {
		if rw.Cells[3] == "HOD fainted in the plenary hall" {
			found = true
			if !rw.Danger || rw.Cells[2] != "High" {
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
	kittest.Field[*kit.IDSelect](t, f.Win, "Liaison officer").SetSelectedIndex(0)
	test.Type(kittest.Field[*widget.Entry](t, f.Win, "From"), "H.E. the Ambassador")
	when := kittest.Field[*widget.Entry](t, f.Win, "Received")
	when.SetText("2026-10-01 10:00")
	test.Type(kittest.Field[*widget.Entry](t, f.Win, "Amount"), "100")
	cur := kittest.Field[*widget.Entry](t, f.Win, "Currency")
	cur.SetText("dollars")
	kittest.Tap(t, f.Win, "Save")
	if !strings.Contains(kittest.Problem(f.Win), "Currency: three-letter currency code") {
		t.Fatalf("bad currency: %q", kittest.Problem(f.Win))
	}
	cur.SetText("usd")
	kittest.Field[*widget.Entry](t, f.Win, "Value (IDR)").SetText("1.600.000")
	kittest.Tap(t, f.Win, "Save")
	f.Wait()
	r.Load()
	f.Wait()
	var row *kit.Row
	for i := range r.gifts.Shown() {
		if r.gifts.Shown()[i].Cells[1] == "H.E. the Ambassador" {
			row = &r.gifts.Shown()[i]
		}
	}
	if row == nil {
		t.Fatal("gift not listed")
	}
	// 30 working days after 1 October 2026 (no holidays given): 12 November.
	if row.Cells[7] != "2026-11-12" || !strings.HasPrefix(row.Cells[8], "-") || !row.Danger {
		t.Errorf("late gift: report by %q, days left %q, red %v", row.Cells[7], row.Cells[8], row.Danger)
	}
	if row.Cells[4] != "100 USD" || row.Cells[5] != "1.600.000" {
		t.Errorf("amount %q value %q", row.Cells[4], row.Cells[5])
	}

	// The event's public holidays are not working days: two on weekdays
	// move the deadline by two working days, Thursday to Monday.
	ev, err := f.Store.Event(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	ev.Holidays = data.Codes{"2026-10-02", "2026-10-03", "2026-11-10"} // Friday, Saturday, Tuesday
	if err := f.Store.Update(context.Background(), ev); err != nil {
		t.Fatal(err)
	}
	r.Load()
	f.Wait()
	for i := range r.gifts.Shown() {
		if r.gifts.Shown()[i].Cells[1] == "H.E. the Ambassador" && r.gifts.Shown()[i].Cells[7] != "2026-11-16" {
			t.Errorf("with holidays: report by %q, want 2026-11-16", r.gifts.Shown()[i].Cells[7])
		}
	}
}

func TestContactPhone(t *testing.T) {
	f := newFixture(t)
	r := openRequests(f)
	r.contactEditor(nil)
	kittest.Field[*kit.EnumSelect](t, f.Win, "Department").SetCode("patwal")
	test.Type(kittest.Field[*widget.Entry](t, f.Win, "Name"), "Iptu Bambang")
	tel := kittest.Field[*widget.Entry](t, f.Win, "Phone")
	tel.SetText("call me")
	kittest.Tap(t, f.Win, "Save")
	if !strings.Contains(kittest.Problem(f.Win), "Phone: not a phone number") {
		t.Fatalf("bad phone: %q", kittest.Problem(f.Win))
	}
	tel.SetText("0812 3456 7890")
	kittest.Tap(t, f.Win, "Save")
	f.Wait()
	cs, err := data.All[data.Contact](context.Background(), f.Store)
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
	f.Store.SetAuthor("Sari Wulandari")
	r := openRequests(f)
	var x data.Request
	for _, q := range r.reqs {
		if q.Status == data.RequestOpen {
			x = q
			break
		}
	}
	r.editRequest(x.ID).status.SetCode(data.RequestEscalated)
	kittest.Tap(t, f.Win, "Save")
	f.Wait()
	r.editRequest(x.ID)
	kittest.Tap(t, f.Win, "History")
	f.Wait()
	g := kittest.Find[*kit.GridView](kittest.Top(f.Win))[0].Grid
	if len(g.Shown()) < 2 || g.Cell(0, 2) != "(created)" {
		t.Fatalf("history starts with %q (%d lines)", g.Cell(0, 2), len(g.Shown()))
	}
	last := len(g.Shown()) - 1
	if g.Cell(last, 1) != "Sari Wulandari" || g.Cell(last, 2) != "Status" || g.Cell(last, 3) != "escalated" {
		t.Errorf("last change: %q", g.Shown()[last].Cells)
	}
	if _, err := time.Parse(field.TimeLayout+":05", g.Cell(last, 0)); err != nil {
		t.Errorf("time %q: %v", g.Cell(last, 0), err)
	}
}
