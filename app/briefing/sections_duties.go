// A pack's sections about the LO's duties: the itinerary, the country
// brief, open requests, the SOP checklist and the gift declaration form.

package briefing

import (
	"fmt"
	"strings"
	"time"

	"lodesk/app/gifts"
	"lodesk/app/pdf"
	"lodesk/data"
)

func (p *pack) itinerarySection(d *pdf.Doc) {
	d.Heading("Itinerary, day by day", 30)
	if len(p.it.Days) == 0 {
		d.Para(pdf.Margin, contentW, "Nothing is scheduled yet within the assignment's days.", pdf.Regular, 10)
	}
	for _, day := range p.it.Days {
		d.Need(20)
		d.Y += 1
		d.Text(pdf.Margin, d.Y+4, dayTitle(day.Date), pdf.Bold, 11)
		d.Y += 6.5
		rows := make([][]string, 0, len(day.Entries))
		for _, e := range day.Entries {
			t := p.clock(e.Start)
			if e.End.After(e.Start) {
				t += "–" + p.clock(e.End)
			}
			rows = append(rows, []string{t, e.Title, e.Place, strings.Join(e.Details, "\n")})
		}
		kinds := day.Entries
		d.Table(pdf.Table{
			Cols: []pdf.Col{{Title: "Time", W: 22}, {Title: "What", W: 50}, {Title: "Where", W: 45}, {Title: "Details: flight, vehicle, dress, seat", W: contentW - 117}},
			Rows: rows, Size: 8.5,
			Bold: func(r, c int) bool { return c == 1 && kinds[r].Kind != "programme" },
			Fill: func(r int) bool { return kinds[r].Kind == "arrival" || kinds[r].Kind == "departure" },
		})
	}
	if len(p.it.Clashes) > 0 {
		d.Need(12)
		d.Text(pdf.Margin, d.Y+4, "Check with the coordinator:", pdf.Bold, 9.5)
		d.Y += 6
		for _, c := range p.it.Clashes {
			d.Para(pdf.Margin+3, contentW-3, "• "+c.String(), pdf.Regular, 9)
		}
	}
}

func dayTitle(date string) string { return day(date) }

func (p *pack) briefSection(d *pdf.Doc) {
	d.Heading("Country brief", 30)
	rel := title(p.del.Relations) + " diplomatic relations with the host"
	rows := [][]string{{"Relations", join(rel, p.del.RelationsNotes)}}
	if b := p.brief; b != nil {
		rows = append(rows, []string{"", b.Relations}, []string{"Etiquette", b.Etiquette},
			[]string{"Useful phrases", strings.ReplaceAll(b.Phrases, "; ", "\n")}, []string{"Notes", b.Notes})
	}
	if p.del.Notes != "" {
		rows = append(rows, []string{"Delegation notes", p.del.Notes})
	}
	rows = dropEmpty(rows)
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "", W: 34}, {Title: "", W: contentW - 34}}, Rows: rows, Size: 9,
		Bold: func(r, c int) bool { return c == 0 },
	})
}

func (p *pack) requestsSection(d *pdf.Doc) {
	d.Heading("Open special requests", 20)
	reqs := p.requests[p.del.ID]
	if len(reqs) == 0 {
		d.Para(pdf.Margin, contentW, "No open requests.", pdf.Regular, 10)
		return
	}
	rows := make([][]string, 0, len(reqs))
	for _, r := range reqs {
		who := "delegation"
		for _, x := range p.people {
			if x.ID == r.PersonID {
				who = x.FullName
			}
		}
		rows = append(rows, []string{p.dateTime(r.ReceivedAt), who, title(r.Category), r.Text, department(r.Department)})
	}
	d.Table(pdf.Table{Cols: []pdf.Col{{Title: "Received", W: 26}, {Title: "For", W: 32}, {Title: "Category", W: 20}, {Title: "Request", W: 70}, {Title: "Department", W: 32}}, Rows: rows})
}

// checklistSection prints the SOP checklist with a check box and, where
// the step needs it, a re-check box; steps already done are ticked with
// who did them and when.
func (p *pack) checklistSection(d *pdf.Doc) {
	d.Heading("SOP checklist", 30)
	d.Text(pdf.Margin, d.Y+3, "Check = done; Re-check = verified again just before the moment (both initialled).", pdf.Regular, 8)
	d.Y += 6
	phase := ""
	for i := range p.checklist {
		it := &p.checklist[i]
		if it.Phase != phase {
			phase = it.Phase
			d.Need(24)
			d.Y += 1.5
			d.Text(pdf.Margin, d.Y+4, title(phase), pdf.Bold, 10.5)
			d.TextRight(pdf.PageW-pdf.Margin, d.Y+4, "Check    Re-check", pdf.Regular, 7.5)
			d.Y += 6.5
		}
		textW := contentW - 36
		en := d.Wrap(it.TextEN, pdf.Regular, 9, textW)
		id := d.Wrap(it.TextID, pdf.Regular, 7.5, textW)
		h := float64(len(en))*pdf.LineHeight(9) + float64(len(id))*pdf.LineHeight(7.5) + 2
		var status string
		switch {
		case it.Status == data.CheckNotApplicable:
			status = "not applicable: " + it.NAReason
		case !it.RecheckedAt.IsZero():
			status = "checked by " + it.CheckedBy + " " + p.dateTime(it.CheckedAt) + "; re-checked by " + it.RecheckedBy + " " + p.dateTime(it.RecheckedAt)
		case !it.CheckedAt.IsZero():
			status = "checked by " + it.CheckedBy + " " + p.dateTime(it.CheckedAt)
		}
		if status != "" {
			h += pdf.LineHeight(7.5)
		}
		if d.Need(h) {
			d.Text(pdf.Margin, d.Y+4, title(phase)+" (continued)", pdf.Bold, 10.5)
			d.TextRight(pdf.PageW-pdf.Margin, d.Y+4, "Check    Re-check", pdf.Regular, 7.5)
			d.Y += 6.5
		}
		y := d.Y + 0.8
		for _, l := range en {
			d.Text(pdf.Margin, y+3.2, l, pdf.Regular, 9)
			y += pdf.LineHeight(9)
		}
		for _, l := range id {
			d.SetTextColor(70, 70, 70)
			d.Text(pdf.Margin, y+2.8, l, pdf.Regular, 7.5)
			d.SetTextColor(0, 0, 0)
			y += pdf.LineHeight(7.5)
		}
		if status != "" {
			d.Text(pdf.Margin+4, y+2.8, status, pdf.Regular, 7.5)
		}
		bx := pdf.PageW - pdf.Margin - 30
		d.Box(bx, d.Y+0.8, 4.2)
		if !it.CheckedAt.IsZero() {
			d.Tick(bx, d.Y+0.8, 4.2)
		}
		if it.NeedsRecheck {
			d.Box(bx+17, d.Y+0.8, 4.2)
			if !it.RecheckedAt.IsZero() {
				d.Tick(bx+17, d.Y+0.8, 4.2)
			}
		}
		d.Y += h
		d.SetDrawColor(170, 170, 170)
		d.Line(pdf.Margin, d.Y, pdf.PageW-pdf.Margin, d.Y)
		d.SetDrawColor(0, 0, 0)
	}
	if len(p.checklist) == 0 {
		d.Para(pdf.Margin, contentW, "No checklist for this assignment.", pdf.Regular, 10)
	}
}

// giftsSection is the declaration form: the LO's gifts on record and
// blank lines to declare more.
func (p *pack) giftsSection(d *pdf.Doc) {
	d.Heading("Gift and gratuity declaration", 110)
	end, err := time.ParseInLocation(time.DateOnly, p.ev.EndDate, p.loc)
	rule := "Every gift, tip or gratuity received from a delegation is declared to the LO coordinator on the day and reported to the KPK within 30 working days of receipt."
	if err == nil {
		rule += " For a gift received on the last day of the event (" + p.ev.EndDate + ") that is " + gifts.Deadline(end, p.ev.Holidays).Format("2 January 2006") + " at the latest."
	}
	d.Para(pdf.Margin, contentW, rule, pdf.Regular, 9)
	d.Y += 2
	rows := make([][]string, 0, len(p.gifts)+8)
	for _, g := range p.gifts {
		val := ""
		if g.Amount != 0 {
			val = fmt.Sprintf("%.2f %s", g.Amount, g.Currency)
		}
		idr := ""
		if g.ValueIDR != 0 {
			idr = fmt.Sprintf("%d", g.ValueIDR)
		}
		rows = append(rows, []string{p.dateTime(g.ReceivedAt), g.FromWhom, join(g.Item, val), idr, title(g.Status), ""})
	}
	for range 8 {
		rows = append(rows, []string{"\n", "", "", "", "", ""})
	}
	d.Table(pdf.Table{Cols: []pdf.Col{{Title: "Date, time", W: 26}, {Title: "From whom", W: 36}, {Title: "Item or amount, currency", W: 48}, {Title: "Value (IDR)", W: 22}, {Title: "Status", W: 24}, {Title: "Initials", W: 24}}, Rows: rows})
	d.Need(20)
	d.Y += 10
	d.Line(pdf.Margin, d.Y, pdf.Margin+70, d.Y)
	d.Line(pdf.PageW-pdf.Margin-70, d.Y, pdf.PageW-pdf.Margin, d.Y)
	d.Text(pdf.Margin, d.Y+4, "Liaison officer: "+p.lo.FullName, pdf.Regular, 8.5)
	d.Text(pdf.PageW-pdf.Margin-70, d.Y+4, "LO coordinator: "+p.ev.Coordinator, pdf.Regular, 8.5)
	d.Y += 6
}
