// The transport manifest (vehicles, drivers, escorts) and the LO roster.

package briefing

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"lodesk/app/pdf"
	"lodesk/data"
)

var zeroTime time.Time

func (b *batch) sortedDels() []*data.Delegation {
	out := make([]*data.Delegation, 0, len(b.dels))
	for _, d := range b.dels {
		out = append(out, d)
	}
	slices.SortFunc(out, func(x, y *data.Delegation) int {
		if x.Precedence != y.Precedence {
			return x.Precedence - y.Precedence
		}
		return strings.Compare(x.Code, y.Code)
	})
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
		verb := "pick-up"
		if l.Direction == data.Departure {
			verb = "drop-off"
		}
		pickups[l.VehicleID] = append(pickups[l.VehicleID], fmt.Sprintf("%s %s %s %s", verb, b.dateTime(l.Scheduled), strings.TrimSpace(l.Carrier+" "+l.FlightNo), l.Airport))
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
	d.Para(pdf.Margin, contentW, fmt.Sprintf("%d vehicles, %d with a Patwal escort.", len(rows), patwal), pdf.Regular, 9)
	d.Y += 1
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "Del.", W: 10}, {Title: "Plate", W: 19}, {Title: "Type (seats)", W: 26}, {Title: "Driver", W: 29}, {Title: "Patwal escort", W: 27}, {Title: "Pick-ups and drop-offs", W: 43}, {Title: "Lead LO", W: 26}},
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
			byLO[a.LOID] = append(byLO[a.LOID], fmt.Sprintf("%s %s (%s)", dl.Code, dl.Name, a.Role))
		}
	}
	var rows [][]string
	for _, lo := range los {
		var langs []string
		for _, l := range lo.Languages {
			langs = append(langs, l.Code+" "+l.Level)
		}
		rows = append(rows, []string{lo.FullName, tel(lo.Phone), lo.Email, strings.Join(langs, ", "), title(lo.Status), strings.Join(byLO[lo.ID], "\n")})
	}
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "LO", W: 36}, {Title: "Phone", W: 26}, {Title: "Email", W: 40}, {Title: "Languages", W: 28}, {Title: "Status", W: 14}, {Title: "Assigned to", W: 36}},
		Rows: rows, Size: 7.5,
	})
}
