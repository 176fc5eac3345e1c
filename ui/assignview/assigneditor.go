package assignview

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/dutyview"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// assignEditor is the form of one assignment. The conflicts it would
// cause are worked out in memory against the board as loaded and shown
// under the form as the user edits, before saving.
type assignEditor struct {
	b   *Board
	a   data.Assignment // as loaded; ID "" for a new one
	dlg *dialog.FormDialog

	lo, del, person *widget.Select
	role            *widget.RadioGroup
	from, to, notes *widget.Entry
	stay            *widget.Label
	warn            *widget.Label
	people          []data.Person // of the chosen delegation
}

// edit opens the editor on a, or on a new assignment for the given LO
// and delegation (either may be "").
func (b *Board) edit(a *data.Assignment, loID, delID string) *assignEditor {
	if b.d == nil {
		return nil
	}
	d := b.d
	e := &assignEditor{b: b}
	title := lang.L("Edit assignment")
	if a != nil {
		e.a = *a
	} else {
		title = lang.L("New assignment")
		e.a = data.Assignment{LOID: loID, DelegationID: delID, Role: data.AssignLead}
	}
	loNames := make([]string, len(d.los))
	for i, l := range d.los {
		loNames[i] = l.FullName
	}
	e.lo = widgets.NewSelect(loNames, func(string) { e.update() })
	e.lo.PlaceHolder = lang.L("Choose an LO")
	delNames := make([]string, len(d.dels))
	for i := range d.dels {
		delNames[i] = d.dels[i].Code + " " + d.dels[i].Name
	}
	e.person = widgets.NewSelect(nil, func(string) { e.update() })
	e.del = widgets.NewSelect(delNames, func(string) { e.delegationChanged(); e.update() })
	e.del.PlaceHolder = lang.L("Choose a delegation")
	e.role = widget.NewRadioGroup([]string{enumLabel("assign", data.AssignLead), enumLabel("assign", data.AssignAssistant)}, func(string) { e.update() })
	e.role.Horizontal = true
	e.role.Required = true
	entry := func(text string, v fyne.StringValidator) *widget.Entry {
		en := &widget.Entry{Text: text, Validator: v, OnSubmitted: func(string) { e.dlg.Submit() }, OnChanged: func(string) { e.update() }}
		en.ExtendBaseWidget(en)
		return en
	}
	e.from = entry(e.a.FromDate, validDate)
	e.to = entry(e.a.ToDate, e.validTo)
	e.notes = entry(e.a.Notes, nil)
	e.stay = &widget.Label{Importance: widget.LowImportance}
	e.warn = &widget.Label{Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord}

	for i := range d.los {
		if d.los[i].ID == e.a.LOID {
			e.lo.SetSelectedIndex(i)
		}
	}
	for i := range d.dels {
		if d.dels[i].ID == e.a.DelegationID {
			e.del.SetSelectedIndex(i)
		}
	}
	e.delegationChanged()
	for i, p := range e.people {
		if p.ID == e.a.PersonID {
			e.person.SetSelectedIndex(i + 1)
		}
	}
	if e.a.Role == data.AssignAssistant {
		e.role.SetSelected(e.role.Options[1])
	} else {
		e.role.SetSelected(e.role.Options[0])
	}
	items := []*widget.FormItem{
		{Text: lang.L("Liaison officer"), Widget: e.lo},
		{Text: lang.L("Delegation"), Widget: e.del},
		{Text: lang.L("Person"), Widget: e.person, HintText: lang.L("Optional: the person the LO looks after")},
		{Text: lang.L("Role"), Widget: e.role},
		{Text: lang.L("From"), Widget: e.from},
		{Text: lang.L("To"), Widget: e.to},
		{Widget: e.stay},
		{Text: lang.L("Notes"), Widget: e.notes},
		{Widget: e.warn},
	}
	if a != nil {
		items = append(items, &widget.FormItem{Widget: container.NewHBox(
			&widget.Button{Text: lang.L("Shifts and hand-overs…"), Icon: theme.HistoryIcon(), OnTapped: e.showDuty},
			&widget.Button{Text: lang.L("Delete assignment…"), Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: e.confirmDelete},
		)})
	}
	e.dlg = dialog.NewForm(title, lang.L("Save"), lang.L("Cancel"), items, e.closed, b.env.Win)
	e.dlg.Resize(kit.Fit(b.env.Win, 560, 540))
	e.update()
	e.dlg.Show()
	return e
}

// showDuty opens the assignment's shifts and its delegation's
// hand-overs (ui/dutyview) over the editor.
func (e *assignEditor) showDuty() {
	l, d := e.b.d.loByID[e.a.LOID], e.b.d.delBy[e.a.DelegationID]
	title := lang.L("Shifts and hand-overs")
	if l != nil && d != nil {
		title += " · " + l.FullName + " · " + d.Code + " " + d.Name
	}
	dutyview.ShowAssignment(*e.b.env, e.a, title)
}

func (e *assignEditor) validTo(s string) error {
	if err := validDate(s); err != nil {
		return err
	}
	from := strings.TrimSpace(e.from.Text)
	if from == "" {
		from = e.from.PlaceHolder // the delegation's arrival
	}
	if s != "" && from != "" && validDate(from) == nil && s < from {
		return errors.New(lang.L("The last day is before the first."))
	}
	return nil
}

// delegationChanged offers the chosen delegation's people and stay.
func (e *assignEditor) delegationChanged() {
	e.people = nil
	opts := []string{lang.L("Whole delegation")}
	if i := e.del.SelectedIndex(); i >= 0 {
		id := e.b.d.dels[i].ID
		e.people = e.b.d.people[id]
		for _, p := range e.people {
			opts = append(opts, p.FullName)
		}
		stay := e.b.d.stay(id)
		e.from.PlaceHolder, e.to.PlaceHolder = stay.From, stay.To
		e.from.Refresh()
		e.to.Refresh()
		e.stay.SetText(lang.L("Empty dates: the delegation's stay, {{.Period}}", map[string]any{"Period": periodText(stay)}))
	}
	e.person.SetOptions(opts)
	e.person.SetSelectedIndex(0)
}

// record is the assignment as the form says.
func (e *assignEditor) record() *data.Assignment {
	a := e.a
	a.LOID, a.DelegationID, a.PersonID = "", "", ""
	if i := e.lo.SelectedIndex(); i >= 0 {
		a.LOID = e.b.d.los[i].ID
	}
	if i := e.del.SelectedIndex(); i >= 0 {
		a.DelegationID = e.b.d.dels[i].ID
	}
	if i := e.person.SelectedIndex(); i > 0 && i <= len(e.people) {
		a.PersonID = e.people[i-1].ID
	}
	a.Role = data.AssignLead
	if e.role.Selected == e.role.Options[1] {
		a.Role = data.AssignAssistant
	}
	a.FromDate, a.ToDate = strings.TrimSpace(e.from.Text), strings.TrimSpace(e.to.Text)
	a.Notes = strings.TrimSpace(e.notes.Text)
	return &a
}

// update shows the conflicts the assignment would cause.
func (e *assignEditor) update() {
	if e.warn == nil || e.from.Validate() != nil || e.to.Validate() != nil {
		return
	}
	ws := e.b.d.preview(e.record())
	if len(ws) == 0 {
		e.warn.SetText("")
		return
	}
	e.warn.SetText(lang.L("Saving it causes:") + "\n• " + strings.Join(ws, "\n• "))
}

func (e *assignEditor) closed(ok bool) {
	if !ok {
		return
	}
	a := e.record()
	env := e.b.env
	switch {
	case a.LOID == "":
		dialog.ShowError(errors.New(lang.L("Choose the liaison officer.")), env.Win)
		return
	case a.DelegationID == "":
		dialog.ShowError(errors.New(lang.L("Choose the delegation.")), env.Win)
		return
	}
	env.Go(func() {
		ctx := context.Background()
		var err error
		if a.ID == "" {
			err = sop.NewAssignment(ctx, env.Store, a)
		} else {
			err = env.Store.Update(ctx, a)
		}
		env.Do(func() {
			if err != nil {
				env.ShowError("save assignment", err, message(env, err))
				return
			}
			env.Changed()
			e.b.Load()
		})
	})
}

func (e *assignEditor) confirmDelete() {
	env := e.b.env
	a := e.a
	what := e.b.d.loName(a.LOID) + " – " + e.b.d.delName(a.DelegationID)
	dialog.ShowConfirm(lang.L("Delete assignment?"),
		lang.L("Delete the assignment {{.What}} and its checklist?", map[string]any{"What": what}),
		func(ok bool) {
			if !ok {
				return
			}
			e.dlg.Hide()
			deleteWithUndo(env, &a, lang.L("The assignment {{.What}} was deleted.", map[string]any{"What": what}), e.b.Load)
		}, env.Win)
}
