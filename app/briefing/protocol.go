// What a pack prints of accreditation, movements and focal points: the
// badges on the cover and after the roster, the delegation's focal points
// on the contacts page, and the convoy of each movement in the itinerary.

package briefing

import (
	"context"
	"fmt"
	"strings"
	"time"

	"lodesk/app/accred"
	"lodesk/app/contacts"
	"lodesk/app/motorcade"
	"lodesk/app/pdf"
	"lodesk/data"
)

// protocolData is what the packs and manifests of a batch read of issue
// #21, once: the movements with their convoys and clashes, each
// delegation's focal points, and the vehicles.
type protocolData struct {
	plan     *motorcade.Plan
	moves    map[string][]*motorcade.Motorcade // by delegation
	focal    map[string][]data.Contact         // by delegation, in print order
	vehicles []data.Vehicle
}

func loadProtocol(ctx context.Context, s *data.Store) (*protocolData, error) {
	pd := &protocolData{moves: map[string][]*motorcade.Motorcade{}, focal: map[string][]data.Contact{}}
	var err error
	if pd.plan, err = motorcade.Load(ctx, s, ""); err != nil {
		return nil, fmt.Errorf("briefing: %w", err)
	}
	for i := range pd.plan.Movements {
		m := &pd.plan.Movements[i]
		pd.moves[m.DelegationID] = append(pd.moves[m.DelegationID], m)
	}
	cs, err := data.All[data.Contact](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("briefing: contacts: %w", err)
	}
	for _, c := range cs {
		if c.DelegationID != "" {
			pd.focal[c.DelegationID] = append(pd.focal[c.DelegationID], c)
		}
	}
	for id := range pd.focal {
		contacts.Sort(pd.focal[id])
	}
	if pd.vehicles, err = data.All[data.Vehicle](ctx, s); err != nil {
		return nil, fmt.Errorf("briefing: vehicles: %w", err)
	}
	return pd, nil
}

// texts are the words the packs print from these records, for the fonts.
func (pd *protocolData) texts() []string {
	var out []string
	for _, m := range pd.plan.Movements {
		out = append(out, m.FromPlace, m.ToPlace)
		for _, c := range m.Cars {
			out = append(out, c.Riders, c.DriverName)
		}
	}
	for _, cs := range pd.focal {
		for _, c := range cs {
			out = append(out, c.Name, c.Notes)
		}
	}
	return out
}

// badgeLine is a badge as one line: "D-0001 · VVIP · zones: apron, vip".
func (p *pack) badgeLine(b *data.Badge) string {
	if b.BadgeNo == "" {
		return ""
	}
	zones := p.tr.T("accreditation.none")
	if len(b.Zones) > 0 {
		zones = strings.Join(b.Zones, ", ")
	}
	return join(b.BadgeNo, b.BadgeCategory, p.tr.T("accreditation.zones", zones))
}

// coverLOBadge prints the LO's badge under their name on the cover, and
// the zones of the head of delegation they lack; it returns the new y.
func (p *pack) coverLOBadge(d *pdf.Doc, y float64) float64 {
	line := p.tr.T("accreditation.lo_none")
	if b := p.badgeLine(&p.lo.Badge); b != "" {
		line = p.tr.T("accreditation.lo_line", b)
	}
	y += 5
	d.Text(pdf.Margin, y, line, pdf.Regular, 10)
	if p.hod != nil {
		if miss := accred.Missing(&p.lo.Badge, &p.hod.Badge); len(miss) > 0 {
			y += 5
			d.Text(pdf.Margin, y, p.tr.T("accreditation.lacks", strings.Join(miss, ", ")), pdf.Bold, 9)
		}
	}
	return y
}

// badgeSection lists the badges of the delegation, its LOs and the car
// passes of its vehicles, after the roster.
func (p *pack) badgeSection(d *pdf.Doc) {
	t := p.tr
	rows := make([][]string, 0, len(p.people)+len(p.team)+1+len(p.vehicles))
	for i := range p.people {
		x := &p.people[i]
		rows = append(rows, []string{x.FullName, t.Label("role_short", x.Role), x.BadgeNo, x.BadgeCategory, strings.Join(x.Zones, ", ")})
	}
	team := append([]data.Assignment{p.a}, p.team...)
	for _, a := range team {
		if lo := p.los[a.LOID]; lo != nil {
			rows = append(rows, []string{lo.FullName, t.Label("assign_role", a.Role), lo.BadgeNo, lo.BadgeCategory, strings.Join(lo.Zones, ", ")})
		}
	}
	for _, v := range p.vehicles {
		rows = append(rows, []string{join(v.Plate, v.Type), t.T("pack.col.vehicle"), v.CarPass, "", strings.Join(v.Zones, ", ")})
	}
	titledTable(d, t.T("accreditation.title"), pdf.Table{
		Cols: []pdf.Col{
			{Title: t.T("pack.col.name"), W: 52},
			{Title: t.T("pack.col.role"), W: 28},
			{Title: t.T("accreditation.col.badge"), W: 28},
			{Title: t.T("accreditation.col.category"), W: 24},
			{Title: t.T("accreditation.col.zones"), W: contentW - 132},
		},
		Rows: rows, Size: 8.5,
		Bold: func(r, c int) bool { return c == 2 && rows[r][2] == "" },
	})
}

// focalSection prints the delegation's own focal points: its embassy, the
// protecting power, its protocol officer.
func (p *pack) focalSection(d *pdf.Doc) {
	cs := p.proto.focal[p.del.ID]
	if len(cs) == 0 {
		return
	}
	t := p.tr
	rows := make([][]string, 0, len(cs))
	for _, c := range cs {
		rows = append(rows, []string{t.Label("contact_role", c.Role), c.Name, tel(c.Phone), join(c.Email, c.RadioChannel), c.Notes})
	}
	titledTable(d, t.T("pack.focal_points"), pdf.Table{
		Cols: []pdf.Col{
			{Title: t.T("pack.col.role"), W: 26},
			{Title: t.T("pack.col.name"), W: 46},
			{Title: t.T("pack.col.phone"), W: 28},
			{Title: t.T("pack.col.email"), W: 44},
			{Title: t.T("pack.col.notes"), W: contentW - 144},
		},
		Rows: rows, Size: 8.5,
	})
}

// titledTable prints a table under a title of its own, kept on the same
// page as the table's first rows.
func titledTable(d *pdf.Doc, title string, tab pdf.Table) {
	d.Need(20)
	d.Y += 2
	d.Text(pdf.Margin, d.Y+4, title, pdf.Bold, 11)
	d.Y += 6.5
	d.Table(tab)
}

// convoys prints the movements of the delegation on date (YYYY-MM-DD in
// the event's zone) with their convoys, after the day's itinerary.
func (p *pack) convoys(d *pdf.Doc, date string) {
	for _, m := range p.proto.moves[p.del.ID] {
		if m.Starts.In(p.loc).Format(time.DateOnly) == date {
			p.convoy(d, m, "")
		}
	}
}

// convoy prints one movement and its cars in driving order; who, when
// set, names the delegation before it.
func (b *batch) convoy(d *pdf.Doc, m *motorcade.Motorcade, who string) {
	t := b.tr
	d.Need(26) // the heading with the table's head and first car
	d.Y += 1
	head := t.T("movement.heading", b.span(m.Starts, m.Ends), t.Label("movement_kind", m.Kind), m.FromPlace, m.ToPlace)
	if who == "" {
		who = t.T("movement.convoy")
	}
	d.Para(pdf.Margin, contentW, who+": "+head, pdf.Bold, 9)
	d.Y += 0.5
	if len(m.Cars) == 0 {
		d.Para(pdf.Margin, contentW, t.T("movement.no_car"), pdf.Regular, 8.5)
		return
	}
	rows := make([][]string, 0, len(m.Cars))
	for _, c := range m.Cars {
		vehicle := ""
		if c.Vehicle != nil {
			pass := ""
			if c.Vehicle.CarPass != "" {
				pass = t.T("accreditation.pass", c.Vehicle.CarPass)
			}
			vehicle = join(c.Vehicle.Plate, c.Vehicle.Type, pass)
		}
		rows = append(rows, []string{
			fmt.Sprint(c.Position), t.Label("car_role", c.Role), vehicle, join(c.DriverName, tel(c.DriverPhone)),
			c.Riders, strings.Join(c.Flags, " "),
		})
	}
	d.Table(pdf.Table{
		Cols: []pdf.Col{
			{Title: "#", W: 7},
			{Title: t.T("movement.col.role"), W: 25},
			{Title: t.T("movement.col.vehicle"), W: 40},
			{Title: t.T("movement.col.driver"), W: 40},
			{Title: t.T("movement.col.riders"), W: contentW - 132},
			{Title: t.T("movement.col.flags"), W: 20},
		},
		Rows: rows, Size: 8,
		Bold: func(r, c int) bool { return c == 1 && m.Cars[r].Role == data.CarVIP },
	})
}
