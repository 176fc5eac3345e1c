// A pack's sections about people: contacts, the delegation roster, the
// HOD profile and the alert box.

package briefing

import (
	"fmt"
	"math"
	"strings"

	"lodesk/app/pdf"
	"lodesk/data"
)

func (p *pack) contactsSection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.T("pack.contacts"), 30)
	rows := [][]string{{t.Label("department", "lo_coordinator"), p.ev.Coordinator, tel(p.ev.CoordPhone), "", t.T("pack.event_coordinator")}}
	for _, c := range p.contacts {
		rows = append(rows, []string{t.Label("department", c.Department), c.Name, tel(c.Phone), c.RadioChannel, c.Notes})
	}
	for _, o := range p.team {
		if lo := p.los[o.LOID]; lo != nil {
			rows = append(rows, []string{t.T("pack.same_delegation", t.Label("assign_role", o.Role)), lo.FullName, tel(lo.Phone), "", p.period(o.FromDate, o.ToDate)})
		}
	}
	d.Table(pdf.Table{Cols: []pdf.Col{{Title: t.T("pack.col.department"), W: 38}, {Title: t.T("pack.col.name"), W: 45}, {Title: t.T("pack.col.phone"), W: 32}, {Title: t.T("pack.col.radio"), W: 16}, {Title: t.T("pack.col.notes"), W: 49}}, Rows: rows})
	p.focalSection(d)
	if len(p.stays) > 0 {
		rows = nil
		for _, s := range p.stays {
			who := t.T("pack.whole_delegation")
			for _, x := range p.people {
				if x.ID == s.PersonID {
					who = x.FullName
				}
			}
			rows = append(rows, []string{s.Hotel, who, s.Rooms, t.DateTime(s.CheckIn), t.DateTime(s.CheckOut)})
		}
		d.Table(pdf.Table{Cols: []pdf.Col{{Title: t.T("pack.col.hotel"), W: 48}, {Title: t.T("pack.col.for"), W: 34}, {Title: t.T("pack.col.rooms"), W: 42}, {Title: t.T("pack.col.check_in"), W: 28}, {Title: t.T("pack.col.check_out"), W: 28}}, Rows: rows})
	}
	if len(p.vehicles) > 0 {
		rows = nil
		for _, v := range p.vehicles {
			escort := ""
			if v.Patwal {
				escort = t.T("pack.patwal", v.PatwalUnit)
			}
			rows = append(rows, []string{v.Plate, v.Type, fmt.Sprint(v.Capacity), v.Driver, tel(v.DriverPhone), join(escort, v.Notes)})
		}
		d.Table(pdf.Table{Cols: []pdf.Col{{Title: t.T("pack.col.vehicle"), W: 21}, {Title: t.T("pack.col.type"), W: 29}, {Title: t.T("pack.col.seats"), W: 14}, {Title: t.T("pack.col.driver"), W: 32}, {Title: t.T("pack.col.phone"), W: 32}, {Title: t.T("pack.col.escort"), W: 52}}, Rows: rows})
	}
}

func (p *pack) rosterSection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.T("pack.roster"), 30)
	rows := make([][]string, 0, len(p.people))
	for i := range p.people {
		x := &p.people[i]
		rows = append(rows, []string{
			fmt.Sprint(i + 1), t.Label("role_short", x.Role), strings.TrimSpace(x.Honorific + " " + x.FullName), x.NativeName,
			x.Position, tel(x.Phone), p.passport(x),
		})
	}
	roleW := p.roleColW(d)
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "#", W: 8}, {Title: t.T("pack.col.role"), W: roleW}, {Title: t.T("pack.col.name"), W: 35}, {Title: t.T("pack.col.native"), W: 35 - (roleW - roleMinW)}, {Title: t.T("pack.col.position"), W: 32}, {Title: t.T("pack.col.phone"), W: 28}, {Title: t.T("pack.col.passport"), W: 22}},
		Rows: rows,
		Bold: func(r, c int) bool { return c == 2 && p.people[r].Role == data.RoleHOD },
		Fill: func(r int) bool { return p.focus != nil && p.people[r].ID == p.focus.ID },
	})
	if len(p.del.Languages) > 0 {
		d.Para(pdf.Margin, contentW, t.T("pack.languages", t.Languages(p.del.Languages)), pdf.Regular, 9)
	}
	p.badgeSection(d)
}

// The members table's role column is roleMinW mm wide, or wider when a
// role's short label in the printed language needs it (the native-name
// column gives the difference): at 20 mm, Indonesian "Pendamping" and
// "Pengamanan" broke inside the word.
const (
	roleMinW  = 20
	tableSize = 8.5 // pdf.Table's default size, the members table's
	cellPad   = 1.2 // pdf.Table's padding on each side of a cell
)

// roleColW is the role column's width: every role's short label (and
// the column's title) on one line.
func (p *pack) roleColW(d *pdf.Doc) float64 {
	w := d.Width(p.tr.T("pack.col.role"), pdf.Bold, tableSize)
	for _, r := range data.PersonRoles {
		w = max(w, d.Width(p.tr.Label("role_short", r), pdf.Regular, tableSize))
	}
	// a quarter of a millimetre to spare against rounding in the wrap
	return max(roleMinW, math.Ceil((w+2*cellPad+0.25)*2)/2)
}

func (p *pack) hodSection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.Label("role", data.RoleHOD), 40)
	h := p.hod
	if h == nil {
		d.Para(pdf.Margin, contentW, t.T("pack.hod_not_named_long"), pdf.Regular, 10)
		return
	}
	address := t.T("pack.address_plain", h.FullName)
	if strings.HasPrefix(h.Honorific, "H.E.") {
		key := "pack.address_excellency"
		switch strings.ToLower(h.Gender) {
		case "male", "m":
			key = "pack.address_excellency_his"
		case "female", "f":
			key = "pack.address_excellency_her"
		}
		address = t.T(key, h.FullName)
	} else if h.Honorific != "" {
		address = h.Honorific + " " + lastName(h.FullName)
	}
	rows := [][]string{
		{t.T("pack.col.name"), strings.TrimSpace(h.Honorific + " " + h.FullName)},
		{t.T("pack.col.native"), h.NativeName},
		{t.T("pack.col.position"), h.Position},
		{t.T("pack.form_of_address"), address},
		{t.T("pack.gender"), t.Label("gender", strings.ToLower(h.Gender))},
		{t.T("pack.col.languages"), t.Languages(h.Languages)},
		{t.T("pack.phone_email"), join(tel(h.Phone), h.Email)},
		{t.T("pack.handling_notes"), h.HandlingNotes},
		{t.T("pack.col.passport"), p.passport(h)},
	}
	rows = dropEmpty(rows)
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "", W: 40}, {Title: "", W: contentW - 40}}, Rows: rows, Size: 9.5,
		Bold: func(r, c int) bool { return c == 0 },
	})
}

func lastName(full string) string {
	f := strings.Fields(full)
	if len(f) == 0 {
		return full
	}
	return f[len(f)-1]
}

func dropEmpty(rows [][]string) [][]string {
	out := rows[:0]
	for _, r := range rows {
		if strings.TrimSpace(r[1]) != "" {
			out = append(out, r)
		}
	}
	return out
}

// alertsSection is the box an LO reads first: allergies, diets, medical
// alerts and mobility, person by person.
func (p *pack) alertsSection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.T("pack.alerts"), 30)
	var rows [][]string
	severe := map[int]bool{}
	for i := range p.people {
		x := &p.people[i]
		al := p.alerts(x)
		if len(al) == 0 {
			continue
		}
		for _, a := range x.Allergies {
			if a.Severity == data.SeveritySevere {
				severe[len(rows)] = true
			}
		}
		rows = append(rows, []string{strings.TrimSpace(x.Honorific + " " + x.FullName), x.NativeName, strings.Join(al, "\n")})
	}
	if len(rows) == 0 {
		d.Para(pdf.Margin, contentW, t.T("pack.no_alerts"), pdf.Regular, 10)
		return
	}
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: t.T("pack.col.name"), W: 45}, {Title: t.T("pack.col.native"), W: 33}, {Title: t.T("pack.col.watch_for"), W: contentW - 78}}, Rows: rows, Size: 9,
		Bold: func(r, c int) bool { return c == 2 && severe[r] || c == 0 },
		Fill: func(r int) bool { return severe[r] },
	})
	doctor := ""
	for _, c := range p.contacts {
		if c.Department == "medical" && doctor == "" {
			radio := ""
			if c.RadioChannel != "" {
				radio = t.T("pack.radio", c.RadioChannel)
			}
			doctor = join(c.Name, tel(c.Phone), radio)
		}
	}
	note := t.T("pack.medical_note")
	if doctor != "" {
		note = t.T("pack.event_doctor", doctor) + " " + note
	}
	d.Para(pdf.Margin, contentW, note, pdf.Regular, 8.5)
}
