package seating

import (
	"math"

	"lodesk/data"
)

// filler hands out places row by row: a row's centre first when it has
// one, then alternately the host's right and left, each side from the
// centre outwards, skipping places already taken (fixed by hand or
// locked). A unit of two takes two neighbouring places on one side (at
// the centre: the centre and the host's left).
type filler struct {
	sizes []int
	taken map[Position]bool
	row   int
	side  int // +1 right, -1 left: where the next unit goes
}

func newFiller(sizes []int, taken map[Position]bool) *filler {
	if len(sizes) == 0 {
		sizes = []int{math.MaxInt32}
	}
	return &filler{sizes: sizes, taken: taken, row: 1, side: 1}
}

// shape is a row's centre and how many places it has on each side.
func (f *filler) shape(row int) (centred bool, right, left int) {
	size := max(f.sizes[min(row-1, len(f.sizes)-1)], 1)
	centred = Centred(row, size)
	n := size
	if centred {
		n--
	}
	return centred, (n + 1) / 2, n / 2
}

// run is the innermost place p on side s of the row with places p ...
// p+w-1 free within limit, or 0.
func (f *filler) run(s, w, limit int) int {
	for p := 1; p+w-1 <= limit; p++ {
		ok := true
		for k := range w {
			if f.taken[Position{f.row, s * (p + k)}] {
				ok = false
				break
			}
		}
		if ok {
			return p
		}
	}
	return 0
}

func (f *filler) take(ps []Position) []Position {
	for _, p := range ps {
		f.taken[p] = true
	}
	return ps
}

// place gives a unit of w people (1 or 2) its places.
func (f *filler) place(w int) []Position {
	if w == 2 {
		centred, right, left := f.shape(f.row)
		if !(centred && left >= 1) && right < 2 && left < 2 {
			// Rows too narrow for two side by side.
			return append(f.place(1), f.place(1)...)
		}
	}
	for {
		centred, right, left := f.shape(f.row)
		if centred && !f.taken[Position{f.row, 0}] && (w == 1 || left >= 1 && !f.taken[Position{f.row, -1}]) {
			out := []Position{{f.row, 0}}
			if w == 2 {
				out = append(out, Position{f.row, -1})
			}
			f.side = 1
			return f.take(out)
		}
		for _, s := range []int{f.side, -f.side} {
			limit := right
			if s < 0 {
				limit = left
			}
			if p := f.run(s, w, limit); p > 0 {
				out := make([]Position, w)
				for k := range w {
					out[k] = Position{f.row, s * (p + k)}
				}
				f.side = -s
				return f.take(out)
			}
		}
		f.row++
		f.side = 1
	}
}

// Move says what a regeneration did to one person.
type Move struct {
	PersonID, Name string
	Delegation     string // code
	Tier           int
	From, To       *Position // nil From: newly placed; nil To: no longer attends
}

// plan is an item's seats after a regeneration and what changed.
type plan struct {
	seats []data.Seat // to store: existing ones keep their ids
	gone  []data.Seat // to delete
	moves []Move
}

// layout places the units into rows of sizes. A seat fixed by hand keeps
// its place while its person still attends; in a locked session every
// seat does, and a newcomer takes the first free place from where their
// tier begins (flagged for review). Everyone else is placed afresh in
// protocol order, so only those whose turn changed move.
func layout(itemID string, us []unit, sizes []int, existing []data.Seat, locked bool) plan {
	old := map[string]data.Seat{}
	for _, s := range existing {
		old[s.PersonID] = s
	}
	attending := map[string]bool{}
	taken := map[Position]bool{}
	keep := func(s data.Seat) bool { return s.Fixed || locked }
	for _, u := range us {
		for _, p := range u.people {
			attending[p.ID] = true
			if s, ok := old[p.ID]; ok && keep(s) {
				taken[Position{s.PhotoRow, s.PhotoPlace}] = true
			}
		}
	}
	var pl plan
	var placeNew func(u unit, todo []*data.PersonName) []Position
	turn := func() {}
	if locked {
		placeNew = lockedPlacer(us, sizes, old, taken)
	} else {
		f := newFiller(sizes, taken)
		placeNew = func(_ unit, todo []*data.PersonName) []Position { return f.place(len(todo)) }
		turn = func() { f.side = -f.side }
	}
	for _, u := range us {
		var todo []*data.PersonName
		for _, p := range u.people {
			if s, ok := old[p.ID]; ok && keep(s) {
				pl.seats = append(pl.seats, s)
			} else {
				todo = append(todo, p)
			}
		}
		if len(todo) == 0 {
			// A unit fixed by hand still takes its turn, so that the
			// others keep their sides (a swap by hand moves nobody else).
			turn()
			continue
		}
		for i, at := range placeNew(u, todo) {
			p := todo[i]
			s, had := old[p.ID]
			mv := Move{PersonID: p.ID, Name: p.FullName, Delegation: u.del.Code, Tier: u.tier, To: &at}
			if !had {
				s = data.Seat{ItemID: itemID, PersonID: p.ID}
				pl.moves = append(pl.moves, mv)
			} else if before := (Position{s.PhotoRow, s.PhotoPlace}); before != at {
				mv.From = &before
				pl.moves = append(pl.moves, mv)
			}
			s.DelegationID = u.del.ID
			s.PhotoRow, s.PhotoPlace, s.Seat = at.Row, at.Place, at.String()
			s.Review = s.Review || locked && !had
			pl.seats = append(pl.seats, s)
		}
	}
	for _, s := range existing {
		if !attending[s.PersonID] {
			from := Position{s.PhotoRow, s.PhotoPlace}
			pl.gone = append(pl.gone, s)
			pl.moves = append(pl.moves, Move{PersonID: s.PersonID, From: &from})
		}
	}
	return pl
}

// lockedPlacer places newcomers into a locked session: each at the first
// free place, in protocol order, from where their tier's seats begin
// (after the tiers before it when it has none yet).
func lockedPlacer(us []unit, sizes []int, old map[string]data.Seat, taken map[Position]bool) func(unit, []*data.PersonName) []Position {
	order := Slots(sizes, len(taken)+2*len(us)+1)
	index := make(map[Position]int, len(order))
	for i, p := range order {
		index[p] = i
	}
	idx := func(p Position) int {
		if i, ok := index[p]; ok {
			return i
		}
		return len(order)
	}
	first := map[int]int{} // tier -> lowest index of its seats
	last := map[int]int{}  // tier -> highest index
	for _, u := range us {
		for _, p := range u.people {
			if s, ok := old[p.ID]; ok {
				i := idx(Position{s.PhotoRow, s.PhotoPlace})
				if f, ok := first[u.tier]; !ok || i < f {
					first[u.tier] = i
				}
				last[u.tier] = max(last[u.tier], i)
			}
		}
	}
	return func(u unit, todo []*data.PersonName) []Position {
		from, ok := first[u.tier]
		if !ok {
			from = 0
			for t := range u.tier {
				if l, ok := last[t]; ok {
					from = max(from, l+1)
				}
			}
		}
		out := make([]Position, 0, len(todo))
		for i := from; len(out) < len(todo); i++ {
			for i >= len(order) {
				order = Slots(sizes, 2*len(order)+1) // the same order, longer
			}
			if p := order[i]; !taken[p] {
				taken[p] = true
				out = append(out, p)
			}
		}
		return out
	}
}
