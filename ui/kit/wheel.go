package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// The mouse wheel in a form: Fyne gives a wheel turn to the deepest
// scrollable object under the pointer, and every entry holds a scroll of
// its own, so over a field the wheel scrolled the field (or nothing) and
// only over the labels the form. WheelScroll lays a wheel catcher over the
// form's scroll, above the fields: it takes every turn (it is not tappable
// nor hoverable, so clicks and the pointer still reach the fields) and
// scrolls the form, unless the pointer is over a multi-line entry (or a
// scroll in the form) that can still scroll that way itself.

// WheelScroll is a vertical scroll of content whose wheel scrolls it
// wherever the pointer is; it returns the scroll and what to lay out.
func WheelScroll(content fyne.CanvasObject) (*container.Scroll, fyne.CanvasObject) {
	s := container.NewVScroll(content)
	w := &Wheel{scroll: s}
	w.ExtendBaseWidget(w)
	return s, container.NewStack(s, w)
}

// Wheel catches the wheel over a scroll's content (WheelScroll).
type Wheel struct {
	widget.BaseWidget
	scroll *container.Scroll
}

// CreateRenderer draws nothing.
func (w *Wheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// Scrolled scrolls the field under the pointer if it can scroll that way,
// else the form.
func (w *Wheel) Scrolled(ev *fyne.ScrollEvent) {
	if in := w.innerAt(ev.AbsolutePosition, ev.Scrolled.DY); in != nil {
		in.Scrolled(ev)
		return
	}
	w.scroll.Scrolled(ev)
}

// innerAt is the deepest scroll in the form under pos (a multi-line
// entry's, or one laid out in it) that can move by dy, nil if none.
func (w *Wheel) innerAt(pos fyne.Position, dy float32) *container.Scroll {
	d := fyne.CurrentApp().Driver()
	var found *container.Scroll
	walkAll(w.scroll.Content, func(o fyne.CanvasObject) {
		var s *container.Scroll
		switch x := o.(type) {
		case *Input:
			if x.MultiLine {
				s = x.inner
			}
		case *container.Scroll:
			s = x
		}
		if s == nil || !s.Visible() || s.Content == nil || !canMove(s, dy) {
			return
		}
		at, size := d.AbsolutePositionForObject(s), s.Size()
		if pos.X >= at.X && pos.Y >= at.Y && pos.X < at.X+size.Width && pos.Y < at.Y+size.Height {
			found = s
		}
	})
	return found
}

// canMove says whether s can scroll by dy (a wheel's: up is positive).
func canMove(s *container.Scroll, dy float32) bool {
	switch {
	case dy > 0:
		return s.Offset.Y > 0
	case dy < 0:
		return s.Offset.Y+s.Size().Height < s.Content.MinSize().Height-0.5
	}
	return false
}

// CreateRenderer is the entry's, noting its scroll (Wheel).
func (e *Input) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	for _, o := range r.Objects() {
		if s, ok := o.(*container.Scroll); ok {
			e.inner = s
		}
	}
	return r
}
