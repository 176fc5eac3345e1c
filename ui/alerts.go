package ui

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/assign"
	"lodesk/app/dashboard"
	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/assignview"
	"lodesk/ui/checkview"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// alertsPanel is the dashboard's second tab: what needs a coordinator now
// (checklist progress and overdue steps, assignment conflicts, serious
// incidents, gifts near their reporting deadline).
type alertsPanel struct {
	d                                  *desk
	progress                           *widget.ProgressBar
	summary, conflicts                 *widget.Label
	phases                             *fyne.Container
	overdue, incidents, gifts          *widgets.StringTable
	overdueTitle, incTitle, giftsTitle *widget.Label
	allOverdue                         *widget.Button // to the checklists' full list
	noOverdue, noIncidents, noGiftsDue *widget.Label
	conflictList                       *widgets.StringTable
	conflictTitle                      *widget.Label
	noConflicts                        *widget.Label
	notes                              notesPanel
	protocol                           protocolPanel

	// The progress tab.
	byLO, byDelegation *widgets.StringTable

	// When the alerts shown were read, for refresh.
	version int64
	readAt  time.Time
}

func (p *alertsPanel) content() fyne.CanvasObject {
	bold := func() *widget.Label { return &widget.Label{TextStyle: fyne.TextStyle{Bold: true}} }
	p.progress = &widget.ProgressBar{}
	p.summary = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.conflicts = &widget.Label{Wrapping: fyne.TextWrapWord}
	p.phases = container.NewGridWithColumns(len(data.Phases))
	p.overdueTitle, p.incTitle, p.giftsTitle = bold(), bold(), bold()
	p.allOverdue = &widget.Button{Importance: widget.LowImportance, OnTapped: p.showAllOverdue}
	p.allOverdue.Hide()
	p.overdue = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Due"), Width: 120},
		{Title: lang.L("Liaison officer"), Width: 170},
		{Title: lang.L("Delegation"), Width: 150},
		{Title: lang.L("Step"), Width: 420},
	})
	p.incidents = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Time"), Width: 120}, {Title: lang.L("Delegation"), Width: 150}, {Title: lang.L("What happened"), Width: 300},
	})
	p.gifts = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Liaison officer"), Width: 170},
		{Title: lang.L("From"), Width: 150},
		{Title: lang.L("Report by"), Width: 100},
		{Title: lang.L("Days left"), Width: 80},
	})
	note := func(s string) *widget.Label {
		return &widget.Label{Text: s, Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	}
	p.noOverdue = note(lang.L("Nothing is overdue."))
	p.noIncidents = note(lang.L("No serious incident is open."))
	p.noGiftsDue = note(lang.L("No gift report is due within a week."))
	top := container.NewVBox(
		&widget.Label{Text: lang.L("SOP checklists"), TextStyle: fyne.TextStyle{Bold: true}},
		p.progress, p.summary, p.phases, p.conflicts,
	)
	p.conflictTitle = bold()
	p.conflictList = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Conflict"), Width: 170}, {Title: lang.L("Liaison officer"), Width: 160}, {Title: lang.L("Delegation"), Width: 150},
	})
	for id, t := range map[string]*widgets.StringTable{
		"dashboard.overdue": p.overdue, "dashboard.incidents": p.incidents, "dashboard.gifts": p.gifts, "dashboard.conflicts": p.conflictList,
	} {
		t.Remember(id)
	}
	p.noConflicts = note(lang.L("Assignments: no conflicts."))
	lower := container.NewGridWithColumns(3,
		container.NewBorder(p.conflictTitle, nil, nil, nil, withNote(p.conflictList, p.noConflicts)),
		container.NewBorder(p.incTitle, nil, nil, nil, withNote(p.incidents, p.noIncidents)),
		container.NewBorder(p.giftsTitle, nil, nil, nil, withNote(p.gifts, p.noGiftsDue)),
	)
	side := container.NewVSplit(p.notes.content(), p.protocol.content())
	overdueTop := container.NewBorder(nil, nil, nil, p.allOverdue, p.overdueTitle)
	upper := container.NewHSplit(container.NewBorder(overdueTop, nil, nil, nil, withNote(p.overdue, p.noOverdue)), side)
	upper.Offset = 0.62
	body := container.NewVSplit(upper, lower)
	body.Offset = 0.6
	return container.NewBorder(top, nil, nil, nil, body)
}

// alertsMaxAge is how old the alerts may be when the dashboard's timer
// fires and the event's data has not changed: steps and gifts fall due as
// time passes, so every other tick of dashboardRefresh (each minute) reads
// them again even then. A change (a write, a sync) reads them at the next
// tick.
const alertsMaxAge = dashboardRefresh + dashboardRefresh/2

// alertsStale says whether the dashboard's timer reads the alerts again:
// the data version differs from the one they were read at, or they were
// read alertsMaxAge ago or more (or never).
func alertsStale(version, readVersion int64, now, readAt time.Time) bool {
	return readAt.IsZero() || version != readVersion || now.Sub(readAt) >= alertsMaxAge
}

// load reads the alerts off the UI goroutine; done gets the number of
// things that need attention (for the tab's title).
func (p *alertsPanel) load(done func(n int)) { p.read(true, done) }

// refresh is load for the dashboard's timer: it reads the alerts only when
// alertsStale says so (they cost the most of the dashboard: about 150 ms on
// the xlarge demo).
func (p *alertsPanel) refresh(done func(n int)) { p.read(false, done) }

func (p *alertsPanel) read(always bool, done func(n int)) {
	readVersion, readAt := p.version, p.readAt
	kit.Load(p.d.env(), "load alerts", func(ctx context.Context, st *data.Store) (shownAlerts, error) {
		now := time.Now()
		v, err := st.DataVersion(ctx)
		if err != nil {
			return shownAlerts{}, err
		}
		if !always && !alertsStale(v, readVersion, now, readAt) {
			return shownAlerts{}, nil
		}
		a, err := dashboard.LoadAlerts(ctx, st, now)
		if err != nil {
			return shownAlerts{}, err
		}
		return shownAlerts{a, overdueRows(a), v, now}, nil
	}, func(s shownAlerts) {
		if s.Alerts == nil {
			return // not read again: nothing changed
		}
		p.version, p.readAt = s.version, s.readAt
		done(p.show(s.Alerts, s.overdue))
	})
}

// shownAlerts are the alerts with the overdue steps' rows formatted off
// the UI goroutine: the xlarge demo has 19,602 of them.
type shownAlerts struct {
	*dashboard.Alerts
	overdue [][]string
	version int64     // the data version read before them
	readAt  time.Time // the now they were computed at
}

func overdueRows(a *dashboard.Alerts) [][]string {
	rows := make([][]string, len(a.Checklists.Overdue))
	for i := range a.Checklists.Overdue {
		o := &a.Checklists.Overdue[i]
		rows[i] = []string{kit.DateTime(o.Due, a.Zone), o.LO, o.Delegation, kit.StepText(&o.Item)}
	}
	return rows
}

// show puts the alerts on screen, with overdue as overdueRows formats
// them, and returns how many need attention.
func (p *alertsPanel) show(a *dashboard.Alerts, overdue [][]string) int {
	loc := a.Zone
	all := a.Checklists.All
	p.progress.SetValue(float64(all.Percent()) / 100)
	p.summary.SetText(lang.L("{{.Done}} of {{.Total}} steps done, {{.Recheck}} waiting for a re-check, {{.Overdue}} overdue.",
		map[string]any{"Done": all.Done, "Total": all.Total, "Recheck": all.AwaitingRecheck, "Overdue": all.Overdue}))
	p.summary.Importance = widget.MediumImportance
	if all.Overdue > 0 {
		p.summary.Importance = widget.DangerImportance
	}
	p.summary.Refresh()
	p.phases.RemoveAll()
	for _, ph := range data.Phases {
		pr := a.Checklists.ByPhase[ph]
		l := &widget.Label{Text: kit.EnumLabel("phase", ph) + ": " + strconv.Itoa(pr.Percent()) + "%", Wrapping: fyne.TextWrapWord}
		if pr.Overdue > 0 {
			l.Text += " · " + lang.L("{{.Count}} overdue", map[string]any{"Count": pr.Overdue})
			l.Importance = widget.DangerImportance
		}
		p.phases.Add(l)
	}
	p.conflicts.SetText(conflictSummary(a.ConflictKinds))
	p.conflicts.Importance = widget.MediumImportance
	if a.ConflictKinds[assign.DoubleBooked]+a.ConflictKinds[assign.OutsideAvailable] > 0 {
		p.conflicts.Importance = widget.WarningImportance
	}
	p.conflicts.Refresh()

	// The title counts every overdue step; the list holds the most
	// overdue (dashboard.MaxOverdue), the button leads to them all.
	p.overdueTitle.SetText(lang.L("Overdue steps") + " (" + strconv.Itoa(max(all.Overdue, len(overdue))) + ")")
	if all.Overdue > len(overdue) {
		p.allOverdue.SetText(lang.L("The {{.Count}} most overdue: see all…", map[string]any{"Count": len(overdue)}))
		p.allOverdue.Show()
	} else {
		p.allOverdue.Hide()
	}
	setRows(p.overdue, overdue)
	setNote(p.noOverdue, len(overdue) == 0)

	var rows [][]string
	for _, in := range a.Incidents {
		rows = append(rows, []string{kit.DateTime(in.Incident.OccurredAt, loc), in.Delegation, in.Incident.What})
	}
	p.incTitle.SetText(lang.L("Serious incidents open") + " (" + strconv.Itoa(len(rows)) + ")")
	setRows(p.incidents, rows)
	setNote(p.noIncidents, len(rows) == 0)

	rows = nil
	for _, g := range a.GiftsDue {
		rows = append(rows, []string{g.LO, g.Gift.FromWhom, g.Deadline.Format(time.DateOnly), strconv.Itoa(g.DaysLeft)})
	}
	p.giftsTitle.SetText(lang.L("Gift reports due") + " (" + strconv.Itoa(len(rows)) + ")")
	setRows(p.gifts, rows)
	setNote(p.noGiftsDue, len(rows) == 0)

	rows = nil
	for _, c := range a.Conflicts {
		rows = append(rows, []string{assignview.KindTitle(c.Kind), c.LO, c.Delegation})
	}
	rows = append(rows, clashRows(a.VehicleClashes)...)
	p.conflictTitle.SetText(lang.L("Assignment conflicts") + " (" + strconv.Itoa(len(rows)) + ")")
	setRows(p.conflictList, rows)
	setNote(p.noConflicts, len(rows) == 0)

	setRows(p.byLO, progressRows(a.Checklists.ByLO))
	setRows(p.byDelegation, progressRows(a.Checklists.ByDelegation))
	return all.Overdue + len(a.Incidents) + len(a.GiftsDue) + a.ConflictKinds[assign.DoubleBooked] + p.notes.show(a) + len(a.VehicleClashes) + p.protocol.show(a)
}

// showAllOverdue opens the checklists screen on its list of every
// overdue step.
func (p *alertsPanel) showAllOverdue() {
	p.d.shell.show(scrChecklists)
	if m, ok := p.d.shell.screens[scrChecklists].(*mounted); ok {
		if c, ok := m.s.(*checkview.Checklists); ok {
			c.ShowOverdue()
		}
	}
}

// progressContent is the dashboard's checklist progress tab: per LO and
// per delegation.
func (p *alertsPanel) progressContent() fyne.CanvasObject {
	cols := func(who string) []widgets.Column {
		return []widgets.Column{
			{Title: who, Width: 220},
			{Title: lang.L("Done"), Width: 90},
			{Title: "%", Width: 60},
			{Title: lang.L("Waiting for a re-check"), Width: 170},
			{Title: lang.L("Overdue"), Width: 90},
		}
	}
	p.byLO = widgets.NewStringTable(cols(lang.L("Liaison officer")))
	p.byDelegation = widgets.NewStringTable(cols(lang.L("Delegation")))
	p.byLO.Remember("overdue.bylo")
	p.byDelegation.Remember("overdue.bydelegation")
	return container.NewHSplit(p.byLO.WithDetail(), p.byDelegation.WithDetail())
}

// progressRows formats checklist progress lines.
func progressRows(lines []sop.Line) [][]string {
	out := make([][]string, len(lines))
	for i, l := range lines {
		out[i] = []string{
			l.Name, strconv.Itoa(l.Done) + " / " + strconv.Itoa(l.Total), strconv.Itoa(l.Percent()),
			strconv.Itoa(l.AwaitingRecheck), strconv.Itoa(l.Overdue),
		}
	}
	return out
}

func setNote(l *widget.Label, show bool) {
	l.Hidden = !show
	l.Refresh()
}

// conflictSummary counts the assignment conflicts by kind in one line.
func conflictSummary(kinds map[string]int) string {
	total := 0
	for _, n := range kinds {
		total += n
	}
	if total == 0 {
		return lang.L("Assignments: no conflicts.")
	}
	out := lang.L("Assignments: {{.Double}} double bookings, {{.Outside}} outside availability, {{.Language}} without a shared language, {{.NoLead}} delegations without a lead, {{.Gaps}} gaps in a head's cover, {{.Idle}} LOs without duty.",
		map[string]any{
			"Double": kinds[assign.DoubleBooked], "Outside": kinds[assign.OutsideAvailable],
			"Language": kinds[assign.NoSharedLanguage], "NoLead": kinds[assign.NoLead], "Gaps": kinds[assign.CoverGap], "Idle": kinds[assign.LOWithoutDuty],
		})
	if n := kinds[assign.MissingZone]; n > 0 {
		out += " " + lang.L("{{.Count}} LOs lack an access zone their delegation's head has.", map[string]any{"Count": n})
	}
	return out
}
