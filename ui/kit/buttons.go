package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// Button is a button of a dialog's button row. A widget.Button reached
// with Tab takes every key and does something only with Space, so that
// Escape and Enter were lost: a focused Button presses itself on Enter,
// as on Space, and hands Escape to the dialog (Dismiss), which cancels.
type Button struct{ widget.Button }

// NewButton is a Button labelled text (icon may be nil) of importance
// that runs tapped.
func NewButton(text string, icon fyne.Resource, importance widget.Importance, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.Importance, b.OnTapped = text, icon, importance, tapped
	b.ExtendBaseWidget(b)
	return b
}

// TypedKey presses the button on Enter and Space; Escape is the dialog's.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		b.Tapped(nil) // nothing when disabled
	case fyne.KeyEscape:
		if c := fyne.CurrentApp().Driver().CanvasForObject(b); c != nil {
			Dismiss(c)
		}
	default:
		b.Button.TypedKey(ev)
	}
}

// ButtonRow is the one row of buttons under every editor and form dialog:
// on the left what acts on the record itself (Delete first, in red, then
// History and a screen's own), on the right Cancel and then the default
// button (Save, Create: high importance, pressed by Enter, and by Enter
// on any of them that has the focus).
func ButtonRow(left []*Button, cancel, def *Button) *fyne.Container {
	row := container.NewHBox()
	for _, b := range left {
		if b.Importance == widget.DangerImportance {
			row.Add(b)
		}
	}
	for _, b := range left {
		if b.Importance != widget.DangerImportance {
			row.Add(b)
		}
	}
	row.Add(layout.NewSpacer())
	if cancel != nil {
		row.Add(cancel)
	}
	if def != nil {
		def.Importance = widget.HighImportance
		row.Add(def)
	}
	return row
}
