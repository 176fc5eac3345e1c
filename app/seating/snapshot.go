package seating

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"lodesk/data"
)

// Snapshot is what seating reads, in memory: the event, the delegations
// in order of precedence, the people, the programme and its seats. Put
// lays a change over it that is not written yet, so its moves can be
// shown before it is applied.
type Snapshot struct {
	ev     *data.Event
	dels   []data.Delegation
	people []data.PersonName
	items  []data.ProgrammeItem
	seats  map[string][]data.Seat // by item
	byDel  map[string][]*data.PersonName
}

// Load reads a snapshot of the event file.
func Load(ctx context.Context, s *data.Store) (*Snapshot, error) {
	sn := &Snapshot{seats: map[string][]data.Seat{}}
	var err error
	switch sn.ev, err = s.Event(ctx); {
	case errors.Is(err, data.ErrNotFound):
		sn.ev = &data.Event{} // a file being filled: no host yet
	case err != nil:
		return nil, fmt.Errorf("seating: %w", err)
	}
	if sn.dels, err = data.All[data.Delegation](ctx, s); err != nil {
		return nil, fmt.Errorf("seating: delegations: %w", err)
	}
	if sn.people, err = s.PeopleNames(ctx); err != nil {
		return nil, fmt.Errorf("seating: people: %w", err)
	}
	if sn.items, err = s.FindProgramme(ctx, "", time.Time{}, time.Time{}); err != nil {
		return nil, fmt.Errorf("seating: programme: %w", err)
	}
	seats, err := data.All[data.Seat](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("seating: seats: %w", err)
	}
	for _, st := range seats {
		sn.seats[st.ItemID] = append(sn.seats[st.ItemID], st)
	}
	sn.index()
	return sn, nil
}

func (sn *Snapshot) index() {
	Order(sn.dels)
	sn.byDel = peopleByDelegation(sn.people)
}

// Put lays records over the snapshot (delegations, people, programme
// items and the event; others are ignored): one with a stored id
// replaces it, one with another id or none is added (a new record is
// given a temporary id that sorts after every stored one).
func (sn *Snapshot) Put(recs ...data.Record) {
	for i, r := range recs {
		switch v := r.(type) {
		case *data.Event:
			sn.ev = v
		case *data.Delegation:
			sn.dels = upsert(sn.dels, *v, i)
		case *data.Person:
			sn.people = upsert(sn.people, data.PersonName{ID: v.ID, DelegationID: v.DelegationID, Role: v.Role, FullName: v.FullName}, i)
		case *data.ProgrammeItem:
			sn.items = upsert(sn.items, *v, i)
		}
	}
	sn.index()
}

// Remove takes records out of the snapshot by id (a deletion not yet
// written).
func (sn *Snapshot) Remove(ids ...string) {
	gone := map[string]bool{}
	for _, id := range ids {
		gone[id] = true
	}
	sn.dels = slices.DeleteFunc(sn.dels, func(d data.Delegation) bool { return gone[d.ID] })
	sn.people = slices.DeleteFunc(sn.people, func(p data.PersonName) bool { return gone[p.ID] || gone[p.DelegationID] })
	sn.items = slices.DeleteFunc(sn.items, func(it data.ProgrammeItem) bool { return gone[it.ID] })
	sn.index()
}

type withID interface {
	data.Delegation | data.PersonName | data.ProgrammeItem
}

func idOf[T withID](v *T) *string {
	switch x := any(v).(type) {
	case *data.Delegation:
		return &x.ID
	case *data.PersonName:
		return &x.ID
	case *data.ProgrammeItem:
		return &x.ID
	}
	panic("seating: no id")
}

func upsert[T withID](list []T, v T, n int) []T {
	id := idOf(&v)
	if *id == "" {
		*id = fmt.Sprintf("~new-%06d", n) // after every UUID
	}
	for i := range list {
		if *idOf(&list[i]) == *id {
			list[i] = v
			return list
		}
	}
	return append(list, v)
}

// seated says whether an item has a seat plan or a photo line-up that
// can be laid out.
func seated(it *data.ProgrammeItem) bool {
	if !it.Photo && !it.Seating {
		return false
	}
	_, err := ParseRowSizes(it.RowSizes)
	return err == nil
}

// planItem lays one item out against its stored seats.
func (sn *Snapshot) planItem(it *data.ProgrammeItem) (plan, error) {
	sizes, err := ParseRowSizes(it.RowSizes)
	if err != nil {
		return plan{}, fmt.Errorf("%s: %w", it.Title, err)
	}
	us := units(sn.ev, it, sn.dels, sn.byDel)
	pl := layout(it.ID, us, sizes, sn.seats[it.ID], it.SeatsLocked)
	for i := range pl.moves {
		if m := &pl.moves[i]; m.To == nil {
			m.Name, m.Delegation = sn.nameOf(m.PersonID)
		}
	}
	return pl, nil
}

// nameOf is a person's name and delegation code, for a move away.
func (sn *Snapshot) nameOf(personID string) (name, code string) {
	for i := range sn.people {
		if p := &sn.people[i]; p.ID == personID {
			name = p.FullName
			for j := range sn.dels {
				if sn.dels[j].ID == p.DelegationID {
					code = sn.dels[j].Code
				}
			}
		}
	}
	return name, code
}

// ItemMoves is what a regeneration moves at one programme item.
type ItemMoves struct {
	ItemID, Title string
	Starts        time.Time
	Moves         []Move
	New           bool // nobody was seated before: everyone is placed for the first time
}

// Moves is what regenerating every seated item would move, in programme
// order, without writing anything.
func (sn *Snapshot) Moves() []ItemMoves {
	var out []ItemMoves
	for i := range sn.items {
		it := &sn.items[i]
		if !seated(it) {
			continue
		}
		pl, err := sn.planItem(it)
		if err == nil && len(pl.moves) > 0 {
			out = append(out, ItemMoves{ItemID: it.ID, Title: it.Title, Starts: it.Starts, Moves: pl.moves, New: len(sn.seats[it.ID]) == 0})
		}
	}
	return out
}

// Preview is what a change not yet written would move: the event file's
// seating with recs laid over it and the records with ids in removed
// taken out. The window shows it before a change that moves more than a
// few people (see Many).
func Preview(ctx context.Context, s *data.Store, recs []data.Record, removed ...string) ([]ItemMoves, error) {
	sn, err := Load(ctx, s)
	if err != nil {
		return nil, err
	}
	sn.Put(recs...)
	sn.Remove(removed...)
	return sn.Moves(), nil
}

// Few is how many people a change may move without being shown first.
const Few = 3

// Many says whether moves move more than a few people already seated
// (newcomers and those leaving do not count).
func Many(moves []ItemMoves) bool {
	n := 0
	for _, im := range moves {
		n += Moved(im.Moves)
	}
	return n > Few
}
