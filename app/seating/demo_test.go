package seating_test

import (
	"context"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/seating"
	"lodesk/data"
)

func TestRegenerateOnDemo(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	items, err := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var photo *data.ProgrammeItem
	for i := range items {
		if items[i].Photo && items[i].HODOnly {
			photo = &items[i]
			break
		}
	}
	if photo == nil {
		t.Fatal("the demo has no HOD-only group photo")
	}
	if _, err := seating.Regenerate(ctx, s, photo.ID); err != nil {
		t.Fatal(err)
	}
	seats, _ := data.ByParent[data.Seat](ctx, s, "item_id", photo.ID)
	ev, _ := s.Event(ctx)
	byPos := map[seating.Position]data.Seat{}
	for _, st := range seats {
		byPos[seating.Position{st.PhotoRow, st.PhotoPlace}] = st
	}
	centre := byPos[seating.Position{1, 0}]
	if centre.DelegationID != ev.ChairID {
		t.Errorf("centre of the photo is %s, want the chair %s", centre.DelegationID, ev.ChairID)
	}
	// The next two in precedence stand right then left of the host.
	cands, _ := seating.Attendees(ctx, s, photo)
	if byPos[seating.Position{1, 1}].PersonID != cands[1].PersonID || byPos[seating.Position{1, -1}].PersonID != cands[2].PersonID {
		t.Errorf("host's right %s and left %s, want %s then %s", byPos[seating.Position{1, 1}].PersonID, byPos[seating.Position{1, -1}].PersonID, cands[1].Name, cands[2].Name)
	}
	// Move the 4th to the far end by hand, regenerate: it stays.
	far := seating.Position{Row: 1, Place: -9}
	if err := seating.Place(ctx, s, photo.ID, cands[3].PersonID, far); err != nil {
		t.Fatal(err)
	}
	moves, err := seating.Regenerate(ctx, s, photo.ID)
	if err != nil {
		t.Fatal(err)
	}
	seats, _ = data.ByParent[data.Seat](ctx, s, "item_id", photo.ID)
	for _, st := range seats {
		if st.PersonID == cands[3].PersonID && (seating.Position{st.PhotoRow, st.PhotoPlace}) != far {
			t.Errorf("moved seat did not survive regeneration: %+v", st)
		}
	}
	t.Logf("%d seats, %d moved on regeneration", len(seats), len(moves))
}
