package data

import (
	"context"
	"reflect"
)

// The reads below serve a batch that would otherwise query once per
// parent (the briefing packs of a whole event: vehicles, hotels and
// travel per delegation, gifts per LO, seats per programme item): each
// reads a table once, and each group holds what the per-parent query
// lists, in its order. Where that order has ties (seats in the same
// place; none in the demos), both walk the rows in rowid order before
// SQLite's stable sort, so the groups come out the same.

// GroupByParent lists every live row of a type by its reference column:
// out[id] is what ByParent(column, id) lists, in the same order; out[""]
// holds the rows without the reference.
func GroupByParent[T any, P recordPtr[T]](ctx context.Context, s *Store, column string) (map[string][]T, error) {
	c, err := refColumn[T, P](column)
	if err != nil {
		return nil, err
	}
	rows, err := find[T, P](ctx, s, where{}, "hlc, id")
	if err != nil {
		return nil, err
	}
	out := map[string][]T{}
	for i := range rows {
		id := reflect.ValueOf(&rows[i]).Elem().FieldByIndex(c.index).String()
		out[id] = append(out[id], rows[i])
	}
	return out, nil
}

// SeatKey is a programme item and a delegation.
type SeatKey struct{ ItemID, DelegationID string }

// SeatsByDelegation lists the seats of the given programme items by item
// and delegation: out[{item, delegation}] is what FindSeats(item,
// delegation) lists, in the same order.
func (s *Store) SeatsByDelegation(ctx context.Context, itemIDs []string) (map[SeatKey][]Seat, error) {
	out := map[SeatKey][]Seat{}
	for _, id := range itemIDs {
		var w where
		w.add("item_id = ?", id)
		seats, err := find[Seat](ctx, s, w, "delegation_id, photo_row, photo_place")
		if err != nil {
			return nil, err
		}
		for _, st := range seats {
			k := SeatKey{st.ItemID, st.DelegationID}
			out[k] = append(out[k], st)
		}
	}
	return out, nil
}
