package progview

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/widgets"
)

// transferView edits the minutes needed between two venues, which the
// itineraries check between consecutive items.
type transferView struct {
	s *Screen

	table   *widgets.StringTable
	from    *widget.SelectEntry
	to      *widget.SelectEntry
	minutes *widget.Entry
	save    *widget.Button
	clear   *widget.Button
	del     *widget.Button
	problem *widget.Label
	undo    *undoBar
	view    fyne.CanvasObject

	rows     []data.Transfer
	selected *data.Transfer
}

func newTransferView(s *Screen) *transferView {
	v := &transferView{s: s}
	v.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("From"), Width: 280}, {Title: lang.L("To"), Width: 280}, {Title: lang.L("Minutes"), Width: 90},
	})
	v.table.OnSelected = v.selectRow
	submit := func(string) { v.submit() }
	v.from = widget.NewSelectEntry(nil)
	v.from.PlaceHolder = lang.L("Venue")
	v.from.OnSubmitted = submit
	v.to = widget.NewSelectEntry(nil)
	v.to.PlaceHolder = lang.L("Venue")
	v.to.OnSubmitted = submit
	v.minutes = &widget.Entry{PlaceHolder: "30", OnSubmitted: submit}
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
	v.undo = newUndoBar(s)
	side := container.NewVBox(intro, form, container.NewHBox(v.save, v.clear, v.del), v.problem, v.undo.box)
	split := container.NewHSplit(v.table, container.NewPadded(side))
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

func (v *transferView) transfer() (data.Transfer, error) {
	var t data.Transfer
	if v.selected != nil {
		t = *v.selected
	}
	t.FromVenue, t.ToVenue = strings.TrimSpace(v.from.Text), strings.TrimSpace(v.to.Text)
	if t.FromVenue == "" {
		return t, &fieldError{lang.L("From"), errRequired}
	}
	if t.ToVenue == "" {
		return t, &fieldError{lang.L("To"), errRequired}
	}
	if strings.EqualFold(t.FromVenue, t.ToVenue) {
		return t, &fieldError{lang.L("To"), errSameVenue}
	}
	n, err := strconv.Atoi(strings.TrimSpace(v.minutes.Text))
	if err != nil || n < 1 || n > 600 {
		return t, &fieldError{lang.L("Minutes"), errMinutes}
	}
	t.Minutes = n
	// The same pair either way is one row: change it rather than add another.
	if t.ID == "" {
		for _, r := range v.rows {
			if (r.FromVenue == t.FromVenue && r.ToVenue == t.ToVenue) || (r.FromVenue == t.ToVenue && r.ToVenue == t.FromVenue) {
				t.Base = r.Base
				t.Notes = r.Notes
			}
		}
	}
	return t, nil
}

func (v *transferView) submit() {
	t, err := v.transfer()
	if err != nil {
		v.problem.SetText(v.s.message(err))
		v.problem.Show()
		return
	}
	v.problem.Hide()
	v.s.write("save transfer time", func(ctx context.Context, st *data.Store) error {
		if t.ID == "" {
			return st.Insert(ctx, &t)
		}
		return st.Update(ctx, &t)
	}, nil)
}

func (v *transferView) deleteRow() {
	if v.selected == nil {
		return
	}
	t := *v.selected
	msg := lang.L("Delete the transfer time from {{.From}} to {{.To}}?", map[string]any{"From": t.FromVenue, "To": t.ToVenue})
	dialog.ShowConfirm(lang.L("Delete transfer time"), msg, func(ok bool) {
		if !ok {
			return
		}
		var gone []data.Record
		v.s.write("delete transfer time", func(ctx context.Context, st *data.Store) (err error) {
			gone, err = st.Delete(ctx, &t)
			return err
		}, func(err error) {
			if err == nil {
				v.undo.offer(lang.L("Deleted the transfer time from {{.From}} to {{.To}}.", map[string]any{"From": t.FromVenue, "To": t.ToVenue}), gone)
			}
		})
	}, v.s.env.Win)
}
