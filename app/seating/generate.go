package seating

import (
	"lodesk/data"
)

// Candidate is someone to place, given in precedence order (the host or
// chair first).
type Candidate struct {
	PersonID, DelegationID string
	Name                   string
}

// Move says what a regeneration did to one person.
type Move struct {
	Name     string
	From, To *Position // nil From: newly placed; nil To: no longer attends
}

// Generate places candidates in protocol order into rows of rowSizes.
// Seats in existing that are Fixed (set by hand) keep their position while
// their person still attends; everyone else takes the free slots in order.
// It returns the seats to store (existing ones updated in place, keeping
// their ids) and what moved.
func Generate(itemID string, cands []Candidate, rowSizes []int, existing []data.Seat) (seats []data.Seat, moves []Move, gone []data.Seat) {
	old := map[string]data.Seat{}
	for _, s := range existing {
		old[s.PersonID] = s
	}
	attending := map[string]bool{}
	taken := map[Position]bool{}
	for _, c := range cands {
		attending[c.PersonID] = true
		if s, ok := old[c.PersonID]; ok && s.Fixed {
			taken[Position{s.PhotoRow, s.PhotoPlace}] = true
		}
	}
	// Enough slots for everyone, skipping those held by fixed seats.
	var free []Position
	for n := len(cands); len(free) < len(cands); n += len(cands) {
		free = free[:0]
		for _, p := range Slots(rowSizes, n) {
			if !taken[p] {
				free = append(free, p)
			}
		}
	}
	next := 0
	for _, c := range cands {
		s, had := old[c.PersonID]
		if had && s.Fixed {
			seats = append(seats, s)
			continue
		}
		p := free[next]
		next++
		before := Position{s.PhotoRow, s.PhotoPlace}
		if !had {
			s = data.Seat{ItemID: itemID, PersonID: c.PersonID, DelegationID: c.DelegationID}
			moves = append(moves, Move{Name: c.Name, To: &p})
		} else if before != p {
			moves = append(moves, Move{Name: c.Name, From: &before, To: &p})
		}
		s.PhotoRow, s.PhotoPlace, s.Seat = p.Row, p.Place, p.String()
		seats = append(seats, s)
	}
	for _, s := range existing {
		if !attending[s.PersonID] {
			from := Position{s.PhotoRow, s.PhotoPlace}
			gone = append(gone, s)
			moves = append(moves, Move{Name: s.PersonID, From: &from})
		}
	}
	return seats, moves, gone
}
