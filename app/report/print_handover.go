package report

import (
	"fmt"
	"strings"

	"lodesk/app/i18n"
	"lodesk/app/pdf"
	"lodesk/data"
)

// Sizes of the hand-over sheet, which must fit one page.
const (
	hoSize   = 8.5 // points, the lists
	hoNoteLn = 7   // lines of the note at most
	hoSignH  = 16  // mm, the signature block
)

// PrintHandOvers lays out one page per hand-over sheet.
func (src *Source) PrintHandOvers(p *i18n.Printer, sheets []HandOverSheet, day Day) *pdf.Doc {
	pr := src.newDoc(p, p.T("report.handover.title"), p.Day(day.Date))
	for i := range sheets {
		if i > 0 {
			pr.d.AddPage()
			pr.title(p.T("report.handover.title"), p.Day(day.Date))
		}
		pr.handOver(&sheets[i])
	}
	if len(sheets) == 0 {
		pr.none()
	}
	return pr.finish()
}

// hoSection is one list of the sheet: its heading and its lines.
type hoSection struct {
	title string
	lines []string
	n     int // lines given room
}

// handOver draws one sheet on the current page: the header, the note,
// then the lists, sharing the room left so that the page never breaks;
// a list cut short says how many lines it left out.
func (pr *printer) handOver(s *HandOverSheet) {
	p, d := pr.p, pr.d
	hod := ""
	if s.HOD != nil {
		hod = strings.TrimSpace(s.HOD.Honorific + " " + s.HOD.FullName)
	}
	from := s.From
	if from == "" {
		from = "—"
	}
	pr.kv(45,
		p.T("report.col.delegation"), s.Delegation.Code+" "+s.Delegation.Name,
		p.T("report.handover.hod"), hod,
		p.T("report.handover.from"), from,
		p.T("report.handover.to"), s.To,
		p.T("report.handover.at"), p.Date(s.HandOver.HandedAt)+" "+p.Time(s.HandOver.HandedAt),
		p.T("report.handover.shift"), shiftText(p, s.Shifts),
	)
	// The note, in a box.
	note := s.HandOver.Note
	if note == "" {
		note = p.T("report.handover.no_note")
	}
	lines := d.Wrap(note, pdf.Regular, 9.5, bodyW-4)
	if len(lines) > hoNoteLn {
		lines = append(lines[:hoNoteLn-1], ellipsis(d, strings.Join(lines[hoNoteLn-1:], " "), pdf.Regular, 9.5, bodyW-4))
	}
	lh := pdf.LineHeight(9.5)
	h := 6 + float64(len(lines))*lh + 1.5
	d.SetDrawColor(0, 0, 0)
	d.Rect(pdf.Margin, d.Y, bodyW, h, "D")
	d.Text(pdf.Margin+2, d.Y+4, p.T("report.handover.note"), pdf.Bold, 9)
	y := d.Y + 6
	for _, l := range lines {
		d.Text(pdf.Margin+2, y+3.3, l, pdf.Regular, 9.5)
		y += lh
	}
	d.Y += h + 2

	secs := []*hoSection{
		{title: p.T("report.handover.next", int(Lookahead.Hours())), lines: pr.moveLines(s.Next)},
		{title: p.T("report.handover.requests"), lines: pr.requestLines(s.Requests)},
		{title: p.T("report.handover.steps"), lines: pr.stepLines(s.Steps)},
		{title: p.T("report.handover.incidents"), lines: pr.incidentLines(s.Incidents)},
		{title: p.T("report.handover.gifts"), lines: pr.giftLines(s.Gifts)},
	}
	llh := pdf.LineHeight(hoSize)
	const headH = 7.5
	room := int((d.Bottom - d.Y - hoSignH - float64(len(secs))*headH) / llh)
	share(secs, room)
	for _, sec := range secs {
		d.SetFillColor(225, 225, 225)
		d.Rect(pdf.Margin, d.Y, bodyW, 5.5, "F")
		d.Text(pdf.Margin+1.5, d.Y+4, sec.title, pdf.Bold, 9)
		d.Y += 6.5
		shown := sec.lines
		if len(shown) == 0 {
			shown = []string{p.T("report.none")}
		}
		if len(shown) > sec.n {
			shown = append(shown[:max(sec.n-1, 0)], p.T("report.more", len(sec.lines)-max(sec.n-1, 0)))
		}
		for _, l := range shown {
			d.Text(pdf.Margin+1.5, d.Y+3, ellipsis(d, l, pdf.Regular, hoSize, bodyW-3), pdf.Regular, hoSize)
			d.Y += llh
		}
		d.Y += headH - 6.5
	}
	// Signatures.
	y = d.Bottom - hoSignH + 10
	half := bodyW / 2
	for i, k := range []string{"report.handover.sign_from", "report.handover.sign_to"} {
		x := pdf.Margin + float64(i)*half
		d.Line(x, y, x+half-8, y)
		d.Text(x, y+3.5, p.T(k), pdf.Regular, 8)
	}
}

// share gives each section one line (its "none" or first line), then
// spreads the rest of the room a line at a time to the sections that
// want more, so a long list cannot starve the others.
func share(secs []*hoSection, room int) {
	for _, s := range secs {
		s.n = 1
		room--
	}
	for room > 0 {
		gave := false
		for _, s := range secs {
			if room > 0 && s.n < len(s.lines) {
				s.n++
				room--
				gave = true
			}
		}
		if !gave {
			return
		}
	}
}

func (pr *printer) moveLines(ms []Move) []string {
	p := pr.p
	out := make([]string, len(ms))
	for i, m := range ms {
		what := m.Title
		switch m.Kind {
		case MoveArrival, MoveDeparture:
			if what == "" {
				what = p.Label("mode", m.Mode)
			}
			what = p.Label("direction", m.Kind) + " " + what
			if m.Who != "" {
				what += " (" + m.Who + ")"
			}
		}
		when := p.DateTime(m.Start)
		if m.End.After(m.Start) {
			when += "–" + p.Clock(m.End)
		}
		out[i] = fmt.Sprintf("%s  %s · %s", when, what, m.Place)
	}
	return out
}

func (pr *printer) requestLines(qs []data.Request) []string {
	p := pr.p
	out := make([]string, len(qs))
	for i, q := range qs {
		out[i] = fmt.Sprintf("%s · %s · %s: %s", p.ShortDate(q.ReceivedAt), p.Label("request", q.Status), p.Label("department", q.Department), q.Text)
	}
	return out
}

func (pr *printer) stepLines(cs []CheckLine) []string {
	p := pr.p
	out := make([]string, len(cs))
	for i, c := range cs {
		mark := ""
		if c.Overdue {
			mark = " · " + strings.ToUpper(p.T("report.col.overdue"))
		}
		if c.Count > 1 {
			mark += " · " + p.T("report.handover.times", c.Count)
		}
		out[i] = fmt.Sprintf("%s · %s%s · %s", p.Label("phase", c.Item.Phase), p.T("report.due_at", p.DateTime(c.Due)), mark, stepText(p, &c.Item))
	}
	return out
}

func (pr *printer) incidentLines(ins []data.Incident) []string {
	p := pr.p
	out := make([]string, len(ins))
	for i, in := range ins {
		out[i] = fmt.Sprintf("%s · %s · %s — %s", p.DateTime(in.OccurredAt), p.Label("severity", in.Severity), in.What, in.Action)
	}
	return out
}

func (pr *printer) giftLines(gs []GiftDue) []string {
	p := pr.p
	out := make([]string, len(gs))
	for i, g := range gs {
		out[i] = fmt.Sprintf("%s · %s · %s · %s", g.LO, giftItem(p, &g.Gift), g.Gift.FromWhom, p.T("report.declare_by", p.ShortDate(g.Deadline)))
	}
	return out
}
