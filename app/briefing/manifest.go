package briefing

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"lodesk/app/fsname"
	"lodesk/app/pdf"
	"lodesk/app/seating"
	"lodesk/data"
)

// ManifestKinds are the department manifests.
var ManifestKinds = []string{"arrivals", "departures", "catering", "transport", "roster", "accreditation", "movements"}

func validManifest(k string) bool { return slices.Contains(ManifestKinds, k) }

// mdata is what the manifests read.
type mdata struct {
	all      []data.Person
	dels     []data.Delegation
	people   map[string]*data.Person
	byDel    map[string][]data.Person
	vehicles map[string]*data.Vehicle
}

func (b *batch) loadManifest(ctx context.Context, s *data.Store) (*mdata, error) {
	ps, err := s.FindPeople(ctx, data.PersonFilter{})
	if err != nil {
		return nil, fmt.Errorf("manifest: people: %w", err)
	}
	m := &mdata{all: ps, people: map[string]*data.Person{}, byDel: map[string][]data.Person{}, vehicles: map[string]*data.Vehicle{}}
	for _, d := range b.dels {
		m.dels = append(m.dels, *d)
	}
	for i := range ps {
		m.people[ps[i].ID] = &ps[i]
		m.byDel[ps[i].DelegationID] = append(m.byDel[ps[i].DelegationID], ps[i])
	}
	vs, err := data.All[data.Vehicle](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("manifest: vehicles: %w", err)
	}
	for i := range vs {
		m.vehicles[vs[i].ID] = &vs[i]
	}
	return m, nil
}

// writeManifest lays out one manifest.
func (b *batch) writeManifest(ctx context.Context, s *data.Store, kind string, w io.Writer) (Result, error) {
	m, err := b.loadManifest(ctx, s)
	if err != nil {
		return Result{}, err
	}
	t := b.tr.T("manifest.title." + kind)
	d := b.newDoc(t, t) // the event's name is on the right of the head
	d.Text(pdf.Margin, d.Y+6, t, pdf.Bold, 15)
	d.Text(pdf.Margin, d.Y+12, join(b.ev.Name, b.ev.City, b.eventDates()), pdf.Regular, 9)
	d.Y += 17
	switch kind {
	case "arrivals", "departures":
		err = b.travelManifest(ctx, s, d, m, kind)
	case "catering":
		err = b.cateringManifest(ctx, s, d, m)
	case "transport":
		err = b.transportManifest(ctx, s, d, m)
	case "roster":
		b.loRoster(d)
	case "accreditation":
		b.accreditationManifest(d, m)
	case "movements":
		b.movementManifest(d)
	}
	if err != nil {
		return Result{}, err
	}
	forWhom := b.tr.T("manifest.for." + kind)
	b.finish(d, forWhom)
	if err := d.Output(w); err != nil {
		return Result{}, fmt.Errorf("manifest %s: %w", kind, err)
	}
	return Result{Path: fsname.Safe("Manifest - " + kind + ".pdf"), Kind: kind, For: forWhom, Pages: d.PageCount()}, nil
}

func (b *batch) leadLO(delID string) string {
	for _, a := range b.byDel[delID] {
		if a.Role == data.AssignLead {
			if lo := b.los[a.LOID]; lo != nil {
				return lo.FullName + " " + tel(lo.Phone)
			}
		}
	}
	return ""
}

func (b *batch) travelManifest(ctx context.Context, s *data.Store, d *pdf.Doc, m *mdata, kind string) error {
	dir := data.Arrival
	if kind == "departures" {
		dir = data.Departure
	}
	legs, err := s.FindTravel(ctx, data.TravelFilter{Direction: dir})
	if err != nil {
		return fmt.Errorf("manifest %s: %w", kind, err)
	}
	date := ""
	var rows [][]string
	flush := func() {
		if len(rows) > 0 {
			t := b.tr
			d.Heading(t.Day(date)+fmt.Sprintf(" (%d)", len(rows)), 20)
			d.Table(pdf.Table{
				Cols: []pdf.Col{{Title: t.Zone(b.now), W: 12}, {Title: t.T("manifest.col.delegation"), W: 30}, {Title: t.T("manifest.col.who"), W: 34}, {Title: t.T("manifest.col.flight"), W: 24}, {Title: t.T("manifest.col.airport"), W: 14}, {Title: "VIP", W: 9}, {Title: t.T("manifest.col.meeting_vehicle"), W: 24 + 13}, {Title: "LO", W: 180 - 147 - 3}},
				Rows: rows, Size: 7.5,
			})
		}
		rows = nil
	}
	for _, l := range legs {
		if dd := l.Scheduled.In(b.loc).Format("2006-01-02"); dd != date {
			flush()
			date = dd
		}
		del := b.dels[l.DelegationID]
		dn := ""
		if del != nil {
			dn = del.Code + " " + del.Name
		}
		who := b.tr.T("manifest.whole_delegation", len(m.byDel[l.DelegationID]))
		if p := m.people[l.PersonID]; p != nil {
			who = strings.TrimSpace(p.Honorific+" "+p.FullName) + "\n" + p.NativeName
		}
		flight := strings.TrimSpace(l.Carrier + " " + l.FlightNo)
		if flight == "" {
			flight = b.tr.Label("mode", l.Mode)
		}
		car := ""
		if v := m.vehicles[l.VehicleID]; v != nil {
			car = v.Plate + " " + v.Driver
		}
		rows = append(rows, []string{
			b.tr.Clock(l.Scheduled), dn, who, flight, strings.TrimSpace(l.Airport + " " + l.Terminal), b.yes(l.VIPLounge),
			strings.TrimSpace(l.MeetingPoint + "\n" + car), b.leadLO(l.DelegationID),
		})
	}
	flush()
	if len(legs) == 0 {
		d.Para(pdf.Margin, contentW, b.tr.T("manifest.none."+kind), pdf.Regular, 10)
	}
	return nil
}

// cateringManifest lists every catered function (by kind: meal, gala,
// reception) with its covers and the guests whose diet is not the
// event's default catering or who have an allergy.
func (b *batch) cateringManifest(ctx context.Context, s *data.Store, d *pdf.Doc, m *mdata) error {
	items, err := s.FindProgramme(ctx, "", zeroTime, zeroTime)
	if err != nil {
		return fmt.Errorf("manifest catering: %w", err)
	}
	t := b.tr
	std := b.ev.DefaultDiet()
	n := 0
	for i := range items {
		it := &items[i]
		if !data.Catered(it.Kind) {
			continue
		}
		n++
		people := b.attending(it, m)
		var rows [][]string
		diets := map[string]int{}
		for _, p := range people {
			if p.Dietary != "" && !b.ev.IsDefaultDiet(p.Dietary) {
				diets[p.Dietary]++
			}
			if (p.Dietary == "" || b.ev.IsDefaultDiet(p.Dietary)) && len(p.Allergies) == 0 {
				continue
			}
			var al []string
			for _, a := range p.Allergies {
				if a.Severity != "" {
					al = append(al, a.Substance+" ("+t.Label("severity", a.Severity)+")")
				} else {
					al = append(al, a.Substance)
				}
			}
			diet := p.Dietary
			if b.ev.IsDefaultDiet(diet) {
				diet = ""
			}
			rows = append(rows, []string{b.dels[p.DelegationID].Code, strings.TrimSpace(p.Honorific + " " + p.FullName), p.NativeName, diet, strings.Join(al, "; ")})
		}
		d.Heading(it.Title, 25)
		sum := []string{
			t.ShortDate(it.Starts) + " " + b.span(it.Starts, it.Ends) + " " + t.Zone(it.Starts), join(it.Venue, it.Room),
			t.Label("programme_kind", it.Kind), t.T("manifest.covers", len(people)),
		}
		if std != "" {
			sum = append(sum, t.T("manifest.all_default_diet", std))
		}
		for _, k := range sortedKeys(diets) {
			sum = append(sum, fmt.Sprintf("%s %d", k, diets[k]))
		}
		listed := t.T("manifest.listed")
		if std != "" {
			listed = t.T("manifest.listed_default", std)
		}
		d.Para(pdf.Margin, contentW, join(sum...)+". "+listed, pdf.Regular, 9)
		d.Y += 1
		severe := t.Label("severity", data.SeveritySevere)
		d.Table(pdf.Table{
			Cols: []pdf.Col{{Title: t.T("manifest.col.del"), W: 12}, {Title: t.T("pack.col.name"), W: 48}, {Title: t.T("pack.col.native"), W: 34}, {Title: t.T("manifest.col.diet"), W: 26}, {Title: t.T("manifest.col.allergies"), W: 60}},
			Rows: rows, Size: 8, Bold: func(r, c int) bool { return c == 4 && strings.Contains(rows[r][4], severe) },
		})
	}
	if n == 0 {
		d.Para(pdf.Margin, contentW, t.T("manifest.none.catering"), pdf.Regular, 10)
	}
	return nil
}

// attending lists the people an item brings by its attendance rule, in
// seating order.
func (b *batch) attending(it *data.ProgrammeItem, m *mdata) []*data.Person {
	return seating.Guests(b.ev, it, m.dels, m.all)
}
