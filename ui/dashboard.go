package ui

import (
	"context"
	"slices"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/dashboard"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/printview"
	"lodesk/ui/reportview"
	"lodesk/ui/widgets"
)

// dashboardRefresh is how often the dashboard's figures are read again
// while it is shown: another coordinator's sync may have changed them.
const dashboardRefresh = 30 * time.Second

// dashScreen shows the live figures and the day's arrivals and departures.
type dashScreen struct {
	d    *desk
	day  time.Time // the day shown, midnight in the event's zone; zero = today
	auto bool      // no day chosen yet: today, or the first arrival day when the event is not on

	heading, subtitle, dayLabel *widget.Label
	stats                       map[string]*widgets.Stat
	arrivals, departures        *widgets.StringTable
	arrivalsTitle, depsTitle    *widget.Label
	noArrivals, noDepartures    *widget.Label
	nextButton, todayButton     *widget.Button
	ticking                     bool

	alerts    *alertsPanel
	alertsTab *container.TabItem
	tabs      *container.AppTabs
	sitrep    *reportview.Sitrep
	sitrepTab *container.TabItem
}

// Dashboard figures, in the order they are shown.
var dashboardStats = []string{
	"delegations", data.StatusExpected, data.StatusConfirmed, data.StatusArrived, data.StatusDeparted, data.StatusCancelled,
	"people", "los", "los_assigned", "los_unassigned", "no_lead", "arrivals", "departures",
}

func newDashboard(d *desk) *dashScreen { return &dashScreen{d: d, auto: true} }

func (s *dashScreen) title() string { return lang.L("Dashboard") }

func (s *dashScreen) icon() fyne.Resource { return theme.HomeIcon() }

func (s *dashScreen) searchEntry() *kit.Input { return nil }

func statCaption(key string) string {
	switch key {
	case "delegations":
		return lang.L("Delegations")
	case "people":
		return lang.L("People")
	case "los":
		return lang.L("Liaison officers")
	case "los_assigned":
		return lang.L("LOs assigned")
	case "los_unassigned":
		return lang.L("LOs unassigned")
	case "no_lead":
		return lang.L("Without lead LO")
	case "arrivals":
		return lang.L("Arrivals on the day")
	case "departures":
		return lang.L("Departures on the day")
	}
	return kit.EnumLabel("status", key)
}

func movementColumns() []widgets.Column {
	return []widgets.Column{
		{Title: lang.L("Time"), Width: 66},
		{Title: lang.L("Delegation"), Width: 140},
		{Title: lang.L("Who"), Width: 140},
		{Title: lang.L("Flight"), Width: 130},
		{Title: lang.L("Airport"), Width: 64},
		{Title: "VIP", Width: 44},
	}
}

// opener is what clicking the tile of figure key opens: the list it
// counts, filtered.
func (s *dashScreen) opener(key string) func() {
	delegations := func(status string, noLead, people bool) func() {
		return func() {
			s.d.shell.show(scrDelegations)
			s.d.delegView.ShowFiltered(status, noLead, people)
		}
	}
	switch key {
	case "delegations":
		return delegations("", false, false)
	case "people":
		return delegations("", false, true)
	case "no_lead":
		return delegations("", true, false)
	case "los", "los_assigned", "los_unassigned":
		return func() { s.d.shell.show(scrLOs) }
	case "arrivals", "departures":
		return func() { s.tabs.SelectIndex(0) }
	}
	return delegations(key, false, false) // a status
}

func (s *dashScreen) content() fyne.CanvasObject {
	s.heading = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Truncation: fyne.TextTruncateEllipsis}
	s.subtitle = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	s.dayLabel = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	prev := &widget.Button{Icon: theme.NavigateBackIcon(), OnTapped: s.prevDay}
	s.nextButton = &widget.Button{Icon: theme.NavigateNextIcon(), OnTapped: s.nextDay}
	s.todayButton = &widget.Button{Text: lang.L("Today"), OnTapped: s.today}
	dayBar := container.NewHBox(prev, s.todayButton, s.nextButton, s.dayLabel)

	s.stats = map[string]*widgets.Stat{}
	var tiles []fyne.CanvasObject
	for _, k := range dashboardStats {
		st := widgets.NewStat(statCaption(k))
		st.OnTapped = s.opener(k)
		s.stats[k] = st
		tiles = append(tiles, st)
	}
	grid := widgets.NewTiles(7, tiles...)

	s.arrivals = widgets.NewStringTable(movementColumns())
	s.departures = widgets.NewStringTable(movementColumns())
	s.arrivals.Remember("dashboard.arrivals")
	s.departures.Remember("dashboard.departures")
	s.arrivalsTitle = &widget.Label{Text: lang.L("Arrivals"), TextStyle: fyne.TextStyle{Bold: true}}
	s.depsTitle = &widget.Label{Text: lang.L("Departures"), TextStyle: fyne.TextStyle{Bold: true}}
	s.noArrivals = &widget.Label{Text: lang.L("No arrivals on this day."), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	s.noDepartures = &widget.Label{Text: lang.L("No departures on this day."), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	s.noArrivals.Hide()
	s.noDepartures.Hide()
	boards := container.NewHSplit(
		container.NewBorder(s.arrivalsTitle, nil, nil, nil, withNote(s.arrivals, s.noArrivals)),
		container.NewBorder(s.depsTitle, nil, nil, nil, withNote(s.departures, s.noDepartures)),
	)
	s.alerts = &alertsPanel{d: s.d}
	// In a scroll both ways: its wrapped lines and six tables would
	// otherwise make the window taller, and in Bahasa Indonesia wider, than
	// a small laptop screen.
	s.alertsTab = container.NewTabItem(lang.L("Alerts"), container.NewScroll(s.alerts.content()))
	s.sitrepTab = container.NewTabItem(lang.L("Situation report"), s.sitrepContent())
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Arrivals and departures"), container.NewBorder(dayBar, nil, nil, nil, boards)),
		s.alertsTab,
		container.NewTabItem(lang.L("Checklist progress"), s.alerts.progressContent()),
		s.sitrepTab,
	)
	s.tabs.OnSelected = func(t *container.TabItem) {
		if t == s.sitrepTab {
			s.loadSitrep()
		}
	}
	details := &widget.Button{Text: lang.L("Event details…"), Icon: theme.DocumentCreateIcon(), Importance: widget.LowImportance, OnTapped: s.d.showEventDetails}
	top := container.NewVBox(container.NewBorder(nil, nil, nil, details, s.heading), s.subtitle, grid)
	return container.NewPadded(container.NewBorder(top, nil, nil, nil, s.tabs))
}

func (s *dashScreen) prevDay() { s.moveDay(-1) }
func (s *dashScreen) nextDay() { s.moveDay(1) }

func (s *dashScreen) moveDay(n int) {
	if !s.day.IsZero() {
		s.day = s.day.AddDate(0, 0, n)
	}
	s.auto = false
	s.reload()
}

func (s *dashScreen) today() {
	s.day, s.auto = time.Time{}, false
	s.reload()
}

// dashboardData is what one load reads.
type dashboardData struct {
	dash *dashboard.Dashboard
}

func (s *dashScreen) load() {
	s.loadFigures()
	s.alerts.load(s.showAlertCount)
	s.startTicking()
}

// reload is load for the timer and for another day chosen: the figures
// again, the alerts (the same on every day) only when the data changed or
// a minute passed (alertsPanel.refresh).
func (s *dashScreen) reload() {
	s.loadFigures()
	s.alerts.refresh(s.showAlertCount)
}

// loadFigures reads the day's figures, arrivals and departures.
func (s *dashScreen) loadFigures() {
	day, auto := s.day, s.auto
	kit.Load(s.d.env(), "load dashboard", func(ctx context.Context, st *data.Store) (dashboardData, error) {
		now := time.Now()
		switch {
		case auto:
			now = pickDay(ctx, st, now)
		case !day.IsZero():
			now = day.Add(12 * time.Hour)
		}
		dash, err := dashboard.LoadDashboard(ctx, st, now)
		return dashboardData{dash}, err
	}, s.show)
}

// showAlertCount puts the number of things needing attention in the
// Alerts tab's title.
func (s *dashScreen) showAlertCount(n int) {
	text := lang.L("Alerts")
	if n > 0 {
		text += " (" + strconv.Itoa(n) + ")"
	}
	if text == s.alertsTab.Text {
		return // refreshing the tabs draws every tab's content again
	}
	s.alertsTab.Text = text
	s.tabs.Refresh()
}

func (s *dashScreen) show(v dashboardData) {
	dash := v.dash
	ev := dash.Event
	s.day, s.auto = dash.Day, false
	s.heading.SetText(ev.Name)
	s.subtitle.SetText(eventSummary(&ev))
	s.dayLabel.SetText(kit.LongDay(dash.Day))
	c := dash.Counts
	set := func(k string, n int) { s.stats[k].SetValue(strconv.Itoa(n)) }
	set("delegations", c.Delegations)
	for _, st := range data.DelegationStatuses {
		set(st, c.ByStatus[st])
	}
	set("people", c.People)
	set("los", c.LOs)
	set("los_assigned", c.LOsAssigned)
	set("los_unassigned", c.LOs-c.LOsAssigned)
	set("no_lead", c.Unassigned)
	set("arrivals", c.ArrivalsDay)
	set("departures", c.DeparturesDay)
	s.arrivalsTitle.SetText(lang.L("Arrivals") + " (" + strconv.Itoa(len(dash.Arrivals)) + ")")
	s.depsTitle.SetText(lang.L("Departures") + " (" + strconv.Itoa(len(dash.Departures)) + ")")
	setRows(s.arrivals, movementRows(dash.Arrivals))
	setRows(s.departures, movementRows(dash.Departures))
	s.noArrivals.Hidden = len(dash.Arrivals) > 0
	s.noDepartures.Hidden = len(dash.Departures) > 0
	s.noArrivals.Refresh()
	s.noDepartures.Refresh()
	if s.tabs.Selected() == s.sitrepTab {
		s.loadSitrep()
	}
}

// loadSitrep reads the SITREP of the day shown, only while its tab is:
// it reads the whole event.
func (s *dashScreen) loadSitrep() {
	if !s.day.IsZero() {
		s.sitrep.Load(s.day.Format(time.DateOnly))
	}
}

// sitrepContent is the SITREP tab: the situation report of the day the
// dashboard shows, printable.
func (s *dashScreen) sitrepContent() fyne.CanvasObject {
	s.sitrep = reportview.NewSitrep(s.d.env(), func() string { return printview.Folder(s.d.app.Preferences()) })
	s.sitrep.MoveDay = func(n int) {
		if n == 0 {
			s.today()
			return
		}
		s.moveDay(n)
	}
	return s.sitrep.Content()
}

func movementRows(ms []dashboard.Movement) [][]string {
	out := make([][]string, len(ms))
	for i, m := range ms {
		who := m.Who
		if who == "" {
			who = lang.L("Whole delegation")
		}
		vip := ""
		if m.VIP {
			vip = lang.L("Yes")
		}
		flight := m.Flight
		if flight == "" && m.Mode != "" {
			flight = kit.EnumLabel("mode", m.Mode) // no carrier: the mode alone
		}
		out[i] = []string{m.Time, m.Delegation, who, flight, m.Airport, vip}
	}
	return out
}

// eventSummary is "Jakarta · 2026-12-14 – 2026-12-17 · Asia/Jakarta".
func eventSummary(ev *data.Event) string {
	parts := ""
	add := func(s string) {
		if s == "" {
			return
		}
		if parts != "" {
			parts += " · "
		}
		parts += s
	}
	add(ev.City)
	dates := ev.StartDate
	if ev.EndDate != "" && ev.EndDate != ev.StartDate {
		dates += " – " + ev.EndDate
	}
	add(dates)
	add(ev.TimeZone)
	add(countryName(ev.HostCountry))
	return parts
}

// setRows shows rows in t unless they are the rows it shows: the
// dashboard is read again every 30 seconds, and SetRows draws every cell
// again (36 MB allocated per reload on the large demo, which the Go heap
// kept until its next collection) and takes the selection and the
// scrolling back to the top.
func setRows(t *widgets.StringTable, rows [][]string) {
	if len(rows) > 0 && slices.EqualFunc(t.Rows(), rows, slices.Equal) {
		return
	}
	t.SetRows(rows)
}

// startTicking reloads the dashboard now and then while it is shown, until
// the event is closed.
func (s *dashScreen) startTicking() {
	if s.ticking || s.d.ctx == nil {
		return
	}
	s.ticking = true
	ctx, sh := s.d.ctx, s.d.shell
	go func() {
		t := time.NewTicker(dashboardRefresh)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				s.d.do(func() {
					if s.d.shell == sh && sh.current == scrDashboard && ctx.Err() == nil {
						s.reload()
						// About 27 MB of garbage on the large demo, every
						// 30 s: a window left open settled 30 MB higher.
						s.d.freeWhenShown()
					}
				})
			}
		}
	}()
}

// pickDay is the day the dashboard opens on: today while the event is on
// (from a week before to three days after), otherwise the day of the
// first arrival, or the first day.
func pickDay(ctx context.Context, st *data.Store, now time.Time) time.Time {
	ev, err := st.Event(ctx)
	if err != nil {
		return now
	}
	loc := ev.Location()
	start, err1 := time.ParseInLocation(time.DateOnly, ev.StartDate, loc)
	end, err2 := time.ParseInLocation(time.DateOnly, ev.EndDate, loc)
	if err1 != nil || err2 != nil || (!now.Before(start.AddDate(0, 0, -7)) && now.Before(end.AddDate(0, 0, 4))) {
		return now
	}
	legs, err := st.FindTravel(ctx, data.TravelFilter{Direction: data.Arrival})
	if err == nil && len(legs) > 0 {
		return legs[0].Scheduled.In(loc)
	}
	return start.Add(12 * time.Hour)
}
