package report

import (
	"sort"
	"strings"
	"time"

	"lodesk/app/gifts"
	"lodesk/app/sop"
	"lodesk/data"
)

// Final is the end-of-event report.
type Final struct {
	Totals       Totals
	ByDelegation []DelegationLine // by precedence
	ByDepartment []DeptOutcome    // in data.Departments order
	Incidents    []data.Incident  // oldest first
	Requests     []data.Request   // oldest first
	GiftRegister []GiftLine       // by date received
	Evaluations  []EvalLine       // by LO name
	Unevaluated  int              // LOs with an assignment and no evaluation
	Lessons      []data.Lesson    // oldest first
}

// Totals are the event's figures.
type Totals struct {
	Delegations      int
	ByStatus         map[string]int // delegation status -> delegations
	People, LOs      int            // LOs: with an assignment
	Assignments      int
	Requests         int
	Incidents        int
	IncidentsOpen    int
	Gifts            int
	GiftValueIDR     int64
	GiftsUnreported  int
	ChecklistPercent int
}

// DelegationLine is one delegation's figures.
type DelegationLine struct {
	Delegation               data.Delegation
	People                   int
	LOs                      []string
	Requests, RequestsOpen   int
	Incidents, IncidentsHigh int
	Checklist                sop.Progress
}

// DeptOutcome is how one department's requests ended.
type DeptOutcome struct {
	Department string
	Total      int
	ByStatus   map[string]int // request status -> requests
}

// GiftLine is one row of the gift register, with what the KPK form asks.
type GiftLine struct {
	Gift     data.Gift
	LO       string
	Deadline time.Time
}

// EvalLine is one LO's evaluation with the delegations the LO served.
type EvalLine struct {
	Eval        data.LOEvaluation
	LO          string
	Delegations []string
}

// Final composes the end-of-event report.
func (src *Source) Final() *Final {
	f := &Final{Totals: Totals{Delegations: len(src.Dels), ByStatus: map[string]int{}, People: len(src.people), Assignments: len(src.Board.Rows)}}
	lines := map[string]*DelegationLine{}
	for i := range src.Dels {
		d := src.Dels[i]
		f.Totals.ByStatus[d.Status]++
		f.ByDelegation = append(f.ByDelegation, DelegationLine{Delegation: d})
	}
	for i := range f.ByDelegation {
		lines[f.ByDelegation[i].Delegation.ID] = &f.ByDelegation[i]
	}
	for _, p := range src.people {
		if l := lines[p.DelegationID]; l != nil {
			l.People++
		}
	}
	start, _ := time.ParseInLocation(time.DateOnly, src.Event.StartDate, src.Loc)
	miles := sop.BuildMilestones(start, src.Legs)
	served := map[string][]string{}
	var all sop.Progress
	for _, row := range src.Board.Rows {
		a := row.Assignment
		served[a.LOID] = appendOnce(served[a.LOID], row.Delegation)
		l := lines[a.DelegationID]
		if l == nil {
			continue
		}
		l.LOs = appendOnce(l.LOs, row.LO)
		m, ok := miles[a.DelegationID]
		if !ok {
			m = sop.Milestones{EventStart: start}
		}
		for _, i := range src.checkBy[a.ID] {
			l.Checklist.Add(&src.Checks[i], m, src.Now)
			all.Add(&src.Checks[i], m, src.Now)
		}
	}
	f.Totals.LOs = len(served)
	f.Totals.ChecklistPercent = all.Percent()

	depts := map[string]*DeptOutcome{}
	for _, q := range src.Requests {
		f.Requests = append(f.Requests, q)
		if l := lines[q.DelegationID]; l != nil {
			l.Requests++
			if q.Status == data.RequestOpen || q.Status == data.RequestEscalated {
				l.RequestsOpen++
			}
		}
		do := depts[q.Department]
		if do == nil {
			do = &DeptOutcome{Department: q.Department, ByStatus: map[string]int{}}
			depts[q.Department] = do
		}
		do.Total++
		do.ByStatus[q.Status]++
	}
	sort.SliceStable(f.Requests, func(i, j int) bool { return f.Requests[i].ReceivedAt.Before(f.Requests[j].ReceivedAt) })
	f.Totals.Requests = len(f.Requests)
	var keys []string
	for k := range depts {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return deptRank(keys[i]) < deptRank(keys[j]) || (deptRank(keys[i]) == deptRank(keys[j]) && keys[i] < keys[j])
	})
	for _, k := range keys {
		f.ByDepartment = append(f.ByDepartment, *depts[k])
	}

	for _, in := range src.Incidents {
		f.Incidents = append(f.Incidents, in)
		if !in.Resolved {
			f.Totals.IncidentsOpen++
		}
		if l := lines[in.DelegationID]; l != nil {
			l.Incidents++
			if in.Severity == "high" {
				l.IncidentsHigh++
			}
		}
	}
	sort.SliceStable(f.Incidents, func(i, j int) bool { return f.Incidents[i].OccurredAt.Before(f.Incidents[j].OccurredAt) })
	f.Totals.Incidents = len(f.Incidents)

	for _, g := range src.Gifts {
		gl := GiftLine{Gift: g}
		if !g.ReceivedAt.IsZero() {
			gl.Deadline = gifts.Deadline(g.ReceivedAt.In(src.Loc), src.Event.Holidays)
		}
		if l := src.loBy[g.LOID]; l != nil {
			gl.LO = l.FullName
		}
		f.GiftRegister = append(f.GiftRegister, gl)
		f.Totals.GiftValueIDR += g.ValueIDR
		if !gifts.Reported(&g) {
			f.Totals.GiftsUnreported++
		}
	}
	f.Totals.Gifts = len(f.GiftRegister)

	evaluated := map[string]bool{}
	for _, e := range src.Evals {
		l := src.loBy[e.LOID]
		if l == nil {
			continue
		}
		evaluated[e.LOID] = true
		f.Evaluations = append(f.Evaluations, EvalLine{Eval: e, LO: l.FullName, Delegations: served[e.LOID]})
	}
	sort.SliceStable(f.Evaluations, func(i, j int) bool {
		return strings.ToLower(f.Evaluations[i].LO) < strings.ToLower(f.Evaluations[j].LO)
	})
	for id := range served {
		if !evaluated[id] {
			f.Unevaluated++
		}
	}
	f.Lessons = append(f.Lessons, src.Lessons...)
	return f
}

func appendOnce(xs []string, s string) []string {
	for _, x := range xs {
		if x == s {
			return xs
		}
	}
	return append(xs, s)
}

func deptRank(d string) int {
	for i, x := range data.Departments {
		if x == d {
			return i
		}
	}
	return len(data.Departments)
}
