package assign

import (
	"context"
	"time"

	"lodesk/data"
)

// Period is a span of whole days, "YYYY-MM-DD" inclusive; an empty end is
// open.
type Period struct {
	From, To string
}

// Overlaps says whether two periods share a day.
func (p Period) Overlaps(q Period) bool {
	return (p.From == "" || q.To == "" || p.From <= q.To) && (q.From == "" || p.To == "" || q.From <= p.To)
}

// Within says whether p lies inside avail.
func (p Period) Within(avail Period) bool {
	okFrom := avail.From == "" || (p.From != "" && p.From >= avail.From)
	okTo := avail.To == "" || (p.To != "" && p.To <= avail.To)
	return okFrom && okTo
}

func (p Period) String() string {
	if p.From == p.To {
		return p.From
	}
	return p.From + ".." + p.To
}

// delegationPeriods gives each delegation the days from its first arrival
// to its last departure in the event's zone; unknown ends fall back to the
// event's dates.
func delegationPeriods(ctx context.Context, s *data.Store, ev *data.Event) (map[string]Period, error) {
	spans, err := s.TravelSpans(ctx)
	if err != nil {
		return nil, err
	}
	loc := ev.Location()
	day := func(t time.Time) string {
		if t.IsZero() {
			return ""
		}
		return t.In(loc).Format(time.DateOnly)
	}
	out := make(map[string]Period, len(spans))
	for _, t := range spans {
		out[t.DelegationID] = Period{From: day(t.FirstArrival), To: day(t.LastDeparture)}
	}
	return out, nil
}

// periodOf is a delegation's period with the event's dates filling gaps.
func periodOf(periods map[string]Period, ev *data.Event, delegationID string) Period {
	p := periods[delegationID]
	if p.From == "" {
		p.From = ev.StartDate
	}
	if p.To == "" {
		p.To = ev.EndDate
	}
	if p.From != "" && p.To != "" && p.To < p.From {
		p.To = p.From
	}
	return p
}

// assignmentPeriod is an assignment's own period, or its delegation's.
func assignmentPeriod(a *data.Assignment, periods map[string]Period, ev *data.Event) Period {
	p := periodOf(periods, ev, a.DelegationID)
	if a.FromDate != "" {
		p.From = a.FromDate
	}
	if a.ToDate != "" {
		p.To = a.ToDate
	}
	return p
}
