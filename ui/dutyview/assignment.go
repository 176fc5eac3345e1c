// Package dutyview is the window's side of the LOs' duty records
// (app/duty): an assignment's shifts and its delegation's hand-overs
// (opened from the assignment editor), the coordinator's LO evaluations
// and the lessons recorded during the event (tabs of the Print screen,
// beside the reports they feed). Every write goes through app/duty; a
// delete is undone through kit.UndoBar.
package dutyview

import (
	"context"
	"slices"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/duty"
	"lodesk/app/field"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// Assignment is the dialog of one assignment's shifts and the hand-overs
// of its delegation.
type Assignment struct {
	env kit.Env
	a   data.Assignment
	dlg *dialog.CustomDialog
	bar *kit.UndoBar

	shifts, handovers *widgets.StringTable
	noShifts          *widget.Label

	d *assignmentData
	// Loaded, when set, is called when the lists are on screen (tests).
	Loaded func()
}

// assignmentData is what the dialog reads.
type assignmentData struct {
	loc       *time.Location
	zone      string
	shifts    []data.Shift    // of the assignment, by start
	handovers []data.HandOver // of the delegation, by time
	loIDs     []string        // the delegation's LOs, for the hand-over editor
	loNames   []string
	names     map[string]string // LO id -> name
}

// ShowAssignment opens the shifts and hand-overs of assignment a; title
// names it ("LO — delegation").
func ShowAssignment(env kit.Env, a data.Assignment, title string) *Assignment {
	v := &Assignment{env: env, a: a, bar: kit.NewUndoBar(env)}
	v.shifts = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Day"), Width: 110}, {Title: lang.L("From"), Width: 70}, {Title: lang.L("To"), Width: 70}, {Title: lang.L("Notes"), Width: 300},
	})
	v.shifts.OnActivated = func(i int) { v.editShift(&v.d.shifts[i]) }
	v.shifts.Remember("assignment.shifts")
	v.handovers = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Time"), Width: 140}, {Title: lang.L("Outgoing LO"), Width: 150}, {Title: lang.L("Incoming LO"), Width: 150}, {Title: lang.L("Note"), Width: 300},
	})
	v.handovers.OnActivated = func(i int) { v.editHandOver(&v.d.handovers[i]) }
	v.handovers.Remember("assignment.handovers")
	v.noShifts = &widget.Label{Text: lang.L("No shifts: the LO covers the assignment's whole days."), Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance}
	add := func(text string, f func()) *widget.Button {
		return &widget.Button{Text: text, Icon: theme.ContentAddIcon(), OnTapped: f}
	}
	bold := func(s string) *widget.Label { return &widget.Label{Text: s, TextStyle: fyne.TextStyle{Bold: true}} }
	top := container.NewBorder(nil, nil, bold(lang.L("Shifts")), add(lang.L("Add shift"), func() { v.editShift(nil) }), v.noShifts)
	mid := container.NewBorder(nil, nil, bold(lang.L("Hand-overs of the delegation")), add(lang.L("Add hand-over"), func() { v.editHandOver(nil) }))
	body := container.NewVSplit(
		container.NewBorder(top, nil, nil, nil, v.shifts.WithDetail()),
		container.NewBorder(mid, nil, nil, nil, v.handovers.WithDetail()),
	)
	closeB := &widget.Button{Text: lang.L("Close"), OnTapped: func() { v.dlg.Hide() }}
	v.dlg = dialog.NewCustomWithoutButtons(title, container.NewBorder(nil, container.NewVBox(v.bar.View(), container.NewHBox(layout.NewSpacer(), closeB)), nil, nil, body), env.Win)
	v.dlg.Resize(kit.Fit(env.Win, 760, 560))
	v.dlg.Show()
	v.load()
	return v
}

func (v *Assignment) load() {
	a := v.a
	kit.Load(v.env, "load shifts", func(ctx context.Context, st *data.Store) (*assignmentData, error) {
		return loadAssignment(ctx, st, a)
	}, v.show)
}

func loadAssignment(ctx context.Context, st *data.Store, a data.Assignment) (*assignmentData, error) {
	ev, err := st.Event(ctx)
	if err != nil {
		return nil, err
	}
	d := &assignmentData{loc: ev.Location(), zone: ev.TimeZone, names: map[string]string{}}
	shifts, err := data.All[data.Shift](ctx, st)
	if err != nil {
		return nil, err
	}
	for _, sh := range shifts {
		if sh.AssignmentID == a.ID {
			d.shifts = append(d.shifts, sh)
		}
	}
	sort.Slice(d.shifts, func(i, j int) bool { return d.shifts[i].Starts.Before(d.shifts[j].Starts) })
	hs, err := data.All[data.HandOver](ctx, st)
	if err != nil {
		return nil, err
	}
	for _, h := range hs {
		if h.DelegationID == a.DelegationID {
			d.handovers = append(d.handovers, h)
		}
	}
	sort.Slice(d.handovers, func(i, j int) bool { return d.handovers[i].HandedAt.Before(d.handovers[j].HandedAt) })
	los, err := st.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return nil, err
	}
	for _, l := range los {
		d.names[l.ID] = l.FullName
	}
	as, err := st.FindAssignments(ctx, data.AssignmentFilter{DelegationID: a.DelegationID})
	if err != nil {
		return nil, err
	}
	for _, x := range as {
		if name, ok := d.names[x.LOID]; ok && !slices.Contains(d.loIDs, x.LOID) {
			d.loIDs, d.loNames = append(d.loIDs, x.LOID), append(d.loNames, name)
		}
	}
	return d, nil
}

func (v *Assignment) show(d *assignmentData) {
	v.d = d
	rows := make([][]string, len(d.shifts))
	for i, sh := range d.shifts {
		rows[i] = []string{sh.Starts.In(d.loc).Format(time.DateOnly), sh.Starts.In(d.loc).Format("15:04"), sh.Ends.In(d.loc).Format("15:04"), sh.Notes}
	}
	v.shifts.SetRows(rows)
	v.noShifts.Hidden = len(rows) > 0
	v.noShifts.Refresh()
	rows = make([][]string, len(d.handovers))
	for i, h := range d.handovers {
		rows[i] = []string{kit.DateTime(h.HandedAt, d.loc), d.names[h.FromLOID], d.names[h.ToLOID], firstLine(h.Note)}
	}
	v.handovers.SetRows(rows)
	if v.Loaded != nil {
		v.Loaded()
	}
}

// editShift opens a shift's editor; sh nil is a new one, after the last
// (07:00-18:00 on the next day, or on the assignment's first day).
func (v *Assignment) editShift(sh *data.Shift) {
	d := v.d
	if d == nil {
		return
	}
	rec := data.Shift{AssignmentID: v.a.ID}
	title := lang.L("New shift")
	if sh != nil {
		rec, title = *sh, lang.L("Edit shift")
	} else {
		rec.Starts, rec.Ends = v.nextShift()
	}
	starts := kit.Entry(kit.DateTime(rec.Starts, d.loc), field.TimeLayout)
	ends := kit.Entry(kit.DateTime(rec.Ends, d.loc), field.TimeLayout)
	notes := kit.Entry(rec.Notes, "")
	e := kit.NewEditor(v.env, title, []kit.Field{
		{Name: "starts", Label: lang.L("Starts"), Widget: starts, Hint: lang.L("YYYY-MM-DD HH:MM, the event's time")},
		{Name: "ends", Label: lang.L("Ends"), Widget: ends, Hint: lang.L("A night shift may end the next morning")},
		{Label: lang.L("Notes"), Widget: notes},
	})
	e.Collect = func() error {
		var err error
		if rec.Starts, err = field.ParseLocal(starts.Text, d.zone); err != nil {
			return field.New("starts", err)
		}
		if rec.Ends, err = field.ParseLocal(ends.Text, d.zone); err != nil {
			return field.New("ends", err)
		}
		rec.Notes = kit.Trimmed(notes)
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error { r := rec; return duty.SaveShift(ctx, st, &r) }
	e.Saved = v.load
	if sh != nil {
		e.OnDelete(func() { v.bar.Delete(sh, lang.L("the shift"), nil, v.load) })
		kit.TrackRecord(e, sh, v.editShift)
	}
	e.Resize(520, 360)
	e.Show(starts)
}

// nextShift is the default of a new shift.
func (v *Assignment) nextShift() (time.Time, time.Time) {
	d := v.d
	if n := len(d.shifts); n > 0 {
		last := d.shifts[n-1]
		return last.Starts.AddDate(0, 0, 1), last.Ends.AddDate(0, 0, 1)
	}
	day, err := time.ParseInLocation(time.DateOnly, v.a.FromDate, d.loc)
	if err != nil {
		now := time.Now().In(d.loc)
		day = time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, d.loc)
	}
	return day.Add(7 * time.Hour), day.Add(18 * time.Hour)
}

// editHandOver opens a hand-over's editor; h nil is a new one from this
// assignment's LO to another of the delegation's.
func (v *Assignment) editHandOver(h *data.HandOver) {
	d := v.d
	if d == nil {
		return
	}
	rec := data.HandOver{DelegationID: v.a.DelegationID, FromLOID: v.a.LOID}
	title := lang.L("New hand-over")
	if h != nil {
		rec, title = *h, lang.L("Edit hand-over")
	} else {
		for _, id := range d.loIDs {
			if id != v.a.LOID {
				rec.ToLOID = id
				break
			}
		}
		if n := len(d.shifts); n > 0 {
			rec.HandedAt = d.shifts[n-1].Ends
		} else {
			rec.HandedAt = time.Now().Truncate(time.Minute)
		}
	}
	ids, names := d.loIDs, d.loNames
	for _, id := range []string{rec.FromLOID, rec.ToLOID} {
		if id != "" && !slices.Contains(ids, id) {
			ids, names = append(slices.Clone(ids), id), append(slices.Clone(names), d.names[id])
		}
	}
	from := kit.NewIDSelect(ids, names, rec.FromLOID)
	to := kit.NewIDSelect(ids, names, rec.ToLOID)
	at := kit.Entry(kit.DateTime(rec.HandedAt, d.loc), field.TimeLayout)
	note := kit.TextArea(rec.Note)
	e := kit.NewEditor(v.env, title, []kit.Field{
		{Name: "from_lo", Label: lang.L("Outgoing LO"), Widget: from.Select},
		{Name: "to_lo", Label: lang.L("Incoming LO"), Widget: to.Select},
		{Name: "handed_at", Label: lang.L("Time"), Widget: at, Hint: lang.L("YYYY-MM-DD HH:MM, the event's time")},
		{Label: lang.L("Note"), Widget: note, Hint: lang.L("What is open: requests, steps, incidents, gifts, the next movements")},
	})
	e.Collect = func() error {
		var err error
		if rec.HandedAt, err = field.ParseLocal(at.Text, d.zone); err != nil {
			return field.New("handed_at", err)
		}
		rec.FromLOID, rec.ToLOID, rec.Note = from.ID(), to.ID(), kit.Trimmed(note)
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error { r := rec; return duty.SaveHandOver(ctx, st, &r) }
	e.Saved = v.load
	if h != nil {
		e.OnDelete(func() { v.bar.Delete(h, lang.L("the hand-over"), nil, v.load) })
		kit.TrackRecord(e, h, v.editHandOver)
	}
	e.Resize(700, 460) // the note's hint on one line in Bahasa Indonesia
	e.Show(note)
}

// firstLine is the first line of a text, for a table cell.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
