package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// The keyboard of every dialog: Escape closes the top dialog without
// saving (its Cancel, Close or No button, as if tapped), Enter presses its
// default button (Save, OK, Yes: the one high-importance button). The
// window hands the keys no widget takes to HandleKey (Keys); an Input
// hands its Escape, which a widget.Entry would swallow, to Dismiss.

// Keys makes Escape and Enter work in every dialog of win while no widget
// has the focus; search boxes clear on Escape.
func Keys(win fyne.Window) {
	win.Canvas().SetOnTypedKey(func(ev *fyne.KeyEvent) { HandleKey(win.Canvas(), ev) })
}

// HandleKey is what the window does with a key no widget took: Escape
// dismisses the top dialog, Enter presses its default button. It says
// whether it did something.
func HandleKey(c fyne.Canvas, ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape:
		return Dismiss(c)
	case fyne.KeyReturn, fyne.KeyEnter:
		return PressDefault(c)
	}
	return false
}

// Dismiss closes the top dialog of c without saving: it taps the dialog's
// Cancel, Close or No button (so that the dialog's own "no" runs), or
// hides it when it has none. It says whether there was a dialog.
func Dismiss(c fyne.Canvas) bool {
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	buttons := visibleButtons(top)
	cancel := map[string]bool{lang.L("Cancel"): true, lang.L("Close"): true, lang.L("No"): true}
	for _, b := range buttons {
		if cancel[b.Text] || (b.Icon != nil && b.Icon.Name() == theme.CancelIcon().Name()) {
			b.OnTapped()
			return true
		}
	}
	if len(buttons) == 1 && buttons[0].OnTapped != nil { // a message's OK
		buttons[0].OnTapped()
		return true
	}
	top.Hide()
	return true
}

// PressDefault taps the top dialog's default button: its one enabled
// high-importance button, or its only button. It says whether it did.
func PressDefault(c fyne.Canvas) bool {
	top := c.Overlays().Top()
	if top == nil {
		return false
	}
	buttons := visibleButtons(top)
	var def *widget.Button
	for _, b := range buttons {
		if b.Importance == widget.HighImportance && !b.Disabled() {
			if def != nil {
				return false // two: Enter would guess
			}
			def = b
		}
	}
	if def == nil && len(buttons) == 1 && !buttons[0].Disabled() {
		def = buttons[0]
	}
	if def == nil || def.OnTapped == nil {
		return false
	}
	def.OnTapped()
	return true
}

// visibleButtons lists the buttons shown under o, in order.
func visibleButtons(o fyne.CanvasObject) []*widget.Button {
	var out []*widget.Button
	seen := map[*widget.Button]bool{}
	walkVisible(o, func(c fyne.CanvasObject) {
		b, ok := c.(*widget.Button)
		if k, isKit := c.(*Button); isKit {
			b, ok = &k.Button, true
		}
		if ok && !seen[b] && b.OnTapped != nil {
			seen[b] = true
			out = append(out, b)
		}
	})
	return out
}

// walkVisible visits the visible objects under o: containers' children,
// pop-ups' and scrolls' content (where dialogs keep their buttons).
func walkVisible(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walkVisible(c, visit)
		}
	case *widget.PopUp:
		walkVisible(x.Content, visit)
	case *container.Scroll:
		walkVisible(x.Content, visit)
	}
}

// Input is a widget.Entry that does not swallow Escape: in a dialog it
// closes the dialog without saving (Dismiss), in a search box it clears
// the search (OnEscape). Build it with NewInput, NewMultiLineInput or
// InputOf.
type Input struct {
	*widget.Entry
	// OnEscape, if set, runs on Escape instead of closing the dialog.
	OnEscape  func()
	leaveHook                   // the editor's check of the field (leave.go)
	inner     *container.Scroll // the entry's own scroll (Wheel)
}

// InputOf makes e, a widget.Entry not yet shown nor built with
// widget.NewEntry, an Input.
func InputOf(e *widget.Entry) *Input {
	k := &Input{Entry: e}
	e.ExtendBaseWidget(k)
	return k
}

// NewInput is widget.NewEntry's one-line entry as an Input.
func NewInput() *Input {
	return InputOf(&widget.Entry{Wrapping: fyne.TextWrap(fyne.TextTruncateClip)})
}

// NewMultiLineInput is widget.NewMultiLineEntry's entry as an Input.
func NewMultiLineInput() *Input {
	return InputOf(&widget.Entry{MultiLine: true, Wrapping: fyne.TextWrap(fyne.TextTruncateClip)})
}

// NewSearch is a search box: a search icon, a clear button once something
// is typed, and Escape clears it. changed runs as the user types.
func NewSearch(placeholder string, changed func(string)) *Input {
	e := InputOf(&widget.Entry{PlaceHolder: placeholder})
	clear := &widget.Button{Icon: theme.ContentClearIcon(), Importance: widget.LowImportance}
	icon := widget.NewIcon(theme.SearchIcon())
	clear.OnTapped = func() { e.SetText("") }
	clear.Hide()
	// One action item for good, the icon or the button shown in it: an
	// entry given another ActionItem kept drawing the old one where it
	// was, over the count beside the box once the box had narrowed.
	e.ActionItem = container.NewStack(icon, clear)
	e.OnChanged = func(s string) {
		if s == "" && !icon.Visible() {
			clear.Hide()
			icon.Show()
		} else if s != "" && icon.Visible() {
			icon.Hide()
			clear.Show()
		}
		if changed != nil {
			changed(s)
		}
	}
	e.OnEscape = func() {
		if e.Text != "" {
			e.SetText("")
			return
		}
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
			Dismiss(c)
		}
	}
	return e
}

// TypedKey hands Escape on (see Input), and Enter in a one-line entry
// that does nothing with it presses the dialog's default button; the
// other keys are the entry's.
func (e *Input) TypedKey(ev *fyne.KeyEvent) {
	enter := ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter
	if enter && !e.MultiLine && e.OnSubmitted == nil {
		if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil && PressDefault(c) {
			return
		}
	}
	if ev.Name != fyne.KeyEscape {
		e.Entry.TypedKey(ev)
		return
	}
	if e.OnEscape != nil {
		e.OnEscape()
		return
	}
	if c := fyne.CurrentApp().Driver().CanvasForObject(e); c != nil {
		Dismiss(c)
	}
}
