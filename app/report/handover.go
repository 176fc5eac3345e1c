package report

import (
	"sort"
	"strings"
	"time"

	"lodesk/app/assign"
	"lodesk/app/gifts"
	"lodesk/app/sop"
	"lodesk/data"
)

// Lookahead is how far ahead the hand-over sheet lists movements.
const Lookahead = 36 * time.Hour

// HandOverSheet is what an incoming LO takes over with a delegation:
// the outgoing LO's note and what is open.
type HandOverSheet struct {
	HandOver   data.HandOver
	Delegation data.Delegation
	HOD        *data.Person
	From, To   string         // LO names ("" when none)
	Shifts     []data.Shift   // the incoming LO's shifts that day
	Requests   []data.Request // open or escalated, oldest first
	Steps      []CheckLine    // not done, by due time
	Incidents  []data.Incident
	Gifts      []GiftDue // of the delegation's LOs, not yet reported
	Next       []Move    // from the hand-over, for Lookahead
}

// Move kinds.
const (
	MoveArrival   = "arrival"
	MoveDeparture = "departure"
	MoveItem      = "programme"
)

// Move is one coming movement of a delegation: a flight or an item of
// the programme.
type Move struct {
	Kind       string
	Start, End time.Time
	Title      string // flight, or the item's title
	Mode       string // of a flight: data.ModeFlight, ModeRoad, ...
	Place      string // airport and terminal, or venue and room
	Who        string // the traveller, "" for the whole delegation
}

// HandOverSheets composes the sheets of the hand-overs on a day, to one
// LO when loID is set. An LO with no hand-over recorded that day gets a
// sheet for each delegation they look after, with no note.
func (src *Source) HandOverSheets(loID string, day Day) []HandOverSheet {
	var out []HandOverSheet
	for _, h := range src.HandOvers {
		if day.Contains(h.HandedAt) && (loID == "" || h.ToLOID == loID) && src.delBy[h.DelegationID] != nil {
			out = append(out, src.sheet(h, day))
		}
	}
	if len(out) > 0 || loID == "" {
		return out
	}
	seen := map[string]bool{}
	for _, od := range src.duties(day) {
		a := od.Row.Assignment
		if a.LOID != loID || seen[a.DelegationID] {
			continue
		}
		seen[a.DelegationID] = true
		at := day.Start
		if len(od.Shifts) > 0 {
			at = od.Shifts[0].Starts
		}
		out = append(out, src.sheet(data.HandOver{DelegationID: a.DelegationID, ToLOID: loID, HandedAt: at}, day))
	}
	return out
}

func (src *Source) sheet(h data.HandOver, day Day) HandOverSheet {
	d := src.delBy[h.DelegationID]
	s := HandOverSheet{HandOver: h, Delegation: *d, HOD: src.hod[d.ID]}
	if l := src.loBy[h.FromLOID]; l != nil {
		s.From = l.FullName
	}
	if l := src.loBy[h.ToLOID]; l != nil {
		s.To = l.FullName
	}
	delLOs, seen := map[string]bool{}, map[string]int{}
	start, _ := time.ParseInLocation(time.DateOnly, src.Event.StartDate, src.Loc)
	m, ok := sop.BuildMilestones(start, src.Legs)[d.ID]
	if !ok {
		m = sop.Milestones{EventStart: start}
	}
	for _, row := range src.Board.Rows {
		a := row.Assignment
		if a.DelegationID != d.ID {
			continue
		}
		delLOs[a.LOID] = true
		if a.LOID == h.ToLOID {
			for _, sh := range src.shifts[a.ID] {
				if day.Contains(sh.Starts) {
					s.Shifts = append(s.Shifts, sh)
				}
			}
		}
		for _, i := range src.checkBy[a.ID] {
			it := src.Checks[i]
			if sop.Done(&it) {
				continue
			}
			// The same step open on two LOs' checklists is one line.
			k := it.Phase + "\x00" + it.TextEN + "\x00" + it.TextID
			if j, ok := seen[k]; ok {
				s.Steps[j].Count++
				continue
			}
			seen[k] = len(s.Steps)
			s.Steps = append(s.Steps, CheckLine{Item: it, Delegation: row.Delegation, Due: m.Due(it.Phase), Overdue: sop.Overdue(&it, m, h.HandedAt), Count: 1})
		}
	}
	sort.SliceStable(s.Steps, func(i, j int) bool { return s.Steps[i].Due.Before(s.Steps[j].Due) })
	for _, q := range src.Requests {
		if q.DelegationID == d.ID && (q.Status == data.RequestOpen || q.Status == data.RequestEscalated) {
			s.Requests = append(s.Requests, q)
		}
	}
	sort.SliceStable(s.Requests, func(i, j int) bool { return s.Requests[i].ReceivedAt.Before(s.Requests[j].ReceivedAt) })
	for _, in := range src.Incidents {
		if in.DelegationID == d.ID && !in.Resolved {
			s.Incidents = append(s.Incidents, in)
		}
	}
	for _, g := range src.Gifts {
		if delLOs[g.LOID] && !gifts.Reported(&g) && !g.ReceivedAt.IsZero() {
			dl := gifts.Deadline(g.ReceivedAt.In(src.Loc), src.Event.Holidays)
			s.Gifts = append(s.Gifts, GiftDue{Gift: g, LO: src.loBy[g.LOID].FullName, Deadline: dl, WorkingDays: gifts.WorkingDaysUntil(day.Start, dl, src.Event.Holidays)})
		}
	}
	s.Next = src.moves(d, h.HandedAt, h.HandedAt.Add(Lookahead))
	return s
}

// moves lists a delegation's flights and the items its head attends that
// end after from and start before to.
func (src *Source) moves(d *data.Delegation, from, to time.Time) []Move {
	var out []Move
	for _, l := range src.Legs {
		if l.DelegationID != d.ID || l.Scheduled.Before(from) || !l.Scheduled.Before(to) {
			continue
		}
		mv := Move{Kind: MoveArrival, Start: l.Scheduled, End: l.Scheduled, Title: strings.TrimSpace(l.Carrier + " " + l.FlightNo), Mode: l.Mode, Place: strings.TrimSpace(l.Airport + " " + l.Terminal)}
		if l.Direction == data.Departure {
			mv.Kind = MoveDeparture
		}
		if p := src.people[l.PersonID]; p != nil {
			mv.Who = p.FullName
		}
		out = append(out, mv)
	}
	for i := range src.Items {
		it := &src.Items[i]
		if !assign.HeadAttends(it, d) || !it.Ends.After(from) || !it.Starts.Before(to) {
			continue
		}
		place := it.Venue
		if it.Room != "" {
			place += ", " + it.Room
		}
		out = append(out, Move{Kind: MoveItem, Start: it.Starts, End: it.Ends, Title: it.Title, Place: place})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.Before(out[j].Start) })
	return out
}
