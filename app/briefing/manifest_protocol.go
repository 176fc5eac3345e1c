// The manifests of issue #21: the movement sheet for Transport and Patwal,
// and the accreditation desk's list of who still has no badge.

package briefing

import (
	"fmt"
	"slices"
	"strings"

	"lodesk/app/accred"
	"lodesk/app/pdf"
	"lodesk/data"
)

// movementManifest prints the vehicles booked twice, then every
// movement by day with its convoy.
func (b *batch) movementManifest(d *pdf.Doc) {
	t, plan := b.tr, b.proto.plan
	if len(plan.Clashes) > 0 {
		d.Heading(t.T("movement.clashes"), 12)
		for _, c := range plan.Clashes {
			d.Para(pdf.Margin+3, contentW-3, "• "+t.T("movement.clash", c.Vehicle.Plate, b.moveLabel(c.First.DelegationID, c.First.Kind, t.DateTime(c.First.Starts)),
				b.moveLabel(c.Second.DelegationID, c.Second.Kind, t.DateTime(c.Second.Starts))), pdf.Bold, 9)
		}
	}
	if len(plan.Movements) == 0 {
		d.Para(pdf.Margin, contentW, t.T("manifest.none.movements"), pdf.Regular, 10)
		return
	}
	cars := 0
	for _, m := range plan.Movements {
		cars += len(m.Cars)
	}
	d.Y += 1
	d.Para(pdf.Margin, contentW, t.T("movement.count", len(plan.Movements), cars), pdf.Regular, 9)
	date := ""
	for i := range plan.Movements {
		m := &plan.Movements[i]
		if day := m.Starts.In(b.loc).Format("2006-01-02"); day != date {
			d.Heading(t.Day(day), 30)
			date = day
		}
		who := "?"
		if m.Delegation != nil {
			who = m.Delegation.Code + " " + m.Delegation.Name
		}
		b.convoy(d, m, who)
	}
}

func (b *batch) moveLabel(delID, kind, at string) string {
	code := "?"
	if dl := b.dels[delID]; dl != nil {
		code = dl.Code
	}
	return code + " " + b.tr.Label("movement_kind", kind) + " " + at
}

// accreditationManifest lists who still has no badge: the people by
// delegation (in precedence order), then the LOs, the vehicles without a
// car pass, and the LOs lacking an access zone of their delegation's head.
func (b *batch) accreditationManifest(d *pdf.Doc, m *mdata) {
	t := b.tr
	var people int
	var rows [][]string
	for _, dl := range b.sortedDels() {
		if dl.Status == data.StatusCancelled {
			continue
		}
		first := true
		for _, x := range m.byDel[dl.ID] {
			people++
			if x.BadgeNo != "" {
				continue
			}
			who := ""
			if first {
				who, first = dl.Code+" "+dl.Name, false
			}
			rows = append(rows, []string{who, strings.TrimSpace(x.Honorific + " " + x.FullName), t.Label("role_short", x.Role), x.Position})
		}
	}
	peopleRows := rows
	los := make([]*data.LO, 0, len(b.los))
	for _, lo := range b.los {
		los = append(los, lo)
	}
	slices.SortFunc(los, func(x, y *data.LO) int { return strings.Compare(x.FullName, y.FullName) })
	var loRows, vehRows [][]string
	for _, lo := range los {
		if lo.BadgeNo == "" && lo.Status != data.LOInactive {
			loRows = append(loRows, []string{lo.FullName, tel(lo.Phone), t.Label("lo_status", lo.Status)})
		}
	}
	for _, v := range b.proto.vehicles {
		if v.CarPass == "" {
			owner := ""
			if dl := b.dels[v.DelegationID]; dl != nil {
				owner = dl.Code
			}
			vehRows = append(vehRows, []string{v.Plate, v.Type, owner, v.Driver})
		}
	}
	summary := t.T("accreditation.summary", len(peopleRows), people, len(loRows), len(b.los), len(vehRows), len(b.proto.vehicles))
	if len(peopleRows)+len(loRows)+len(vehRows) == 0 {
		summary = t.T("accreditation.none_missing")
	}
	d.Para(pdf.Margin, contentW, summary, pdf.Bold, 10)
	if len(peopleRows) > 0 {
		d.Heading(fmt.Sprintf("%s (%d)", t.T("accreditation.people"), len(peopleRows)), 15)
		d.Table(pdf.Table{
			Cols: []pdf.Col{{Title: t.T("manifest.col.delegation"), W: 45}, {Title: t.T("pack.col.name"), W: 55}, {Title: t.T("pack.col.role"), W: 26}, {Title: t.T("pack.col.position"), W: contentW - 126}},
			Rows: peopleRows, Size: 8.5,
			Bold: func(r, c int) bool { return c == 0 },
		})
	}
	if len(loRows) > 0 {
		d.Heading(fmt.Sprintf("LO (%d)", len(loRows)), 15)
		d.Table(pdf.Table{Cols: []pdf.Col{{Title: t.T("pack.col.name"), W: 70}, {Title: t.T("pack.col.phone"), W: 40}, {Title: t.T("pack.col.status"), W: contentW - 110}}, Rows: loRows, Size: 8.5})
	}
	if len(vehRows) > 0 {
		d.Heading(fmt.Sprintf("%s (%d)", t.T("accreditation.vehicles"), len(vehRows)), 15)
		d.Table(pdf.Table{Cols: []pdf.Col{{Title: t.T("pack.col.vehicle"), W: 35}, {Title: t.T("pack.col.type"), W: 50}, {Title: t.T("manifest.col.del"), W: 20}, {Title: t.T("pack.col.driver"), W: contentW - 105}}, Rows: vehRows, Size: 8.5})
	}
	b.zoneGaps(d, m)
}

// zoneGaps lists the assigned LOs who lack an access zone their
// delegation's head has.
func (b *batch) zoneGaps(d *pdf.Doc, m *mdata) {
	var rows [][]string
	for _, dl := range b.sortedDels() {
		var head *data.Person
		for i := range m.byDel[dl.ID] {
			if x := &m.byDel[dl.ID][i]; x.Role == data.RoleHOD && head == nil {
				head = x
			}
		}
		if head == nil {
			continue
		}
		for _, a := range b.byDel[dl.ID] {
			if lo := b.los[a.LOID]; lo != nil {
				if miss := accred.Missing(&lo.Badge, &head.Badge); len(miss) > 0 {
					rows = append(rows, []string{lo.FullName, dl.Code + " " + dl.Name, strings.Join(miss, ", ")})
				}
			}
		}
	}
	if len(rows) == 0 {
		return
	}
	t := b.tr
	d.Heading(t.T("accreditation.zone_gaps"), 15)
	d.Table(pdf.Table{Cols: []pdf.Col{{Title: "LO", W: 60}, {Title: t.T("manifest.col.delegation"), W: 70}, {Title: t.T("accreditation.col.zones"), W: contentW - 130}}, Rows: rows, Size: 8.5})
}
