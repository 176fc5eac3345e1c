package assign

import (
	"context"
	"fmt"
	"sort"
	"time"

	"lodesk/data"
)

// Conflict kinds.
const (
	DoubleBooked      = "double_booked"      // an LO in two overlapping assignments
	OutsideAvailable  = "outside_available"  // an assignment outside the LO's availability
	NoSharedLanguage  = "no_shared_language" // the LO speaks none of the delegation's languages
	NoLead            = "no_lead"            // a delegation without a lead LO
	LOWithoutDuty     = "lo_unassigned"      // an active LO with no assignment
	UnknownAssignment = "dangling"           // an assignment whose LO or delegation is gone
	MissingZone       = "missing_zone"       // the LO lacks an access zone the delegation's head has
)

// Conflict is one problem on the assignment board.
type Conflict struct {
	Kind          string
	LO            string // names, for display
	Delegation    string
	LOID          string
	DelegationID  string
	AssignmentIDs []string
	Detail        string // e.g. the overlapping period
	// A cover gap's programme item and the stretch of it left uncovered.
	Item, ItemID string
	From, To     time.Time
}

// String is the conflict in one English line (the window translates Kind).
func (c Conflict) String() string {
	switch c.Kind {
	case DoubleBooked:
		return fmt.Sprintf("%s is double-booked: %s", c.LO, c.Detail)
	case OutsideAvailable:
		return fmt.Sprintf("%s is not available for %s (%s)", c.LO, c.Delegation, c.Detail)
	case NoSharedLanguage:
		return fmt.Sprintf("%s shares no language with %s (%s)", c.LO, c.Delegation, c.Detail)
	case NoLead:
		return fmt.Sprintf("%s has no lead LO", c.Delegation)
	case LOWithoutDuty:
		return fmt.Sprintf("%s has no assignment", c.LO)
	case MissingZone:
		return fmt.Sprintf("%s lacks the access zone(s) %s that the head of %s has", c.LO, c.Detail, c.Delegation)
	case CoverGap:
		return fmt.Sprintf("%s: no LO with the head of delegation on %s", c.Delegation, c.Detail)
	}
	return fmt.Sprintf("assignment %v refers to a removed LO or delegation", c.AssignmentIDs)
}

// sortConflicts orders conflicts by kind, then by name and time.
func sortConflicts(cs []Conflict) {
	order := map[string]int{DoubleBooked: 0, OutsideAvailable: 1, NoSharedLanguage: 2, MissingZone: 3, NoLead: 4, CoverGap: 5, LOWithoutDuty: 6, UnknownAssignment: 7}
	sort.SliceStable(cs, func(i, j int) bool {
		ci, cj := cs[i], cs[j]
		if order[ci.Kind] != order[cj.Kind] {
			return order[ci.Kind] < order[cj.Kind]
		}
		if ci.LO+ci.Delegation != cj.LO+cj.Delegation {
			return ci.LO+ci.Delegation < cj.LO+cj.Delegation
		}
		return ci.From.Before(cj.From)
	})
}

// Board is the assignments with their conflicts.
type Board struct {
	Rows      []Row
	Conflicts []Conflict
}

// Row is one assignment, pre-formatted.
type Row struct {
	Assignment data.Assignment
	LO         string
	Delegation string // "CODE Name"
	Period     Period
}

// LoadBoard lists every assignment and finds the conflicts among them.
func LoadBoard(ctx context.Context, s *data.Store) (*Board, error) {
	in, err := load(ctx, s, Options{})
	if err != nil {
		return nil, err
	}
	all, los := in.allDels, in.allLOs
	cd, err := loadCover(ctx, s)
	if err != nil {
		return nil, err
	}
	b := board(in, all, los)
	loByID := map[string]*data.LO{}
	for i := range los {
		loByID[los[i].ID] = &los[i]
	}
	b.Conflicts = append(b.Conflicts, coverGaps(in, cd, all, loByID)...)
	b.Conflicts = append(b.Conflicts, zoneConflicts(b.Rows, cd.hodList, los)...)
	sortConflicts(b.Conflicts)
	return b, nil
}

func board(in *input, dels []data.Delegation, los []data.LO) *Board {
	delByID := map[string]*data.Delegation{}
	for i := range dels {
		delByID[dels[i].ID] = &dels[i]
	}
	loByID := map[string]*data.LO{}
	for i := range los {
		loByID[los[i].ID] = &los[i]
	}
	b := &Board{}
	byLO := map[string][]int{}
	hasLead := map[string]bool{}
	for _, a := range in.kept {
		l, d := loByID[a.LOID], delByID[a.DelegationID]
		if l == nil || d == nil {
			b.Conflicts = append(b.Conflicts, Conflict{Kind: UnknownAssignment, AssignmentIDs: []string{a.ID}})
			continue
		}
		r := Row{Assignment: a, LO: l.FullName, Delegation: d.Code + " " + d.Name, Period: assignmentPeriod(&a, in.periods, in.ev)}
		byLO[a.LOID] = append(byLO[a.LOID], len(b.Rows))
		b.Rows = append(b.Rows, r)
		if a.Role == data.AssignLead {
			hasLead[a.DelegationID] = true
		}
		if !r.Period.Within(Period{From: l.AvailableFrom, To: l.AvailableTo}) {
			b.Conflicts = append(b.Conflicts, Conflict{
				Kind: OutsideAvailable, LO: l.FullName, Delegation: d.Name, LOID: l.ID, DelegationID: d.ID,
				AssignmentIDs: []string{a.ID}, Detail: fmt.Sprintf("needed %s, available %s", r.Period, Period{l.AvailableFrom, l.AvailableTo}),
			})
		}
		if f, _ := fit(d, l); f == 0 && len(d.Languages) > 0 {
			b.Conflicts = append(b.Conflicts, Conflict{
				Kind: NoSharedLanguage, LO: l.FullName, Delegation: d.Name, LOID: l.ID, DelegationID: d.ID,
				AssignmentIDs: []string{a.ID}, Detail: fmt.Sprintf("needs %v", []string(d.Languages)),
			})
		}
	}
	for loID, idx := range byLO {
		for x := 0; x < len(idx); x++ {
			for y := x + 1; y < len(idx); y++ {
				p, q := b.Rows[idx[x]], b.Rows[idx[y]]
				if p.Period.Overlaps(q.Period) {
					b.Conflicts = append(b.Conflicts, Conflict{
						Kind: DoubleBooked, LO: p.LO, LOID: loID,
						AssignmentIDs: []string{p.Assignment.ID, q.Assignment.ID},
						Detail:        fmt.Sprintf("%s %s and %s %s", p.Delegation, p.Period, q.Delegation, q.Period),
					})
				}
			}
		}
	}
	for _, d := range dels {
		if d.Status != data.StatusCancelled && !hasLead[d.ID] {
			b.Conflicts = append(b.Conflicts, Conflict{Kind: NoLead, Delegation: d.Name, DelegationID: d.ID})
		}
	}
	for _, l := range los {
		if l.Status == data.LOActive && len(byLO[l.ID]) == 0 {
			b.Conflicts = append(b.Conflicts, Conflict{Kind: LOWithoutDuty, LO: l.FullName, LOID: l.ID})
		}
	}
	sortConflicts(b.Conflicts)
	sort.SliceStable(b.Rows, func(i, j int) bool { return b.Rows[i].Delegation < b.Rows[j].Delegation })
	return b
}
