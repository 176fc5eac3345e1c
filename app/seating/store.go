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
	r, err := loadRoster(ctx, s)
	if err != nil {
		return nil, err
	}
	return r.attendees(item), nil
}

// roster is everyone who may be seated, read once for all the items a
// regeneration places: reading each delegation's people for each item took
// three quarters of the time at 1,000 delegations.
type roster struct {
	ordered []data.Delegation            // the host or chair first, then by precedence
	people  map[string][]data.PersonName // by delegation id, in role order
}

func loadRoster(ctx context.Context, s *data.Store) (*roster, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, err
	}
	dels, err := s.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	host := HostID(ev, dels)
	r := &roster{ordered: make([]data.Delegation, 0, len(dels)), people: map[string][]data.PersonName{}}
	for _, d := range dels {
		if d.ID == host {
			r.ordered = append([]data.Delegation{d}, r.ordered...)
		} else {
			r.ordered = append(r.ordered, d)
		}
	}
	people, err := s.PeopleNames(ctx)
	if err != nil {
		return nil, err
	}
	for _, p := range people {
		r.people[p.DelegationID] = append(r.people[p.DelegationID], p)
	}
	return r, nil
}

func (r *roster) attendees(item *data.ProgrammeItem) []Candidate {
	var out []Candidate
	for _, d := range r.ordered {
		if d.Status == data.StatusCancelled || !Attends(item, &d) {
			continue
		}
		for _, p := range r.people[d.ID] {
			if item.HODOnly && p.Role != data.RoleHOD {
				continue
			}
			out = append(out, Candidate{PersonID: p.ID, DelegationID: d.ID, Name: p.FullName})
		}
	}
	return out
}

// Regenerate recomputes an item's seats from precedence and attendance,
// keeping the ones fixed by hand, and stores them in one transaction. It
// returns what moved.
func Regenerate(ctx context.Context, s *data.Store, itemID string) ([]Move, error) {
	r, err := loadRoster(ctx, s)
	if err != nil {
		return nil, err
	}
	return regenerate(ctx, s, r, itemID)
}

func regenerate(ctx context.Context, s *data.Store, r *roster, itemID string) ([]Move, error) {
	item, err := data.Get[data.ProgrammeItem](ctx, s, itemID)
	if err != nil {
		return nil, err
	}
	sizes, err := ParseRowSizes(item.RowSizes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", item.Title, err)
	}
	cands := r.attendees(item)
	existing, err := data.ByParent[data.Seat](ctx, s, "item_id", itemID)
	if err != nil {
		return nil, err
	}
	before := make(map[string]data.Seat, len(existing))
	for _, st := range existing {
		before[st.ID] = st
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
	if len(gone) == 0 && !changed(seats, before) {
		return moves, nil // nothing to write
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
			} else if moved(st, before[st.ID]) {
				if err := tx.Update(st); err != nil {
					return err
				}
			}
		}
		return nil
	})
	return moves, err
}

// changed says whether seats differ from the stored ones: new, or moved.
func changed(seats []data.Seat, before map[string]data.Seat) bool {
	for i := range seats {
		if b, ok := before[seats[i].ID]; !ok || moved(&seats[i], b) {
			return true
		}
	}
	return false
}

// moved says whether a seat's position differs from what was stored (the
// rest of a seat Generate does not change).
func moved(st *data.Seat, stored data.Seat) bool {
	return st.Seat != stored.Seat || st.PhotoRow != stored.PhotoRow || st.PhotoPlace != stored.PhotoPlace
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
