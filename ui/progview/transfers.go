package progview

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/transfer"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// transferView edits the minutes needed between two venues, which the
// itineraries check between consecutive items.
type transferView struct {
	s *Screen

	table   *widgets.StringTable
	empty   *widget.Label // over the table while it has no row
	from    *widget.SelectEntry
	to      *widget.SelectEntry
	minutes *kit.Input
	save    *widget.Button
	clear   *widget.Button
	del     *widget.Button
	problem *widget.Label
	undo    *kit.UndoBar
	view    fyne.CanvasObject

	rows     []data.Transfer
	selected *data.Transfer
}

func newTransferView(s *Screen) *transferView {
	v := &transferView{s: s}
	v.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("From"), Width: 180}, {Title: lang.L("To"), Width: 180}, {Title: lang.L("Minutes"), Width: 80},
	})
	v.table.OnSelected = v.selectRow
	v.table.Remember("transfers")
	submit := func(string) { v.submit() }
	v.from = widget.NewSelectEntry(nil)
	v.from.PlaceHolder = lang.L("Venue")
	v.from.OnSubmitted = submit
	v.to = widget.NewSelectEntry(nil)
	v.to.PlaceHolder = lang.L("Venue")
	v.to.OnSubmitted = submit
	v.minutes = kit.InputOf(&widget.Entry{PlaceHolder: "30", OnSubmitted: submit})
	v.save = &widget.Button{Text: lang.L("Save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: v.submit}
	v.clear = &widget.Button{Text: lang.L("New"), Icon: theme.ContentAddIcon(), OnTapped: v.reset}
	v.del = &widget.Button{Text: lang.L("Delete…"), Icon: theme.DeleteIcon(), OnTapped: v.deleteRow}
	v.del.Disable()
	v.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	v.problem.Hide()
	form := widget.NewForm(
		widget.NewFormItem(lang.L("From"), v.from),
		widget.NewFormItem(lang.L("To"), v.to),
		widget.NewFormItem(lang.L("Minutes"), v.minutes),
	)
	intro := &widget.Label{Text: lang.L("Time needed to get from one venue to another (either way). Itineraries flag consecutive items at these venues with less time between them."), Wrapping: fyne.TextWrapWord}
	v.undo = kit.NewUndoBar(s.env)
	side := container.NewVBox(intro, form, container.NewHBox(v.save, v.clear, v.del), v.problem, v.undo.View())
	v.empty = &widget.Label{Text: lang.L("No transfer times yet: choose two venues and the minutes on the right, then Save."), Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	list := container.NewStack(v.table.WithDetail(), container.NewPadded(container.NewVBox(layout.NewSpacer(), v.empty, layout.NewSpacer())))
	split := container.NewHSplit(list, container.NewPadded(side))
	split.Offset = 0.6
	v.view = split
	return v
}

func (v *transferView) show(snap *snapshot) {
	v.rows = snap.transfers
	cells := make([][]string, len(v.rows))
	for i, t := range v.rows {
		cells[i] = []string{t.FromVenue, t.ToVenue, strconv.Itoa(t.Minutes)}
	}
	v.table.SetRows(cells)
	v.empty.Hidden = len(cells) > 0
	v.empty.Refresh()
	v.from.SetOptions(snap.venues)
	v.to.SetOptions(snap.venues)
	v.reset()
}

func (v *transferView) selectRow(i int) {
	if i < 0 || i >= len(v.rows) {
		return
	}
	t := v.rows[i]
	v.selected = &t
	v.from.SetText(t.FromVenue)
	v.to.SetText(t.ToVenue)
	v.minutes.SetText(strconv.Itoa(t.Minutes))
	v.del.Enable()
	v.problem.Hide()
}

// reset clears the form for a new pair.
func (v *transferView) reset() {
	v.selected = nil
	v.from.SetText("")
	v.to.SetText("")
	v.minutes.SetText("")
	v.del.Disable()
	v.problem.Hide()
	v.table.UnselectAll()
}

// labels name the form's fields as it shows them, for its problems.
func (v *transferView) label(name string) string {
	switch name {
	case "from":
		return lang.L("From")
	case "to":
		return lang.L("To")
	case "minutes":
		return lang.L("Minutes")
	}
	return name
}

// transfer reads the form; minutes that are no number are a problem of
// their own, the rest is programme.CheckTransfer's at Save.
func (v *transferView) transfer() (data.Transfer, error) {
	var t data.Transfer
	if v.selected != nil {
		t = *v.selected
	}
	t.FromVenue, t.ToVenue = v.from.Text, v.to.Text
	n, err := strconv.Atoi(strings.TrimSpace(v.minutes.Text))
	if err != nil {
		n = 0
	}
	t.Minutes = n
	if err := transfer.Check(&t); err != nil {
		return t, err
	}
	return t, nil
}

func (v *transferView) fail(err error) {
	msg := kit.Explain(err)
	if name := field.Of(err); name != "" && msg != "" {
		msg = kit.FieldText(v.label(name), err, msg)
	} else if msg == "" {
		msg = v.s.env.ErrorText(err)
	}
	v.problem.SetText(msg)
	v.problem.Show()
}

func (v *transferView) submit() {
	t, err := v.transfer()
	if err != nil {
		v.fail(err)
		return
	}
	v.problem.Hide()
	kit.Write(v.s.env, "save transfer time", func(ctx context.Context, st *data.Store) error {
		return transfer.Save(ctx, st, &t)
	}, nil)
}

func (v *transferView) deleteRow() {
	if v.selected == nil {
		return
	}
	t := *v.selected
	v.undo.Delete(&t, lang.L("the transfer time from {{.From}} to {{.To}}", map[string]any{"From": t.FromVenue, "To": t.ToVenue}), nil, nil)
}
