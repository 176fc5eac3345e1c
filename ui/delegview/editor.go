package delegview

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/delegations"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
)

// editor is a form in a dialog whose Save checks and writes off the UI
// goroutine, keeping the dialog open with the problem when it fails.
type editor struct {
	s       *Screen
	form    *widget.Form
	problem *widget.Label
	save    *widget.Button
	dlg     *dialog.CustomDialog
	// write checks and stores the record; it runs off the UI goroutine.
	write func(ctx context.Context, st *data.Store) error
	// collect reads the widgets into the record before write; false stops.
	collect func() bool
	// seated is what write's regeneration of seats moved, told after Save.
	seated []seating.ItemMoves
}

func (s *Screen) newEditor(title string, items []*widget.FormItem, extra ...fyne.CanvasObject) *editor {
	e := &editor{s: s, form: &widget.Form{Items: items}}
	e.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	e.problem.Hide()
	e.save = &widget.Button{Text: lang.L("Save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: e.submit}
	cancel := &widget.Button{Text: lang.L("Cancel"), Icon: theme.CancelIcon(), OnTapped: func() { e.dlg.Hide() }}
	buttons := container.NewHBox(append(extra, layout.NewSpacer(), cancel, e.save)...)
	body := container.NewBorder(nil, container.NewVBox(e.problem, buttons), nil, nil, container.NewVScroll(e.form))
	e.dlg = dialog.NewCustomWithoutButtons(title, body, s.env.Win)
	e.dlg.Resize(kit.Fit(s.env.Win, 640, 640))
	return e
}

// submit is Save and Enter in a one-line field.
func (e *editor) submit() {
	if e.save.Disabled() {
		return
	}
	if e.collect != nil && !e.collect() {
		return
	}
	e.save.Disable()
	e.s.env.Go(func() {
		err := e.write(context.Background(), e.s.env.Store)
		e.s.env.Do(func() {
			e.save.Enable()
			if err != nil {
				e.fail(e.s.message(err))
				return
			}
			e.dlg.Hide()
			e.s.env.Changed()
			e.s.env.ShowSeatingMoves(e.seated)
		})
	})
}

// reseat regenerates the seat maps and photo line-ups after a change of
// precedence or attendance, keeping what was placed by hand.
func reseat(ctx context.Context, st *data.Store) ([]seating.ItemMoves, error) {
	moved, err := seating.RegenerateAll(ctx, st)
	if err != nil {
		return moved, fmt.Errorf("saved, but regenerating the seating failed: %w", err)
	}
	return moved, nil
}

// fail shows what to fix under the form.
func (e *editor) fail(msg string) {
	e.problem.SetText(msg)
	e.problem.Show()
}

func notes(text string) *widget.Entry {
	en := &widget.Entry{MultiLine: true, Wrapping: fyne.TextWrapWord, Text: text}
	en.SetMinRowsVisible(3)
	return en
}

// editDelegation opens the delegation editor; d without an id is new.
func (s *Screen) editDelegation(d *data.Delegation) {
	rec := *d
	var e *editor
	code := &widget.Entry{Text: d.Code}
	name := &widget.Entry{Text: d.Name}
	kind := newEnumSelect("kind", data.DelegationKinds, d.Kind)
	country := newCountryPicker(d.Country)
	prec := &widget.Entry{Text: strconv.Itoa(d.Precedence)}
	rel := newEnumSelect("relations", data.Relations, d.Relations)
	relNotes := &widget.Entry{Text: d.RelationsNotes}
	langs := newLanguagePicker(s.env.Win, d.Languages)
	status := newEnumSelect("status", data.DelegationStatuses, d.Status)
	notesE := notes(d.Notes)
	items := []*widget.FormItem{
		{Text: lang.L("Code"), Widget: code, HintText: lang.L("Unique, e.g. FRA")},
		{Text: lang.L("Name"), Widget: name},
		{Text: lang.L("Kind"), Widget: kind.Select},
		{Text: lang.L("Country"), Widget: country.Select},
		{Text: lang.L("Precedence"), Widget: prec, HintText: lang.L("1 comes first")},
		{Text: lang.L("Relations"), Widget: rel.Select},
		{Text: lang.L("Relations notes"), Widget: relNotes},
		{Text: lang.L("Languages"), Widget: langs.view},
		{Text: lang.L("Status"), Widget: status.Select},
		{Text: lang.L("Notes"), Widget: notesE},
	}
	title := lang.L("Edit delegation")
	if d.ID == "" {
		title = lang.L("New delegation")
	}
	e = s.newEditor(title, items)
	for _, en := range []*widget.Entry{code, name, prec, relNotes} {
		en.OnSubmitted = func(string) { e.submit() }
	}
	e.collect = func() bool {
		n, err := strconv.Atoi(strings.TrimSpace(prec.Text))
		if strings.TrimSpace(prec.Text) == "" {
			n, err = 0, nil
		}
		if err != nil {
			e.fail(lang.L("Precedence: a whole number, e.g. 12"))
			return false
		}
		rec.Code, rec.Name, rec.Kind, rec.Country = code.Text, name.Text, kind.Code(), country.Code()
		rec.Precedence, rec.Relations, rec.RelationsNotes = n, rel.Code(), strings.TrimSpace(relNotes.Text)
		rec.Languages, rec.Status, rec.Notes = langs.Codes(), status.Code(), strings.TrimSpace(notesE.Text)
		return true
	}
	e.write = func(ctx context.Context, st *data.Store) error {
		r := rec
		if err := delegations.Check(ctx, st, &r); err != nil {
			return err
		}
		if r.ID == "" {
			if err := st.Insert(ctx, &r); err != nil {
				return err
			}
			s.env.Do(func() { s.selected = r.ID })
			return nil // no members yet: nobody to seat
		}
		if err := st.Update(ctx, &r); err != nil {
			return err
		}
		if r.Precedence == d.Precedence && r.Status == d.Status {
			return nil // who sits where is unchanged
		}
		var err error
		e.seated, err = reseat(ctx, st)
		return err
	}
	e.dlg.Show()
	s.env.Win.Canvas().Focus(code)
}

func (s *Screen) newDelegation() {
	next := 1
	if s.snap != nil {
		for _, r := range s.snap.rows {
			next = max(next, r.d.Precedence+1)
		}
	}
	s.editDelegation(&data.Delegation{Kind: data.KindCountry, Status: data.StatusExpected, Relations: data.RelationsFull, Precedence: next})
}
