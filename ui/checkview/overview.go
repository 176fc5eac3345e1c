package checkview

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
	byLO    *kit.Grid
	byDel   *kit.Grid
	overdue *kit.Grid
	tabs    *container.AppTabs
}

func newOverviewTab(env kit.Env) *overviewTab {
	return &overviewTab{env: env}
}

func progressCols(first string) []kit.Column {
	return []kit.Column{
		{Title: first, Width: 260},
		{Title: lang.L("Progress"), Width: 90},
		{Title: lang.L("Done"), Width: 80},
		{Title: lang.L("Items"), Width: 80},
		{Title: lang.L("Awaiting re-check"), Width: 150},
		{Title: lang.L("Overdue"), Width: 90},
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
		form.Append(kit.EnumLabel("phase", ph), container.NewGridWithColumns(2, bar, l))
	}
	o.byLO = kit.NewGrid(progressCols(lang.L("Liaison officer")), lang.L("No checklists yet."), nil)
	o.byDel = kit.NewGrid(progressCols(lang.L("Delegation")), lang.L("No checklists yet."), nil)
	o.byLO.Remember("checklists.bylo")
	o.byDel.Remember("checklists.bydelegation")
	o.overdue = kit.NewGrid([]kit.Column{
		{Title: lang.L("Due"), Width: 130}, {Title: lang.L("Liaison officer"), Width: 180}, {Title: lang.L("Delegation"), Width: 180}, {Title: lang.L("Phase"), Width: 110}, {Title: lang.L("Item"), Width: 460},
	}, lang.L("Nothing is overdue."), nil)
	o.overdue.Remember("checklists.overdue")
	o.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Overdue"), o.overdue.View()),
		container.NewTabItem(lang.L("By LO"), o.byLO.View()),
		container.NewTabItem(lang.L("By delegation"), o.byDel.View()),
	)
	return container.NewBorder(form, nil, nil, nil, o.tabs)
}

func (o *overviewTab) show(ov *sop.Overview, n *kit.Names) {
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
	o.byLO.SetRows(lineRows(ov.ByLO))
	o.byDel.SetRows(lineRows(ov.ByDelegation))
	rows := make([]kit.Row, 0, len(ov.Overdue))
	for _, x := range ov.Overdue {
		rows = append(rows, kit.NewRow(x.Item.ID, true, kit.DateTime(x.Due, n.Loc), x.LO, x.Delegation, kit.EnumLabel("phase", x.Item.Phase), kit.StepText(&x.Item)))
	}
	o.overdue.SetRows(rows)
	title := lang.L("Overdue")
	if len(rows) > 0 {
		title = fmt.Sprintf("%s (%d)", title, len(rows))
	}
	o.tabs.Items[0].Text = title
	o.tabs.Refresh()
}

func lineRows(ls []sop.Line) []kit.Row {
	out := make([]kit.Row, 0, len(ls))
	for _, l := range ls {
		out = append(out, kit.NewRow(l.ID, l.Overdue > 0, l.Name, fmt.Sprintf("%d%%", l.Percent()),
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
