package kit

import (
	"context"
	"fmt"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/data"
)

// Names are the event and the names that rows refer to by id, read once
// per load.
type Names struct {
	Event       *data.Event
	Loc         *time.Location
	Delegations []data.Delegation // by precedence
	Delegation  map[string]string // id -> name
	LOs         []data.LO         // by name
	LO          map[string]string // id -> name
	People      map[string]*data.Person
}

// LoadNames reads the event, delegations, LOs and, with withPeople, people.
func LoadNames(ctx context.Context, s *data.Store, withPeople bool) (*Names, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, fmt.Errorf("read event: %w", err)
	}
	n := &Names{Event: ev, Loc: ev.Location(), Delegation: map[string]string{}, LO: map[string]string{}, People: map[string]*data.Person{}}
	if n.Delegations, err = s.FindDelegations(ctx, data.DelegationFilter{}); err != nil {
		return nil, err
	}
	for _, d := range n.Delegations {
		n.Delegation[d.ID] = d.Name
	}
	if n.LOs, err = s.FindLOs(ctx, data.LOFilter{}); err != nil {
		return nil, err
	}
	for _, l := range n.LOs {
		n.LO[l.ID] = l.FullName
	}
	if withPeople {
		ps, err := s.FindPeople(ctx, data.PersonFilter{})
		if err != nil {
			return nil, err
		}
		for i := range ps {
			n.People[ps[i].ID] = &ps[i]
		}
	}
	return n, nil
}

// PersonName is a person's name, or "" for none.
func (n *Names) PersonName(id string) string {
	if p, ok := n.People[id]; ok {
		return p.FullName
	}
	return ""
}

// DelegationSelect chooses a delegation by name, in precedence order;
// with none, the first choice is "(none)".
func (n *Names) DelegationSelect(current string, none bool) *IDSelect {
	var ids, labels []string
	if none {
		ids, labels = []string{""}, []string{lang.L("(none)")}
	}
	for _, d := range n.Delegations {
		ids, labels = append(ids, d.ID), append(labels, d.Name)
	}
	return NewIDSelect(ids, labels, current)
}
