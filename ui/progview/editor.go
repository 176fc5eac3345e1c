package progview

import (
	"context"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// editor is the dialog that adds or changes a programme item.
type editor struct {
	s    *Screen
	orig *data.ProgrammeItem // nil for a new item
	dlg  *dialog.CustomDialog

	title     *widget.Entry
	kind      *widget.Select
	startDate *widget.Entry
	startTime *widget.Entry
	endDate   *widget.Entry
	endTime   *widget.Entry
	venue     *widget.SelectEntry
	room      *widget.Entry
	dress     *widget.SelectEntry
	everyone  *widget.Check
	chosen    *widget.CheckGroup
	hodOnly   *widget.Check
	photo     *widget.Check
	seats     *widget.Check
	rowSizes  *widget.Entry
	notes     *widget.Entry
	problem   *widget.Label
	save      *widget.Button
	cancel    *widget.Button

	codeOf map[string]string // checklist option -> delegation code
}

// openEditor shows the editor on a copy of it, or on a new item.
func openEditor(s *Screen, it *data.ProgrammeItem) *editor {
	e := &editor{s: s, orig: it, codeOf: map[string]string{}}
	loc := s.snap.loc
	submit := func(string) { e.submit() }
	entry := func(ph string) *widget.Entry { return &widget.Entry{PlaceHolder: ph, OnSubmitted: submit} }
	e.title = entry(lang.L("e.g. Opening plenary"))
	kinds := make([]string, len(data.ProgrammeKinds))
	for i, k := range data.ProgrammeKinds {
		kinds[i] = enumLabel("programme", k)
	}
	e.kind = &widget.Select{PlaceHolder: widgets.SelectPlaceHolder(), Options: kinds}
	e.startDate, e.startTime = entry("YYYY-MM-DD"), entry("HH:MM")
	e.endDate, e.endTime = entry("YYYY-MM-DD"), entry("HH:MM")
	e.venue = widget.NewSelectEntry(s.snap.venues)
	e.venue.OnSubmitted = submit
	e.room = entry(lang.L("e.g. Plenary Hall"))
	e.dress = widget.NewSelectEntry(s.snap.dress)
	e.dress.OnSubmitted = submit
	var opts []string
	for _, d := range s.snap.dels {
		o := d.Code + " — " + d.Name
		opts = append(opts, o)
		e.codeOf[o] = strings.ToUpper(d.Code)
	}
	e.chosen = &widget.CheckGroup{Options: opts}
	e.everyone = &widget.Check{Text: lang.L("All delegations"), OnChanged: e.everyoneChanged}
	e.hodOnly = &widget.Check{Text: lang.L("Heads of delegation only")}
	e.photo = &widget.Check{Text: lang.L("Group photo")}
	e.seats = &widget.Check{Text: lang.L("Seating plan")}
	e.rowSizes = entry(lang.L("e.g. 10; 12; 14"))
	e.notes = &widget.Entry{MultiLine: true, Wrapping: fyne.TextWrapWord}
	e.notes.SetMinRowsVisible(2)
	e.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	e.problem.Hide()

	e.fill(it, loc)
	chosenScroll := container.NewVScroll(e.chosen)
	chosenScroll.SetMinSize(fyne.NewSize(0, 130))
	form := widget.NewForm(
		widget.NewFormItem(lang.L("Title"), e.title),
		widget.NewFormItem(lang.L("Kind"), e.kind),
		widget.NewFormItem(lang.L("Starts"), container.NewGridWithColumns(2, e.startDate, e.startTime)),
		widget.NewFormItem(lang.L("Ends"), container.NewGridWithColumns(2, e.endDate, e.endTime)),
		widget.NewFormItem(lang.L("Venue"), e.venue),
		widget.NewFormItem(lang.L("Room"), e.room),
		widget.NewFormItem(lang.L("Dress code"), e.dress),
		widget.NewFormItem(lang.L("Attendees"), container.NewBorder(container.NewHBox(e.everyone, e.hodOnly), nil, nil, nil, chosenScroll)),
		widget.NewFormItem(lang.L("Positions"), container.NewHBox(e.photo, e.seats)),
		widget.NewFormItem(lang.L("Row sizes"), e.rowSizes),
		widget.NewFormItem(lang.L("Notes"), e.notes),
	)
	form.Items[2].HintText = lang.L("Date and time in the event's time zone ({{.Zone}})", map[string]any{"Zone": loc.String()})
	form.Items[9].HintText = lang.L("People per row, front row first, e.g. 10; 12; 14 (the last size repeats)")

	title := lang.L("New programme item")
	if it != nil {
		title = lang.L("Edit programme item")
	}
	e.save = &widget.Button{Text: lang.L("Save"), Importance: widget.HighImportance, OnTapped: e.submit}
	e.cancel = &widget.Button{Text: lang.L("Cancel"), OnTapped: func() { e.dlg.Hide() }}
	body := container.NewBorder(nil, e.problem, nil, nil, container.NewVScroll(form))
	e.dlg = dialog.NewCustomWithoutButtons(title, body, s.env.Win)
	e.dlg.SetButtons([]fyne.CanvasObject{e.cancel, e.save})
	e.dlg.Resize(kit.Fit(s.env.Win, 720, 700))
	e.dlg.Show()
	s.env.Win.Canvas().Focus(e.title)
	s.editor = e
	return e
}

// fill puts an item's values (or a new item's defaults) in the fields.
func (e *editor) fill(it *data.ProgrammeItem, loc *time.Location) {
	if it == nil {
		e.kind.SetSelectedIndex(0)
		e.everyone.SetChecked(true)
		day := time.Now().In(loc).Format(time.DateOnly)
		if l := e.s.list; l.day.SelectedIndex() > 0 {
			day = l.days[l.day.SelectedIndex()-1]
		} else if len(l.days) > 0 {
			day = l.days[0]
		}
		e.startDate.SetText(day)
		e.endDate.SetText(day)
		return
	}
	e.title.SetText(it.Title)
	for i, k := range data.ProgrammeKinds {
		if k == it.Kind {
			e.kind.SetSelectedIndex(i)
		}
	}
	if e.kind.SelectedIndex() < 0 {
		e.kind.SetSelectedIndex(len(data.ProgrammeKinds) - 1)
	}
	if !it.Starts.IsZero() {
		e.startDate.SetText(it.Starts.In(loc).Format(time.DateOnly))
		e.startTime.SetText(it.Starts.In(loc).Format("15:04"))
	}
	if !it.Ends.IsZero() {
		e.endDate.SetText(it.Ends.In(loc).Format(time.DateOnly))
		e.endTime.SetText(it.Ends.In(loc).Format("15:04"))
	}
	e.venue.SetText(it.Venue)
	e.room.SetText(it.Room)
	e.dress.SetText(it.DressCode)
	all := false
	var sel []string
	for _, a := range it.Attendees {
		if strings.EqualFold(a, "all") {
			all = true
		}
		for o, c := range e.codeOf {
			if strings.EqualFold(c, a) {
				sel = append(sel, o)
			}
		}
	}
	e.chosen.SetSelected(sel)
	e.everyone.SetChecked(all)
	e.hodOnly.SetChecked(it.HODOnly)
	e.photo.SetChecked(it.Photo)
	e.seats.SetChecked(it.Seating)
	e.rowSizes.SetText(it.RowSizes)
	e.notes.SetText(it.Notes)
}

func (e *editor) everyoneChanged(all bool) {
	if all {
		e.chosen.Disable()
	} else {
		e.chosen.Enable()
	}
}

// item reads the form; the error names the first field to fix.
func (e *editor) item() (data.ProgrammeItem, error) {
	var it data.ProgrammeItem
	if e.orig != nil {
		it = *e.orig
	}
	loc := e.s.snap.loc
	it.Title = strings.TrimSpace(e.title.Text)
	if it.Title == "" {
		return it, &fieldError{lang.L("Title"), errRequired}
	}
	if i := e.kind.SelectedIndex(); i >= 0 {
		it.Kind = data.ProgrammeKinds[i]
	}
	var err error
	if it.Starts, err = parseWhen(e.startDate.Text, e.startTime.Text, loc); err != nil {
		return it, &fieldError{lang.L("Starts"), err}
	}
	if it.Ends, err = parseWhen(e.endDate.Text, e.endTime.Text, loc); err != nil {
		return it, &fieldError{lang.L("Ends"), err}
	}
	if !it.Ends.After(it.Starts) {
		return it, &fieldError{lang.L("Ends"), errEndBefore}
	}
	it.Venue, it.Room = strings.TrimSpace(e.venue.Text), strings.TrimSpace(e.room.Text)
	it.DressCode = strings.TrimSpace(e.dress.Text)
	if e.everyone.Checked {
		it.Attendees = data.Codes{"all"}
	} else {
		it.Attendees = nil
		for _, o := range e.chosen.Selected {
			it.Attendees = append(it.Attendees, e.codeOf[o])
		}
		if len(it.Attendees) == 0 {
			return it, &fieldError{lang.L("Attendees"), errNoneChose}
		}
	}
	it.HODOnly, it.Photo, it.Seating = e.hodOnly.Checked, e.photo.Checked, e.seats.Checked
	it.RowSizes = strings.TrimSpace(e.rowSizes.Text)
	if _, err := seating.ParseRowSizes(it.RowSizes); err != nil {
		return it, &fieldError{lang.L("Row sizes"), errRowSizes}
	}
	it.Notes = strings.TrimSpace(e.notes.Text)
	return it, nil
}

// parseWhen reads a date and an HH:MM time in loc.
func parseWhen(date, clock string, loc *time.Location) (time.Time, error) {
	d, err := time.ParseInLocation(time.DateOnly, strings.TrimSpace(date), loc)
	if err != nil {
		if strings.TrimSpace(date) == "" {
			return time.Time{}, errRequired
		}
		return time.Time{}, errBadDate
	}
	clock = strings.TrimSpace(strings.ReplaceAll(clock, ".", ":"))
	c, err := time.Parse("15:04", clock)
	if err != nil {
		if c, err = time.Parse("15", clock); err != nil {
			return time.Time{}, errBadTime
		}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), c.Hour(), c.Minute(), 0, 0, loc).UTC(), nil
}

// submit validates and stores the item off the UI goroutine; an item with
// positions has them regenerated, and the user is told who moved.
func (e *editor) submit() {
	it, err := e.item()
	if err != nil {
		e.problem.SetText(e.s.message(err))
		e.problem.Show()
		return
	}
	e.problem.Hide()
	e.save.Disable()
	var moves []seating.Move
	e.s.write("save programme item", func(ctx context.Context, st *data.Store) error {
		var err error
		if it.ID == "" {
			err = st.Insert(ctx, &it)
		} else {
			err = st.Update(ctx, &it)
		}
		if err == nil && (it.Photo || it.Seating) {
			moves, err = seating.Regenerate(ctx, st, it.ID)
		}
		return err
	}, func(err error) {
		e.save.Enable()
		if err != nil {
			return
		}
		e.dlg.Hide()
		if e.orig != nil && len(moves) > 0 {
			showMoves(e.s, it.Title, moves)
		}
	})
}
