package progview

import (
	"context"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/programme"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
)

// editor is the dialog that adds or changes a programme item.
type editor struct {
	s    *Screen
	orig *data.ProgrammeItem // nil for a new item
	dlg  *kit.Editor

	title     *kit.Input
	kind      *kit.Select
	startDate *kit.Input
	startTime *kit.Input
	endDate   *kit.Input
	endTime   *kit.Input
	venue     *kit.SelectEntry
	room      *kit.Input
	dress     *kit.SelectEntry
	everyone  *kit.Check
	chosen    *widget.CheckGroup
	rule      *kit.EnumSelect // attendance rule
	photo     *kit.Check
	seats     *kit.Check
	rowSizes  *kit.Input
	notes     *kit.Input

	codeOf map[string]string // checklist option -> delegation code
}

// openEditor shows the editor on a copy of it, or on a new item.
func openEditor(s *Screen, it *data.ProgrammeItem) *editor {
	e := &editor{s: s, orig: it, codeOf: map[string]string{}}
	loc := s.snap.loc
	submit := func(string) { e.dlg.Submit() }
	entry := func(ph string) *kit.Input {
		return kit.InputOf(&widget.Entry{PlaceHolder: ph, OnSubmitted: submit})
	}
	e.title = entry(lang.L("e.g. Opening plenary"))
	e.kind = kit.NewEnumSelect("programme", data.ProgrammeKinds, "", nil).Select
	e.startDate, e.startTime = entry("YYYY-MM-DD"), entry("HH:MM")
	e.endDate, e.endTime = entry("YYYY-MM-DD"), entry("HH:MM")
	e.venue = kit.NewSelectEntry(s.snap.venues)
	e.venue.OnSubmitted = submit
	e.room = entry(lang.L("e.g. Plenary Hall"))
	e.dress = kit.NewSelectEntry(s.snap.dress)
	e.dress.OnSubmitted = submit
	var opts []string
	for _, d := range s.snap.dels {
		o := d.Code + " — " + d.Name
		opts = append(opts, o)
		e.codeOf[o] = strings.ToUpper(d.Code)
	}
	e.chosen = &widget.CheckGroup{Options: opts}
	e.everyone = kit.NewCheck(lang.L("All delegations"), e.everyoneChanged)
	e.rule = kit.NewEnumSelect("attendance", data.AttendanceRules, data.AttendDelegations, nil)
	e.photo = kit.NewCheck(lang.L("Group photo"), nil)
	e.seats = kit.NewCheck(lang.L("Seating plan"), nil)
	e.rowSizes = entry(lang.L("e.g. 10; 12; 14"))
	e.notes = kit.InputOf(&widget.Entry{MultiLine: true, Wrapping: fyne.TextWrapWord})
	e.notes.SetMinRowsVisible(2)

	e.fill(it, loc)
	chosenScroll := container.NewVScroll(e.chosen)
	chosenScroll.SetMinSize(fyne.NewSize(0, 130))
	title := lang.L("New programme item")
	if it != nil {
		title = lang.L("Edit programme item")
	}
	e.dlg = kit.NewEditor(s.env, title, []kit.Field{
		{Name: "title", Label: lang.L("Title"), Widget: e.title},
		{Name: "kind", Label: lang.L("Kind"), Widget: e.kind},
		{
			Name: "starts", Label: lang.L("Starts"), Widget: container.NewGridWithColumns(2, e.startDate, e.startTime),
			Hint: lang.L("Date and time in the event's time zone ({{.Zone}})", map[string]any{"Zone": loc.String()}),
		},
		{Name: "ends", Label: lang.L("Ends"), Widget: container.NewGridWithColumns(2, e.endDate, e.endTime)},
		{Label: lang.L("Venue"), Widget: e.venue},
		{Label: lang.L("Room"), Widget: e.room},
		{Label: lang.L("Dress code"), Widget: e.dress},
		{Name: "attendees", Label: lang.L("Attendees"), Widget: container.NewBorder(e.everyone, nil, nil, nil, chosenScroll)},
		{
			Name: "seating", Label: lang.L("Who is seated"), Widget: e.rule.Select,
			Hint: lang.L("Heads only, each head and one more, whole delegations, or the people you choose on the seat map. The group photo is heads only."),
		},
		{Label: lang.L("Positions"), Widget: container.NewHBox(e.photo, e.seats)},
		{
			Name: "row_sizes", Label: lang.L("Row sizes"), Widget: e.rowSizes,
			Hint: lang.L("People per row, front row first, e.g. 10; 12; 14 (the last size repeats)"),
		},
		{Label: lang.L("Notes"), Widget: e.notes},
	})
	if it != nil {
		kit.TrackRecord(e.dlg, it, func(x *data.ProgrammeItem) { openEditor(s, x) })
	}
	var saved data.ProgrammeItem
	var moves []seating.Move
	e.dlg.Collect = func() error {
		var err error
		saved, err = e.item()
		return err
	}
	e.dlg.Save = func(ctx context.Context, st *data.Store) error {
		it := saved
		var err error
		moves, err = programme.Save(ctx, st, &it)
		saved = it
		return err
	}
	e.dlg.Saved = func() {
		if e.orig != nil && len(moves) > 0 {
			showMoves(e.s, saved.Title, moves)
		}
	}
	e.dlg.Resize(720, 700)
	e.dlg.Show(e.title)
	s.editor = e
	return e
}

// fill puts an item's values (or a new item's defaults) in the fields.
func (e *editor) fill(it *data.ProgrammeItem, loc *time.Location) {
	if it == nil {
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
	if i := kit.IndexOf(data.ProgrammeKinds, it.Kind); i >= 0 {
		e.kind.SetSelectedIndex(i)
	} else {
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
	e.rule.SetCode(it.AttendanceRule())
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

// item reads the form; the error is the first problem in the form's
// order: a time that cannot be read, or what programme.CheckFields
// refuses.
func (e *editor) item() (data.ProgrammeItem, error) {
	var it data.ProgrammeItem
	if e.orig != nil {
		it = *e.orig
	}
	loc := e.s.snap.loc
	it.Title = e.title.Text
	if i := e.kind.SelectedIndex(); i >= 0 {
		it.Kind = data.ProgrammeKinds[i]
	}
	var errStarts, errEnds error
	it.Starts, errStarts = parseWhen(e.startDate.Text, e.startTime.Text, loc)
	it.Ends, errEnds = parseWhen(e.endDate.Text, e.endTime.Text, loc)
	it.Venue, it.Room, it.DressCode = e.venue.Text, e.room.Text, e.dress.Text
	if e.everyone.Checked {
		it.Attendees = data.Codes{"all"}
	} else {
		it.Attendees = nil
		for _, o := range e.chosen.Selected {
			it.Attendees = append(it.Attendees, e.codeOf[o])
		}
	}
	it.SetAttendance(e.rule.Code())
	it.Photo, it.Seating = e.photo.Checked, e.seats.Checked
	it.RowSizes, it.Notes = e.rowSizes.Text, e.notes.Text
	check := it
	if errStarts != nil || errEnds != nil { // the rules after the times still apply
		check.Starts, check.Ends = time.Unix(0, 0), time.Unix(60, 0)
	}
	return it, e.dlg.First(field.New("starts", errStarts), field.New("ends", errEnds), programme.CheckFields(&check))
}

// parseWhen reads a date and an HH:MM time in loc.
func parseWhen(date, clock string, loc *time.Location) (time.Time, error) {
	if strings.TrimSpace(date) == "" {
		return time.Time{}, field.ErrRequired
	}
	day, err := field.Date(date)
	if err != nil {
		return time.Time{}, err
	}
	d, _ := time.ParseInLocation(time.DateOnly, day, loc)
	clock = strings.TrimSpace(strings.ReplaceAll(clock, ".", ":"))
	c, err := time.Parse("15:04", clock)
	if err != nil {
		if c, err = time.Parse("15", clock); err != nil {
			return time.Time{}, fmt.Errorf("%q: %w", clock, field.ErrBadClock)
		}
	}
	return time.Date(d.Year(), d.Month(), d.Day(), c.Hour(), c.Minute(), 0, 0, loc).UTC(), nil
}
