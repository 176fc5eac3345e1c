package delegview

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/phone"
	"lodesk/app/search"
	"lodesk/data"
	"lodesk/ui/kit"
)

// delRow is one delegation, pre-formatted for the list and the detail.
type delRow struct {
	d       data.Delegation
	cells   []string
	fold    string
	arrival time.Time // the first arrival, zero if none
	lead    bool      // has a lead LO
	fields  [][2]string
}

// personRow is one person, pre-formatted.
type personRow struct {
	p     *data.Person // a pointer: filtering copies rows on each keystroke
	cells []string     // the People tab
	short []string     // a delegation's members
	fold  string
}

// snapshot is what one load reads, formatted.
type snapshot struct {
	rows     []delRow
	people   []personRow
	peopleIx *search.Index    // people's folded texts, for search as you type
	byDel    map[string][]int // delegation id -> indexes into people
	loc      *time.Location
	region   string
	delName  map[string]string
	zone     string                          // the event's time zone
	travel   map[string][]data.TravelLeg     // by delegation id
	stays    map[string][]data.Accommodation // by delegation id
	cars     map[string][]data.Vehicle       // by delegation id
}

func loadSnapshot(ctx context.Context, st *data.Store) (*snapshot, error) {
	out := &snapshot{
		loc: time.UTC, zone: "UTC", region: phone.DefaultRegion, byDel: map[string][]int{}, delName: map[string]string{},
		travel: map[string][]data.TravelLeg{}, stays: map[string][]data.Accommodation{}, cars: map[string][]data.Vehicle{},
	}
	if ev, err := st.Event(ctx); err == nil {
		out.loc, out.zone = ev.Location(), ev.Location().String()
		if ev.HostCountry != "" {
			out.region = ev.HostCountry
		}
	}
	ds, err := st.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	ps, err := st.FindPeople(ctx, data.PersonFilter{})
	if err != nil {
		return nil, err
	}
	as, err := st.FindAssignments(ctx, data.AssignmentFilter{Role: data.AssignLead})
	if err != nil {
		return nil, err
	}
	los, err := data.All[data.LO](ctx, st)
	if err != nil {
		return nil, err
	}
	legs, err := st.FindTravel(ctx, data.TravelFilter{})
	if err != nil {
		return nil, err
	}
	stays, err := data.All[data.Accommodation](ctx, st)
	if err != nil {
		return nil, err
	}
	cars, err := data.All[data.Vehicle](ctx, st)
	if err != nil {
		return nil, err
	}
	for _, a := range stays {
		out.stays[a.DelegationID] = append(out.stays[a.DelegationID], a)
	}
	for _, v := range cars {
		out.cars[v.DelegationID] = append(out.cars[v.DelegationID], v)
	}
	loName := map[string]string{}
	for _, l := range los {
		loName[l.ID] = l.FullName
	}
	lead := map[string][]string{}
	for _, a := range as {
		lead[a.DelegationID] = append(lead[a.DelegationID], loName[a.LOID])
	}
	first := map[string]time.Time{}
	for _, t := range legs {
		out.travel[t.DelegationID] = append(out.travel[t.DelegationID], t)
		if t.Direction != data.Arrival {
			continue
		}
		if f, ok := first[t.DelegationID]; !ok || t.Scheduled.Before(f) {
			first[t.DelegationID] = t.Scheduled
		}
	}
	for _, d := range ds {
		out.delName[d.ID] = d.Name
	}
	out.people = make([]personRow, len(ps))
	for i := range ps {
		p := &ps[i]
		alerts := personAlerts(p)
		out.people[i] = personRow{
			p:     p,
			cells: []string{personName(p), p.NativeName, out.delName[p.DelegationID], kit.EnumLabel("role", p.Role), p.Position, alerts},
			short: []string{kit.EnumLabel("role", p.Role), personName(p), p.NativeName, p.Position, alerts},
			fold:  data.Fold(strings.Join([]string{p.FullName, p.NativeName, out.delName[p.DelegationID], p.Position, p.Email, p.Nationality, alerts}, " ")),
		}
		out.byDel[p.DelegationID] = append(out.byDel[p.DelegationID], i)
	}
	out.peopleIx = indexPeople(out.people)
	out.rows = make([]delRow, len(ds))
	for i, d := range ds {
		leads := strings.Join(lead[d.ID], ", ")
		country := countryName(d.Country)
		relations := kit.EnumLabel("relations", d.Relations)
		if d.RelationsNotes != "" {
			relations += " — " + d.RelationsNotes
		}
		arrival := kit.DateTime(first[d.ID], out.loc)
		out.rows[i] = delRow{
			d:       d,
			arrival: first[d.ID],
			lead:    len(lead[d.ID]) > 0,
			cells: []string{
				d.Code, d.Name, kit.EnumLabel("status", d.Status), kit.EnumLabel("relations", d.Relations),
				strconv.Itoa(len(out.byDel[d.ID])), arrival, leads,
			},
			fold: data.Fold(strings.Join([]string{d.Code, d.Name, d.Country, country, d.Notes, leads}, " ")),
			fields: [][2]string{
				{lang.L("Code"), d.Code},
				{lang.L("Kind"), kit.EnumLabel("kind", d.Kind)},
				{lang.L("Country"), country},
				{lang.L("Precedence"), strconv.Itoa(d.Precedence)},
				{lang.L("Relations"), relations},
				{lang.L("Languages"), languageNames(d.Languages)},
				{lang.L("Status"), kit.EnumLabel("status", d.Status)},
				{lang.L("Arrival"), arrival},
				{lang.L("Lead LO"), leads},
				{lang.L("Notes"), d.Notes},
			},
		}
	}
	return out, nil
}

// Sort orders of the list.
const (
	sortPrecedence = "precedence"
	sortName       = "name"
	sortStatus     = "status"
	sortArrival    = "arrival"
)

// filter is the list's search, filters and order.
type filter struct {
	query      string
	status     string
	kind       string
	relations  string
	unassigned bool
	sort       string
}

// apply returns the rows the filter keeps, in its order.
func (f filter) apply(rows []delRow) []delRow {
	q := kit.NewQuery(f.query)
	out := make([]delRow, 0, len(rows))
	for _, r := range rows {
		switch {
		case f.status != "" && r.d.Status != f.status,
			f.kind != "" && r.d.Kind != f.kind,
			f.relations != "" && r.d.Relations != f.relations,
			f.unassigned && (r.lead || r.d.Status == data.StatusCancelled), // a cancelled one needs none
			!q.Matches(r.fold):
			continue
		}
		out = append(out, r)
	}
	byPrecedence := func(a, b *delRow) bool {
		if a.d.Precedence != b.d.Precedence {
			return a.d.Precedence < b.d.Precedence
		}
		return strings.ToLower(a.d.Name) < strings.ToLower(b.d.Name)
	}
	var less func(a, b *delRow) bool
	switch f.sort {
	case sortName:
		less = func(a, b *delRow) bool { return strings.ToLower(a.d.Name) < strings.ToLower(b.d.Name) }
	case sortStatus:
		less = func(a, b *delRow) bool {
			if x, y := kit.IndexOf(data.DelegationStatuses, a.d.Status), kit.IndexOf(data.DelegationStatuses, b.d.Status); x != y {
				return x < y
			}
			return byPrecedence(a, b)
		}
	case sortArrival:
		less = func(a, b *delRow) bool {
			switch {
			case a.arrival.Equal(b.arrival):
				return byPrecedence(a, b)
			case a.arrival.IsZero():
				return false
			case b.arrival.IsZero():
				return true
			}
			return a.arrival.Before(b.arrival)
		}
	default:
		less = byPrecedence
	}
	sort.SliceStable(out, func(i, j int) bool { return less(&out[i], &out[j]) })
	return out
}

// filterPeople returns the indexes of the people holding every word of
// the query, and their table rows; ix indexes their folded texts.
func filterPeople(rows []personRow, ix *search.Index, query string) ([]int32, [][]string) {
	hits := ix.Filter(query)
	cells := make([][]string, len(hits))
	for i, k := range hits {
		cells[i] = rows[k].cells
	}
	return hits, cells
}

// indexPeople indexes the people's folded texts for filterPeople.
func indexPeople(rows []personRow) *search.Index {
	folds := make([]string, len(rows))
	for i := range rows {
		folds[i] = rows[i].fold
	}
	return search.New(folds)
}
