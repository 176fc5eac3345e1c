package kit

import (
	"context"
	"errors"
	"log/slog"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/seating"
	"lodesk/data"
)

// Field is one line of an editor's form.
type Field struct {
	// Name is the field's name in the record's rules (a *field.Error's
	// Field), "" for a line no rule names.
	Name   string
	Label  string
	Hint   string
	Widget fyne.CanvasObject
}

// Editor is the one editor dialog of the window: a record's form with
// Save (also Enter in a one-line entry), Cancel and, for a stored record,
// History and Delete. Save reads the form (Collect) on the UI goroutine,
// then checks and writes (Save) off it; a problem is shown beside its
// field and under the form, and the dialog stays open with everything
// typed: the form is never lost. Only a successful Save closes it.
type Editor struct {
	env     Env
	dlg     *dialog.CustomDialog
	form    *widget.Form
	problem *ProblemLabel
	labels  map[string]string
	beside  map[string]*widget.Label
	buttons *fyne.Container
	saveBtn *Button
	cancel  *Button
	extra   []*Button // Delete, History, a screen's own (ButtonRow)
	scroll  *container.Scroll

	shown   bool            // open, not yet closed
	touched map[string]bool // the lines left since it opened (leave.go)
	checks  int             // Check runs started, the last one counts

	// Collect reads the widgets into the record and applies the rules
	// that need nothing but the record (a kind's CheckFields), so that a
	// mistake shows at once; its error (a *field.Error) is shown and
	// nothing is written.
	Collect func() error
	// Check, when set, runs on the UI goroutine once Collect read the
	// form after a field was left, and returns the rules of app/ that need
	// the event file (those Save applies) to run off it; what they say is
	// marked beside the fields left so far. CheckOn sets it.
	Check func() func(ctx context.Context, st *data.Store) error
	// Save checks the record and writes it through its kind's rules in
	// app/, off the UI goroutine.
	Save func(ctx context.Context, st *data.Store) error
	// Saved runs on the UI goroutine once Save succeeded, after the
	// window was told that data changed.
	Saved func()
	// Moves, when set, says off the UI goroutine who saving would move in
	// the seat maps and photo line-ups; when that is more than a few
	// people already seated, the editor shows who and asks first.
	Moves func(ctx context.Context, st *data.Store) ([]seating.ItemMoves, error)

	track   *tracked       // the stored record edited (Track; editing.go)
	changed *ChangedDialog // the warning that it changed underneath
}

// NewEditor builds an editor titled title over fields; Show opens it.
func NewEditor(env Env, title string, fields []Field) *Editor {
	e := &Editor{env: env, labels: map[string]string{}, beside: map[string]*widget.Label{}, touched: map[string]bool{}}
	e.form = &widget.Form{}
	for _, f := range fields {
		w := f.Widget
		if f.Name != "" {
			l := &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
			l.Hide()
			e.labels[f.Name], e.beside[f.Name] = f.Label, l
			w = newFieldBox(f.Widget, l)
			e.watchLeaving(f.Name, f.Widget)
		}
		if en, ok := f.Widget.(*Input); ok && !en.MultiLine && en.OnSubmitted == nil {
			en.OnSubmitted = func(string) { e.Submit() }
		}
		e.form.Items = append(e.form.Items, &widget.FormItem{Text: f.Label, Widget: w, HintText: f.Hint})
	}
	e.problem = &ProblemLabel{}
	e.problem.Importance, e.problem.Wrapping = widget.DangerImportance, fyne.TextWrapWord
	e.problem.ExtendBaseWidget(e.problem)
	e.problem.Hide()
	e.saveBtn = NewButton(lang.L("Save"), theme.DocumentSaveIcon(), widget.HighImportance, e.Submit)
	e.cancel = NewButton(lang.L("Cancel"), theme.CancelIcon(), widget.MediumImportance, func() { e.dlg.Hide() })
	e.buttons = ButtonRow(nil, e.cancel, e.saveBtn)
	var form fyne.CanvasObject
	e.scroll, form = WheelScroll(e.form)
	body := container.NewBorder(nil, container.NewVBox(e.problem, e.buttons), nil, nil, form)
	e.dlg = dialog.NewCustomWithoutButtons(title, body, env.Win)
	e.dlg.SetOnClosed(e.closed)
	e.dlg.Resize(Fit(env.Win, 680, 680))
	return e
}

// closed notes that the editor closed (and its record is no longer
// edited).
func (e *Editor) closed() {
	e.shown = false
	if tr := e.track; tr != nil && tr.open {
		tr.open = false
		e.env.Editing.done()
	}
}

// ProblemLabel is what an editor says is wrong, under its form (tests
// find it by its type).
type ProblemLabel struct{ widget.Label }

// FieldBox is a form line's widget with its problem under it.
type FieldBox struct {
	widget.BaseWidget
	Widget  fyne.CanvasObject // the line's own widget
	problem *widget.Label
}

func newFieldBox(w fyne.CanvasObject, problem *widget.Label) *FieldBox {
	b := &FieldBox{Widget: w, problem: problem}
	b.ExtendBaseWidget(b)
	return b
}

// CreateRenderer stacks the widget over its problem.
func (b *FieldBox) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewVBox(b.Widget, b.problem))
}

// AddButton puts b at the left of the editor's buttons (History, Delete,
// a screen's own), as ButtonRow lays them out.
func (e *Editor) AddButton(b *Button) {
	e.extra = append(e.extra, b)
	e.buttons.Objects = ButtonRow(e.extra, e.cancel, e.saveBtn).Objects
	e.buttons.Refresh()
}

// OnDelete adds Delete, which closes the editor and calls del (which asks
// before deleting, e.g. UndoBar.Delete).
func (e *Editor) OnDelete(del func()) {
	e.AddButton(NewButton(lang.L("Delete"), theme.DeleteIcon(), widget.DangerImportance, func() {
		e.dlg.Hide()
		del()
	}))
}

// History adds History, which shows the audit trail of the record id of
// table (times in loc).
func (e *Editor) History(table, id string, loc *time.Location) {
	e.AddButton(NewButton(lang.L("History"), theme.HistoryIcon(), widget.MediumImportance, func() { ShowHistory(e.env, table, id, loc) }))
}

// Resize sets the dialog's size, within the window.
func (e *Editor) Resize(w, h float32) { e.dlg.Resize(Fit(e.env.Win, w, h)) }

// Show opens the editor and focuses focus, if any.
func (e *Editor) Show(focus fyne.Focusable) {
	e.shown = true
	e.dlg.Show()
	e.opened()
	if focus != nil {
		e.env.Win.Canvas().Focus(focus)
	}
}

// Hide closes the editor.
func (e *Editor) Hide() { e.dlg.Hide() }

// Submit is the Save button: Collect, then Save off the UI goroutine.
func (e *Editor) Submit() {
	if e.saveBtn.Disabled() {
		return
	}
	e.clear()
	if e.Collect != nil {
		if err := e.Collect(); err != nil {
			e.Fail(err)
			return
		}
	}
	e.saveBtn.Disable()
	if e.Moves == nil {
		e.save()
		return
	}
	e.env.Go(func() {
		moves, err := e.Moves(context.Background(), e.env.Store)
		e.env.Do(func() {
			switch {
			case err != nil:
				e.saveBtn.Enable()
				e.Fail(err)
			case seating.Many(moves):
				ConfirmSeatingChange(e.env.Win, moves, e.save)
				e.saveBtn.Enable()
			default:
				e.save()
			}
		})
	})
}

// save writes the record off the UI goroutine and closes the dialog.
func (e *Editor) save() {
	e.saveBtn.Disable()
	seen := e.seenVersion()
	e.env.Go(func() {
		if e.underneath(seen) { // changed by a sync meanwhile: ask first
			return
		}
		err := e.Save(context.Background(), e.env.Store)
		e.env.Do(func() {
			e.saveBtn.Enable()
			if err != nil {
				e.Fail(err)
				return
			}
			e.dlg.Hide()
			e.env.Changed()
			if e.Saved != nil {
				e.Saved()
			}
		})
	})
}

// First is the errors of errs that are not nil, in the order the form
// shows their fields (an error naming no field of it comes last), joined
// (errors.Join), so that Fail shows them all at once; nil when all are
// nil. Collect uses it to report what cannot be read and what the rules
// refuse.
func (e *Editor) First(errs ...error) error {
	order := map[string]int{}
	for i, it := range e.form.Items {
		if b, ok := it.Widget.(*FieldBox); ok {
			for name, l := range e.beside {
				if l == b.problem {
					order[name] = i
				}
			}
		}
	}
	pos := func(err error) int {
		if p, ok := order[field.Of(err)]; ok {
			return p
		}
		return len(e.form.Items)
	}
	var found []error
	for _, err := range errs {
		if err != nil {
			found = append(found, err)
		}
	}
	sort.SliceStable(found, func(i, j int) bool { return pos(found[i]) < pos(found[j]) })
	if len(found) == 1 {
		return found[0]
	}
	return errors.Join(found...)
}

// Fail shows err: beside its field and, with the field's label, under the
// form; each of joined errors (First) beside its own field, all at once.
// An error no rule explains is logged too.
func (e *Editor) Fail(err error) {
	var lines []string
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, one := range j.Unwrap() {
			lines = append(lines, e.failOne(one))
		}
	} else {
		lines = append(lines, e.failOne(err))
	}
	e.problem.SetText(strings.Join(lines, "\n"))
	e.problem.Show()
}

// failOne shows err beside its field and returns what to say under the
// form.
func (e *Editor) failOne(err error) string {
	msg := Explain(err)
	name := field.Of(err)
	if msg == "" {
		slog.Error("save", "err", err)
		msg = e.env.ErrorText(err)
		name = ""
	}
	if l, ok := e.beside[name]; ok {
		l.SetText(msg)
		l.Show()
		e.form.Refresh()
	}
	switch label, ok := e.labels[name]; {
	case ok:
		msg = FieldText(label, err, msg)
	case name != "":
		msg = FieldText(name, err, msg)
	}
	return msg
}

// clear hides the problems of the last Save.
func (e *Editor) clear() {
	for _, l := range e.beside {
		l.Hide()
	}
	e.problem.Hide()
}
