package dashboard

import (
	"context"
	"time"

	"lodesk/app/assign"
	"lodesk/app/gifts"
	"lodesk/app/motorcade"
	"lodesk/app/noteverbale"
	"lodesk/app/seating"
	"lodesk/app/sop"
	"lodesk/data"
)

// Alerts are what needs a coordinator's attention now: assignment
// conflicts, checklist progress and overdue steps, unresolved serious
// incidents and gift declarations near or past their deadline. They take
// longer than the counts, so the dashboard loads them separately.
type Alerts struct {
	Conflicts     []assign.Conflict
	ConflictKinds map[string]int
	// Checklists counts every item; it lists the MaxOverdue most overdue.
	Checklists *sop.Overview
	Incidents  []IncidentAlert // high severity, unresolved, newest first
	GiftsDue   []GiftDue       // unreported, due within GiftWarnDays or late
	Zone       *time.Location  // the event's, for showing times
	// NotesOverdue are the open Notes Verbales whose follow-up is past
	// due, the longest overdue first; VehicleClashes the vehicles booked
	// in two overlapping movements.
	NotesOverdue   []noteverbale.Overdue
	VehicleClashes []motorcade.Clash
	// Precedence are the delegations whose precedence is blank or shared
	// (seated after the others, alphabetically); NoRelations those
	// without diplomatic relations with the host; SeatsToReview the
	// newcomers placed into locked sessions.
	Precedence    []seating.PrecedenceProblem
	NoRelations   []RelationsAlert
	SeatsToReview []ReviewAlert
}

// IncidentAlert is a serious incident with its delegation's name.
type IncidentAlert struct {
	Incident   data.Incident
	Delegation string
}

// GiftDue is a gift whose report is due soon.
type GiftDue struct {
	Gift     data.Gift
	LO       string
	Deadline time.Time
	DaysLeft int
}

// MaxOverdue is how many overdue checklist steps the alerts list, the
// most overdue first; Checklists.All.Overdue counts them all, and the
// checklists screen lists every one.
const MaxOverdue = 100

// GiftWarnDays is how close a gift's deadline must be to be listed.
const GiftWarnDays = 7

// LoadAlerts computes the alerts at now.
func LoadAlerts(ctx context.Context, s *data.Store, now time.Time) (*Alerts, error) {
	b, err := assign.LoadBoard(ctx, s)
	if err != nil {
		return nil, err
	}
	a := &Alerts{Conflicts: b.Conflicts, ConflictKinds: map[string]int{}}
	for _, c := range b.Conflicts {
		a.ConflictKinds[c.Kind]++
	}
	if a.Checklists, err = sop.LoadOverviewTop(ctx, s, now, MaxOverdue); err != nil {
		return nil, err
	}
	incs, err := s.FindIncidents(ctx)
	if err != nil {
		return nil, err
	}
	names, err := delegationNames(ctx, s)
	if err != nil {
		return nil, err
	}
	for _, in := range incs {
		if in.Severity == "high" && !in.Resolved {
			a.Incidents = append(a.Incidents, IncidentAlert{Incident: in, Delegation: names[in.DelegationID]})
		}
	}
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, err
	}
	a.Zone = ev.Location()
	gs, err := data.All[data.Gift](ctx, s)
	if err != nil {
		return nil, err
	}
	loNames := map[string]string{}
	for _, g := range gs {
		if gifts.Reported(&g) || g.ReceivedAt.IsZero() {
			continue
		}
		dl := gifts.Deadline(g.ReceivedAt.In(ev.Location()), ev.Holidays)
		left := gifts.DaysLeft(dl, now.In(ev.Location()))
		if left > GiftWarnDays {
			continue
		}
		if _, ok := loNames[g.LOID]; !ok {
			if lo, err := data.Get[data.LO](ctx, s, g.LOID); err == nil {
				loNames[g.LOID] = lo.FullName
			}
		}
		a.GiftsDue = append(a.GiftsDue, GiftDue{Gift: g, LO: loNames[g.LOID], Deadline: dl, DaysLeft: left})
	}
	if err := a.seatingAlerts(ctx, s); err != nil {
		return nil, err
	}
	return a, a.protocol(ctx, s, now.In(ev.Location()))
}
