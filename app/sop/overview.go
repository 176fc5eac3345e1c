package sop

import (
	"context"
	"sort"
	"time"

	"lodesk/data"
)

// Overview is checklist progress across the event, for the dashboard.
type Overview struct {
	ByPhase      map[string]Progress
	ByLO         []Line // sorted by name
	ByDelegation []Line // sorted by precedence
	Overdue      []OverdueItem
	All          Progress
}

// Line is one LO's or delegation's progress.
type Line struct {
	ID, Name string
	Progress
}

// OverdueItem is an item past its phase's due time.
type OverdueItem struct {
	Item       data.ChecklistItem
	LO         string
	Delegation string
	Due        time.Time
}

// LoadOverview counts every live checklist item at now and lists every
// overdue one.
func LoadOverview(ctx context.Context, s *data.Store, now time.Time) (*Overview, error) {
	return LoadOverviewTop(ctx, s, now, -1)
}

// LoadOverviewTop is LoadOverview listing only the limit most overdue items
// (every one when limit < 0), in the same order; All.Overdue still counts
// them all. The counts come from one aggregate query, and only the items
// listed are read whole: on the xlarge demo the dashboard lists 100 of
// 19,602 overdue steps instead of reading them all.
func LoadOverviewTop(ctx context.Context, s *data.Store, now time.Time, limit int) (*Overview, error) {
	as, err := s.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	// Only the names: the LO and delegation records are large.
	los, err := s.LONames(ctx)
	if err != nil {
		return nil, err
	}
	dels, err := s.DelegationNames(ctx)
	if err != nil {
		return nil, err
	}
	tallies, err := s.TallyChecklists(ctx)
	if err != nil {
		return nil, err
	}
	loName := map[string]string{}
	for _, l := range los {
		loName[l.ID] = l.Name
	}
	delName, delRank := map[string]string{}, map[string]int{}
	for i, d := range dels {
		delName[d.ID], delRank[d.ID] = d.Name, i
	}
	byAssignment := map[string]data.Assignment{}
	for _, a := range as {
		byAssignment[a.ID] = a
	}
	miles, start, err := loadAllMilestones(ctx, s, "")
	if err != nil {
		return nil, err
	}
	ov := &Overview{ByPhase: map[string]Progress{}}
	perLO, perDel := map[string]*Progress{}, map[string]*Progress{}
	late := map[[2]string]*lateGroup{} // assignment and phase -> its overdue items
	for _, t := range tallies {
		a, ok := byAssignment[t.AssignmentID]
		if !ok {
			continue
		}
		m, ok := miles[a.DelegationID]
		if !ok {
			m = Milestones{EventStart: start}
		}
		it := &data.ChecklistItem{Phase: t.Phase, Status: t.Status, NeedsRecheck: t.NeedsRecheck}
		ov.All.add(it, m, now, t.Count)
		ph := ov.ByPhase[t.Phase]
		ph.add(it, m, now, t.Count)
		ov.ByPhase[t.Phase] = ph
		for _, x := range []struct {
			m  map[string]*Progress
			id string
		}{{perLO, a.LOID}, {perDel, a.DelegationID}} {
			if x.m[x.id] == nil {
				x.m[x.id] = &Progress{}
			}
			x.m[x.id].add(it, m, now, t.Count)
		}
		if Overdue(it, m, now) {
			k := [2]string{t.AssignmentID, t.Phase}
			if late[k] == nil {
				late[k] = &lateGroup{assignment: t.AssignmentID, phase: t.Phase, delegation: delName[a.DelegationID], due: m.Due(t.Phase)}
			}
			late[k].n += t.Count
		}
	}
	// Only the overdue items listed are read whole, for their text.
	for phase, ids := range listed(late, limit) {
		items, err := s.FindChecklistPhase(ctx, phase, ids, []string{data.CheckPending, data.CheckChecked})
		if err != nil {
			return nil, err
		}
		for i := range items {
			it := &items[i]
			a := byAssignment[it.AssignmentID]
			m, ok := miles[a.DelegationID]
			if !ok {
				m = Milestones{EventStart: start}
			}
			if Overdue(it, m, now) {
				ov.Overdue = append(ov.Overdue, OverdueItem{Item: *it, LO: loName[a.LOID], Delegation: delName[a.DelegationID], Due: m.Due(it.Phase)})
			}
		}
	}
	for id, p := range perLO {
		ov.ByLO = append(ov.ByLO, Line{ID: id, Name: loName[id], Progress: *p})
	}
	sort.Slice(ov.ByLO, func(i, j int) bool { return ov.ByLO[i].Name < ov.ByLO[j].Name })
	for id, p := range perDel {
		ov.ByDelegation = append(ov.ByDelegation, Line{ID: id, Name: delName[id], Progress: *p})
	}
	sort.Slice(ov.ByDelegation, func(i, j int) bool { return delRank[ov.ByDelegation[i].ID] < delRank[ov.ByDelegation[j].ID] })
	sort.SliceStable(ov.Overdue, func(i, j int) bool {
		a, b := &ov.Overdue[i], &ov.Overdue[j]
		switch {
		case !a.Due.Equal(b.Due):
			return a.Due.Before(b.Due)
		case a.Delegation != b.Delegation:
			return a.Delegation < b.Delegation
		case a.Item.AssignmentID != b.Item.AssignmentID:
			return a.Item.AssignmentID < b.Item.AssignmentID
		}
		return a.Item.Position < b.Item.Position
	})
	if limit >= 0 && len(ov.Overdue) > limit {
		ov.Overdue = ov.Overdue[:limit]
	}
	return ov, nil
}

// lateGroup is the overdue items of one assignment and phase: they share
// a due time.
type lateGroup struct {
	assignment, phase, delegation string
	due                           time.Time
	n                             int
}

// listed picks the groups holding the limit most overdue items (every group
// when limit < 0) in the overview's order (due, delegation, assignment),
// with every group tied with the last one picked (their items interleave
// by position), and returns their assignments by phase.
func listed(late map[[2]string]*lateGroup, limit int) map[string][]string {
	gs := make([]*lateGroup, 0, len(late))
	for _, g := range late {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool {
		a, b := gs[i], gs[j]
		switch {
		case !a.due.Equal(b.due):
			return a.due.Before(b.due)
		case a.delegation != b.delegation:
			return a.delegation < b.delegation
		case a.assignment != b.assignment:
			return a.assignment < b.assignment
		}
		return a.phase < b.phase
	})
	out := map[string][]string{}
	taken := 0
	for i, g := range gs {
		if limit >= 0 && taken >= limit {
			if i == 0 {
				break
			}
			last := gs[i-1]
			if !g.due.Equal(last.due) || g.delegation != last.delegation || g.assignment != last.assignment {
				break
			}
		}
		out[g.phase] = append(out[g.phase], g.assignment)
		taken += g.n
	}
	return out
}
