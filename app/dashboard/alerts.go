package dashboard

import (
	"context"
	"sync"
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

// LoadAlerts computes the alerts at now. The assignment board (with the
// seating alerts) and the checklists (with the incidents, gifts, Notes
// Verbales and vehicle clashes) are read at the same time on two of the
// store's reader connections: each half takes about 100 ms on the xlarge
// demo, and both only read, as the alerts always did, one query after
// another without a transaction around them.
func LoadAlerts(ctx context.Context, s *data.Store, now time.Time) (*Alerts, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, err
	}
	a := &Alerts{ConflictKinds: map[string]int{}, Zone: ev.Location()}
	var board *assign.Board
	var boardErr error
	var wg sync.WaitGroup
	wg.Go(func() {
		if board, boardErr = assign.LoadBoard(ctx, s); boardErr != nil {
			return
		}
		boardErr = a.seatingAlerts(ctx, s)
	})
	if err = a.checklistsAndDues(ctx, s, ev, now); err == nil {
		err = a.protocol(ctx, s, now.In(a.Zone))
	}
	wg.Wait()
	if boardErr != nil {
		return nil, boardErr
	}
	if err != nil {
		return nil, err
	}
	a.Conflicts = board.Conflicts
	for _, c := range board.Conflicts {
		a.ConflictKinds[c.Kind]++
	}
	return a, nil
}

// checklistsAndDues loads the checklists' progress, the serious incidents
// and the gifts due; it sets only those fields of a, so that it may run
// beside the board's half of LoadAlerts (which sets Conflicts after both
// halves, and the seating alerts).
func (a *Alerts) checklistsAndDues(ctx context.Context, s *data.Store, ev *data.Event, now time.Time) error {
	var err error
	if a.Checklists, err = sop.LoadOverviewTop(ctx, s, now, MaxOverdue); err != nil {
		return err
	}
	incs, err := s.FindIncidents(ctx)
	if err != nil {
		return err
	}
	names, err := delegationNames(ctx, s)
	if err != nil {
		return err
	}
	for _, in := range incs {
		if in.Severity == "high" && !in.Resolved {
			a.Incidents = append(a.Incidents, IncidentAlert{Incident: in, Delegation: names[in.DelegationID]})
		}
	}
	gs, err := data.All[data.Gift](ctx, s)
	if err != nil {
		return err
	}
	loNames := map[string]string{}
	for _, g := range gs {
		if gifts.Reported(&g) || g.ReceivedAt.IsZero() {
			continue
		}
		dl := gifts.Deadline(g.ReceivedAt.In(a.Zone), ev.Holidays)
		left := gifts.DaysLeft(dl, now.In(a.Zone))
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
	return nil
}
