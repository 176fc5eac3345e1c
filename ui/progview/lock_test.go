package progview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"lodesk/app/programme"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

// TestSeatMapLockAndReview locks the photo line-up: Regenerate is off; a
// new head takes a free place framed for review, and Keep this place
// confirms it.
func TestSeatMapLockAndReview(t *testing.T) {
	f := newFixture(t)
	photo := f.showPhoto()
	v := f.scr.seats
	if v.lock.Checked || v.regen.Disabled() {
		t.Fatal("the photo starts unlocked")
	}
	v.lock.SetChecked(true)
	f.wait()
	it, _ := data.Get[data.ProgrammeItem](context.Background(), f.st, photo.ID)
	if !it.SeatsLocked || !v.regen.Disabled() {
		t.Fatalf("locked %v, regenerate disabled %v", it.SeatsLocked, v.regen.Disabled())
	}
	ctx := context.Background()
	d := &data.Delegation{Code: "AR", Name: "Argentina", Kind: data.KindCountry, Country: "AR", Precedence: 1, Status: data.StatusConfirmed}
	if err := f.st.Insert(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := f.st.Insert(ctx, &data.Person{DelegationID: d.ID, Role: data.RoleHOD, FullName: "Santiago Cafiero"}); err != nil {
		t.Fatal(err)
	}
	moved, err := seating.RegenerateAll(ctx, f.st)
	if err != nil || len(moved) == 0 {
		t.Fatalf("regenerate: %v %v", moved, err)
	}
	for _, im := range moved {
		if im.ItemID == photo.ID && seating.Moved(im.Moves) != 0 {
			t.Errorf("the locked line-up moved %d people", seating.Moved(im.Moves))
		}
	}
	f.scr.Load()
	f.wait()
	var box *seatBox
	for i := range v.picture.seats {
		if v.picture.seats[i].name == "Santiago Cafiero" {
			box = &v.picture.seats[i]
		}
	}
	if box == nil || !box.review || box.flag == nil {
		t.Fatalf("the newcomer's box: %+v", box)
	}
	test.TapAt(v.picture, v.picture.slotCentre(box.pos))
	if !v.confirm.Visible() || !strings.Contains(v.picked.Text, "locked") {
		t.Fatalf("confirm %v, %q", v.confirm.Visible(), v.picked.Text)
	}
	test.Tap(v.confirm)
	f.wait()
	seats, _ := data.ByParent[data.Seat](ctx, f.st, "item_id", photo.ID)
	for _, st := range seats {
		if st.Review {
			t.Errorf("still to review: %+v", st)
		}
	}
}

// TestRegenerateAsksFirst sends the first guest to the end of the order
// in an unlocked line-up: Regenerate shows who would move and moves
// nobody until the coordinator agrees.
func TestRegenerateAsksFirst(t *testing.T) {
	f := newFixture(t)
	photo := f.showPhoto()
	ctx := context.Background()
	cands, _ := seating.Attendees(ctx, f.st, &photo)
	a, _ := data.Get[data.Delegation](ctx, f.st, cands[1].DelegationID)
	a.Precedence = 999
	if err := f.st.Update(ctx, a); err != nil {
		t.Fatal(err)
	}
	before, _ := data.ByParent[data.Seat](ctx, f.st, "item_id", photo.ID)
	test.Tap(f.scr.seats.regen)
	f.wait()
	if text := kittest.OverlayText(f.win); !strings.Contains(text, "already seated") {
		t.Fatalf("no question before moving: %q", text)
	}
	after, _ := data.ByParent[data.Seat](ctx, f.st, "item_id", photo.ID)
	if len(after) != len(before) || after[0] != before[0] {
		t.Error("seats moved before the coordinator agreed")
	}
	kittest.Tap(t, f.win, "Move them")
	f.wait()
	if seating.Moved(mustMoves(t, f)) != 0 {
		t.Error("a second regeneration would still move people")
	}
}

func mustMoves(t *testing.T, f *fixture) []seating.Move {
	t.Helper()
	m, err := seating.WouldMove(context.Background(), f.st, f.scr.seats.current.ID)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// TestChosenPeople seats the spouses' programme by chosen people: adding
// a person from the seat map seats them; taking them off frees the place.
func TestChosenPeople(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	var item data.ProgrammeItem
	for _, it := range f.items() {
		if it.AttendanceRule() == data.AttendChosen {
			item = it
		}
	}
	if item.ID == "" {
		t.Fatal("the demo has no item for chosen people")
	}
	item.Seating, item.RowSizes = true, "8"
	if _, err := programme.Save(ctx, f.st, &item); err != nil {
		t.Fatal(err)
	}
	f.scr.Load()
	f.wait()
	f.scr.ShowSeats(item.ID)
	f.wait()
	v := f.scr.seats
	before := len(v.picture.seats)
	if v.chooser.Hidden || len(v.choose.Options) == 0 {
		t.Fatalf("no chooser: hidden %v, %d options", v.chooser.Hidden, len(v.choose.Options))
	}
	v.choose.SetSelectedIndex(0)
	f.wait()
	if len(v.picture.seats) != before+1 {
		t.Fatalf("%d seats after choosing one more, had %d", len(v.picture.seats), before)
	}
	added := v.choices[0]
	var box *seatBox
	for i := range v.picture.seats {
		if v.picture.seats[i].personID == added {
			box = &v.picture.seats[i]
		}
	}
	test.TapAt(v.picture, v.picture.slotCentre(box.pos))
	test.Tap(v.unchoose)
	f.wait()
	if len(v.picture.seats) != before {
		t.Errorf("%d seats after taking one off, want %d", len(v.picture.seats), before)
	}
}
