package ui

import (
	"context"
	"fmt"

	"lodesk/data"
)

// lookups are the names other rows refer to by id, read once per load.
type lookups struct {
	event       *data.Event
	delegations map[string]*data.Delegation
	los         map[string]*data.LO
	people      map[string]string // id -> full name
}

// loadLookups reads the event, delegations, LOs and people's names; with
// withPeople false, people is empty.
func loadLookups(ctx context.Context, st *data.Store, withPeople bool) (*lookups, error) {
	ev, err := st.Event(ctx)
	if err != nil {
		return nil, fmt.Errorf("read event: %w", err)
	}
	ds, err := st.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	los, err := st.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return nil, err
	}
	l := &lookups{event: ev, delegations: make(map[string]*data.Delegation, len(ds)), los: make(map[string]*data.LO, len(los)), people: map[string]string{}}
	for i := range ds {
		l.delegations[ds[i].ID] = &ds[i]
	}
	for i := range los {
		l.los[los[i].ID] = &los[i]
	}
	if withPeople {
		ps, err := st.FindPeople(ctx, data.PersonFilter{})
		if err != nil {
			return nil, err
		}
		for _, p := range ps {
			l.people[p.ID] = p.FullName
		}
	}
	return l, nil
}
