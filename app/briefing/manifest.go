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
var ManifestKinds = []string{"arrivals", "departures", "catering", "transport", "roster"}

func validManifest(k string) bool { return slices.Contains(ManifestKinds, k) }

var manifestTitle = map[string]string{
	"arrivals":   "Arrivals manifest (ground handling)",
	"departures": "Departures manifest (ground handling)",
	"catering":   "Catering manifest: diets and allergies by function",
	"transport":  "Transport manifest: vehicles, drivers, Patwal, pick-ups",
	"roster":     "LO roster",
}

var manifestFor = map[string]string{
	"arrivals": "Ground Handling", "departures": "Ground Handling", "catering": "Catering / Hospitality Desk",
	"transport": "Transport", "roster": "LO coordinators",
}

// mdata is what the manifests read.
type mdata struct {
	people   map[string]*data.Person
	byDel    map[string][]data.Person
	vehicles map[string]*data.Vehicle
}

func (b *batch) loadManifest(ctx context.Context, s *data.Store) (*mdata, error) {
	ps, err := s.FindPeople(ctx, data.PersonFilter{})
	if err != nil {
		return nil, fmt.Errorf("manifest: people: %w", err)
	}
	m := &mdata{people: map[string]*data.Person{}, byDel: map[string][]data.Person{}, vehicles: map[string]*data.Vehicle{}}
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
	t := manifestTitle[kind]
	d := b.newDoc(t, t+" · "+b.ev.Name)
	d.Text(pdf.Margin, d.Y+6, t, pdf.Bold, 15)
	d.Text(pdf.Margin, d.Y+12, join(b.ev.Name, b.ev.City, b.ev.StartDate+" to "+b.ev.EndDate), pdf.Regular, 9)
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
	}
	if err != nil {
		return Result{}, err
	}
	b.finish(d, manifestFor[kind])
	if err := d.Output(w); err != nil {
		return Result{}, fmt.Errorf("manifest %s: %w", kind, err)
	}
	return Result{Path: fsname.Safe("Manifest - " + kind + ".pdf"), Kind: kind, For: manifestFor[kind], Pages: d.PageCount()}, nil
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
			d.Heading(day(date)+fmt.Sprintf(" (%d)", len(rows)), 20)
			d.Table(pdf.Table{
				Cols: []pdf.Col{{Title: "Time", W: 12}, {Title: "Delegation", W: 30}, {Title: "Who", W: 34}, {Title: "Flight", W: 24}, {Title: "Airport", W: 14}, {Title: "VIP", W: 9}, {Title: "Meeting point, vehicle", W: 24 + 13}, {Title: "LO", W: 180 - 147 - 3}},
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
		who := fmt.Sprintf("whole delegation (%d)", len(m.byDel[l.DelegationID]))
		if p := m.people[l.PersonID]; p != nil {
			who = strings.TrimSpace(p.Honorific+" "+p.FullName) + "\n" + p.NativeName
		}
		flight := strings.TrimSpace(l.Carrier + " " + l.FlightNo)
		if flight == "" {
			flight = title(l.Mode)
		}
		car := ""
		if v := m.vehicles[l.VehicleID]; v != nil {
			car = v.Plate + " " + v.Driver
		}
		rows = append(rows, []string{
			b.clock(l.Scheduled), dn, who, flight, strings.TrimSpace(l.Airport + " " + l.Terminal), yes(l.VIPLounge),
			strings.TrimSpace(l.MeetingPoint + "\n" + car), b.leadLO(l.DelegationID),
		})
	}
	flush()
	if len(legs) == 0 {
		d.Para(pdf.Margin, contentW, "No "+kind+" recorded.", pdf.Regular, 10)
	}
	return nil
}

func (b *batch) cateringManifest(ctx context.Context, s *data.Store, d *pdf.Doc, m *mdata) error {
	items, err := s.FindProgramme(ctx, "", zeroTime, zeroTime)
	if err != nil {
		return fmt.Errorf("manifest catering: %w", err)
	}
	for i := range items {
		it := &items[i]
		if !meal(it) {
			continue
		}
		var rows [][]string
		covers := 0
		diets := map[string]int{}
		for _, dl := range b.sortedDels() {
			if !seating.Attends(it, dl) {
				continue
			}
			for _, p := range m.byDel[dl.ID] {
				if it.HODOnly && p.Role != data.RoleHOD {
					continue
				}
				covers++
				if p.Dietary != "" {
					diets[p.Dietary]++
				}
				if (p.Dietary == "" || p.Dietary == "halal") && len(p.Allergies) == 0 {
					continue // all catering is halal
				}
				var al []string
				for _, a := range p.Allergies {
					if a.Severity != "" {
						al = append(al, a.Substance+" ("+a.Severity+")")
					} else {
						al = append(al, a.Substance)
					}
				}
				rows = append(rows, []string{dl.Code, strings.TrimSpace(p.Honorific + " " + p.FullName), p.NativeName, p.Dietary, strings.Join(al, "; ")})
			}
		}
		d.Heading(it.Title, 25)
		sum := fmt.Sprintf("%s–%s · %s, %s · %d covers, all halal", b.dateTime(it.Starts), b.clock(it.Ends), it.Venue, it.Room, covers)
		for _, k := range sortedKeys(diets) {
			if k != "halal" {
				sum += fmt.Sprintf(" · %s %d", k, diets[k])
			}
		}
		sum += ". Listed: guests with a diet other than halal or an allergy."
		d.Para(pdf.Margin, contentW, sum, pdf.Regular, 9)
		d.Y += 1
		d.Table(pdf.Table{
			Cols: []pdf.Col{{Title: "Del.", W: 12}, {Title: "Name", W: 48}, {Title: "Native script", W: 34}, {Title: "Diet", W: 26}, {Title: "Allergies (severity)", W: 60}},
			Rows: rows, Size: 8, Bold: func(r, c int) bool { return c == 4 && strings.Contains(rows[r][4], "severe") },
		})
	}
	return nil
}

// meal says whether a programme item is a catered function.
func meal(it *data.ProgrammeItem) bool {
	if it.Kind == data.ItemGala {
		return true
	}
	t := strings.ToLower(it.Title)
	for _, w := range []string{"lunch", "dinner", "breakfast", "reception", "coffee", "banquet"} {
		if strings.Contains(t, w) {
			return true
		}
	}
	return false
}
