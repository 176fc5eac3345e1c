package seating

import (
	"context"
	"time"

	"lodesk/data"
)

// ItemMoves is what a regeneration moved at one programme item.
type ItemMoves struct {
	ItemID, Title string
	Starts        time.Time
	Moves         []Move
}

// RegenerateAll regenerates every item with seating or a group photo, as
// a change of precedence, of attendance (a delegation cancelled, a person
// added, removed or made HOD) or of the chair requires, keeping what was
// fixed by hand. It returns the items where someone moved, in programme
// order; each item is written in its own transaction, as Regenerate does.
func RegenerateAll(ctx context.Context, s *data.Store) ([]ItemMoves, error) {
	items, err := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	var r *roster // read at the first seated item: a file may have none, nor an event yet
	var out []ItemMoves
	for _, it := range items {
		if !it.Photo && !it.Seating {
			continue
		}
		if _, err := ParseRowSizes(it.RowSizes); err != nil {
			continue // the item's editor reports its row sizes
		}
		if r == nil {
			if r, err = loadRoster(ctx, s); err != nil {
				return nil, err
			}
		}
		moves, err := regenerate(ctx, s, r, it.ID)
		if err != nil {
			return out, err
		}
		if len(moves) > 0 {
			out = append(out, ItemMoves{ItemID: it.ID, Title: it.Title, Starts: it.Starts, Moves: moves})
		}
	}
	return out, nil
}
