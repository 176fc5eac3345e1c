// Package report composes the coordinator's reports from the event file:
// the daily situation report (SITREP), the LO's daily report, the
// hand-over sheet an incoming LO takes with a delegation, and the
// end-of-event report; and prints them as PDFs in the event's language.
// The composing (sitrep.go, lodaily.go, handover.go, final.go) knows
// nothing of PDF; the printing (print*.go) nothing of the store.
package report

import (
	"context"
	"fmt"
	"sort"
	"time"

	"lodesk/app/assign"
	"lodesk/app/event"
	"lodesk/app/sop"
	"lodesk/data"
)

// Source is everything the reports read, loaded once.
type Source struct {
	Event   data.Event
	Loc     *time.Location
	Now     time.Time
	Version int64  // the event file's data version
	Author  string // who prints
	record  bool   // keep the first page's drawing, for a preview

	Dels    []data.Delegation // by precedence
	delBy   map[string]*data.Delegation
	people  map[string]*data.Person
	hod     map[string]*data.Person // by delegation ID
	LOs     []data.LO               // by name
	loBy    map[string]*data.LO
	Board   *assign.Board
	shifts  map[string][]data.Shift // by assignment ID, by start
	Legs    []data.TravelLeg        // by time
	Items   []data.ProgrammeItem    // by start
	Checks  []data.ChecklistItem
	checkBy map[string][]int // assignment ID -> indexes into Checks
	stays   map[string]assign.Period

	Requests  []data.Request  // newest first
	Incidents []data.Incident // newest first
	Gifts     []data.Gift
	HandOvers []data.HandOver
	Notes     []data.LONote
	Evals     []data.LOEvaluation
	Lessons   []data.Lesson
}

// Load reads the event file for the reports, at now.
func Load(ctx context.Context, s *data.Store, now time.Time) (*Source, error) {
	src := &Source{Now: now, delBy: map[string]*data.Delegation{}, people: map[string]*data.Person{}, hod: map[string]*data.Person{}, loBy: map[string]*data.LO{}, shifts: map[string][]data.Shift{}, checkBy: map[string][]int{}}
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	src.Event, src.Loc = *ev, ev.Location()
	if src.Version, err = s.DataVersion(ctx); err != nil {
		return nil, fmt.Errorf("report: data version: %w", err)
	}
	if src.Author = s.Author(); src.Author == "" {
		src.Author = event.DefaultAuthor()
	}
	steps := []func() error{
		func() (err error) { src.Dels, err = s.FindDelegations(ctx, data.DelegationFilter{}); return },
		func() error {
			ps, err := s.FindPeople(ctx, data.PersonFilter{})
			for i := range ps {
				p := &ps[i]
				src.people[p.ID] = p
				if p.Role == data.RoleHOD && src.hod[p.DelegationID] == nil {
					src.hod[p.DelegationID] = p
				}
			}
			return err
		},
		func() (err error) { src.LOs, err = s.FindLOs(ctx, data.LOFilter{}); return },
		func() (err error) { src.Board, err = assign.LoadBoard(ctx, s); return },
		func() error {
			shs, err := data.All[data.Shift](ctx, s)
			for _, sh := range shs {
				src.shifts[sh.AssignmentID] = append(src.shifts[sh.AssignmentID], sh)
			}
			for _, l := range src.shifts {
				sort.Slice(l, func(i, j int) bool { return l[i].Starts.Before(l[j].Starts) })
			}
			return err
		},
		func() (err error) { src.Legs, err = s.FindTravel(ctx, data.TravelFilter{}); return },
		func() (err error) { src.Items, err = s.FindProgramme(ctx, "", time.Time{}, time.Time{}); return },
		func() (err error) { src.Checks, err = s.FindChecklist(ctx, ""); return },
		func() (err error) { src.Requests, err = s.FindRequests(ctx, "", ""); return },
		func() (err error) { src.Incidents, err = s.FindIncidents(ctx); return },
		func() (err error) { src.Gifts, err = data.All[data.Gift](ctx, s); return },
		func() (err error) { src.HandOvers, err = data.All[data.HandOver](ctx, s); return },
		func() (err error) { src.Notes, err = data.All[data.LONote](ctx, s); return },
		func() (err error) { src.Evals, err = data.All[data.LOEvaluation](ctx, s); return },
		func() (err error) { src.Lessons, err = data.All[data.Lesson](ctx, s); return },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
	}
	for i := range src.Dels {
		src.delBy[src.Dels[i].ID] = &src.Dels[i]
	}
	for i := range src.LOs {
		src.loBy[src.LOs[i].ID] = &src.LOs[i]
	}
	for i := range src.Checks {
		src.checkBy[src.Checks[i].AssignmentID] = append(src.checkBy[src.Checks[i].AssignmentID], i)
	}
	sort.SliceStable(src.Gifts, func(i, j int) bool { return src.Gifts[i].ReceivedAt.Before(src.Gifts[j].ReceivedAt) })
	sort.SliceStable(src.HandOvers, func(i, j int) bool { return src.HandOvers[i].HandedAt.Before(src.HandOvers[j].HandedAt) })
	sort.SliceStable(src.Lessons, func(i, j int) bool { return src.Lessons[i].RecordedAt.Before(src.Lessons[j].RecordedAt) })
	return src, nil
}

// Delegation returns a delegation by ID (nil when removed).
func (src *Source) Delegation(id string) *data.Delegation { return src.delBy[id] }

// LO returns an LO by ID (nil when removed).
func (src *Source) LO(id string) *data.LO { return src.loBy[id] }

// LOByName finds an LO by full name, case-insensitively.
func (src *Source) LOByName(name string) (*data.LO, error) {
	for i := range src.LOs {
		if equalFold(src.LOs[i].FullName, name) {
			return &src.LOs[i], nil
		}
	}
	return nil, fmt.Errorf("no LO named %q: %w", name, data.ErrNotFound)
}

// Person returns a person by ID (nil when removed).
func (src *Source) Person(id string) *data.Person { return src.people[id] }

// HOD returns a delegation's head (nil when none is entered).
func (src *Source) HOD(delegationID string) *data.Person { return src.hod[delegationID] }

// Day is one day of the event's calendar.
type Day struct {
	Date       string    // YYYY-MM-DD
	Start, End time.Time // midnight to the next midnight, in the event's zone
}

// ParseDay reads YYYY-MM-DD as a day of the event's calendar.
func (src *Source) ParseDay(s string) (Day, error) {
	t, err := time.ParseInLocation(time.DateOnly, s, src.Loc)
	if err != nil {
		return Day{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return Day{Date: s, Start: t, End: t.AddDate(0, 0, 1)}, nil
}

// Contains says whether t falls on the day.
func (d Day) Contains(t time.Time) bool { return !t.IsZero() && !t.Before(d.Start) && t.Before(d.End) }

// onDuty is an assignment whose period covers the day, with its shifts
// that start on the day (none: the whole day).
type onDuty struct {
	Row    assign.Row
	Shifts []data.Shift
}

// duties lists the assignments covering a day, in board order.
func (src *Source) duties(day Day) []onDuty {
	var out []onDuty
	for _, r := range src.Board.Rows {
		if (r.Period.From != "" && day.Date < r.Period.From) || (r.Period.To != "" && day.Date > r.Period.To) {
			continue
		}
		od := onDuty{Row: r}
		for _, sh := range src.shifts[r.Assignment.ID] {
			if day.Contains(sh.Starts) {
				od.Shifts = append(od.Shifts, sh)
			}
		}
		out = append(out, od)
	}
	return out
}

// present says whether a delegation is at the event on a day: its stay
// (first arrival to last departure, the event's dates filling gaps)
// covers it, and it has not cancelled.
func (src *Source) present(d *data.Delegation, day Day) bool {
	if d.Status == data.StatusCancelled {
		return false
	}
	if src.stays == nil {
		src.stays = map[string]assign.Period{}
		for id, m := range sop.BuildMilestones(time.Time{}, src.Legs) {
			src.stays[id] = assign.Period{From: dateIn(m.Arrival, src.Loc), To: dateIn(m.Departure, src.Loc)}
		}
	}
	p := src.stays[d.ID]
	if p.From == "" {
		p.From = src.Event.StartDate
	}
	if p.To == "" {
		p.To = src.Event.EndDate
	}
	return (p.From == "" || day.Date >= p.From) && (p.To == "" || day.Date <= p.To)
}

// dateIn is t's date in loc, "" for the zero time.
func dateIn(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(time.DateOnly)
}
