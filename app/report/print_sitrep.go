package report

import (
	"fmt"
	"strings"

	"lodesk/app/i18n"
	"lodesk/app/pdf"
	"lodesk/data"
)

// maxOverdue is how many overdue steps the SITREP lists; the rest are
// counted.
const maxOverdue = 40

// PrintSitrep lays the SITREP out.
func (src *Source) PrintSitrep(p *i18n.Printer, r *Sitrep) *pdf.Doc {
	pr := src.newDoc(p, p.T("report.sitrep.title"), p.Day(r.Day.Date))
	pr.kv(50,
		p.T("report.sitrep.as_of"), p.Stamp(r.AsOf),
		p.T("report.sitrep.arrivals"), p.T("report.planned_done", r.Arrivals.Planned, r.Arrivals.Done)+statusLine(p, r.Arrivals.ByStatus),
		p.T("report.sitrep.departures"), p.T("report.planned_done", r.Departures.Planned, r.Departures.Done)+statusLine(p, r.Departures.ByStatus),
		p.T("report.sum.no_lead"), fmt.Sprint(len(r.NoLead)),
		p.T("report.sitrep.incidents"), fmt.Sprint(len(r.Incidents))+severityLine(p, r.BySeverity),
		p.T("report.sum.requests"), p.T("report.open_escalated", r.Requests.Open, r.Requests.Escalated),
		p.T("report.sum.overdue"), fmt.Sprint(len(r.Overdue)),
		p.T("report.sum.gifts"), p.T("report.sum.gifts_value", len(r.Gifts), GiftWindow),
		p.T("report.sitrep.on_duty"), fmt.Sprint(len(r.OnDuty)),
	)
	pr.movements("report.sitrep.arrivals", r.Arrivals)
	pr.movements("report.sitrep.departures", r.Departures)

	pr.heading("report.sitrep.no_lead", 8)
	if len(r.NoLead) == 0 {
		pr.none()
	} else {
		names := make([]string, len(r.NoLead))
		for i, d := range r.NoLead {
			names[i] = d.Code + " " + d.Name
		}
		pr.d.Para(pdf.Margin, bodyW, strings.Join(names, " · "), pdf.Regular, 9)
	}

	pr.heading("report.sitrep.incidents", 12)
	if len(r.Incidents) == 0 {
		pr.none()
	} else {
		rows := make([][]string, len(r.Incidents))
		for i, in := range r.Incidents {
			rows[i] = []string{p.Clock(in.OccurredAt), pr.delegationName(in.DelegationID), p.Label("severity", in.Severity), in.What, in.Action, p.YesNo(in.Resolved)}
		}
		pr.table([]col{timeCol(13), {"report.col.delegation", 30}, {"report.col.severity", 16}, {"report.col.what", 50}, {"report.col.action", 50}, {"report.col.resolved", 14}}, rows)
	}

	pr.heading("report.sitrep.requests", 12)
	if len(r.Requests.ByDepartment) == 0 {
		pr.none()
	} else {
		var rows [][]string
		for _, dl := range r.Requests.ByDepartment {
			rows = append(rows, []string{p.Label("department", dl.Department), fmt.Sprint(dl.Open), fmt.Sprint(dl.Escalated)})
		}
		pr.table([]col{{"report.col.department", 3}, {"report.col.open", 1}, {"report.col.escalated", 1}}, rows)
		if len(r.Requests.Escalations) > 0 {
			rows = rows[:0]
			for _, q := range r.Requests.Escalations {
				rows = append(rows, []string{p.DateTime(q.ReceivedAt), pr.delegationName(q.DelegationID), p.Label("department", q.Department), q.Text, q.Response})
			}
			pr.d.Para(pdf.Margin, bodyW, p.T("report.sitrep.escalations"), pdf.Bold, 9)
			pr.table([]col{{"report.col.received", 26}, {"report.col.delegation", 32}, {"report.col.department", 26}, {"report.col.request", 58}, {"report.col.response", 50}}, rows)
		}
	}

	pr.heading("report.sitrep.checklist", 12)
	if len(r.Checklist) == 0 {
		pr.none()
	} else {
		var rows [][]string
		for _, ph := range r.Checklist {
			rows = append(rows, []string{p.Label("phase", ph.Phase), fmt.Sprintf("%d / %d", ph.Done, ph.Total), fmt.Sprintf("%d%%", ph.Percent()), fmt.Sprint(ph.AwaitingRecheck), fmt.Sprint(ph.Overdue)})
		}
		pr.table([]col{{"report.col.phase", 3}, {"report.col.done", 2}, {"report.col.percent", 1}, {"report.col.awaiting_recheck", 2}, {"report.col.overdue", 1.5}}, rows)
		if len(r.Overdue) > 0 {
			pr.d.Para(pdf.Margin, bodyW, p.T("report.sitrep.overdue_steps"), pdf.Bold, 9)
			var rows [][]string
			for i, o := range r.Overdue {
				if i == maxOverdue {
					break
				}
				rows = append(rows, []string{p.DateTime(o.Due), o.Delegation, o.LO, p.Label("phase", o.Item.Phase), stepText(p, &o.Item)})
			}
			pr.table([]col{{"report.col.due", 26}, {"report.col.delegation", 34}, {"report.col.lo", 32}, {"report.col.phase", 25}, {"report.col.step", 65}}, rows)
			if n := len(r.Overdue) - maxOverdue; n > 0 {
				pr.d.Para(pdf.Margin, bodyW, p.T("report.more", n), pdf.Regular, 8.5)
			}
		}
	}

	pr.heading("report.sitrep.gifts", 12, GiftWindow)
	if len(r.Gifts) == 0 {
		pr.none()
	} else {
		pr.giftsDue(r.Gifts)
	}

	pr.heading("report.sitrep.on_duty", 12)
	if len(r.OnDuty) == 0 {
		pr.none()
	} else {
		rows := make([][]string, len(r.OnDuty))
		for i, od := range r.OnDuty {
			rows[i] = []string{od.LO.FullName, od.LO.Phone, od.Delegation, p.Label("assign_role", od.Role), shiftText(p, od.Shifts)}
		}
		pr.table([]col{{"report.col.lo", 40}, {"report.col.phone", 30}, {"report.col.delegation", 44}, {"report.col.role", 22}, {"report.col.shift", 44}}, rows)
	}
	return pr.finish()
}

// movements draws the day's arrivals or departures.
func (pr *printer) movements(key string, m Movements) {
	p := pr.p
	pr.heading(key, 12)
	if len(m.Rows) == 0 {
		pr.none()
		return
	}
	rows := make([][]string, len(m.Rows))
	for i, mv := range m.Rows {
		l := mv.Leg
		flight := strings.TrimSpace(l.Carrier + " " + l.FlightNo)
		if flight == "" {
			flight = p.Label("mode", l.Mode)
		}
		del, status := "", ""
		if mv.Delegation != nil {
			del, status = mv.Delegation.Code+" "+mv.Delegation.Name, p.Label("status", mv.Delegation.Status)
		}
		done := ""
		if mv.Done {
			done = "✓"
		}
		who := mv.Who
		if who == "" {
			who = p.T("report.whole_delegation")
		}
		rows[i] = []string{p.Clock(l.Scheduled), del, who, flight, strings.TrimSpace(l.Airport + " " + l.Terminal), status, done}
	}
	pr.table([]col{timeCol(13), {"report.col.delegation", 44}, {"report.col.who", 32}, {"report.col.flight", 34}, {"report.col.airport", 14}, {"report.col.status", 22}, {"report.col.done", 11}}, rows)
}

// giftsDue draws gifts with their KPK deadline.
func (pr *printer) giftsDue(gs []GiftDue) {
	p := pr.p
	rows := make([][]string, len(gs))
	for i, g := range gs {
		left := p.T("report.working_days", g.WorkingDays)
		if g.WorkingDays < 0 {
			left = p.T("report.late", -g.WorkingDays)
		}
		rows[i] = []string{g.LO, g.Gift.FromWhom, giftItem(p, &g.Gift), money(p, g.Gift.ValueIDR), p.ShortDate(g.Gift.ReceivedAt), p.ShortDate(g.Deadline), left}
	}
	pr.table([]col{{"report.col.lo", 30}, {"report.col.from", 36}, {"report.col.item", 36}, {"report.col.value_idr", 20}, {"report.col.received", 18}, {"report.col.deadline", 18}, {"report.col.left", 22}}, rows)
}

// statusLine is " (arrived 3, confirmed 2)": legs by delegation status.
func statusLine(p *i18n.Printer, by map[string]int) string {
	var parts []string
	for _, st := range data.DelegationStatuses {
		if n := by[st]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", strings.ToLower(p.Label("status", st)), n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// severityLine is " (high 1, medium 2)".
func severityLine(p *i18n.Printer, by map[string]int) string {
	var parts []string
	for i := len(data.Severities) - 1; i >= 0; i-- {
		if n := by[data.Severities[i]]; n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", strings.ToLower(p.Label("severity", data.Severities[i])), n))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// shiftText is "07:00–18:00, 20:00–23:00", or "all day".
func shiftText(p *i18n.Printer, shs []data.Shift) string {
	if len(shs) == 0 {
		return p.T("report.all_day")
	}
	parts := make([]string, len(shs))
	for i, sh := range shs {
		parts[i] = p.Clock(sh.Starts) + "–" + p.Clock(sh.Ends)
	}
	return strings.Join(parts, ", ")
}

// stepText is a checklist step in the printed language.
func stepText(p *i18n.Printer, it *data.ChecklistItem) string {
	if p.Lang() == i18n.Indonesian && it.TextID != "" {
		return it.TextID
	}
	if it.TextEN == "" {
		return it.TextID
	}
	return it.TextEN
}

// giftItem is the item, with the amount for cash.
func giftItem(p *i18n.Printer, g *data.Gift) string {
	if g.Amount > 0 && g.Currency != "" {
		return fmt.Sprintf("%s (%s %s)", g.Item, g.Currency, groupDigits(int64(g.Amount), p.T("report.thousands")))
	}
	return g.Item
}

// money is a rupiah amount: "Rp 1.250.000" in Indonesian.
func money(p *i18n.Printer, v int64) string {
	if v == 0 {
		return ""
	}
	return "Rp " + groupDigits(v, p.T("report.thousands"))
}

// groupDigits writes v with sep between groups of three digits.
func groupDigits(v int64, sep string) string {
	s := fmt.Sprint(v)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(sep)
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}
