package delegview

import (
	"context"
	"strings"
	"testing"
	"time"

	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
)

// photoSeats is where everyone stands in the demo's HOD-only group photo.
func (f *fixture) photoSeats() (*data.ProgrammeItem, map[string]seating.Position) {
	f.t.Helper()
	ctx := context.Background()
	items, _ := f.st.FindProgramme(ctx, "", time.Time{}, time.Time{})
	for i := range items {
		if items[i].Photo && items[i].HODOnly {
			pos := map[string]seating.Position{}
			seats, _ := data.ByParent[data.Seat](ctx, f.st, "item_id", items[i].ID)
			for _, s := range seats {
				pos[s.PersonID] = seating.Position{Row: s.PhotoRow, Place: s.PhotoPlace}
			}
			return &items[i], pos
		}
	}
	f.t.Fatal("the demo has no HOD-only group photo")
	return nil, nil
}

// seatedPhoto regenerates the demo's seating, then gives its HOD-only
// group photo, where everyone stands, and whom it places in order.
func (f *fixture) seatedPhoto() (*data.ProgrammeItem, map[string]seating.Position, []seating.Candidate) {
	f.t.Helper()
	ctx := context.Background()
	if _, err := seating.RegenerateAll(ctx, f.st); err != nil {
		f.t.Fatal(err)
	}
	photo, pos := f.photoSeats()
	cands, err := seating.Attendees(ctx, f.st, photo)
	if err != nil {
		f.t.Fatal(err)
	}
	return photo, pos, cands
}

// TestPrecedenceChangeReseats lowers a delegation's precedence in its
// editor: its HOD leaves the host's right in the group photo, and the
// window says who moved where.
func TestPrecedenceChangeReseats(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	photo, before, cands := f.seatedPhoto()
	first := cands[1] // at the host's right
	if before[first.PersonID] != (seating.Position{Row: 1, Place: 1}) {
		t.Fatalf("%s stands at %v before the change", first.Name, before[first.PersonID])
	}
	del, _ := data.Get[data.Delegation](ctx, f.st, first.DelegationID)

	f.s.editDelegation(del)
	dlg := f.top()
	prec := f.formItem(dlg, "Precedence").(*kit.Input)
	prec.SetText("999")
	f.tap(f.button(dlg, "Save"))

	// It moves many people already seated: the window shows who, first.
	ask := f.top()
	if q := text(ask); !strings.Contains(q, "already seated") || !strings.Contains(q, first.Name) {
		t.Fatalf("no question before moving:\n%s", q)
	}
	if _, still := f.photoSeats(); still[first.PersonID] != before[first.PersonID] {
		t.Fatal("moved before the coordinator agreed")
	}
	f.tap(f.button(ask, "Move them"))

	_, after := f.photoSeats()
	if after[first.PersonID] == before[first.PersonID] {
		t.Fatalf("%s still at %v after precedence 999", first.Name, after[first.PersonID])
	}
	if after[cands[2].PersonID] != (seating.Position{Row: 1, Place: 1}) {
		t.Errorf("the next in precedence, %s, is at %v, want the host's right", cands[2].Name, after[cands[2].PersonID])
	}
	told := text(f.top())
	if !strings.Contains(told, "Seating and photo positions updated") || !strings.Contains(told, photo.Title) ||
		!strings.Contains(told, first.Name+": "+before[first.PersonID].String()+" → "+after[first.PersonID].String()) {
		t.Errorf("the window told:\n%s", told)
	}
}

// TestDeleteClosesUpSeats deletes a seated delegation: the photo closes
// the gap and the undo offer says so; Undo puts its HOD back.
func TestDeleteClosesUpSeats(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	photo, before, cands := f.seatedPhoto()
	gone, next := cands[1], cands[2]
	del, _ := data.Get[data.Delegation](ctx, f.st, gone.DelegationID)
	f.s.selected = del.ID
	f.s.confirmDelete(del, del.Name)
	f.env.Wait()
	f.tap(f.button(f.top(), "Delete"))
	if _, after := f.photoSeats(); after[next.PersonID] != before[gone.PersonID] {
		t.Errorf("the gap at %v was not closed: %s is at %v", before[gone.PersonID], next.Name, after[next.PersonID])
	}
	undo := f.s.undo.View()
	if got := text(undo); !strings.Contains(got, "Seats closed up at: ") || !strings.Contains(got, photo.Title) {
		t.Fatalf("the undo offer says:\n%s", got)
	}
	f.tap(f.button(undo, "Undo"))
	if _, after := f.photoSeats(); after[gone.PersonID] != before[gone.PersonID] || after[next.PersonID] != before[next.PersonID] {
		t.Errorf("after Undo %s is at %v and %s at %v, want %v and %v", gone.Name, after[gone.PersonID], next.Name, after[next.PersonID], before[gone.PersonID], before[next.PersonID])
	}
}
