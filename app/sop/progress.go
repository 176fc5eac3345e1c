package sop

import (
	"context"
	"time"

	"lodesk/data"
)

// Milestones are the moments a checklist's phases are due against: the
// delegation's first arrival, the event's start, its last departure.
type Milestones struct {
	Arrival, EventStart, Departure time.Time
}

// Due is when a phase's items must be done; zero when unknown.
//
//	pre-arrival  24 hours before the arrival
//	arrival      2 hours before the arrival
//	event        at the start of the event
//	departure    2 hours before the departure
//	post-event   3 days after the departure
func (m Milestones) Due(phase string) time.Time {
	at := func(t time.Time, d time.Duration) time.Time {
		if t.IsZero() {
			return t
		}
		return t.Add(d)
	}
	switch phase {
	case data.PhasePreArrival:
		return at(m.Arrival, -24*time.Hour)
	case data.PhaseArrival:
		return at(m.Arrival, -2*time.Hour)
	case data.PhaseEvent:
		return m.EventStart
	case data.PhaseDeparture:
		return at(m.Departure, -2*time.Hour)
	case data.PhasePostEvent:
		return at(m.Departure, 72*time.Hour)
	}
	return time.Time{}
}

// Overdue says whether an item is not done although its phase is due.
func Overdue(it *data.ChecklistItem, m Milestones, now time.Time) bool {
	due := m.Due(it.Phase)
	return !Done(it) && !due.IsZero() && !now.Before(due)
}

// Progress counts a set of checklist items.
type Progress struct {
	Total, Done, AwaitingRecheck, Overdue int
}

// Percent is the share done, 0..100.
func (p Progress) Percent() int {
	if p.Total == 0 {
		return 100
	}
	return p.Done * 100 / p.Total
}

// Add counts one item.
func (p *Progress) Add(it *data.ChecklistItem, m Milestones, now time.Time) { p.add(it, m, now, 1) }

// add counts n items like it (phase, status, re-check).
func (p *Progress) add(it *data.ChecklistItem, m Milestones, now time.Time, n int) {
	p.Total += n
	if Done(it) {
		p.Done += n
	} else if it.Status == data.CheckChecked {
		p.AwaitingRecheck += n
	}
	if Overdue(it, m, now) {
		p.Overdue += n
	}
}

// LoadMilestones finds a delegation's first arrival and last departure and
// the event's start (midnight of its first day, in its zone).
func LoadMilestones(ctx context.Context, s *data.Store, delegationID string) (Milestones, error) {
	all, _, err := loadAllMilestones(ctx, s, delegationID)
	return all[delegationID], err
}

// loadAllMilestones reads the milestones of one delegation, or of every
// delegation when delegationID is empty (from the travel spans, one
// aggregate query); it also returns the event's start.
func loadAllMilestones(ctx context.Context, s *data.Store, delegationID string) (map[string]Milestones, time.Time, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, time.Time{}, err
	}
	var start time.Time
	if t, err := time.ParseInLocation(time.DateOnly, ev.StartDate, ev.Location()); err == nil {
		start = t
	}
	if delegationID == "" {
		spans, err := s.TravelSpans(ctx)
		if err != nil {
			return nil, start, err
		}
		return MilestonesOf(start, spans), start, nil
	}
	legs, err := s.FindTravel(ctx, data.TravelFilter{DelegationID: delegationID})
	if err != nil {
		return nil, start, err
	}
	out := BuildMilestones(start, legs)
	if _, ok := out[delegationID]; !ok {
		out[delegationID] = Milestones{EventStart: start}
	}
	return out, start, nil
}

// MilestonesOf is BuildMilestones from the delegations' travel spans.
func MilestonesOf(start time.Time, spans []data.TravelSpan) map[string]Milestones {
	out := make(map[string]Milestones, len(spans))
	for _, t := range spans {
		out[t.DelegationID] = Milestones{Arrival: t.FirstArrival, EventStart: start, Departure: t.LastDeparture}
	}
	return out
}

// BuildMilestones gives each delegation with travel its first arrival and
// last departure, and the event's start.
func BuildMilestones(start time.Time, legs []data.TravelLeg) map[string]Milestones {
	out := map[string]Milestones{}
	for _, l := range legs {
		m, ok := out[l.DelegationID]
		if !ok {
			m.EventStart = start
		}
		switch l.Direction {
		case data.Arrival:
			if m.Arrival.IsZero() || l.Scheduled.Before(m.Arrival) {
				m.Arrival = l.Scheduled
			}
		case data.Departure:
			if l.Scheduled.After(m.Departure) {
				m.Departure = l.Scheduled
			}
		}
		out[l.DelegationID] = m
	}
	return out
}
