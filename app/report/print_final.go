package report

import (
	"fmt"
	"strings"

	"lodesk/app/i18n"
	"lodesk/app/pdf"
	"lodesk/app/sop"
	"lodesk/data"
)

// PrintFinal lays the end-of-event report out.
func (src *Source) PrintFinal(p *i18n.Printer, f *Final) *pdf.Doc {
	ev := src.Event
	pr := src.newDoc(p, p.T("report.final.title"), p.Day(ev.StartDate)+" – "+p.Day(ev.EndDate))
	t := f.Totals
	var statuses []string
	for _, st := range data.DelegationStatuses {
		if n := t.ByStatus[st]; n > 0 {
			statuses = append(statuses, fmt.Sprintf("%s %d", strings.ToLower(p.Label("status", st)), n))
		}
	}
	pr.kv(62,
		p.T("report.final.organiser"), ev.Organiser,
		p.T("report.final.coordinator"), ev.Coordinator,
		p.T("report.final.delegations"), fmt.Sprintf("%d (%s)", t.Delegations, strings.Join(statuses, ", ")),
		p.T("report.final.people"), fmt.Sprint(t.People),
		p.T("report.final.los"), p.T("report.final.los_value", t.LOs, t.Assignments),
		p.T("report.final.checklist"), fmt.Sprintf("%d%%", t.ChecklistPercent),
		p.T("report.final.requests"), fmt.Sprint(t.Requests),
		p.T("report.final.incidents"), p.T("report.final.incidents_value", t.Incidents, t.IncidentsOpen),
		p.T("report.final.gifts"), p.T("report.final.gifts_value", t.Gifts, money(p, t.GiftValueIDR), t.GiftsUnreported),
	)

	pr.heading("report.final.by_delegation", 12)
	rows := make([][]string, len(f.ByDelegation))
	for i, l := range f.ByDelegation {
		rows[i] = []string{
			l.Delegation.Code + " " + l.Delegation.Name, p.Label("status", l.Delegation.Status), fmt.Sprint(l.People), strings.Join(l.LOs, ", "),
			fmt.Sprintf("%d / %d", l.Requests, l.RequestsOpen), fmt.Sprintf("%d / %d", l.Incidents, l.IncidentsHigh), percent(l.Checklist),
		}
	}
	pr.table([]col{{"report.col.delegation", 40}, {"report.col.status", 25}, {"report.col.people", 15}, {"report.col.los", 40}, {"report.col.requests_open", 23}, {"report.col.incidents_high", 20}, {"report.col.checklist", 15}}, rows)

	pr.heading("report.final.by_department", 12)
	if len(f.ByDepartment) == 0 {
		pr.none()
	} else {
		rows = rows[:0]
		for _, dl := range f.ByDepartment {
			row := []string{p.Label("department", dl.Department), fmt.Sprint(dl.Total)}
			for _, st := range data.RequestStatuses {
				row = append(row, fmt.Sprint(dl.ByStatus[st]))
			}
			rows = append(rows, row)
		}
		cols := []col{{"report.col.department", 40}, {"report.col.total", 14}}
		for _, st := range data.RequestStatuses {
			cols = append(cols, col{"request." + st, 20})
		}
		pr.table(cols, rows)
	}

	pr.heading("report.final.incidents", 12)
	if len(f.Incidents) == 0 {
		pr.none()
	} else {
		rows = rows[:0]
		for _, in := range f.Incidents {
			rows = append(rows, []string{p.DateTime(in.OccurredAt), pr.delegationName(in.DelegationID), p.Label("severity", in.Severity), in.What, in.Action, p.YesNo(in.Resolved)})
		}
		pr.table([]col{{"report.col.time", 24}, {"report.col.delegation", 30}, {"report.col.severity", 15}, {"report.col.what", 45}, {"report.col.action", 45}, {"report.col.resolved", 13}}, rows)
	}

	pr.heading("report.final.requests", 12)
	if len(f.Requests) == 0 {
		pr.none()
	} else {
		rows = rows[:0]
		for _, q := range f.Requests {
			rows = append(rows, []string{p.DateTime(q.ReceivedAt), pr.delegationName(q.DelegationID), q.Text, p.Label("department", q.Department), p.Label("request", q.Status), q.Response})
		}
		pr.table([]col{{"report.col.received", 24}, {"report.col.delegation", 28}, {"report.col.request", 42}, {"report.col.department", 28}, {"report.col.outcome", 22}, {"report.col.response", 40}}, rows)
	}

	pr.giftRegister(f.GiftRegister)

	pr.heading("report.final.evaluations", 12)
	if len(f.Evaluations) == 0 {
		pr.none()
	} else {
		rows = rows[:0]
		score := func(n int) string {
			if n == 0 {
				return "–"
			}
			return fmt.Sprint(n)
		}
		for _, e := range f.Evaluations {
			ev := e.Eval
			rows = append(rows, []string{e.LO, strings.Join(e.Delegations, ", "), score(ev.Punctuality), score(ev.Protocol), score(ev.Communication), score(ev.Initiative), score(ev.Overall), p.YesNo(ev.EngageAgain), ev.Comments})
		}
		pr.table([]col{{"report.col.lo", 30}, {"report.col.delegation", 28}, {"report.eval.punctuality", 11}, {"report.eval.protocol", 11}, {"report.eval.communication", 11}, {"report.eval.initiative", 11}, {"report.eval.overall", 11}, {"report.eval.engage_again", 13}, {"report.eval.comments", 54}}, rows)
		pr.d.Para(pdf.Margin, bodyW, p.T("report.eval.scale"), pdf.Regular, 8)
	}
	if f.Unevaluated > 0 {
		pr.d.Para(pdf.Margin, bodyW, p.T("report.final.unevaluated", f.Unevaluated), pdf.Regular, 8.5)
	}

	pr.heading("report.final.lessons", 12)
	if len(f.Lessons) == 0 {
		pr.none()
	} else {
		rows = rows[:0]
		for _, l := range f.Lessons {
			rows = append(rows, []string{p.ShortDate(l.RecordedAt), p.Label("department", l.Department), l.What, l.Recommendation, l.RecordedBy})
		}
		pr.table([]col{{"report.col.date", 18}, {"report.col.department", 26}, {"report.col.lesson", 60}, {"report.col.recommendation", 60}, {"report.col.by", 24}}, rows)
	}
	pr.signature()
	return pr.finish()
}

// percent is a checklist's share done, "–" when there is none.
func percent(pg sop.Progress) string {
	if pg.Total == 0 {
		return "–"
	}
	return fmt.Sprintf("%d%%", pg.Percent())
}

// giftRegister draws the gifts as the KPK gratification report asks
// them: recipient and position, date, giver and the relation to the
// giver, kind (money or goods), description, nominal value and the
// estimate in rupiah, the reporting deadline and the status.
func (pr *printer) giftRegister(gs []GiftLine) {
	p := pr.p
	pr.heading("report.final.gifts", 45)
	pr.d.Para(pdf.Margin, bodyW, p.T("report.kpk.intro", 30), pdf.Regular, 8.5)
	pr.d.Y += 1
	if len(gs) == 0 {
		pr.none()
		return
	}
	rows := make([][]string, len(gs))
	for i, g := range gs {
		kind := p.T("report.kpk.goods")
		nominal := ""
		if g.Gift.Amount > 0 && g.Gift.Currency != "" {
			kind = p.T("report.kpk.money")
			nominal = g.Gift.Currency + " " + groupDigits(int64(g.Gift.Amount), p.T("report.thousands"))
		}
		rows[i] = []string{
			fmt.Sprint(i + 1), g.LO + "\n" + p.T("report.kpk.position"), p.ShortDate(g.Gift.ReceivedAt), g.Gift.FromWhom + "\n" + p.T("report.kpk.relation"),
			kind + ": " + g.Gift.Item, nominal, money(p, g.Gift.ValueIDR), p.ShortDate(g.Deadline), p.Label("gift_status", g.Gift.Status),
		}
	}
	pr.table([]col{
		{"report.kpk.no", 10},
		{"report.kpk.recipient", 29},
		{"report.kpk.date", 21},
		{"report.kpk.giver", 39},
		{"report.kpk.description", 31},
		{"report.kpk.nominal", 21},
		{"report.kpk.estimate", 22},
		{"report.kpk.deadline", 18},
		{"report.col.status", 24},
	}, rows)
}
