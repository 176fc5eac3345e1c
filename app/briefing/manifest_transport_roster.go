// The transport manifest (vehicles, drivers, escorts) and the LO roster.

package briefing

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"lodesk/app/pdf"
	"lodesk/app/seating"
	"lodesk/data"
)

var zeroTime time.Time

func (b *batch) sortedDels() []*data.Delegation {
	out := make([]*data.Delegation, 0, len(b.dels))
	for _, d := range b.dels {
		out = append(out, d)
	}
	order := map[string]int{}
	ds := make([]data.Delegation, len(out))
	for i, d := range out {
		ds[i] = *d
	}
	seating.Order(ds)
	for i := range ds {
		order[ds[i].ID] = i
	}
	slices.SortFunc(out, func(x, y *data.Delegation) int { return order[x.ID] - order[y.ID] })
	return out
}

func sortedKeys(m map[string]int) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

func (b *batch) transportManifest(ctx context.Context, s *data.Store, d *pdf.Doc, m *mdata) error {
	legs, err := s.FindTravel(ctx, data.TravelFilter{})
	if err != nil {
		return fmt.Errorf("manifest transport: %w", err)
	}
	pickups := map[string][]string{}
	for _, l := range legs {
		if l.VehicleID == "" {
			continue
		}
		verb := b.tr.T("manifest.pickup")
		if l.Direction == data.Departure {
			verb = b.tr.T("manifest.dropoff")
		}
		pickups[l.VehicleID] = append(pickups[l.VehicleID], strings.Join([]string{verb, b.tr.DateTime(l.Scheduled), strings.TrimSpace(l.Carrier + " " + l.FlightNo), l.Airport}, " "))
	}
	var rows [][]string
	patwal := 0
	for _, dl := range b.sortedDels() {
		var vs []*data.Vehicle
		for _, v := range m.vehicles {
			if v.DelegationID == dl.ID {
				vs = append(vs, v)
			}
		}
		slices.SortFunc(vs, func(x, y *data.Vehicle) int { return strings.Compare(x.Plate, y.Plate) })
		for _, v := range vs {
			esc := ""
			if v.Patwal {
				esc = v.PatwalUnit
				patwal++
			}
			rows = append(rows, []string{
				dl.Code, v.Plate, fmt.Sprintf("%s (%d)", v.Type, v.Capacity), v.Driver + "\n" + tel(v.DriverPhone), esc,
				strings.Join(pickups[v.ID], "\n"), b.leadLO(dl.ID),
			})
		}
	}
	t := b.tr
	d.Para(pdf.Margin, contentW, t.T("manifest.vehicles", len(rows), patwal), pdf.Regular, 9)
	d.Y += 1
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: t.T("manifest.col.del"), W: 10}, {Title: t.T("manifest.col.plate"), W: 19}, {Title: t.T("manifest.col.type_seats"), W: 26}, {Title: t.T("pack.col.driver"), W: 29}, {Title: t.T("manifest.col.patwal"), W: 27}, {Title: t.T("manifest.col.pickups"), W: 43}, {Title: t.T("manifest.col.lead_lo"), W: 26}},
		Rows: rows, Size: 7.5,
	})
	return nil
}

func (b *batch) loRoster(d *pdf.Doc) {
	los := make([]*data.LO, 0, len(b.los))
	for _, lo := range b.los {
		los = append(los, lo)
	}
	slices.SortFunc(los, func(x, y *data.LO) int { return strings.Compare(x.FullName, y.FullName) })
	byLO := map[string][]string{}
	for _, dl := range b.sortedDels() {
		for _, a := range b.byDel[dl.ID] {
			byLO[a.LOID] = append(byLO[a.LOID], fmt.Sprintf("%s %s (%s)", dl.Code, dl.Name, b.tr.Label("assign_role", a.Role)))
		}
	}
	var rows [][]string
	for _, lo := range los {
		var langs []string
		for _, l := range lo.Languages {
			langs = append(langs, b.tr.Language(l.Code)+" ("+b.tr.Label("level", l.Level)+")")
		}
		rows = append(rows, []string{lo.FullName, tel(lo.Phone), lo.Email, strings.Join(langs, ", "), b.tr.Label("lo_status", lo.Status), strings.Join(byLO[lo.ID], "\n")})
	}
	t := b.tr
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "LO", W: 36}, {Title: t.T("pack.col.phone"), W: 26}, {Title: t.T("manifest.col.email"), W: 38}, {Title: t.T("pack.col.languages"), W: 30}, {Title: t.T("pack.col.status"), W: 14}, {Title: t.T("manifest.col.assigned_to"), W: 36}},
		Rows: rows, Size: 7.5,
	})
}
