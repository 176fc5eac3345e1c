package data

import (
	"context"
	"testing"
	"time"
)

// TestTravelSpans: each delegation's first live arrival and last live
// departure, whatever the order the legs were written in.
func TestTravelSpans(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	a, b, c := &Delegation{Code: "AU", Name: "Australia"}, &Delegation{Code: "BR", Name: "Brazil"}, &Delegation{Code: "CL", Name: "Chile"}
	mustInsert(t, s, a, b, c)
	at := func(day, hour int) time.Time { return time.Date(2026, 12, day, hour, 0, 0, 0, time.UTC) }
	gone := &TravelLeg{DelegationID: a.ID, Direction: Arrival, Scheduled: at(1, 6)}
	mustInsert(t, s,
		&TravelLeg{DelegationID: a.ID, Direction: Arrival, Scheduled: at(2, 12)},
		&TravelLeg{DelegationID: a.ID, Direction: Arrival, Scheduled: at(2, 9)},
		&TravelLeg{DelegationID: a.ID, Direction: Departure, Scheduled: at(6, 8)},
		&TravelLeg{DelegationID: a.ID, Direction: Departure, Scheduled: at(5, 10)},
		&TravelLeg{DelegationID: b.ID, Direction: Arrival, Scheduled: at(3, 7)},
		gone,
	)
	if _, err := s.Delete(ctx, gone); err != nil {
		t.Fatal(err)
	}
	spans, err := s.TravelSpans(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]TravelSpan{}
	for _, sp := range spans {
		got[sp.DelegationID] = sp
	}
	tests := []struct {
		name        string
		id          string
		first, last time.Time
		listed      bool
	}{
		{"arrivals and departures", a.ID, at(2, 9), at(6, 8), true},
		{"an arrival only", b.ID, at(3, 7), time.Time{}, true},
		{"no travel", c.ID, time.Time{}, time.Time{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sp, ok := got[tt.id]
			if ok != tt.listed || !sp.FirstArrival.Equal(tt.first) || !sp.LastDeparture.Equal(tt.last) {
				t.Errorf("span %+v (listed %v), want %v..%v (listed %v)", sp, ok, tt.first, tt.last, tt.listed)
			}
		})
	}
}
