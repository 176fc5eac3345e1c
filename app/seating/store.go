package seating

import (
	"context"
	"fmt"
	"strings"

	"lodesk/data"
)

// Attends says whether a delegation is among an item's attendees ("all"
// or delegation codes).
func Attends(item *data.ProgrammeItem, d *data.Delegation) bool {
	for _, a := range item.Attendees {
		if strings.EqualFold(a, "all") || strings.EqualFold(a, d.Code) {
			return true
		}
	}
	return false
}

// HostID is the delegation at the centre: the chair the organiser named,
// else the host country's own delegation ("" if there is none).
func HostID(ev *data.Event, dels []data.Delegation) string {
	if ev.ChairID != "" {
		return ev.ChairID
	}
	for _, d := range dels {
		if d.Kind == data.KindCountry && strings.EqualFold(d.Country, ev.HostCountry) {
			return d.ID
		}
	}
	return ""
}

// Attendees lists whom an item places, in protocol order: the host or
// chair's delegation first, then the others by precedence (ties by
// name); for a HOD-only item each delegation's HOD, otherwise its members
// in role order.
func Attendees(ctx context.Context, s *data.Store, item *data.ProgrammeItem) ([]Candidate, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, err
	}
	dels, err := s.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	host := HostID(ev, dels)
	ordered := make([]data.Delegation, 0, len(dels))
	for _, d := range dels {
		if d.ID == host {
			ordered = append([]data.Delegation{d}, ordered...)
		} else {
			ordered = append(ordered, d)
		}
	}
	var out []Candidate
	for _, d := range ordered {
		if d.Status == data.StatusCancelled || !Attends(item, &d) {
			continue
		}
		people, err := s.FindPeople(ctx, data.PersonFilter{DelegationID: d.ID})
		if err != nil {
			return nil, err
		}
		for _, p := range people {
			if item.HODOnly && p.Role != data.RoleHOD {
				continue
			}
			out = append(out, Candidate{PersonID: p.ID, DelegationID: d.ID, Name: p.FullName})
		}
	}
	return out, nil
}

// Regenerate recomputes an item's seats from precedence and attendance,
// keeping the ones fixed by hand, and stores them in one transaction. It
// returns what moved.
func Regenerate(ctx context.Context, s *data.Store, itemID string) ([]Move, error) {
	item, err := data.Get[data.ProgrammeItem](ctx, s, itemID)
	if err != nil {
		return nil, err
	}
	sizes, err := ParseRowSizes(item.RowSizes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", item.Title, err)
	}
	cands, err := Attendees(ctx, s, item)
	if err != nil {
		return nil, err
	}
	existing, err := data.ByParent[data.Seat](ctx, s, "item_id", itemID)
	if err != nil {
		return nil, err
	}
	seats, moves, gone := Generate(itemID, cands, sizes, existing)
	names := map[string]string{}
	for _, g := range gone {
		if p, err := data.Get[data.Person](ctx, s, g.PersonID); err == nil {
			names[g.PersonID] = p.FullName
		}
	}
	for i := range moves {
		if n, ok := names[moves[i].Name]; ok && moves[i].To == nil {
			moves[i].Name = n
		}
	}
	err = s.Write(ctx, func(tx *data.Tx) error {
		for i := range gone {
			if _, err := tx.Delete(&gone[i]); err != nil {
				return err
			}
		}
		for i := range seats {
			st := &seats[i]
			if st.ID == "" {
				if err := tx.Insert(st); err != nil {
					return err
				}
			} else if err := tx.Update(st); err != nil {
				return err
			}
		}
		return nil
	})
	return moves, err
}

// Place sets one person's position by hand: it is fixed from then on,
// and whoever held that position is swapped into the old one (also fixed,
// so a regeneration does not undo the swap).
func Place(ctx context.Context, s *data.Store, itemID, personID string, to Position) error {
	seats, err := data.ByParent[data.Seat](ctx, s, "item_id", itemID)
	if err != nil {
		return err
	}
	var me, other *data.Seat
	for i := range seats {
		switch {
		case seats[i].PersonID == personID:
			me = &seats[i]
		case seats[i].PhotoRow == to.Row && seats[i].PhotoPlace == to.Place:
			other = &seats[i]
		}
	}
	if me == nil {
		return fmt.Errorf("person %s has no seat at this item: %w", personID, data.ErrNotFound)
	}
	from := Position{me.PhotoRow, me.PhotoPlace}
	return s.Write(ctx, func(tx *data.Tx) error {
		me.PhotoRow, me.PhotoPlace, me.Seat, me.Fixed = to.Row, to.Place, to.String(), true
		if err := tx.Update(me); err != nil {
			return err
		}
		if other == nil {
			return nil
		}
		other.PhotoRow, other.PhotoPlace, other.Seat, other.Fixed = from.Row, from.Place, from.String(), true
		return tx.Update(other)
	})
}
