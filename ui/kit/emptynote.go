package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"
)

// EmptyNote is a note laid over a list or table while it has no row:
// what the list will hold and how to fill it, so that an empty screen
// never shows a blank table.
type EmptyNote struct {
	Label *widget.Label
	none  string // what to say when there is nothing at all
	view  fyne.CanvasObject
}

// NewEmptyNote lays none over list while it has no row at all (Count).
func NewEmptyNote(list fyne.CanvasObject, none string) *EmptyNote {
	n := &EmptyNote{none: none, Label: &widget.Label{Text: none, Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}}
	n.view = container.NewStack(list, container.NewPadded(container.NewVBox(layout.NewSpacer(), n.Label, layout.NewSpacer())))
	return n
}

// View is the list with its note.
func (n *EmptyNote) View() fyne.CanvasObject { return n.view }

// Count shows the note when the list shows no row: what to do when there
// is none at all (all == 0), else that the search or filter finds none.
func (n *EmptyNote) Count(shown, all int) {
	switch {
	case shown > 0:
		n.Label.Hide()
		return
	case all == 0:
		n.Label.SetText(n.none)
	default:
		n.Label.SetText(lang.L("Nothing matches the search or filter."))
	}
	n.Label.Show()
}

// SetNone changes what the note says when there is nothing at all.
func (n *EmptyNote) SetNone(none string) { n.none = none }
