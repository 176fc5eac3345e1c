// Package dashboard composes what the window's first screen shows, read
// from the event file: the day's figures, arrivals and departures, and the
// alerts (assignment conflicts, checklist progress, incidents, gifts due).
package dashboard

import (
	"context"
	"time"

	"lodesk/data"
)

// Dashboard is what the first screen shows.
type Dashboard struct {
	Event      data.Event
	Day        time.Time // the day counted, in the event's zone
	Counts     data.Counts
	Arrivals   []Movement // the day's arrivals, by time
	Departures []Movement
}

// Movement is one arrival or departure, pre-formatted for a list.
type Movement struct {
	Time       string // HH:MM in the event's zone
	Delegation string
	Who        string // person's name or "" for the whole delegation
	Flight     string // carrier and flight number; "" when there is none
	Mode       string // data.ModeFlight, ModePrivateJet, ...
	Airport    string
	VIP        bool
}

// LoadDashboard composes the dashboard for the day holding now, in the
// event's time zone.
func LoadDashboard(ctx context.Context, s *data.Store, now time.Time) (*Dashboard, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, err
	}
	loc := ev.Location()
	day := now.In(loc)
	start := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc)
	c, err := s.Counts(ctx, start)
	if err != nil {
		return nil, err
	}
	d := &Dashboard{Event: *ev, Day: start, Counts: c}
	legs, err := s.FindTravel(ctx, data.TravelFilter{From: start, To: start.AddDate(0, 0, 1)})
	if err != nil {
		return nil, err
	}
	names, err := delegationNames(ctx, s)
	if err != nil {
		return nil, err
	}
	people := map[string]string{}
	for _, l := range legs {
		if l.PersonID != "" {
			people[l.PersonID] = ""
		}
	}
	for id := range people {
		if p, err := data.Get[data.Person](ctx, s, id); err == nil {
			people[id] = p.FullName
		}
	}
	for _, l := range legs {
		m := Movement{
			Time:       l.Scheduled.In(loc).Format("15:04"),
			Delegation: names[l.DelegationID],
			Who:        people[l.PersonID],
			Flight:     flightLabel(l),
			Mode:       l.Mode,
			Airport:    l.Airport,
			VIP:        l.VIPLounge,
		}
		if l.Direction == data.Arrival {
			d.Arrivals = append(d.Arrivals, m)
		} else {
			d.Departures = append(d.Departures, m)
		}
	}
	return d, nil
}

func flightLabel(l data.TravelLeg) string {
	if l.FlightNo != "" {
		if l.Carrier != "" {
			return l.Carrier + " " + l.FlightNo
		}
		return l.FlightNo
	}
	if l.Carrier != "" {
		return l.Carrier
	}
	return ""
}

func delegationNames(ctx context.Context, s *data.Store) (map[string]string, error) {
	ds, err := s.DelegationNames(ctx)
	if err != nil {
		return nil, err
	}
	m := make(map[string]string, len(ds))
	for _, d := range ds {
		m[d.ID] = d.Name
	}
	return m, nil
}
