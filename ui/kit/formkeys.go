package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/widgets"
)

// The fields of a dialog other than entries swallow Escape and Enter when
// they have the focus (a widget.Select, Check or SelectEntry takes every
// key): Select, Check and SelectEntry are those widgets handing them on to
// the dialog (Dismiss, PressDefault), and saying when the focus leaves
// them (the editor checks the field then; leave.go).

func init() { widgets.DialogKey = dialogKey } // the searchable select's

// dialogKey does with Escape and Enter what the dialog around o does; it
// says whether it did something.
func dialogKey(o fyne.CanvasObject, ev *fyne.KeyEvent) bool {
	c := fyne.CurrentApp().Driver().CanvasForObject(o)
	return c != nil && HandleKey(c, ev)
}

// leaving is a field that says when the focus leaves it.
type leaving interface {
	setOnLeave(fn func())
}

// Select is a widget.Select whose Escape and Enter are the dialog's.
type Select struct {
	widget.Select
	leaveHook
}

// NewSelect is widgets.NewSelect (the placeholder translated) as a Select.
func NewSelect(options []string, changed func(string)) *Select {
	s := &Select{}
	s.Options, s.OnChanged, s.PlaceHolder = options, changed, widgets.SelectPlaceHolder()
	s.ExtendBaseWidget(s)
	return s
}

// TypedKey hands Escape and Enter to the dialog.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	if !dialogKey(s, ev) {
		s.Select.TypedKey(ev)
	}
}

// FocusLost tells the editor the field was left.
func (s *Select) FocusLost() {
	s.Select.FocusLost()
	s.left()
}

// Check is a widget.Check whose Escape and Enter are the dialog's.
type Check struct {
	widget.Check
	leaveHook
}

// NewCheck is widget.NewCheck as a Check.
func NewCheck(label string, changed func(bool)) *Check {
	c := &Check{}
	c.Text, c.OnChanged = label, changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey hands Escape and Enter to the dialog.
func (c *Check) TypedKey(ev *fyne.KeyEvent) {
	if !dialogKey(c, ev) {
		c.Check.TypedKey(ev)
	}
}

// FocusLost tells the editor the field was left.
func (c *Check) FocusLost() {
	c.Check.FocusLost()
	c.left()
}

// SelectEntry is a widget.SelectEntry (an entry with a list to choose
// from) whose Escape is the dialog's, and whose Enter is too unless
// OnSubmitted is set.
type SelectEntry struct {
	widget.SelectEntry
	leaveHook
}

// NewSelectEntry is widget.NewSelectEntry as a SelectEntry.
func NewSelectEntry(options []string) *SelectEntry {
	e := &SelectEntry{}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.SetOptions(options)
	return e
}

// TypedKey hands Escape, and Enter when nothing else takes it, to the
// dialog.
func (e *SelectEntry) TypedKey(ev *fyne.KeyEvent) {
	enter := ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter
	if (ev.Name == fyne.KeyEscape || enter && e.OnSubmitted == nil) && dialogKey(e, ev) {
		return
	}
	e.SelectEntry.TypedKey(ev)
}

// FocusLost tells the editor the field was left.
func (e *SelectEntry) FocusLost() {
	e.SelectEntry.FocusLost()
	e.left()
}

// Checked is c ticked or not: kit.Checked(kit.NewCheck(label, nil), v).
func Checked(c *Check, v bool) *Check {
	c.Checked = v
	return c
}
