// Package assign owns the attachment of liaison officers to delegations:
// periods, conflicts (double bookings, availability, language), and the
// auto-match that fills every open lead slot with an optimal assignment.
package assign

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"lodesk/app/sop"
	"lodesk/data"
)

// Options tune a plan.
type Options struct {
	// Replace re-plans every lead, including those set by hand; by default
	// existing assignments are kept and only open lead slots are filled.
	Replace bool
}

// Reason says why a pair was chosen.
type Reason struct {
	Language   string // shared language code, "" when none
	Level      string // the LO's level in it
	Primary    bool   // it is the delegation's first language
	Experience int    // the LO's years
	Precedence int    // the delegation's order of precedence
	Load       int    // assignments the LO already has
}

// String is the reason in one English line (the window translates the
// fields itself).
func (r Reason) String() string {
	var b strings.Builder
	if r.Language == "" {
		b.WriteString("no shared language")
	} else {
		fmt.Fprintf(&b, "speaks %s (%s)", r.Language, r.Level)
		if r.Primary {
			b.WriteString(", the delegation's first language")
		}
	}
	fmt.Fprintf(&b, "; %d years' experience for precedence %d; %d other assignment(s)", r.Experience, r.Precedence, r.Load)
	return b.String()
}

// Proposal is one lead assignment the plan makes.
type Proposal struct {
	Delegation data.Delegation
	LO         data.LO
	Period     Period
	Reason     Reason
}

// Plan is what auto-match would do.
type Plan struct {
	Proposals []Proposal
	Unmatched []data.Delegation // open slots no available LO can fill
	Replaced  []data.Assignment // leads that Apply removes (Options.Replace)
	Covered   int               // proposals sharing a language
}

var levelScore = map[string]int64{data.LevelNative: 4, data.LevelFluent: 3, data.LevelWorking: 2, data.LevelBasic: 1}

// fit scores the best language an LO shares with a delegation: its level
// (1..4), plus 4 when it is the delegation's first language; 0 = none.
func fit(d *data.Delegation, l *data.LO) (int64, Reason) {
	var best int64
	var r Reason
	for i, code := range d.Languages {
		for _, sk := range l.Languages {
			if !strings.EqualFold(sk.Code, code) {
				continue
			}
			sc := levelScore[sk.Level]
			if i == 0 {
				sc += 4
			}
			if sc > best {
				best, r = sc, Reason{Language: sk.Code, Level: sk.Level, Primary: i == 0}
			}
		}
	}
	return best, r
}

// input is what a plan is computed from.
type input struct {
	ev      *data.Event
	open    []data.Delegation
	los     []data.LO
	kept    []data.Assignment
	replace []data.Assignment
	periods map[string]Period
	prec    map[string]int // delegation id -> rank 0.. by precedence
	// Every delegation and LO as read, for the board.
	allDels []data.Delegation
	allLOs  []data.LO
}

func load(ctx context.Context, s *data.Store, opts Options) (*input, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, err
	}
	dels, err := s.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	los, err := s.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return nil, err
	}
	as, err := s.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	periods, err := delegationPeriods(ctx, s, ev)
	if err != nil {
		return nil, err
	}
	in := &input{ev: ev, periods: periods, prec: map[string]int{}, allDels: dels, allLOs: los}
	led := map[string]bool{}
	for _, a := range as {
		if a.Role == data.AssignLead && opts.Replace {
			in.replace = append(in.replace, a)
			continue
		}
		in.kept = append(in.kept, a)
		if a.Role == data.AssignLead {
			led[a.DelegationID] = true
		}
	}
	for i, d := range dels {
		in.prec[d.ID] = i
		if d.Status != data.StatusCancelled && !led[d.ID] {
			in.open = append(in.open, d)
		}
	}
	for _, l := range los {
		if l.Status != data.LOInactive {
			in.los = append(in.los, l)
		}
	}
	return in, nil
}

// MakePlan computes an optimal set of lead assignments for the open slots.
// The objective is lexicographic: first the most delegations with an LO
// sharing one of their languages, then the most delegations with an LO at
// all, then the best language fit (level, the delegation's first language
// before others), then experience matched to precedence (the first in
// precedence get the most experienced), then the fewest existing
// assignments (work spread evenly). An LO is never given a delegation
// outside the LO's availability or overlapping another of the LO's
// assignments, and takes at most one new lead per plan.
func MakePlan(ctx context.Context, s *data.Store, opts Options) (*Plan, error) {
	in, err := load(ctx, s, opts)
	if err != nil {
		return nil, err
	}
	return solve(in)
}

// ErrTooLarge is returned for plans whose cost scale would overflow.
var ErrTooLarge = errors.New("too many open delegations to plan at once (over 1,500)")

// pair is what the objective knows of one (delegation, LO) pair; small,
// for there are two million of them at the xlarge demo's scale.
type pair struct {
	ok   bool  // the LO can take the delegation
	fit  int32 // 0 (no shared language) .. maxFit
	exp  int32 // experience/precedence mismatch 0 .. maxExpCost
	load int32 // the LO's existing assignments, capped at maxLoad
}

const maxFit, maxExpCost, maxLoad = 8, 20, 10

// lane is what pairs needs of one LO, worked out once.
type lane struct {
	avail  Period
	booked []Period
	load   int
	exp    float64 // experience over the most of any LO, 0..1
}

// pairs scores every pair of open delegation and LO.
func pairs(in *input) ([][]pair, []Period) {
	maxExp := 1
	for _, l := range in.los {
		maxExp = max(maxExp, l.Experience)
	}
	byID := make(map[string]int, len(in.los))
	lanes := make([]lane, len(in.los))
	for j := range in.los {
		l := &in.los[j]
		byID[l.ID] = j
		lanes[j] = lane{avail: Period{From: l.AvailableFrom, To: l.AvailableTo}, exp: float64(min(l.Experience, maxExp)) / float64(maxExp)}
	}
	for i := range in.kept {
		a := &in.kept[i]
		if j, ok := byID[a.LOID]; ok {
			lanes[j].load++
			lanes[j].booked = append(lanes[j].booked, assignmentPeriod(a, in.periods, in.ev))
		}
	}
	out := make([][]pair, len(in.open))
	periods := make([]Period, len(in.open))
	for i := range in.open {
		d := &in.open[i]
		periods[i] = periodOf(in.periods, in.ev, d.ID)
		rank := 1.0 // 1 = first in precedence
		if len(in.prec) > 1 {
			rank = 1 - float64(in.prec[d.ID])/float64(len(in.prec)-1)
		}
		out[i] = make([]pair, len(in.los))
		for j := range in.los {
			ln := &lanes[j]
			if !periods[i].Within(ln.avail) || slices.ContainsFunc(ln.booked, periods[i].Overlaps) {
				continue
			}
			f, _ := fit(d, &in.los[j])
			gap := rank - ln.exp
			if gap < 0 {
				gap = -gap
			}
			out[i][j] = pair{ok: true, fit: int32(f), exp: int32(gap*maxExpCost + 0.5), load: int32(min(ln.load, maxLoad))}
		}
	}
	return out, periods
}

// reason says why the plan pairs delegation d with LO l.
func reason(in *input, d *data.Delegation, l *data.LO) Reason {
	_, r := fit(d, l)
	r.Experience, r.Precedence = l.Experience, d.Precedence
	for i := range in.kept {
		if in.kept[i].LOID == l.ID {
			r.Load++
		}
	}
	return r
}

func solve(in *input) (*Plan, error) {
	n, m := len(in.open), len(in.los)
	plan := &Plan{Replaced: in.replace}
	if n == 0 {
		return plan, nil
	}
	if n > 1500 {
		return nil, ErrTooLarge
	}
	// Lexicographic weights: each tier outweighs the most that every tier
	// below it can add up to over all n rows.
	nn := int64(n)
	w4 := int64(1)
	w3 := nn*maxLoad*w4 + 1
	w2 := nn*(maxExpCost*w3+maxLoad*w4) + 1
	wu := nn*(maxFit+1)*w2 + 1
	w1 := 2*nn*wu + 1
	unassigned := w1 + wu + maxFit*w2 + maxExpCost*w3 + maxLoad*w4
	infeasible := 2 * unassigned

	ps, periods := pairs(in)
	// Only the LOs who can take at least one of the delegations are
	// columns: the others (booked all along, out of the dates) would only
	// lengthen every search. cols[k] is column k's LO.
	var cols []int
	for j := range m {
		for i := range ps {
			if ps[i][j].ok {
				cols = append(cols, j)
				break
			}
		}
	}
	k := len(cols)
	cost := make([][]int64, n)
	for i := range ps {
		cost[i] = make([]int64, k)
		for c, j := range cols {
			p := ps[i][j]
			if !p.ok {
				cost[i][c] = infeasible
				continue
			}
			var w int64
			if p.fit == 0 {
				w += w1
			}
			cost[i][c] = w + int64(maxFit-p.fit)*w2 + int64(p.exp)*w3 + int64(p.load)*w4
		}
	}
	// n spare columns: leaving a delegation without a lead.
	for i, c := range minCostAssignment(cost, n, unassigned) {
		d := in.open[i]
		j := -1
		if c < k {
			j = cols[c]
		}
		if j < 0 || !ps[i][j].ok {
			plan.Unmatched = append(plan.Unmatched, d)
			continue
		}
		p := Proposal{Delegation: d, LO: in.los[j], Period: periods[i], Reason: reason(in, &d, &in.los[j])}
		if p.Reason.Language != "" {
			plan.Covered++
		}
		plan.Proposals = append(plan.Proposals, p)
	}
	sort.SliceStable(plan.Proposals, func(a, b int) bool {
		return in.prec[plan.Proposals[a].Delegation.ID] < in.prec[plan.Proposals[b].Delegation.ID]
	})
	return plan, nil
}

// Apply writes a plan in one transaction: the replaced leads are deleted,
// each proposal becomes a lead assignment for its period with its SOP
// checklist.
func Apply(ctx context.Context, s *data.Store, plan *Plan) error {
	return s.Write(ctx, func(tx *data.Tx) error {
		for i := range plan.Replaced {
			if _, err := tx.Delete(&plan.Replaced[i]); err != nil {
				return err
			}
		}
		for _, p := range plan.Proposals {
			a := &data.Assignment{
				LOID: p.LO.ID, DelegationID: p.Delegation.ID, Role: data.AssignLead,
				FromDate: p.Period.From, ToDate: p.Period.To, Notes: "auto-match: " + p.Reason.String(),
			}
			if _, err := sop.AssignTx(tx, a); err != nil {
				return fmt.Errorf("assign %s to %s: %w", p.LO.FullName, p.Delegation.Code, err)
			}
		}
		return nil
	})
}
