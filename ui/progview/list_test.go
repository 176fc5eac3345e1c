package progview

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

var timeZero time.Time

func TestListByDayAndSearch(t *testing.T) {
	f := newFixture(t)
	l := f.scr.list
	all := len(f.items())
	if len(l.shown) != all || l.count.Text != "21 of 21" {
		t.Fatalf("shown %d of %d, count %q", len(l.shown), all, l.count.Text)
	}
	if got := l.table.Cell(0, 3); got != "Plenary" {
		t.Errorf("kind cell %q", got)
	}
	l.day.SetSelectedIndex(2) // the leaders' first day
	for i := range l.shown {
		if l.table.Cell(i, 0) != l.table.Cell(0, 0) {
			t.Fatalf("row %d on %q, want %q only", i, l.table.Cell(i, 0), l.table.Cell(0, 0))
		}
	}
	if l.day.Selected == "All days" || len(l.shown) != 9 {
		t.Errorf("day view: %d rows on %q", len(l.shown), l.table.Cell(0, 0))
	}
	test.Type(l.search, "gala")
	if len(l.shown) != 1 || !strings.Contains(l.table.Cell(0, 2), "Gala Dinner") || l.table.Cell(0, 7) != "Seating" {
		t.Errorf("search gala: %v", l.table.Rows())
	}
	l.day.SetSelectedIndex(1)
	if len(l.shown) != 0 || l.empty.Hidden {
		t.Errorf("no gala on the first day, yet %d rows", len(l.shown))
	}
}

func TestNewItemValidatesAndSaves(t *testing.T) {
	f := newFixture(t)
	test.Tap(f.scr.list.add)
	e := f.scr.editor
	kittest.Tap(t, f.win, "Save")
	// Every problem at once, in the form's order.
	if want := "Title: required\nStarts: not a time (HH:MM, e.g. 09:30)\nEnds: not a time (HH:MM, e.g. 09:30)"; kittest.Problem(f.win) != want {
		t.Fatalf("problem %q, want %q", kittest.Problem(f.win), want)
	}
	test.Type(e.title, "Coffee with the press")
	e.startTime.SetText("10:00")
	e.endTime.SetText("9:30")
	kittest.Tap(t, f.win, "Save")
	if kittest.Problem(f.win) != "Ends: ends before it starts" {
		t.Fatalf("problem %q", kittest.Problem(f.win))
	}
	e.endTime.SetText("25:00")
	kittest.Tap(t, f.win, "Save")
	if !strings.HasPrefix(kittest.Problem(f.win), "Ends: not a time") {
		t.Fatalf("problem %q", kittest.Problem(f.win))
	}
	e.endTime.SetText("11:15")
	e.everyone.SetChecked(false)
	kittest.Tap(t, f.win, "Save")
	if !strings.HasPrefix(kittest.Problem(f.win), "Attendees: choose at least one") {
		t.Fatalf("problem %q", kittest.Problem(f.win))
	}
	e.chosen.SetSelected(e.chosen.Options[:2])
	e.rowSizes.SetText("10; x")
	kittest.Tap(t, f.win, "Save")
	if !strings.HasPrefix(kittest.Problem(f.win), "Row sizes:") {
		t.Fatalf("problem %q", kittest.Problem(f.win))
	}
	e.rowSizes.SetText("")
	e.venue.SetText("Media Centre")
	e.kind.SetSelectedIndex(slices.Index(data.ProgrammeKinds, data.ItemOther))
	e.endTime.OnSubmitted("") // Enter submits
	f.wait()
	var got *data.ProgrammeItem
	for _, it := range f.items() {
		if it.Title == "Coffee with the press" {
			got = &it
		}
	}
	if got == nil {
		t.Fatal("the item was not stored")
	}
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	day := e.startDate.Text
	if got.Starts.In(jkt).Format("2006-01-02 15:04") != day+" 10:00" || got.Ends.In(jkt).Format("15:04") != "11:15" {
		t.Errorf("stored %v – %v", got.Starts.In(jkt), got.Ends.In(jkt))
	}
	if len(got.Attendees) != 2 || got.Kind != data.ItemOther || got.Venue != "Media Centre" {
		t.Errorf("stored %+v", got)
	}
	if len(f.scr.list.all) != 22 {
		t.Errorf("list not reloaded: %d rows", len(f.scr.list.all))
	}
}

func TestEditRegeneratesAndSaysWhatMoved(t *testing.T) {
	f := newFixture(t)
	l := f.scr.list
	test.Type(l.search, "family photo")
	l.table.Select(cell(0))
	test.Tap(l.edit)
	e := f.scr.editor
	if !e.photo.Checked || e.rule.Code() != data.AttendHeads || e.title.Text != "Family Photo of Heads of Delegation" {
		t.Fatalf("editor filled with %q photo %v", e.title.Text, e.photo.Checked)
	}
	e.rowSizes.SetText("9")
	kittest.Tap(t, f.win, "Save")
	f.wait()
	if txt := kittest.Text(kittest.Top(f.win)); !strings.Contains(txt, "→") {
		t.Errorf("no list of moves after changing the row sizes: %q", txt)
	}
	seats, _ := data.ByParent[data.Seat](context.Background(), f.st, "item_id", e.orig.ID)
	for _, s := range seats {
		if s.PhotoRow == 1 && (s.PhotoPlace > 4 || s.PhotoPlace < -4) {
			t.Fatalf("front row of 9 has %+v", s)
		}
	}
}

func TestDeleteAndUndo(t *testing.T) {
	f := newFixture(t)
	l := f.scr.list
	test.Type(l.search, "family photo")
	l.table.Select(cell(0))
	id := l.selected.ID
	test.Tap(l.del)
	kittest.Tap(t, f.win, "Delete")
	f.wait()
	if _, err := data.Get[data.ProgrammeItem](context.Background(), f.st, id); err == nil {
		t.Fatal("item still there")
	}
	if seats, _ := data.ByParent[data.Seat](context.Background(), f.st, "item_id", id); len(seats) != 0 {
		t.Errorf("%d seats left", len(seats))
	}
	if !l.undo.View().Visible() || !strings.Contains(kittest.Text(l.undo.View()), "Family Photo") {
		t.Fatalf("no Undo offered: %q", kittest.Text(l.undo.View()))
	}
	test.Tap(kittest.MustButton(t, l.undo.View(), "Undo"))
	f.wait()
	if _, err := data.Get[data.ProgrammeItem](context.Background(), f.st, id); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if seats, _ := data.ByParent[data.Seat](context.Background(), f.st, "item_id", id); len(seats) == 0 {
		t.Error("seats not restored")
	}
	if len(l.shown) != 1 {
		t.Errorf("list shows %d rows after undo", len(l.shown))
	}
}
