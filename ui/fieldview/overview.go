package fieldview

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit"
)

// overviewTab shows checklist progress across the event: per phase, per
// LO, per delegation, and the overdue steps.
type overviewTab struct {
	env     kit.Env
	all     *widget.Label
	allBar  *widget.ProgressBar
	phases  []*widget.ProgressBar
	phaseOf []*widget.Label
	byLO    *grid
	byDel   *grid
	overdue *grid
	tabs    *container.AppTabs
}

func newOverviewTab(env kit.Env) *overviewTab {
	return &overviewTab{env: env}
}

func progressCols(first string) []column {
	return []column{
		{first, 260},
		{lang.L("Progress"), 90},
		{lang.L("Done"), 80},
		{lang.L("Items"), 80},
		{lang.L("Awaiting re-check"), 150},
		{lang.L("Overdue"), 90},
	}
}

func (o *overviewTab) content() fyne.CanvasObject {
	// Truncated, not grown: the counts can be long (in Bahasa Indonesia
	// above all), and the window must not outgrow a laptop screen.
	o.all = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	o.allBar = percentBar()
	form := widget.NewForm(widget.NewFormItem(lang.L("All checklists"), container.NewVBox(o.allBar, o.all)))
	for _, ph := range data.Phases {
		bar, l := percentBar(), &widget.Label{Truncation: fyne.TextTruncateEllipsis}
		o.phases, o.phaseOf = append(o.phases, bar), append(o.phaseOf, l)
		form.Append(enumLabel("phase", ph), container.NewGridWithColumns(2, bar, l))
	}
	o.byLO = newGrid(progressCols(lang.L("Liaison officer")), lang.L("No checklists yet."), nil)
	o.byDel = newGrid(progressCols(lang.L("Delegation")), lang.L("No checklists yet."), nil)
	o.overdue = newGrid([]column{
		{lang.L("Due"), 130}, {lang.L("Liaison officer"), 180}, {lang.L("Delegation"), 180}, {lang.L("Phase"), 110}, {lang.L("Item"), 460},
	}, lang.L("Nothing is overdue."), nil)
	o.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Overdue"), o.overdue.view()),
		container.NewTabItem(lang.L("By LO"), o.byLO.view()),
		container.NewTabItem(lang.L("By delegation"), o.byDel.view()),
	)
	return container.NewBorder(form, nil, nil, nil, o.tabs)
}

func (o *overviewTab) show(ov *sop.Overview, n *names) {
	o.allBar.SetValue(float64(ov.All.Percent()))
	o.all.SetText(progressText(ov.All))
	for i, ph := range data.Phases {
		p := ov.ByPhase[ph]
		o.phases[i].SetValue(float64(p.Percent()))
		o.phaseOf[i].Importance = widget.MediumImportance
		if p.Overdue > 0 {
			o.phaseOf[i].Importance = widget.DangerImportance
		}
		o.phaseOf[i].SetText(progressText(p))
	}
	o.byLO.setRows(lineRows(ov.ByLO))
	o.byDel.setRows(lineRows(ov.ByDelegation))
	rows := make([]row, 0, len(ov.Overdue))
	for _, x := range ov.Overdue {
		rows = append(rows, newRow(x.Item.ID, true, dateTime(x.Due, n.loc), x.LO, x.Delegation, enumLabel("phase", x.Item.Phase), itemText(&x.Item)))
	}
	o.overdue.setRows(rows)
	title := lang.L("Overdue")
	if len(rows) > 0 {
		title = fmt.Sprintf("%s (%d)", title, len(rows))
	}
	o.tabs.Items[0].Text = title
	o.tabs.Refresh()
}

func lineRows(ls []sop.Line) []row {
	out := make([]row, 0, len(ls))
	for _, l := range ls {
		out = append(out, newRow(l.ID, l.Overdue > 0, l.Name, fmt.Sprintf("%d%%", l.Percent()),
			fmt.Sprint(l.Done), fmt.Sprint(l.Total), fmt.Sprint(l.AwaitingRecheck), fmt.Sprint(l.Overdue)))
	}
	return out
}

// percentBar shows a whole percentage as the labels beside it count it.
func percentBar() *widget.ProgressBar {
	b := &widget.ProgressBar{Max: 100}
	b.TextFormatter = func() string { return fmt.Sprintf("%.0f%%", b.Value) }
	return b
}
