// Package reportview is the window's side of the reports (app/report):
// the SITREP on the dashboard for a chosen day, and the Reports tab of
// the Print screen, which prints the SITREP, the LO daily report, the
// hand-over sheets and the end-of-event report. The composing and the
// printing run off the UI goroutine.
package reportview

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/report"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// Sitrep is the dashboard's situation report for one day.
type Sitrep struct {
	env    kit.Env
	folder func() string // where Print writes

	day        string // YYYY-MM-DD shown
	dayLabel   *widget.Label
	stats      map[string]*widgets.Stat
	tabs       *container.AppTabs
	tables     map[string]*widgets.StringTable
	notes      map[string]*widget.Label
	printBtn   *widget.Button
	status     *widget.Label
	noLeadList *widget.Label

	// MoveDay, when set, is called by the day buttons (-1, 0 for today,
	// +1): the dashboard keeps one day for all its tabs.
	MoveDay func(n int)
	// Shown, when set, is called after a load is on screen (tests).
	Shown func()
}

// Figures of the SITREP, in the order they are shown.
var sitrepStats = []string{"arrivals", "departures", "no_lead", "incidents", "requests", "escalated", "overdue", "gifts", "on_duty"}

func statCaption(k string) string {
	switch k {
	case "arrivals":
		return lang.L("Arrivals done / planned")
	case "departures":
		return lang.L("Departures done / planned")
	case "no_lead":
		return lang.L("Without lead LO")
	case "incidents":
		return lang.L("Incidents on the day")
	case "requests":
		return lang.L("Open requests")
	case "escalated":
		return lang.L("Escalated requests")
	case "overdue":
		return lang.L("Overdue SOP steps")
	case "gifts":
		return lang.L("Gifts to report within 5 working days")
	}
	return lang.L("LOs on duty")
}

// NewSitrep builds the panel; folder says where Print writes the PDF.
func NewSitrep(env kit.Env, folder func() string) *Sitrep {
	return &Sitrep{env: env, folder: folder, stats: map[string]*widgets.Stat{}, tables: map[string]*widgets.StringTable{}, notes: map[string]*widget.Label{}}
}

// sitrep tables: key, tab title, columns, empty note.
func (s *Sitrep) sections() []struct {
	key, title, empty string
	cols              []widgets.Column
} {
	return []struct {
		key, title, empty string
		cols              []widgets.Column
	}{
		{"moves", lang.L("Arrivals and departures"), lang.L("No arrivals or departures on this day."), []widgets.Column{
			{Title: lang.L("Time"), Width: 60},
			{Title: lang.L("Movement"), Width: 100},
			{Title: lang.L("Delegation"), Width: 170},
			{Title: lang.L("Who"), Width: 150},
			{Title: lang.L("Flight"), Width: 220},
			{Title: lang.L("Status"), Width: 110},
			{Title: lang.L("Done"), Width: 60},
		}},
		{"incidents", lang.L("Incidents"), lang.L("No incident on this day."), []widgets.Column{
			{Title: lang.L("Time"), Width: 60},
			{Title: lang.L("Delegation"), Width: 150},
			{Title: lang.L("Severity"), Width: 80},
			{Title: lang.L("What happened"), Width: 280},
			{Title: lang.L("Action"), Width: 240},
			{Title: lang.L("Resolved"), Width: 70},
		}},
		{"requests", lang.L("Requests by department"), lang.L("No open or escalated request."), []widgets.Column{
			{Title: lang.L("Department"), Width: 200}, {Title: lang.L("Open"), Width: 80}, {Title: lang.L("Escalated"), Width: 90},
		}},
		{"checklist", lang.L("Checklists"), lang.L("No checklist yet."), []widgets.Column{
			{Title: lang.L("Phase"), Width: 130}, {Title: lang.L("Done"), Width: 90}, {Title: "%", Width: 50}, {Title: lang.L("Awaiting re-check"), Width: 130}, {Title: lang.L("Overdue"), Width: 80},
		}},
		{"overdue", lang.L("Overdue steps"), lang.L("Nothing is overdue."), []widgets.Column{
			{Title: lang.L("Due"), Width: 120}, {Title: lang.L("Delegation"), Width: 150}, {Title: lang.L("Liaison officer"), Width: 150}, {Title: lang.L("Step"), Width: 400},
		}},
		{"gifts", lang.L("Gifts to report"), lang.L("No gift report is due within 5 working days."), []widgets.Column{
			{Title: lang.L("Liaison officer"), Width: 160}, {Title: lang.L("From"), Width: 200}, {Title: lang.L("Item"), Width: 160}, {Title: lang.L("Report by"), Width: 100}, {Title: lang.L("Working days left"), Width: 120},
		}},
		{"duty", lang.L("LOs on duty"), lang.L("No LO on duty on this day."), []widgets.Column{
			{Title: lang.L("Liaison officer"), Width: 170}, {Title: lang.L("Phone"), Width: 130}, {Title: lang.L("Delegation"), Width: 180}, {Title: lang.L("Role"), Width: 90}, {Title: lang.L("Shift"), Width: 160},
		}},
	}
}

// Content builds the panel.
func (s *Sitrep) Content() fyne.CanvasObject {
	s.dayLabel = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}}
	move := func(n int) func() {
		return func() {
			if s.MoveDay != nil {
				s.MoveDay(n)
			}
		}
	}
	s.printBtn = &widget.Button{Text: lang.L("Print SITREP"), Icon: theme.DocumentPrintIcon(), OnTapped: s.print}
	s.status = &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	bar := container.NewBorder(nil, nil, container.NewHBox(
		&widget.Button{Icon: theme.NavigateBackIcon(), OnTapped: move(-1)},
		&widget.Button{Text: lang.L("Today"), OnTapped: move(0)},
		&widget.Button{Icon: theme.NavigateNextIcon(), OnTapped: move(1)},
		s.dayLabel,
	), s.printBtn, s.status)
	var tiles []fyne.CanvasObject
	for _, k := range sitrepStats {
		st := widgets.NewStat(statCaption(k))
		s.stats[k] = st
		tiles = append(tiles, st)
	}
	s.noLeadList = &widget.Label{Wrapping: fyne.TextWrapWord}
	summary := container.NewVBox(widgets.NewTiles(5, tiles...),
		&widget.Label{Text: lang.L("Without lead LO"), TextStyle: fyne.TextStyle{Bold: true}}, s.noLeadList)
	s.tabs = &container.AppTabs{}
	s.tabs.Append(container.NewTabItem(lang.L("Summary"), container.NewVScroll(summary)))
	for _, sec := range s.sections() {
		t := widgets.NewStringTable(sec.cols)
		t.Remember("sitrep." + sec.key)
		note := &widget.Label{Text: sec.empty, Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
		s.tables[sec.key], s.notes[sec.key] = t, note
		s.tabs.Append(container.NewTabItem(sec.title, container.NewStack(t.WithDetail(), container.NewPadded(container.NewVBox(layout.NewSpacer(), note, layout.NewSpacer())))))
	}
	return container.NewBorder(bar, nil, nil, nil, s.tabs)
}

// rows is the SITREP as the panel shows it, formatted off the UI
// goroutine.
type rows struct {
	day    string
	stats  map[string]string
	tables map[string][][]string
	noLead string
}

// Load reads the SITREP of a day (YYYY-MM-DD) and shows it.
func (s *Sitrep) Load(day string) {
	s.day = day
	kit.Load(s.env, "load SITREP", func(ctx context.Context, st *data.Store) (*rows, error) {
		return compose(ctx, st, day)
	}, func(r *rows) {
		if r.day == s.day { // not another day's meanwhile
			s.show(r)
		}
	})
}

func compose(ctx context.Context, st *data.Store, date string) (*rows, error) {
	src, err := report.Load(ctx, st, time.Now())
	if err != nil {
		return nil, err
	}
	day, err := src.ParseDay(date)
	if err != nil {
		return nil, err
	}
	r := src.Sitrep(day)
	loc := src.Loc
	clock := func(t time.Time) string { return t.In(loc).Format("15:04") }
	stamp := func(t time.Time) string { return t.In(loc).Format("2006-01-02 15:04") }
	n := strconv.Itoa
	out := &rows{day: date, tables: map[string][][]string{}, stats: map[string]string{
		"arrivals":   n(r.Arrivals.Done) + " / " + n(r.Arrivals.Planned),
		"departures": n(r.Departures.Done) + " / " + n(r.Departures.Planned),
		"no_lead":    n(len(r.NoLead)),
		"incidents":  n(len(r.Incidents)),
		"requests":   n(r.Requests.Open),
		"escalated":  n(r.Requests.Escalated),
		"overdue":    n(len(r.Overdue)),
		"gifts":      n(len(r.Gifts)),
		"on_duty":    n(len(r.OnDuty)),
	}}
	for _, mv := range append(append([]report.Movement(nil), r.Arrivals.Rows...), r.Departures.Rows...) {
		l := mv.Leg
		del, status := "", ""
		if mv.Delegation != nil {
			del, status = mv.Delegation.Code+" "+mv.Delegation.Name, kit.EnumLabel("status", mv.Delegation.Status)
		}
		who := mv.Who
		if who == "" {
			who = lang.L("Whole delegation")
		}
		flight := strings.TrimSpace(l.Carrier + " " + l.FlightNo)
		if flight == "" {
			flight = kit.EnumLabel("mode", l.Mode)
		}
		done := ""
		if mv.Done {
			done = "✓"
		}
		out.tables["moves"] = append(out.tables["moves"], []string{clock(l.Scheduled), kit.EnumLabel("direction", l.Direction), del, who, flight, status, done})
	}
	for _, in := range r.Incidents {
		out.tables["incidents"] = append(out.tables["incidents"], []string{clock(in.OccurredAt), delName(src, in.DelegationID), kit.EnumLabel("severity", in.Severity), in.What, in.Action, kit.YesNo(in.Resolved)})
	}
	for _, d := range r.Requests.ByDepartment {
		out.tables["requests"] = append(out.tables["requests"], []string{kit.EnumLabel("department", d.Department), n(d.Open), n(d.Escalated)})
	}
	for _, ph := range r.Checklist {
		out.tables["checklist"] = append(out.tables["checklist"], []string{kit.EnumLabel("phase", ph.Phase), fmt.Sprintf("%d / %d", ph.Done, ph.Total), n(ph.Percent()), n(ph.AwaitingRecheck), n(ph.Overdue)})
	}
	for _, o := range r.Overdue {
		out.tables["overdue"] = append(out.tables["overdue"], []string{stamp(o.Due), o.Delegation, o.LO, kit.StepText(&o.Item)})
	}
	for _, g := range r.Gifts {
		out.tables["gifts"] = append(out.tables["gifts"], []string{g.LO, g.Gift.FromWhom, g.Gift.Item, g.Deadline.Format(time.DateOnly), n(g.WorkingDays)})
	}
	for _, od := range r.OnDuty {
		shifts := lang.L("All day")
		if len(od.Shifts) > 0 {
			var parts []string
			for _, sh := range od.Shifts {
				parts = append(parts, clock(sh.Starts)+"–"+clock(sh.Ends))
			}
			shifts = strings.Join(parts, ", ")
		}
		out.tables["duty"] = append(out.tables["duty"], []string{od.LO.FullName, od.LO.Phone, od.Delegation, kit.EnumLabel("assign", od.Role), shifts})
	}
	var names []string
	for _, d := range r.NoLead {
		names = append(names, d.Code+" "+d.Name)
	}
	out.noLead = strings.Join(names, "\n")
	if out.noLead == "" {
		out.noLead = lang.L("Every delegation present has a lead LO.")
	}
	return out, nil
}

func (s *Sitrep) show(r *rows) {
	if t, err := time.Parse(time.DateOnly, r.day); err == nil {
		s.dayLabel.SetText(lang.L("Situation report") + " · " + kit.LongDay(t))
	}
	for k, v := range r.stats {
		s.stats[k].SetValue(v)
	}
	for k, t := range s.tables {
		t.SetRows(r.tables[k])
		s.notes[k].Hidden = len(r.tables[k]) > 0
		s.notes[k].Refresh()
	}
	s.noLeadList.SetText(r.noLead)
	if s.Shown != nil {
		s.Shown()
	}
}

// print writes the day's SITREP as a PDF into the print folder.
func (s *Sitrep) print() {
	day, dir := s.day, s.folder()
	s.printBtn.Disable()
	s.status.SetText(lang.L("Printing…"))
	kit.Run(s.env, func(ctx context.Context, st *data.Store) (report.Result, error) {
		return report.WriteFile(ctx, st, dir, report.Options{Kind: report.KindSitrep, Date: day})
	}, func(res report.Result, err error) {
		s.printBtn.Enable()
		if err != nil {
			s.status.SetText("")
			s.env.ShowError("print SITREP", err, s.env.ErrorText(err))
			return
		}
		s.status.SetText(lang.L("Written: {{.Path}}", map[string]any{"Path": res.Path}))
	})
}

func delName(src *report.Source, id string) string {
	if d := src.Delegation(id); d != nil {
		return d.Code + " " + d.Name
	}
	return ""
}
