package report

import (
	"sort"
	"time"

	"lodesk/app/gifts"
	"lodesk/app/sop"
	"lodesk/data"
)

// GiftWindow is how many working days ahead the SITREP looks for gift
// declaration deadlines.
const GiftWindow = 5

// Sitrep is the coordinator's situation report for one day.
type Sitrep struct {
	Day  Day
	AsOf time.Time // the end of the day, or now when the day is not over

	Arrivals, Departures Movements
	NoLead               []*data.Delegation // present on the day without a lead LO for it
	Incidents            []data.Incident    // that occurred on the day, by time
	BySeverity           map[string]int
	Requests             RequestSummary
	Checklist            []PhaseLine // in SOP order
	Overdue              []sop.OverdueItem
	Gifts                []GiftDue // not yet reported, due within GiftWindow working days or late
	OnDuty               []DutyLine
}

// Movements are the day's arrivals or departures, planned against done.
type Movements struct {
	Planned, Done int
	ByStatus      map[string]int // the delegation's status -> legs
	Rows          []Movement     // by time
}

// Movement is one travel leg of the day.
type Movement struct {
	Leg        data.TravelLeg
	Delegation *data.Delegation
	Who        string // the person's name; "" for the whole delegation
	Done       bool   // the delegation has arrived (or left)
}

// RequestSummary counts the requests still to answer, by department.
type RequestSummary struct {
	Open, Escalated, Received int // Received: on the day
	ByDepartment              []DeptLine
	Escalations               []data.Request // newest first
}

// DeptLine is one department's open and escalated requests.
type DeptLine struct {
	Department      string
	Open, Escalated int
}

// PhaseLine is the checklist progress of one SOP phase.
type PhaseLine struct {
	Phase string
	sop.Progress
}

// GiftDue is a gift whose KPK report is due soon (or late).
type GiftDue struct {
	Gift        data.Gift
	LO          string
	Deadline    time.Time
	WorkingDays int // working days left after the day; negative: late
}

// DutyLine is one LO on duty on the day.
type DutyLine struct {
	LO         data.LO
	Delegation string // "CODE Name"
	Role       string
	Shifts     []data.Shift // starting on the day; none: the whole day
}

// Sitrep composes the situation report for a day.
func (src *Source) Sitrep(day Day) *Sitrep {
	r := &Sitrep{Day: day, AsOf: day.End, BySeverity: map[string]int{}}
	if src.Now.Before(r.AsOf) {
		r.AsOf = src.Now
	}
	r.Arrivals.ByStatus, r.Departures.ByStatus = map[string]int{}, map[string]int{}
	for i := range src.Legs {
		l := &src.Legs[i]
		if !day.Contains(l.Scheduled) {
			continue
		}
		d := src.delBy[l.DelegationID]
		m := Movement{Leg: *l, Delegation: d}
		if p := src.people[l.PersonID]; p != nil {
			m.Who = p.FullName
		}
		mv := &r.Arrivals
		if l.Direction == data.Departure {
			mv = &r.Departures
		}
		status := ""
		if d != nil {
			status = d.Status
		}
		m.Done = status == data.StatusDeparted || (status == data.StatusArrived && l.Direction == data.Arrival)
		mv.Planned++
		mv.ByStatus[status]++
		if m.Done {
			mv.Done++
		}
		mv.Rows = append(mv.Rows, m)
	}

	led := map[string]bool{}
	for _, od := range src.duties(day) {
		if od.Row.Assignment.Role == data.AssignLead {
			led[od.Row.Assignment.DelegationID] = true
		}
		r.OnDuty = append(r.OnDuty, DutyLine{LO: *src.loBy[od.Row.Assignment.LOID], Delegation: od.Row.Delegation, Role: od.Row.Assignment.Role, Shifts: od.Shifts})
	}
	sort.SliceStable(r.OnDuty, func(i, j int) bool { return r.OnDuty[i].LO.FullName < r.OnDuty[j].LO.FullName })
	for i := range src.Dels {
		if d := &src.Dels[i]; src.present(d, day) && !led[d.ID] {
			r.NoLead = append(r.NoLead, d)
		}
	}

	for _, in := range src.Incidents {
		if day.Contains(in.OccurredAt) {
			r.Incidents = append(r.Incidents, in)
			r.BySeverity[in.Severity]++
		}
	}
	sort.SliceStable(r.Incidents, func(i, j int) bool { return r.Incidents[i].OccurredAt.Before(r.Incidents[j].OccurredAt) })

	r.Requests = src.requestSummary(day)
	r.Checklist, r.Overdue = src.checklist(r.AsOf)
	r.Gifts = src.giftsDue(day)
	return r
}

func (src *Source) requestSummary(day Day) RequestSummary {
	var rs RequestSummary
	by := map[string]*DeptLine{}
	for _, q := range src.Requests {
		if day.Contains(q.ReceivedAt) {
			rs.Received++
		}
		if q.Status != data.RequestOpen && q.Status != data.RequestEscalated {
			continue
		}
		dl := by[q.Department]
		if dl == nil {
			dl = &DeptLine{Department: q.Department}
			by[q.Department] = dl
		}
		if q.Status == data.RequestOpen {
			rs.Open++
			dl.Open++
		} else {
			rs.Escalated++
			dl.Escalated++
			rs.Escalations = append(rs.Escalations, q)
		}
	}
	for _, dept := range append(append([]string(nil), data.Departments...), "") {
		if dl := by[dept]; dl != nil {
			rs.ByDepartment = append(rs.ByDepartment, *dl)
			delete(by, dept)
		}
	}
	var rest []string
	for dept := range by {
		rest = append(rest, dept)
	}
	sort.Strings(rest)
	for _, dept := range rest {
		rs.ByDepartment = append(rs.ByDepartment, *by[dept])
	}
	return rs
}

// checklist counts the checklist by phase and lists the overdue steps at
// asOf, as the dashboard does.
func (src *Source) checklist(asOf time.Time) ([]PhaseLine, []sop.OverdueItem) {
	start, _ := time.ParseInLocation(time.DateOnly, src.Event.StartDate, src.Loc)
	miles := sop.BuildMilestones(start, src.Legs)
	by := map[string]*sop.Progress{}
	var overdue []sop.OverdueItem
	for _, row := range src.Board.Rows {
		a := row.Assignment
		m, ok := miles[a.DelegationID]
		if !ok {
			m = sop.Milestones{EventStart: start}
		}
		for _, i := range src.checkBy[a.ID] {
			it := &src.Checks[i]
			if by[it.Phase] == nil {
				by[it.Phase] = &sop.Progress{}
			}
			by[it.Phase].Add(it, m, asOf)
			if sop.Overdue(it, m, asOf) {
				overdue = append(overdue, sop.OverdueItem{Item: *it, LO: row.LO, Delegation: row.Delegation, Due: m.Due(it.Phase)})
			}
		}
	}
	var lines []PhaseLine
	for _, ph := range data.Phases {
		if p := by[ph]; p != nil {
			lines = append(lines, PhaseLine{Phase: ph, Progress: *p})
		}
	}
	sort.SliceStable(overdue, func(i, j int) bool { return overdue[i].Due.Before(overdue[j].Due) })
	return lines, overdue
}

// giftsDue lists the gifts not yet reported whose deadline is at most
// GiftWindow working days after the day, late ones included.
func (src *Source) giftsDue(day Day) []GiftDue {
	var out []GiftDue
	for _, g := range src.Gifts {
		if gifts.Reported(&g) || g.ReceivedAt.IsZero() || g.ReceivedAt.After(day.End) {
			continue
		}
		dl := gifts.Deadline(g.ReceivedAt.In(src.Loc), src.Event.Holidays)
		n := gifts.WorkingDaysUntil(day.Start, dl, src.Event.Holidays)
		if n > GiftWindow {
			continue
		}
		gd := GiftDue{Gift: g, Deadline: dl, WorkingDays: n}
		if l := src.loBy[g.LOID]; l != nil {
			gd.LO = l.FullName
		}
		out = append(out, gd)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Deadline.Before(out[j].Deadline) })
	return out
}
