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

// LoadOverview counts every live checklist item at now.
func LoadOverview(ctx context.Context, s *data.Store, now time.Time) (*Overview, error) {
	as, err := s.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	los, err := data.All[data.LO](ctx, s)
	if err != nil {
		return nil, err
	}
	dels, err := s.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	items, err := s.FindChecklist(ctx, "")
	if err != nil {
		return nil, err
	}
	loName := map[string]string{}
	for _, l := range los {
		loName[l.ID] = l.FullName
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
	for i := range items {
		it := &items[i]
		a, ok := byAssignment[it.AssignmentID]
		if !ok {
			continue
		}
		m, ok := miles[a.DelegationID]
		if !ok {
			m = Milestones{EventStart: start}
		}
		ov.All.Add(it, m, now)
		ph := ov.ByPhase[it.Phase]
		ph.Add(it, m, now)
		ov.ByPhase[it.Phase] = ph
		for _, x := range []struct {
			m  map[string]*Progress
			id string
		}{{perLO, a.LOID}, {perDel, a.DelegationID}} {
			if x.m[x.id] == nil {
				x.m[x.id] = &Progress{}
			}
			x.m[x.id].Add(it, m, now)
		}
		if Overdue(it, m, now) {
			ov.Overdue = append(ov.Overdue, OverdueItem{Item: *it, LO: loName[a.LOID], Delegation: delName[a.DelegationID], Due: m.Due(it.Phase)})
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
	sort.SliceStable(ov.Overdue, func(i, j int) bool { return ov.Overdue[i].Due.Before(ov.Overdue[j].Due) })
	return ov, nil
}
