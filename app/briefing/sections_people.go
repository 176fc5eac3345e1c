// A pack's sections about people: contacts, the delegation roster, the
// HOD profile and the alert box.

package briefing

import (
	"fmt"
	"strings"

	"lodesk/app/cldr"
	"lodesk/app/pdf"
	"lodesk/data"
)

func (p *pack) contactsSection(d *pdf.Doc) {
	d.Heading("Contacts", 30)
	rows := [][]string{{"LO coordinator", p.ev.Coordinator, tel(p.ev.CoordPhone), "", "event coordinator"}}
	for _, c := range p.contacts {
		rows = append(rows, []string{department(c.Department), c.Name, tel(c.Phone), c.RadioChannel, c.Notes})
	}
	for _, o := range p.team {
		if lo := p.los[o.LOID]; lo != nil {
			rows = append(rows, []string{title(o.Role) + " LO (same delegation)", lo.FullName, tel(lo.Phone), "", o.FromDate + " to " + o.ToDate})
		}
	}
	d.Table(pdf.Table{Cols: []pdf.Col{{Title: "Department", W: 38}, {Title: "Name", W: 45}, {Title: "Phone", W: 32}, {Title: "Radio", W: 16}, {Title: "Notes", W: 49}}, Rows: rows})
	if len(p.stays) > 0 {
		rows = nil
		for _, s := range p.stays {
			who := "delegation"
			for _, x := range p.people {
				if x.ID == s.PersonID {
					who = x.FullName
				}
			}
			rows = append(rows, []string{s.Hotel, who, s.Rooms, p.dateTime(s.CheckIn), p.dateTime(s.CheckOut)})
		}
		d.Table(pdf.Table{Cols: []pdf.Col{{Title: "Hotel", W: 48}, {Title: "For", W: 34}, {Title: "Rooms", W: 50}, {Title: "Check-in", W: 24}, {Title: "Check-out", W: 24}}, Rows: rows})
	}
	if len(p.vehicles) > 0 {
		rows = nil
		for _, v := range p.vehicles {
			escort := ""
			if v.Patwal {
				escort = "Patwal: " + v.PatwalUnit
			}
			rows = append(rows, []string{v.Plate, v.Type, fmt.Sprint(v.Capacity), v.Driver, tel(v.DriverPhone), join(escort, v.Notes)})
		}
		d.Table(pdf.Table{Cols: []pdf.Col{{Title: "Vehicle", W: 21}, {Title: "Type", W: 32}, {Title: "Seats", W: 11}, {Title: "Driver", W: 32}, {Title: "Phone", W: 32}, {Title: "Escort, use", W: 52}}, Rows: rows})
	}
}

func (p *pack) rosterSection(d *pdf.Doc) {
	d.Heading("Delegation roster", 30)
	rows := make([][]string, 0, len(p.people))
	for i := range p.people {
		x := &p.people[i]
		rows = append(rows, []string{
			fmt.Sprint(i + 1), role(x.Role), strings.TrimSpace(x.Honorific + " " + x.FullName), x.NativeName,
			x.Position, tel(x.Phone), p.passport(x),
		})
	}
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "#", W: 8}, {Title: "Role", W: 18}, {Title: "Name", W: 35}, {Title: "Native script", W: 36}, {Title: "Position", W: 33}, {Title: "Phone", W: 28}, {Title: "Passport", W: 22}},
		Rows: rows,
		Bold: func(r, c int) bool { return c == 2 && p.people[r].Role == data.RoleHOD },
		Fill: func(r int) bool { return p.focus != nil && p.people[r].ID == p.focus.ID },
	})
	if len(p.del.Languages) > 0 {
		var langs []string
		for _, l := range p.del.Languages {
			langs = append(langs, cldr.LanguageName(l, "en"))
		}
		d.Para(pdf.Margin, contentW, "Languages: "+strings.Join(langs, ", "), pdf.Regular, 9)
	}
}

func (p *pack) hodSection(d *pdf.Doc) {
	d.Heading("Head of Delegation", 40)
	h := p.hod
	if h == nil {
		d.Para(pdf.Margin, contentW, "The Head of Delegation is not yet named.", pdf.Regular, 10)
		return
	}
	address := "Mr/Madam " + h.FullName
	if strings.HasPrefix(h.Honorific, "H.E.") {
		his := "His/Her"
		switch strings.ToLower(h.Gender) {
		case "male", "m":
			his = "His"
		case "female", "f":
			his = "Her"
		}
		address = "Your Excellency (in writing: " + his + " Excellency " + h.FullName + ")"
	} else if h.Honorific != "" {
		address = h.Honorific + " " + lastName(h.FullName)
	}
	var langs []string
	for _, l := range h.Languages {
		langs = append(langs, cldr.LanguageName(l, "en"))
	}
	rows := [][]string{
		{"Name", strings.TrimSpace(h.Honorific + " " + h.FullName)},
		{"Native script", h.NativeName},
		{"Position", h.Position},
		{"Form of address", address},
		{"Gender", h.Gender},
		{"Languages", strings.Join(langs, ", ")},
		{"Phone, email", join(tel(h.Phone), h.Email)},
		{"Handling notes", h.HandlingNotes},
		{"Passport", p.passport(h)},
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
	d.Heading("Alerts: allergies, diet, medical, mobility", 30)
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
		d.Para(pdf.Margin, contentW, "No allergies, diets, medical alerts or mobility needs are recorded.", pdf.Regular, 10)
		return
	}
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "Name", W: 45}, {Title: "Native script", W: 33}, {Title: "Watch for", W: contentW - 78}}, Rows: rows, Size: 9,
		Bold: func(r, c int) bool { return c == 2 && severe[r] || c == 0 },
		Fill: func(r int) bool { return severe[r] },
	})
	doctor := ""
	for _, c := range p.contacts {
		if c.Department == "medical" && doctor == "" {
			doctor = join(c.Name, tel(c.Phone), "radio "+c.RadioChannel)
		}
	}
	note := "Medical details are given to the event doctor only."
	if doctor != "" {
		note = "Event doctor: " + doctor + ". " + note
	}
	d.Para(pdf.Margin, contentW, note, pdf.Regular, 8.5)
}
