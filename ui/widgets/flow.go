package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// wraps says whether o is a text that wraps (it takes a whole line).
func wraps(o fyne.CanvasObject) bool {
	switch t := o.(type) {
	case *widget.RichText:
		return t.Wrapping != fyne.TextWrapOff
	case *widget.Label:
		return t.Wrapping != fyne.TextWrapOff
	}
	return false
}

// Flow lays out objects left to right at their minimum sizes, going on to
// the next line where one does not fit, as words in a paragraph: a record's
// facts ("Code: ID", "Status: Arrived", ...) in a few lines at any width,
// none cut or broken. An object wider than the line gets the line. Its
// height follows the width it was last laid out at.
type Flow struct{ width float32 }

// NewFlow is a container of objects that flow.
func NewFlow(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &Flow{}, Objects: objs}
}

// place lays the objects out at width (when move) and returns the height.
func (f *Flow) place(objs []fyne.CanvasObject, width float32, move bool) float32 {
	gapX, gapY := 2*theme.Padding(), theme.Padding()
	var x, y, lineH float32
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		full := wraps(o) && width > 0
		if full { // a line of its own, as tall as it wraps there
			o.Resize(fyne.NewSize(width, m.Height))
			m = fyne.NewSize(width, o.MinSize().Height)
		}
		if width > 0 && m.Width > width {
			m.Width = width
		}
		if x > 0 && width > 0 && x+m.Width > width {
			x, y, lineH = 0, y+lineH+gapY, 0
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(m)
		}
		x += m.Width + gapX
		lineH = max(lineH, m.Height)
	}
	return y + lineH
}

// Layout places the objects.
func (f *Flow) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.place(objs, size.Width, true)
}

// MinSize is the widest object's width and the height at the last width.
func (f *Flow) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objs {
		if o.Visible() {
			w = max(w, min(o.MinSize().Width, 160))
		}
	}
	return fyne.NewSize(w, f.place(objs, f.width, false))
}
