package data

import (
	"context"
	"reflect"
	"testing"
)

// The batch reads group what the per-parent queries list, in their order.
func TestBatchReadsMatchPerParent(t *testing.T) {
	s := newStore(t)
	ctx := context.Background()
	au, nz := &Delegation{Code: "AU", Name: "Australia"}, &Delegation{Code: "NZ", Name: "New Zealand"}
	mustInsert(t, s, au, nz)
	item := &ProgrammeItem{Title: "Gala", Seating: true}
	mustInsert(t, s, item)
	// Interleaved, so that a group's order is not the insertion order
	// of a table of one parent.
	mustInsert(t, s,
		&Vehicle{DelegationID: nz.ID, Plate: "B 2"}, &Vehicle{DelegationID: au.ID, Plate: "B 1"},
		&Vehicle{Plate: "B 0 (pool)"}, &Vehicle{DelegationID: nz.ID, Plate: "B 3"},
		&Seat{ItemID: item.ID, DelegationID: nz.ID, PhotoRow: 2, PhotoPlace: 1},
		&Seat{ItemID: item.ID, DelegationID: au.ID, PhotoRow: 1, PhotoPlace: 2},
		&Seat{ItemID: item.ID, DelegationID: nz.ID, PhotoRow: 1, PhotoPlace: 3},
	)
	vs, err := GroupByParent[Vehicle](ctx, s, "delegation_id")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range []*Delegation{au, nz} {
		want, err := ByParent[Vehicle](ctx, s, "delegation_id", d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(vs[d.ID], want) {
			t.Errorf("%s's vehicles: %v, want %v", d.Code, vs[d.ID], want)
		}
		seats, err := s.SeatsByDelegation(ctx, []string{item.ID})
		if err != nil {
			t.Fatal(err)
		}
		wantSeats, err := s.FindSeats(ctx, item.ID, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := seats[SeatKey{item.ID, d.ID}]; !reflect.DeepEqual(got, wantSeats) {
			t.Errorf("%s's seats: %v, want %v", d.Code, got, wantSeats)
		}
	}
	if len(vs[nz.ID]) != 2 || len(vs[""]) != 1 || vs[""][0].Plate != "B 0 (pool)" {
		t.Errorf("vehicles by delegation: %v", vs)
	}
	if _, err := GroupByParent[Vehicle](ctx, s, "plate"); err == nil {
		t.Error("grouped by a column that is no reference")
	}
}
