package itinerary

import (
	"context"
	"fmt"

	"lodesk/data"
)

// Set composes the itineraries of many delegations (the briefing packs of
// a whole event) from one read of each table, where ForDelegation reads
// the programme, the people, vehicles, travel, hotels and seats again for
// every delegation. Its itineraries are ForDelegation's.
type Set struct {
	src   *source
	rows  Rows
	legs  map[string][]data.TravelLeg // by delegation
	cars  map[string]*data.Vehicle    // every vehicle, by id
	seats map[data.SeatKey][]data.Seat
}

// Rows is what a Set shares with its caller, by delegation id, each
// group in the order of the query for that delegation alone (FindPeople,
// ByParent): given when the caller has read them, read by NewSet when nil.
type Rows struct {
	People   map[string][]data.Person
	Vehicles map[string][]data.Vehicle
	Stays    map[string][]data.Accommodation
}

// NewSet reads the event for a Set.
func NewSet(ctx context.Context, s *data.Store, r Rows) (*Set, error) {
	src, err := loadSource(ctx, s)
	if err != nil {
		return nil, fmt.Errorf("itinerary: %w", err)
	}
	set := &Set{src: src, rows: r, legs: map[string][]data.TravelLeg{}, cars: map[string]*data.Vehicle{}}
	if set.rows.People == nil {
		ps, err := s.FindPeople(ctx, data.PersonFilter{})
		if err != nil {
			return nil, fmt.Errorf("itinerary: people: %w", err)
		}
		set.rows.People = map[string][]data.Person{}
		for _, p := range ps {
			set.rows.People[p.DelegationID] = append(set.rows.People[p.DelegationID], p)
		}
	}
	if set.rows.Vehicles == nil {
		if set.rows.Vehicles, err = data.GroupByParent[data.Vehicle](ctx, s, "delegation_id"); err != nil {
			return nil, fmt.Errorf("itinerary: vehicles: %w", err)
		}
	}
	if set.rows.Stays == nil {
		if set.rows.Stays, err = data.GroupByParent[data.Accommodation](ctx, s, "delegation_id"); err != nil {
			return nil, fmt.Errorf("itinerary: hotels: %w", err)
		}
	}
	for _, vs := range set.rows.Vehicles {
		for i := range vs {
			set.cars[vs[i].ID] = &vs[i]
		}
	}
	legs, err := s.FindTravel(ctx, data.TravelFilter{})
	if err != nil {
		return nil, fmt.Errorf("itinerary: travel: %w", err)
	}
	for _, l := range legs {
		set.legs[l.DelegationID] = append(set.legs[l.DelegationID], l)
	}
	var seated []string
	for _, item := range src.items {
		if item.Photo || item.Seating {
			seated = append(seated, item.ID)
		}
	}
	if set.seats, err = s.SeatsByDelegation(ctx, seated); err != nil {
		return nil, fmt.Errorf("itinerary: seats: %w", err)
	}
	return set, nil
}

// ForDelegation composes a delegation's itinerary, as ForDelegation does.
func (set *Set) ForDelegation(d *data.Delegation) *Itinerary {
	r := &rows{
		people:   set.rows.People[d.ID],
		vehicles: set.rows.Vehicles[d.ID],
		legs:     set.legs[d.ID],
		stays:    set.rows.Stays[d.ID],
		seats:    map[string][]data.Seat{},
		vehicle:  func(id string) *data.Vehicle { return set.cars[id] },
	}
	for _, item := range set.src.items {
		if item.Photo || item.Seating {
			if st := set.seats[data.SeatKey{ItemID: item.ID, DelegationID: d.ID}]; st != nil {
				r.seats[item.ID] = st
			}
		}
	}
	return set.src.delegation(d, compose(set.src, d, r))
}
