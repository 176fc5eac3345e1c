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

// TestRegenerateAllFollowsPrecedence swaps two delegations' precedence:
// every seated item moves their people and says so; positions fixed by
// hand stay; a second run moves nobody.
func TestRegenerateAllFollowsPrecedence(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := seating.RegenerateAll(ctx, s); err != nil { // the demo as it is
		t.Fatal(err)
	}
	items, _ := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	var photo *data.ProgrammeItem
	for i := range items {
		if items[i].Photo && items[i].HODOnly {
			photo = &items[i]
		}
	}
	cands, _ := seating.Attendees(ctx, s, photo)
	a, b := cands[1], cands[2] // host's right and left
	pinned := cands[5]
	pinnedAt := seating.Position{Row: 1, Place: -8}
	if err := seating.Place(ctx, s, photo.ID, pinned.PersonID, pinnedAt); err != nil {
		t.Fatal(err)
	}
	da, _ := data.Get[data.Delegation](ctx, s, a.DelegationID)
	db, _ := data.Get[data.Delegation](ctx, s, b.DelegationID)
	da.Precedence, db.Precedence = db.Precedence, da.Precedence
	if err := s.Update(ctx, da); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, db); err != nil {
		t.Fatal(err)
	}

	got, err := seating.RegenerateAll(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var at *seating.ItemMoves
	for i := range got {
		if got[i].ItemID == photo.ID {
			at = &got[i]
		}
	}
	if at == nil || len(at.Moves) < 2 {
		t.Fatalf("the photo's moves after the swap: %+v", got)
	}
	pos := map[string]seating.Position{}
	seats, _ := data.ByParent[data.Seat](ctx, s, "item_id", photo.ID)
	for _, st := range seats {
		pos[st.PersonID] = seating.Position{Row: st.PhotoRow, Place: st.PhotoPlace}
	}
	if pos[b.PersonID] != (seating.Position{Row: 1, Place: 1}) || pos[a.PersonID] != (seating.Position{Row: 1, Place: -1}) {
		t.Errorf("after the swap %s is at %v and %s at %v, want +1 and -1", b.Name, pos[b.PersonID], a.Name, pos[a.PersonID])
	}
	if pos[pinned.PersonID] != pinnedAt {
		t.Errorf("%s, placed by hand, moved to %v", pinned.Name, pos[pinned.PersonID])
	}
	if again, err := seating.RegenerateAll(ctx, s); err != nil || len(again) != 0 {
		t.Errorf("a second run moved %+v (%v)", again, err)
	}
}

// BenchmarkRegenerateAllLarge regenerates every seated item of the large
// demo when nothing changed: what a delegation or person save adds.
func BenchmarkRegenerateAllLarge(b *testing.B) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(b, demotest.File(b, demo.Large)), data.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := seating.RegenerateAll(ctx, s); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := seating.RegenerateAll(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDemoSeatsByRank checks the demos' gala dinner and opening plenary:
// the host's head at the centre of the front row, and nobody of a higher
// tier behind anyone of a lower one.
func TestDemoSeatsByRank(t *testing.T) {
	for _, size := range []demo.Size{demo.Small, demo.Large} {
		if size == demo.Large && testing.Short() {
			continue
		}
		t.Run(size.String(), func(t *testing.T) {
			ctx := context.Background()
			s, err := data.Open(ctx, demotest.File(t, size), data.Options{ReadOnly: true})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ev, _ := s.Event(ctx)
			dels, _ := data.All[data.Delegation](ctx, s)
			host := seating.HostID(ev, dels)
			items, _ := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
			checked := 0
			for i := range items {
				it := &items[i]
				if !it.Seating || it.Kind != data.ItemGala && it.Kind != data.ItemPlenary {
					continue
				}
				checked++
				cands, err := seating.Attendees(ctx, s, it)
				if err != nil {
					t.Fatal(err)
				}
				tier := map[string]int{}
				for _, c := range cands {
					tier[c.PersonID] = c.Tier
				}
				seats, _ := data.ByParent[data.Seat](ctx, s, "item_id", it.ID)
				if len(seats) != len(cands) {
					t.Errorf("%s: %d seats for %d attendees", it.Title, len(seats), len(cands))
				}
				front := map[int]int{} // row -> highest tier in it
				rows := 0
				for _, st := range seats {
					front[st.PhotoRow] = max(front[st.PhotoRow], tier[st.PersonID])
					rows = max(rows, st.PhotoRow)
					if st.PhotoRow == 1 && st.PhotoPlace == 0 && st.DelegationID != host {
						t.Errorf("%s: the centre is %s, not the host", it.Title, st.DelegationID)
					}
				}
				worst := make([]int, rows+2) // highest tier in the rows before
				for r := 2; r <= rows+1; r++ {
					worst[r] = max(worst[r-1], front[r-1])
				}
				for _, st := range seats {
					if tier[st.PersonID] < worst[st.PhotoRow] {
						t.Errorf("%s: %s (tier %d) in row %d sits behind a lower tier", it.Title, st.PersonID, tier[st.PersonID], st.PhotoRow)
						break
					}
				}
				t.Logf("%s: %d seats in %d rows", it.Title, len(seats), rows)
			}
			if checked < 2 {
				t.Errorf("checked %d items: the demo lacks a seated gala or plenary", checked)
			}
		})
	}
}
