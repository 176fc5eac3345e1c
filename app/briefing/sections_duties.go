// A pack's sections about the LO's duties: the itinerary, the country
// brief, open requests, the SOP checklist and the gift declaration form.

package briefing

import (
	"fmt"
	"strings"
	"time"

	"lodesk/app/gifts"
	"lodesk/app/i18n"
	"lodesk/app/itinerary"
	"lodesk/app/pdf"
	"lodesk/data"
)

func (p *pack) itinerarySection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.T("pack.itinerary"), 30)
	if len(p.it.Days) == 0 {
		d.Para(pdf.Margin, contentW, t.T("pack.nothing_scheduled"), pdf.Regular, 10)
	}
	for _, day := range p.it.Days {
		d.Need(20)
		d.Y += 1
		d.Text(pdf.Margin, d.Y+4, t.Day(day.Date), pdf.Bold, 11)
		d.Y += 6.5
		rows := make([][]string, 0, len(day.Entries))
		for _, e := range day.Entries {
			rows = append(rows, []string{p.span(e.Start, e.End), p.entryTitle(e), e.Place, p.facts(e)})
		}
		kinds := day.Entries
		d.Table(pdf.Table{
			Cols: []pdf.Col{{Title: t.T("pack.col.time", t.Zone(p.now)), W: 22}, {Title: t.T("pack.col.what"), W: 50}, {Title: t.T("pack.col.where"), W: 45}, {Title: t.T("pack.col.details"), W: contentW - 117}},
			Rows: rows, Size: 8.5,
			Bold: func(r, c int) bool { return c == 1 && kinds[r].Kind != "programme" },
			Fill: func(r int) bool { return kinds[r].Kind == "arrival" || kinds[r].Kind == "departure" },
		})
		p.convoys(d, day.Date)
	}
	if len(p.it.Clashes) > 0 {
		d.Need(12)
		d.Text(pdf.Margin, d.Y+4, t.T("pack.check_with_coordinator"), pdf.Bold, 9.5)
		d.Y += 6
		for _, c := range p.it.Clashes {
			d.Para(pdf.Margin+3, contentW-3, "• "+t.T("clash."+c.Kind, p.entryTitle(c.A), p.entryTitle(c.B)), pdf.Regular, 9)
		}
	}
}

func (p *pack) briefSection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.T("pack.country_brief"), 30)
	rows := [][]string{{t.T("pack.relations"), join(t.Label("relations", p.del.Relations), p.del.RelationsNotes)}}
	if b := p.brief; b != nil {
		rows = append(rows, []string{"", b.Relations}, []string{t.T("pack.etiquette"), b.Etiquette},
			[]string{t.T("pack.phrases"), strings.ReplaceAll(b.Phrases, "; ", "\n")}, []string{t.T("pack.col.notes"), b.Notes})
	}
	if p.del.Notes != "" {
		rows = append(rows, []string{t.T("pack.delegation_notes"), p.del.Notes})
	}
	rows = dropEmpty(rows)
	d.Table(pdf.Table{
		Cols: []pdf.Col{{Title: "", W: 34}, {Title: "", W: contentW - 34}}, Rows: rows, Size: 9,
		Bold: func(r, c int) bool { return c == 0 },
	})
}

func (p *pack) requestsSection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.T("pack.requests"), 20)
	reqs := p.requests[p.del.ID]
	if len(reqs) == 0 {
		d.Para(pdf.Margin, contentW, t.T("pack.no_requests"), pdf.Regular, 10)
		return
	}
	rows := make([][]string, 0, len(reqs))
	for _, r := range reqs {
		who := t.T("pack.whole_delegation")
		for _, x := range p.people {
			if x.ID == r.PersonID {
				who = x.FullName
			}
		}
		rows = append(rows, []string{t.DateTime(r.ReceivedAt), who, t.Label("request_category", r.Category), r.Text, t.Label("department", r.Department)})
	}
	d.Table(pdf.Table{Cols: []pdf.Col{{Title: t.T("pack.col.received"), W: 26}, {Title: t.T("pack.col.for"), W: 32}, {Title: t.T("pack.col.category"), W: 22}, {Title: t.T("pack.col.request"), W: 68}, {Title: t.T("pack.col.department"), W: 32}}, Rows: rows})
}

// checklistSection prints the SOP checklist in the printed language with
// a check box and, where the step needs it, a re-check box; steps already
// done are ticked with who did them and when.
func (p *pack) checklistSection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.T("pack.checklist"), 30)
	d.Text(pdf.Margin, d.Y+3, t.T("pack.checklist_help"), pdf.Regular, 8)
	d.Y += 6
	boxes := t.T("pack.check") + "    " + t.T("pack.recheck")
	phase := ""
	for i := range p.checklist {
		it := &p.checklist[i]
		if it.Phase != phase {
			phase = it.Phase
			d.Need(24)
			d.Y += 1.5
			d.Text(pdf.Margin, d.Y+4, t.Label("phase", phase), pdf.Bold, 10.5)
			d.TextRight(pdf.PageW-pdf.Margin, d.Y+4, boxes, pdf.Regular, 7.5)
			d.Y += 6.5
		}
		text := it.TextEN
		if t.Lang() == i18n.Indonesian && it.TextID != "" || text == "" {
			text = it.TextID
		}
		lines := d.Wrap(text, pdf.Regular, 9, contentW-36)
		h := float64(len(lines))*pdf.LineHeight(9) + 2
		var status string
		switch {
		case it.Status == data.CheckNotApplicable:
			status = t.T("pack.not_applicable", it.NAReason)
		case !it.RecheckedAt.IsZero():
			status = t.T("pack.checked_by", it.CheckedBy, t.DateTime(it.CheckedAt)) + "; " + t.T("pack.rechecked_by", it.RecheckedBy, t.DateTime(it.RecheckedAt))
		case !it.CheckedAt.IsZero():
			status = t.T("pack.checked_by", it.CheckedBy, t.DateTime(it.CheckedAt))
		}
		if status != "" {
			h += pdf.LineHeight(7.5)
		}
		if d.Need(h) {
			d.Text(pdf.Margin, d.Y+4, t.T("pack.continued", t.Label("phase", phase)), pdf.Bold, 10.5)
			d.TextRight(pdf.PageW-pdf.Margin, d.Y+4, boxes, pdf.Regular, 7.5)
			d.Y += 6.5
		}
		y := d.Y + 0.8
		for _, l := range lines {
			d.Text(pdf.Margin, y+3.2, l, pdf.Regular, 9)
			y += pdf.LineHeight(9)
		}
		if status != "" {
			d.SetTextColor(70, 70, 70)
			d.Text(pdf.Margin+4, y+2.8, status, pdf.Regular, 7.5)
			d.SetTextColor(0, 0, 0)
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
		d.Para(pdf.Margin, contentW, t.T("pack.no_checklist"), pdf.Regular, 10)
	}
}

// giftsSection is the declaration form: the LO's gifts on record and
// blank lines to declare more.
func (p *pack) giftsSection(d *pdf.Doc) {
	t := p.tr
	d.Heading(t.T("pack.gifts"), 110)
	end, err := time.ParseInLocation(time.DateOnly, p.ev.EndDate, p.loc)
	rule := t.T("pack.gifts_rule")
	if err == nil {
		rule += " " + t.T("pack.gifts_deadline", t.PlainDate(end), t.PlainDate(gifts.Deadline(end, p.ev.Holidays)))
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
		rows = append(rows, []string{t.DateTime(g.ReceivedAt), g.FromWhom, join(g.Item, val), idr, t.Label("gift_status", g.Status), ""})
	}
	for range 8 {
		rows = append(rows, []string{"\n", "", "", "", "", ""})
	}
	d.Table(pdf.Table{Cols: []pdf.Col{{Title: t.T("pack.col.when"), W: 26}, {Title: t.T("pack.col.from_whom"), W: 36}, {Title: t.T("pack.col.item"), W: 48}, {Title: t.T("pack.col.value_idr"), W: 22}, {Title: t.T("pack.col.status"), W: 24}, {Title: t.T("pack.col.initials"), W: 24}}, Rows: rows})
	d.Need(20)
	d.Y += 10
	d.Line(pdf.Margin, d.Y, pdf.Margin+70, d.Y)
	d.Line(pdf.PageW-pdf.Margin-70, d.Y, pdf.PageW-pdf.Margin, d.Y)
	d.Text(pdf.Margin, d.Y+4, t.T("pack.sign_lo", p.lo.FullName), pdf.Regular, 8.5)
	d.Text(pdf.PageW-pdf.Margin-70, d.Y+4, t.T("pack.sign_coordinator", p.ev.Coordinator), pdf.Regular, 8.5)
	d.Y += 6
}

// entryTitle is an itinerary entry's title in the printed language.
func (p *pack) entryTitle(e itinerary.Entry) string {
	if e.Kind == itinerary.KindProgramme || e.Subject == "" {
		return e.Title
	}
	return p.tr.T("itinerary."+e.Kind, e.Subject)
}

// facts are an entry's details in the printed language, one a line.
func (p *pack) facts(e itinerary.Entry) string {
	t := p.tr
	out := make([]string, 0, len(e.Facts))
	for _, f := range e.Facts {
		var s string
		switch f.Kind {
		case itinerary.FactWho:
			s = f.Who
		case itinerary.FactLocalTime:
			s = t.T("itinerary.local_time", f.At.Format("15:04 MST"))
		case itinerary.FactVIP:
			s = t.T("itinerary.vip_lounge")
		case itinerary.FactMeet:
			s = t.T("itinerary.meet_at", f.Value)
		case itinerary.FactVehicle:
			s = f.Value
			if f.Who != "" {
				s = join(s, t.T("itinerary.driver", f.Who), tel(f.Phone))
			}
			if f.Escort {
				s = join(s, t.T("itinerary.patwal"))
			}
		case itinerary.FactRooms:
			s = t.T("itinerary.rooms", f.Value)
		case itinerary.FactDress:
			s = t.T("itinerary.dress", f.Value)
		case itinerary.FactHeadsOnly:
			s = t.T("itinerary.heads_only")
		case itinerary.FactSeat:
			s = t.T("itinerary.seat", f.Who, f.Value)
		case itinerary.FactPhoto:
			s = t.T("itinerary.photo", f.Who, f.Value)
		default:
			s = f.English()
		}
		out = append(out, s)
	}
	return strings.Join(out, "\n")
}
