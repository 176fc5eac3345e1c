package fieldview

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// editor is a record's form in a dialog: Save (also Enter in any one-line
// entry), Cancel, and for a stored record History and Delete. problem says
// what to fix when the form does not validate.
type editor struct {
	env     kit.Env
	dlg     *dialog.CustomDialog
	form    *widget.Form
	problem *widget.Label

	save, cancel, history, del *widget.Button

	// onSave validates and writes off the UI goroutine; it returns the
	// error to show (nil closes the dialog).
	onSave func() (write func() error, err error)
}

// newEditor builds the dialog; rec is nil for a new record; names give the
// event's zone for the history; onDelete, if set, deletes the record.
func newEditor(env kit.Env, title string, items []*widget.FormItem, rec *ref, names *names, onDelete func()) *editor {
	e := &editor{env: env, form: widget.NewForm(items...)}
	e.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	e.problem.Hide()
	e.save = &widget.Button{Text: lang.L("Save"), Icon: theme.DocumentSaveIcon(), Importance: widget.HighImportance, OnTapped: e.submit}
	e.cancel = &widget.Button{Text: lang.L("Cancel"), OnTapped: func() { e.dlg.Hide() }}
	buttons := []fyne.CanvasObject{}
	if rec != nil {
		e.history = &widget.Button{Text: lang.L("History"), Icon: theme.HistoryIcon(), OnTapped: func() { showHistory(env, *rec, names) }}
		buttons = append(buttons, e.history)
		if onDelete != nil {
			e.del = &widget.Button{Text: lang.L("Delete"), Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: func() {
				e.dlg.Hide()
				onDelete()
			}}
			buttons = append(buttons, e.del)
		}
	}
	buttons = append(buttons, e.cancel, e.save)
	for _, it := range items {
		if en, ok := it.Widget.(*widget.Entry); ok && !en.MultiLine {
			en.OnSubmitted = func(string) { e.submit() }
		}
	}
	body := container.NewBorder(nil, e.problem, nil, nil, container.NewVScroll(e.form))
	e.dlg = dialog.NewCustomWithoutButtons(title, body, env.Win)
	e.dlg.SetButtons(buttons)
	e.dlg.Resize(kit.Fit(env.Win, 760, 680))
	return e
}

// lastEditor is the editor opened last (tests).
var lastEditor *editor

func (e *editor) show() {
	lastEditor = e
	e.dlg.Show()
}

// submit validates on the UI goroutine and writes off it.
func (e *editor) submit() {
	write, err := e.onSave()
	if err != nil {
		e.fail(err)
		return
	}
	e.problem.Hide()
	e.save.Disable()
	e.env.Go(func() {
		err := write()
		e.env.Do(func() {
			e.save.Enable()
			if err != nil {
				e.fail(err)
				return
			}
			e.dlg.Hide()
			e.env.Changed()
		})
	})
}

func (e *editor) fail(err error) {
	e.problem.SetText(message(e.env, err))
	e.problem.Show()
}

// enumSelect is a Select of translated codes; code reads the choice back.
type enumSelect struct {
	*widget.Select
	codes []string
}

func newEnumSelect(prefix string, codes []string, current string, changed func(code string)) *enumSelect {
	s := &enumSelect{codes: codes}
	s.Select = widgets.NewSelect(enumLabels(prefix, codes), nil)
	for i, c := range codes {
		if c == current {
			s.SetSelectedIndex(i)
		}
	}
	if changed != nil {
		s.OnChanged = func(string) { changed(s.code()) }
	}
	return s
}

func (s *enumSelect) code() string {
	if i := s.SelectedIndex(); i >= 0 && i < len(s.codes) {
		return s.codes[i]
	}
	return ""
}

func (s *enumSelect) setCode(code string) {
	for i, c := range s.codes {
		if c == code {
			s.SetSelectedIndex(i)
			return
		}
	}
}

// idSelect is a Select of named records (ids behind the names); the
// first option may stand for none.
type idSelect struct {
	*widget.Select
	ids []string
}

func newIDSelect(ids, labels []string, current string) *idSelect {
	s := &idSelect{ids: ids, Select: widgets.NewSelect(labels, nil)}
	s.setID(current)
	return s
}

func (s *idSelect) id() string {
	if i := s.SelectedIndex(); i >= 0 && i < len(s.ids) {
		return s.ids[i]
	}
	return ""
}

func (s *idSelect) setID(id string) {
	for i, x := range s.ids {
		if x == id {
			s.SetSelectedIndex(i)
			return
		}
	}
	s.ClearSelected()
}

// setOptions swaps the choices, keeping the chosen id if it is still one.
func (s *idSelect) setOptions(ids, labels []string) {
	cur := s.id()
	s.ids = ids
	s.Options = labels
	s.setID(cur)
	s.Refresh()
}

// delegationSelect lists the delegations by precedence; with none, the
// first choice is "(none)".
func delegationSelect(n *names, current string, none bool) *idSelect {
	var ids, labels []string
	if none {
		ids, labels = []string{""}, []string{lang.L("(none)")}
	}
	for _, d := range n.delegations {
		ids, labels = append(ids, d.ID), append(labels, d.Name)
	}
	return newIDSelect(ids, labels, current)
}

// entry is a one-line entry with text.
func entry(text, placeholder string) *widget.Entry {
	return &widget.Entry{Text: text, PlaceHolder: placeholder, Wrapping: fyne.TextWrapOff}
}

// textArea is a multi-line entry with text.
func textArea(text string) *widget.Entry {
	e := &widget.Entry{Text: text, MultiLine: true, Wrapping: fyne.TextWrapWord}
	e.SetMinRowsVisible(3)
	return e
}

func trimmed(e *widget.Entry) string { return strings.TrimSpace(e.Text) }
