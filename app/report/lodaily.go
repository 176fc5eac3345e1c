package report

import (
	"sort"
	"time"

	"lodesk/app/sop"
	"lodesk/data"
)

// LODaily is one LO's report for one day: what the checklist, requests,
// incidents and gifts recorded, and the LO's own notes.
type LODaily struct {
	Day       Day
	LO        data.LO
	Duties    []DutyLine
	Checked   []CheckLine       // steps checked or re-checked on the day
	Open      []CheckLine       // steps not done that are due by the end of the day
	Requests  []data.Request    // of the LO's delegations: received on the day or still open
	Incidents []data.Incident   // of the LO's delegations, on the day
	Gifts     []data.Gift       // the LO received on the day
	HandOvers []data.HandOver   // the LO gave or took on the day
	Notes     []data.LONote     // the LO's own, for the day
	delegs    map[string]string // delegation ID -> "CODE Name", of the duties
}

// CheckLine is one checklist step with its delegation and due time.
type CheckLine struct {
	Item       data.ChecklistItem
	Delegation string
	Due        time.Time
	Overdue    bool
	Count      int // on the hand-over sheet: how many of the delegation's checklists have it open
}

// DelegationName is "CODE Name" of a delegation the LO looks after.
func (r *LODaily) DelegationName(id string) string { return r.delegs[id] }

// LODaily composes an LO's daily report.
func (src *Source) LODaily(loID string, day Day) *LODaily {
	r := &LODaily{Day: day, delegs: map[string]string{}}
	if l := src.loBy[loID]; l != nil {
		r.LO = *l
	}
	mine := map[string]bool{}
	for _, od := range src.duties(day) {
		a := od.Row.Assignment
		if a.LOID != loID {
			continue
		}
		r.Duties = append(r.Duties, DutyLine{LO: r.LO, Delegation: od.Row.Delegation, Role: a.Role, Shifts: od.Shifts})
		r.delegs[a.DelegationID] = od.Row.Delegation
		mine[a.ID] = true
	}
	start, _ := time.ParseInLocation(time.DateOnly, src.Event.StartDate, src.Loc)
	miles := sop.BuildMilestones(start, src.Legs)
	for _, row := range src.Board.Rows {
		if !mine[row.Assignment.ID] {
			continue
		}
		m, ok := miles[row.Assignment.DelegationID]
		if !ok {
			m = sop.Milestones{EventStart: start}
		}
		for _, i := range src.checkBy[row.Assignment.ID] {
			it := src.Checks[i]
			cl := CheckLine{Item: it, Delegation: row.Delegation, Due: m.Due(it.Phase), Overdue: sop.Overdue(&it, m, day.End)}
			switch {
			case day.Contains(it.CheckedAt) || day.Contains(it.RecheckedAt):
				r.Checked = append(r.Checked, cl)
			case !sop.Done(&it) && cl.Overdue:
				r.Open = append(r.Open, cl)
			}
		}
	}
	sort.SliceStable(r.Checked, func(i, j int) bool { return lastCheck(&r.Checked[i].Item).Before(lastCheck(&r.Checked[j].Item)) })
	sort.SliceStable(r.Open, func(i, j int) bool { return r.Open[i].Due.Before(r.Open[j].Due) })
	for _, q := range src.Requests {
		if r.delegs[q.DelegationID] != "" && (day.Contains(q.ReceivedAt) || q.Status == data.RequestOpen || q.Status == data.RequestEscalated) && !q.ReceivedAt.After(day.End) {
			r.Requests = append(r.Requests, q)
		}
	}
	sort.SliceStable(r.Requests, func(i, j int) bool { return r.Requests[i].ReceivedAt.Before(r.Requests[j].ReceivedAt) })
	for _, in := range src.Incidents {
		if r.delegs[in.DelegationID] != "" && day.Contains(in.OccurredAt) {
			r.Incidents = append(r.Incidents, in)
		}
	}
	sort.SliceStable(r.Incidents, func(i, j int) bool { return r.Incidents[i].OccurredAt.Before(r.Incidents[j].OccurredAt) })
	for _, g := range src.Gifts {
		if g.LOID == loID && day.Contains(g.ReceivedAt) {
			r.Gifts = append(r.Gifts, g)
		}
	}
	for _, h := range src.HandOvers {
		if (h.FromLOID == loID || h.ToLOID == loID) && day.Contains(h.HandedAt) {
			r.HandOvers = append(r.HandOvers, h)
		}
	}
	for _, n := range src.Notes {
		if n.LOID == loID && n.Day == day.Date {
			r.Notes = append(r.Notes, n)
		}
	}
	return r
}

func lastCheck(it *data.ChecklistItem) time.Time {
	if it.RecheckedAt.After(it.CheckedAt) {
		return it.RecheckedAt
	}
	return it.CheckedAt
}
