package assignview

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/assign"
	"lodesk/app/field"
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
	dlg *kit.Editor

	lo, del         *widgets.SearchSelect
	person          *kit.Select
	role            *kit.Select // a select, not radio buttons: those swallow Escape
	from, to, notes *kit.Input
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
	e.lo = widgets.NewSearchSelect(loNames, func(string) { e.update() })
	e.lo.PlaceHolder = lang.L("Choose an LO")
	delNames := make([]string, len(d.dels))
	for i := range d.dels {
		delNames[i] = d.dels[i].Code + " " + d.dels[i].Name
	}
	e.person = kit.NewSelect(nil, func(string) { e.update() })
	e.del = widgets.NewSearchSelect(delNames, func(string) { e.delegationChanged(); e.update() })
	e.del.PlaceHolder = lang.L("Choose a delegation")
	e.role = kit.NewSelect([]string{kit.EnumLabel("assign", data.AssignLead), kit.EnumLabel("assign", data.AssignAssistant)}, func(string) { e.update() })
	entry := func(text string, v fyne.StringValidator) *kit.Input {
		en := kit.InputOf(&widget.Entry{Text: text, Validator: v, OnChanged: func(string) { e.update() }})
		en.ExtendBaseWidget(en)
		return en
	}
	e.from = entry(e.a.FromDate, kit.Validator(func(s string) error { _, err := field.Date(s); return err }))
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
	e.dlg = kit.NewEditor(*b.env, title, []kit.Field{
		{Name: "lo", Label: lang.L("Liaison officer"), Widget: e.lo},
		{Name: "delegation", Label: lang.L("Delegation"), Widget: e.del},
		{Name: "person", Label: lang.L("Person"), Widget: e.person, Hint: lang.L("Optional: the person the LO looks after")},
		{Name: "role", Label: lang.L("Role"), Widget: e.role},
		{Name: "from", Label: lang.L("From"), Widget: e.from},
		{Name: "to", Label: lang.L("To"), Widget: e.to},
		{Widget: e.stay},
		{Label: lang.L("Notes"), Widget: e.notes},
		{Widget: e.warn},
	})
	if a != nil {
		kit.TrackRecord(e.dlg, a, func(x *data.Assignment) { b.edit(x, x.LOID, x.DelegationID) })
		e.dlg.AddButton(kit.NewButton(lang.L("Shifts and hand-overs…"), theme.HistoryIcon(), widget.MediumImportance, e.showDuty))
		what := d.loName(e.a.LOID) + " – " + d.delName(e.a.DelegationID)
		e.dlg.AddButton(kit.NewButton(lang.L("Delete assignment…"), theme.DeleteIcon(), widget.DangerImportance, func() {
			e.dlg.Hide()
			b.undo.Delete(&e.a, what, nil, b.Load)
		}))
	}
	var saved data.Assignment
	e.dlg.Collect = func() error {
		for name, en := range map[string]*kit.Input{"from": e.from, "to": e.to} {
			if err := en.Validate(); err != nil {
				return field.New(name, err)
			}
		}
		saved = *e.record()
		return nil
	}
	e.dlg.Save = func(ctx context.Context, st *data.Store) error {
		a := saved
		return assign.Save(ctx, st, &a)
	}
	e.dlg.Saved = b.Load
	e.dlg.Resize(560, 560)
	e.update()
	e.dlg.Show(nil)
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
	if _, err := field.Date(s); err != nil {
		return kit.Problem(err)
	}
	from := strings.TrimSpace(e.from.Text)
	if from == "" {
		from = e.from.PlaceHolder // the delegation's arrival
	}
	if from, err := field.Date(from); err == nil && s != "" && from != "" && s < from {
		return fmt.Errorf("%s: %w", lang.L("The last day is before the first."), field.ErrEndBeforeStart)
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
