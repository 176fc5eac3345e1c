package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"lodesk/data"
	"lodesk/ui/dutyview"
	"lodesk/ui/kit"
	"lodesk/ui/printview"
	"lodesk/ui/reportview"
	"lodesk/ui/widgets"
)

// printScreen prints briefing packs and manifests (ui/printview) and
// lists what was printed, for whom.
type printScreen struct {
	*listScreen // the print log
	view        *printview.View
	reports     *reportview.View
	evals       *dutyview.Evaluations
	lessons     *dutyview.Lessons
	tabs        *container.AppTabs
}

func newPrintScreen(d *desk) *printScreen {
	log := &listScreen{d: d, name: func() string { return lang.L("Print") }, iconRes: theme.DocumentPrintIcon(), parts: []*part{{
		id: "print.log",
		cols: func() []widgets.Column {
			return []widgets.Column{
				{Title: lang.L("Printed at"), Width: 140},
				{Title: lang.L("Printed by"), Width: 160},
				{Title: lang.L("Document"), Width: 260},
				{Title: lang.L("For"), Width: 200},
				{Title: lang.L("Sensitive fields hidden"), Width: 170},
			}
		},
		fetch: printLogRows,
		empty: func() string {
			return lang.L("Nothing has been printed yet: print packs, manifests and reports on the Print and Reports tabs, and each is listed here.")
		},
	}}}
	v := printview.New(d.win, printview.StorePrinter{Store: d.store}, d.app.Preferences())
	v.Go, v.Do, v.Message = d.goBackground, d.do, userMessage
	return &printScreen{
		listScreen: log, view: v, reports: reportview.NewView(d.env(), d.app.Preferences()),
		evals: dutyview.NewEvaluations(d.env()), lessons: dutyview.NewLessons(d.env()),
	}
}

func (p *printScreen) content() fyne.CanvasObject {
	p.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Print"), p.view.Content()),
		container.NewTabItem(lang.L("Reports"), p.reports.Content()),
		container.NewTabItem(lang.L("LO evaluations"), p.evals.Content()),
		container.NewTabItem(lang.L("Lessons learnt"), p.lessons.Content()),
		container.NewTabItem(lang.L("Printed"), p.listScreen.content()),
	)
	return p.tabs
}

// load reads the print log and what the end-of-event report gathers.
func (p *printScreen) load() {
	p.listScreen.load()
	p.view.Load()
	p.reports.Load()
	p.evals.Load()
	p.lessons.Load()
}

// showReports opens the Print screen on its Reports tab (File > Print
// reports...).
func (d *desk) showReports() {
	if d.shell == nil {
		return
	}
	d.shell.show(scrPrint)
	if p, ok := d.shell.screens[scrPrint].(*printScreen); ok && p.tabs != nil {
		p.tabs.SelectIndex(1)
	}
}

func printLogRows(ctx context.Context, st *data.Store, l *lookups) ([]row, error) {
	logs, err := data.All[data.PrintLog](ctx, st)
	if err != nil {
		return nil, err
	}
	loc := l.event.Location()
	out := make([]row, 0, len(logs))
	for i := len(logs) - 1; i >= 0; i-- { // newest first
		p := logs[i]
		out = append(out, newRow(p.ID, []string{
			kit.DateTime(p.PrintedAt, loc), p.PrintedBy, p.Document, p.ForWhom, kit.YesNo(p.Redacted),
		}))
	}
	return out, nil
}
