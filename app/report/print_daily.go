package report

import (
	"strings"

	"lodesk/app/i18n"
	"lodesk/app/pdf"
)

// PrintLODaily lays an LO's daily report out, filled from the data.
func (src *Source) PrintLODaily(p *i18n.Printer, r *LODaily) *pdf.Doc {
	pr := src.newDoc(p, p.T("report.lodaily.title"), p.Day(r.Day.Date))
	var dels []string
	for _, du := range r.Duties {
		dels = append(dels, du.Delegation+" ("+p.Label("assign_role", du.Role)+", "+shiftText(p, du.Shifts)+")")
	}
	if len(dels) == 0 {
		dels = []string{p.T("report.lodaily.no_duty")}
	}
	pr.kv(40,
		p.T("report.col.lo"), r.LO.FullName,
		p.T("report.col.phone"), r.LO.Phone,
		p.T("report.lodaily.duties"), strings.Join(dels, "\n"),
	)

	pr.heading("report.lodaily.checked", 10)
	if len(r.Checked) == 0 {
		pr.none()
	} else {
		rows := make([][]string, len(r.Checked))
		for i, c := range r.Checked {
			it := c.Item
			by := it.CheckedBy
			if it.RecheckedBy != "" {
				by += " / " + it.RecheckedBy
			}
			rows[i] = []string{p.Clock(lastCheck(&it)), c.Delegation, p.Label("phase", it.Phase), stepText(p, &it), p.Label("check", it.Status), by}
		}
		pr.table([]col{timeCol(13), {"report.col.delegation", 30}, {"report.col.phase", 25}, {"report.col.step", 55}, {"report.col.status", 20}, {"report.col.by", 30}}, rows)
	}
	pr.heading("report.lodaily.open", 10)
	if len(r.Open) == 0 {
		pr.none()
	} else {
		rows := make([][]string, len(r.Open))
		for i, c := range r.Open {
			rows[i] = []string{p.DateTime(c.Due), c.Delegation, p.Label("phase", c.Item.Phase), stepText(p, &c.Item)}
		}
		pr.table([]col{{"report.col.due", 26}, {"report.col.delegation", 34}, {"report.col.phase", 25}, {"report.col.step", 87}}, rows)
	}
	pr.heading("report.lodaily.requests", 10)
	if len(r.Requests) == 0 {
		pr.none()
	} else {
		rows := make([][]string, len(r.Requests))
		for i, q := range r.Requests {
			rows[i] = []string{p.DateTime(q.ReceivedAt), r.DelegationName(q.DelegationID), q.Text, p.Label("department", q.Department), p.Label("request", q.Status), q.Response}
		}
		pr.table([]col{{"report.col.received", 24}, {"report.col.delegation", 28}, {"report.col.request", 50}, {"report.col.department", 24}, {"report.col.status", 20}, {"report.col.response", 40}}, rows)
	}
	pr.heading("report.lodaily.incidents", 10)
	if len(r.Incidents) == 0 {
		pr.none()
	} else {
		rows := make([][]string, len(r.Incidents))
		for i, in := range r.Incidents {
			rows[i] = []string{p.Clock(in.OccurredAt), r.DelegationName(in.DelegationID), p.Label("severity", in.Severity), in.What, in.Action, p.YesNo(in.Resolved)}
		}
		pr.table([]col{timeCol(13), {"report.col.delegation", 30}, {"report.col.severity", 16}, {"report.col.what", 50}, {"report.col.action", 50}, {"report.col.resolved", 14}}, rows)
	}
	pr.heading("report.lodaily.gifts", 10)
	if len(r.Gifts) == 0 {
		pr.none()
	} else {
		rows := make([][]string, len(r.Gifts))
		for i, g := range r.Gifts {
			rows[i] = []string{p.Clock(g.ReceivedAt), g.FromWhom, giftItem(p, &g), money(p, g.ValueIDR), p.Label("gift_status", g.Status)}
		}
		pr.table([]col{timeCol(13), {"report.col.from", 50}, {"report.col.item", 50}, {"report.col.value_idr", 26}, {"report.col.status", 30}}, rows)
	}
	pr.heading("report.lodaily.handovers", 10)
	if len(r.HandOvers) == 0 {
		pr.none()
	} else {
		rows := make([][]string, len(r.HandOvers))
		for i, h := range r.HandOvers {
			rows[i] = []string{p.Clock(h.HandedAt), pr.delegationName(h.DelegationID), pr.loName(h.FromLOID) + " → " + pr.loName(h.ToLOID), h.Note}
		}
		pr.table([]col{timeCol(13), {"report.col.delegation", 30}, {"report.col.from_to", 40}, {"report.handover.note", 90}}, rows)
	}
	pr.heading("report.lodaily.notes", 10)
	if len(r.Notes) == 0 {
		pr.none()
	}
	for _, n := range r.Notes {
		pr.d.Para(pdf.Margin, bodyW, n.Text, pdf.Regular, 9.5)
		pr.d.Y += 1.5
	}
	pr.signature()
	return pr.finish()
}

// PrintLODailyBlank lays out the form an LO fills by hand: the same
// sections as the filled report, with ruled lines and boxes.
func (src *Source) PrintLODailyBlank(p *i18n.Printer, date string) *pdf.Doc {
	sub := p.T("report.lodaily.date_line")
	if date != "" {
		sub = p.Day(date)
	}
	pr := src.newDoc(p, p.T("report.lodaily.title"), sub)
	d := pr.d
	lh := 7.0
	field := func(label string, x, w float64) {
		d.Text(x, d.Y+5, label, pdf.Bold, 9.5)
		lw := d.Width(label, pdf.Bold, 9.5) + 2
		d.Line(x+lw, d.Y+6, x+w-4, d.Y+6)
	}
	field(p.T("report.col.lo"), pdf.Margin, bodyW/2)
	field(p.T("report.col.phone"), pdf.Margin+bodyW/2, bodyW/2)
	d.Y += lh
	field(p.T("report.col.delegation"), pdf.Margin, bodyW/2)
	field(p.T("report.col.shift"), pdf.Margin+bodyW/2, bodyW/2)
	d.Y += lh + 2
	blank := func(key string, cols []col, rows int) {
		pr.heading(key, 20)
		empty := make([][]string, rows)
		for i := range empty {
			empty[i] = make([]string, len(cols))
			empty[i][0] = " \n " // two lines: room to write by hand
		}
		pr.table(cols, empty)
	}
	blank("report.lodaily.checked", []col{{"report.col.time", 14}, {"report.col.phase", 25}, {"report.col.step", 93}, {"report.col.check", 20}, {"report.col.recheck", 20}}, 8)
	blank("report.lodaily.requests", []col{{"report.col.time", 14}, {"report.col.request", 80}, {"report.col.department", 32}, {"report.col.status", 26}, {"report.col.response", 20}}, 5)
	blank("report.lodaily.incidents", []col{{"report.col.time", 14}, {"report.col.severity", 20}, {"report.col.what", 70}, {"report.col.action", 68}}, 4)
	blank("report.lodaily.gifts", []col{{"report.col.time", 14}, {"report.col.from", 56}, {"report.col.item", 62}, {"report.col.value_idr", 40}}, 3)
	pr.heading("report.lodaily.notes", 40)
	for range 6 {
		d.Need(lh)
		d.Y += lh
		d.Line(pdf.Margin, d.Y, pdf.PageW-pdf.Margin, d.Y)
	}
	d.Y += 2
	d.Para(pdf.Margin, bodyW, p.T("report.lodaily.gift_reminder", 30), pdf.Regular, 8)
	pr.signature()
	return pr.finish()
}

// signature draws the LO's and the coordinator's signature lines.
func (pr *printer) signature() {
	d := pr.d
	d.Need(18)
	d.Y += 12
	half := bodyW / 2
	for i, k := range []string{"report.lodaily.sign_lo", "report.lodaily.sign_coordinator"} {
		x := pdf.Margin + float64(i)*half
		d.Line(x, d.Y, x+half-8, d.Y)
		d.Text(x, d.Y+3.5, pr.p.T(k), pdf.Regular, 8)
	}
	d.Y += 6
}
