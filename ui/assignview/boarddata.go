package assignview

import (
	"context"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/assign"
	"lodesk/data"
)

// boardData is what the board shows, read off the UI goroutine.
type boardData struct {
	board  *assign.Board
	ev     *data.Event
	los    []data.LO // by name
	dels   []data.Delegation
	people map[string][]data.Person // by delegation ID
	loByID map[string]*data.LO
	delBy  map[string]*data.Delegation
	rowBy  map[string]*assign.Row // by assignment ID
	stays  map[string]assign.Period
	shifts map[string]int // shifts by assignment ID
}

func loadBoard(ctx context.Context, s *data.Store) (*boardData, error) {
	b, err := assign.LoadBoard(ctx, s)
	if err != nil {
		return nil, err
	}
	d := &boardData{
		board: b, people: map[string][]data.Person{}, loByID: map[string]*data.LO{},
		delBy: map[string]*data.Delegation{}, rowBy: map[string]*assign.Row{}, stays: map[string]assign.Period{},
	}
	if d.ev, err = s.Event(ctx); err != nil {
		return nil, err
	}
	if d.los, err = s.FindLOs(ctx, data.LOFilter{}); err != nil {
		return nil, err
	}
	if d.dels, err = s.FindDelegations(ctx, data.DelegationFilter{}); err != nil {
		return nil, err
	}
	ps, err := s.FindPeople(ctx, data.PersonFilter{})
	if err != nil {
		return nil, err
	}
	for _, p := range ps {
		d.people[p.DelegationID] = append(d.people[p.DelegationID], p)
	}
	legs, err := s.FindTravel(ctx, data.TravelFilter{})
	if err != nil {
		return nil, err
	}
	d.index(legs)
	shifts, err := data.All[data.Shift](ctx, s)
	if err != nil {
		return nil, err
	}
	d.shifts = map[string]int{}
	for _, sh := range shifts {
		d.shifts[sh.AssignmentID]++
	}
	return d, nil
}

// index builds the look-ups and each delegation's stay: first arrival to
// last departure in the event's zone, the event's dates filling gaps (as
// app/assign counts a period left empty).
func (d *boardData) index(legs []data.TravelLeg) {
	for i := range d.los {
		d.loByID[d.los[i].ID] = &d.los[i]
	}
	for i := range d.dels {
		d.delBy[d.dels[i].ID] = &d.dels[i]
	}
	for i := range d.board.Rows {
		d.rowBy[d.board.Rows[i].Assignment.ID] = &d.board.Rows[i]
	}
	loc := d.ev.Location()
	for _, l := range legs {
		day := l.Scheduled.In(loc).Format(time.DateOnly)
		p := d.stays[l.DelegationID]
		if l.Direction == data.Arrival && (p.From == "" || day < p.From) {
			p.From = day
		}
		if l.Direction == data.Departure && day > p.To {
			p.To = day
		}
		d.stays[l.DelegationID] = p
	}
}

// stay is a delegation's period.
func (d *boardData) stay(delegationID string) assign.Period {
	p := d.stays[delegationID]
	if p.From == "" {
		p.From = d.ev.StartDate
	}
	if p.To == "" {
		p.To = d.ev.EndDate
	}
	if p.To < p.From {
		p.To = p.From
	}
	return p
}

// period is what an assignment covers: its own dates or its delegation's.
func (d *boardData) period(a *data.Assignment) assign.Period {
	p := d.stay(a.DelegationID)
	if a.FromDate != "" {
		p.From = a.FromDate
	}
	if a.ToDate != "" {
		p.To = a.ToDate
	}
	return p
}

func (d *boardData) delName(id string) string {
	if x := d.delBy[id]; x != nil {
		return x.Code + " " + x.Name
	}
	return "?"
}

func (d *boardData) personName(delegationID, id string) string {
	for _, p := range d.people[delegationID] {
		if p.ID == id {
			return p.FullName
		}
	}
	return ""
}

// periodText is "2026-11-27 – 2026-11-30".
func periodText(p assign.Period) string {
	if p.From == p.To {
		return p.From
	}
	return p.From + " – " + p.To
}

// conflictText says a conflict in the user's language.
func (d *boardData) conflictText(c assign.Conflict) string {
	args := map[string]any{"LO": c.LO, "Delegation": c.Delegation}
	switch c.Kind {
	case assign.DoubleBooked:
		var parts []string
		for _, id := range c.AssignmentIDs {
			if r := d.rowBy[id]; r != nil {
				parts = append(parts, r.Delegation+" "+periodText(r.Period))
			}
		}
		args["Detail"] = strings.Join(parts, lang.L(" and "))
		return lang.L("{{.LO}} is double-booked: {{.Detail}}", args)
	case assign.OutsideAvailable:
		args["Need"], args["Avail"] = "", ""
		if len(c.AssignmentIDs) > 0 && d.rowBy[c.AssignmentIDs[0]] != nil {
			args["Need"] = periodText(d.rowBy[c.AssignmentIDs[0]].Period)
		}
		if l := d.loByID[c.LOID]; l != nil {
			args["Avail"] = periodText(assign.Period{From: l.AvailableFrom, To: l.AvailableTo})
		}
		return lang.L("{{.LO}} is not available for {{.Delegation}}: needed {{.Need}}, available {{.Avail}}", args)
	case assign.NoSharedLanguage:
		args["Languages"] = ""
		if x := d.delBy[c.DelegationID]; x != nil {
			args["Languages"] = langNames(x.Languages)
		}
		return lang.L("{{.LO}} shares no language with {{.Delegation}} (needs {{.Languages}})", args)
	case assign.NoLead:
		return lang.L("{{.Delegation}} has no lead LO", args)
	case assign.LOWithoutDuty:
		return lang.L("{{.LO}} has no assignment", args)
	case assign.MissingZone:
		args["Zones"] = c.Detail
		return lang.L("{{.LO}} lacks the access zone(s) {{.Zones}} that the head of {{.Delegation}} has", args)
	case assign.CoverGap:
		loc := d.ev.Location()
		args["Day"], args["From"], args["To"], args["Item"] = c.From.In(loc).Format(time.DateOnly), c.From.In(loc).Format("15:04"), c.To.In(loc).Format("15:04"), c.Item
		return lang.L("{{.Delegation}}: no LO with the head of delegation on {{.Day}} {{.From}}–{{.To}} ({{.Item}})", args)
	}
	return lang.L("An assignment refers to a removed LO or delegation")
}

func langNames(codes []string) string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = langName(c)
	}
	return strings.Join(out, ", ")
}

// preview lists, in the user's language, the conflicts that assignment a
// would have on the board as it is (a replaces the stored assignment with
// its ID, if any): double booking, availability, language.
func (d *boardData) preview(a *data.Assignment) []string {
	l, del := d.loByID[a.LOID], d.delBy[a.DelegationID]
	if l == nil || del == nil {
		return nil
	}
	var out []string
	p := d.period(a)
	args := map[string]any{"LO": l.FullName, "Delegation": del.Name}
	var others []string
	for _, r := range d.board.Rows {
		if r.Assignment.LOID == a.LOID && r.Assignment.ID != a.ID && r.Period.Overlaps(p) {
			others = append(others, r.Delegation+" "+periodText(r.Period))
		}
	}
	sort.Strings(others)
	if len(others) > 0 {
		args["Detail"] = strings.Join(others, ", ")
		out = append(out, lang.L("{{.LO}} is already assigned then: {{.Detail}}", args))
	}
	if !p.Within(assign.Period{From: l.AvailableFrom, To: l.AvailableTo}) {
		args["Need"], args["Avail"] = periodText(p), periodText(assign.Period{From: l.AvailableFrom, To: l.AvailableTo})
		out = append(out, lang.L("{{.LO}} is not available for {{.Delegation}}: needed {{.Need}}, available {{.Avail}}", args))
	}
	shared := len(del.Languages) == 0
	for _, c := range del.Languages {
		shared = shared || speaks(l, c)
	}
	if !shared {
		args["Languages"] = langNames(del.Languages)
		out = append(out, lang.L("{{.LO}} shares no language with {{.Delegation}} (needs {{.Languages}})", args))
	}
	return out
}

// KindTitle names a kind of assignment conflict in the window's language.
func KindTitle(kind string) string {
	switch kind {
	case assign.DoubleBooked:
		return lang.L("Double booking")
	case assign.OutsideAvailable:
		return lang.L("Outside availability")
	case assign.NoSharedLanguage:
		return lang.L("No shared language")
	case assign.NoLead:
		return lang.L("No lead LO")
	case assign.LOWithoutDuty:
		return lang.L("LO without duty")
	case assign.CoverGap:
		return lang.L("Gap in cover")
	case assign.MissingZone:
		return lang.L("Missing access zone")
	}
	return lang.L("Broken assignment")
}

func (d *boardData) loName(id string) string {
	if l := d.loByID[id]; l != nil {
		return l.FullName
	}
	return "?"
}
