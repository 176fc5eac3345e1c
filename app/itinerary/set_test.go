package itinerary

import (
	"context"
	"reflect"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

// A Set composes every delegation's itinerary as ForDelegation does.
func TestSetMatchesForDelegation(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(t, demo.Small), data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	set, err := NewSet(ctx, s, Rows{})
	if err != nil {
		t.Fatal(err)
	}
	dels, err := s.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	seats := 0
	for i := range dels {
		d := &dels[i]
		want, err := ForDelegation(ctx, s, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		got := set.ForDelegation(d)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: the set's itinerary differs from ForDelegation's:\n got %+v\nwant %+v", d.Code, got, want)
		}
		for _, day := range want.Days {
			for _, e := range day.Entries {
				for _, f := range e.Facts {
					if f.Kind == FactSeat || f.Kind == FactPhoto {
						seats++
					}
				}
			}
		}
	}
	if len(dels) == 0 || seats == 0 {
		t.Fatalf("the demo has %d delegations and %d seats: the test compares too little", len(dels), seats)
	}
}
