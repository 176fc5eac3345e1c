package seating

import (
	"context"
	"fmt"

	"lodesk/data"
)

// Candidate is someone an item places, in the order they take seats.
type Candidate struct {
	PersonID, DelegationID string
	Name                   string
	Tier                   int
}

// Attendees lists whom an item places, in the order they take seats
// (see units): the host or chair's head first, then the other heads by
// precedence, then the deputies, and so on.
func Attendees(ctx context.Context, s *data.Store, item *data.ProgrammeItem) ([]Candidate, error) {
	sn, err := Load(ctx, s)
	if err != nil {
		return nil, err
	}
	var out []Candidate
	for _, u := range units(sn.ev, item, sn.dels, sn.byDel) {
		for _, p := range u.people {
			out = append(out, Candidate{PersonID: p.ID, DelegationID: u.del.ID, Name: p.FullName, Tier: u.tier})
		}
	}
	return out, nil
}

// Regenerate recomputes one item's seats and stores them in one
// transaction, keeping the places fixed by hand (and, in a locked
// session, every place). It returns what moved.
func Regenerate(ctx context.Context, s *data.Store, itemID string) ([]Move, error) {
	sn, err := Load(ctx, s)
	if err != nil {
		return nil, err
	}
	for i := range sn.items {
		if sn.items[i].ID == itemID {
			pl, err := sn.planItem(&sn.items[i])
			if err != nil {
				return nil, err
			}
			return pl.moves, write(ctx, s, pl, sn.seats[itemID])
		}
	}
	return nil, fmt.Errorf("seating: programme item %s: %w", itemID, data.ErrNotFound)
}

// RegenerateAll regenerates every item with seating or a group photo, as
// a change of precedence or attendance requires. It returns the items
// where someone moved, in programme order; each item is written in its
// own transaction, and only when something changed.
func RegenerateAll(ctx context.Context, s *data.Store) ([]ItemMoves, error) {
	sn, err := Load(ctx, s)
	if err != nil {
		return nil, err
	}
	var out []ItemMoves
	for i := range sn.items {
		it := &sn.items[i]
		if !seated(it) {
			continue
		}
		pl, err := sn.planItem(it)
		if err != nil {
			return out, err
		}
		if len(pl.moves) == 0 && !changed(pl, sn.seats[it.ID]) {
			continue
		}
		if err := write(ctx, s, pl, sn.seats[it.ID]); err != nil {
			return out, err
		}
		if len(pl.moves) > 0 {
			out = append(out, ItemMoves{ItemID: it.ID, Title: it.Title, Starts: it.Starts, Moves: pl.moves, New: len(sn.seats[it.ID]) == 0})
		}
	}
	return out, nil
}

// changed says whether a plan writes anything beyond its moves (a seat's
// delegation or label brought up to date).
func changed(pl plan, stored []data.Seat) bool {
	byID := map[string]data.Seat{}
	for _, s := range stored {
		byID[s.ID] = s
	}
	for _, s := range pl.seats {
		if o, ok := byID[s.ID]; !ok || o != s {
			return true
		}
	}
	return len(pl.gone) > 0
}

// write stores a plan in one transaction; seats that did not change are
// not rewritten.
func write(ctx context.Context, s *data.Store, pl plan, stored []data.Seat) error {
	byID := map[string]data.Seat{}
	for _, st := range stored {
		byID[st.ID] = st
	}
	return s.Write(ctx, func(tx *data.Tx) error {
		for i := range pl.gone {
			if _, err := tx.Delete(&pl.gone[i]); err != nil {
				return err
			}
		}
		for i := range pl.seats {
			st := &pl.seats[i]
			if st.ID == "" {
				if err := tx.Insert(st); err != nil {
					return err
				}
			} else if byID[st.ID] != *st {
				if err := tx.Update(st); err != nil {
					return err
				}
			}
		}
		return nil
	})
}

// Place sets one person's position by hand: it is fixed from then on,
// and whoever held that position is swapped into the old one (also fixed,
// so a regeneration does not undo the swap). Moving someone by hand in a
// locked session is allowed: the coordinator decides.
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
		me.PhotoRow, me.PhotoPlace, me.Seat, me.Fixed, me.Review = to.Row, to.Place, to.String(), true, false
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

// Reviewed clears the review flag of a newcomer's seat: the coordinator
// has checked the place.
func Reviewed(ctx context.Context, s *data.Store, itemID, personID string) error {
	seats, err := data.ByParent[data.Seat](ctx, s, "item_id", itemID)
	if err != nil {
		return err
	}
	for i := range seats {
		if seats[i].PersonID == personID && seats[i].Review {
			seats[i].Review = false
			return s.Update(ctx, &seats[i])
		}
	}
	return nil
}

// WouldMove is what regenerating one item would move, without writing.
func WouldMove(ctx context.Context, s *data.Store, itemID string) ([]Move, error) {
	sn, err := Load(ctx, s)
	if err != nil {
		return nil, err
	}
	for i := range sn.items {
		if sn.items[i].ID == itemID {
			pl, err := sn.planItem(&sn.items[i])
			return pl.moves, err
		}
	}
	return nil, fmt.Errorf("seating: programme item %s: %w", itemID, data.ErrNotFound)
}

// Moved counts the people already seated a list of moves moves
// (newcomers and those leaving do not count).
func Moved(moves []Move) int {
	n := 0
	for _, m := range moves {
		if m.From != nil && m.To != nil {
			n++
		}
	}
	return n
}
