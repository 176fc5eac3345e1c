// Package kittest finds what a user sees in a window, for the screens'
// headless tests (fyne.io/fyne/v2/test): texts, buttons, form lines and
// the open dialogs. It is imported by tests only.
package kittest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/kit"
)

// Walk visits o and every object under it: the children of containers,
// scrolls, forms (their lines' widgets), tabs and the objects of widgets'
// renderers. When visit returns false, what is under o is skipped.
func Walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if o == nil || !visit(o) {
		return
	}
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			Walk(c, visit)
		}
	case *container.Scroll:
		Walk(x.Content, visit)
	case *widget.Form:
		for _, it := range x.Items {
			Walk(it.Widget, visit)
		}
	case *container.AppTabs:
		for _, it := range x.Items {
			Walk(it.Content, visit)
		}
	case fyne.Widget:
		if r := test.WidgetRenderer(x); r != nil {
			for _, c := range r.Objects() {
				Walk(c, visit)
			}
		}
	}
}

// Find lists the objects of type T under o, in order. The kit fields are
// found as what they wrap too: a kit.Input as *widget.Entry, a kit.Select
// as *widget.Select, a kit.Check as *widget.Check.
func Find[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	seen := map[fyne.CanvasObject]bool{}
	Walk(o, func(c fyne.CanvasObject) bool {
		if seen[c] {
			return true
		}
		if t, ok := c.(T); ok {
			seen[c] = true
			out = append(out, t)
			return true
		}
		for _, w := range inner(c) {
			if t, ok := any(w).(T); ok {
				seen[c] = true
				out = append(out, t)
				break
			}
		}
		return true
	})
	return out
}

// inner is the Fyne widget a kit field wraps (a kit.Input's entry, a
// kit.Select's select, ...), nil for another object.
func inner(c fyne.CanvasObject) []any {
	switch x := c.(type) {
	case *kit.Input:
		return []any{x.Entry}
	case *kit.Select:
		return []any{&x.Select}
	case *kit.Check:
		return []any{&x.Check}
	case *kit.SelectEntry:
		return []any{&x.SelectEntry, &x.Entry}
	case *kit.Button:
		return []any{&x.Button}
	}
	return nil
}

// Texts lists the visible texts under o: labels, buttons (as "[text]", so
// that a test can tell a button), checks, selects' choices, tabs' titles,
// canvas and rich texts.
func Texts(o fyne.CanvasObject) []string {
	var out []string
	seen := map[fyne.CanvasObject]bool{}
	Walk(o, func(c fyne.CanvasObject) bool {
		if seen[c] || !c.Visible() {
			return false
		}
		seen[c] = true
		if w := inner(c); w != nil {
			if _, ok := w[0].(*widget.Entry); !ok {
				c = w[0].(fyne.CanvasObject)
			}
		}
		switch v := c.(type) {
		case *widget.Label:
			out = append(out, v.Text)
		case *widget.Button:
			out = append(out, "["+v.Text+"]")
		case *widget.Check:
			out = append(out, v.Text)
		case *canvas.Text:
			out = append(out, v.Text)
		case *widget.RichText:
			out = append(out, v.String())
		case *widget.Select:
			if v.Selected != "" {
				out = append(out, v.Selected)
			} else {
				out = append(out, v.PlaceHolder)
			}
		case *container.AppTabs:
			for _, it := range v.Items {
				out = append(out, it.Text)
			}
			return true
		case *widget.Entry, *widget.SelectEntry, *kit.Input:
		default:
			return true
		}
		return false // a text widget's renderer repeats its text
	})
	return out
}

// Text is Texts joined by new lines.
func Text(o fyne.CanvasObject) string { return strings.Join(Texts(o), "\n") }

// Contains says whether one of list holds want.
func Contains(list []string, want string) bool {
	for _, s := range list {
		if strings.Contains(s, want) {
			return true
		}
	}
	return false
}

// Top is the topmost dialog of w, nil when none is open.
func Top(w fyne.Window) fyne.CanvasObject { return w.Canvas().Overlays().Top() }

// OverlayText is the visible text of every dialog open in w.
func OverlayText(w fyne.Window) string {
	var all []string
	for _, o := range w.Canvas().Overlays().List() {
		all = append(all, Texts(o)...)
	}
	return strings.Join(all, "\n")
}

// CloseOverlays hides every dialog of w.
func CloseOverlays(w fyne.Window) {
	for Top(w) != nil {
		Top(w).Hide()
	}
}

// Button is the visible button labelled text under o, nil if none.
func Button(o fyne.CanvasObject, text string) *widget.Button {
	for _, b := range Find[*widget.Button](o) {
		if b.Text == text && b.Visible() {
			return b
		}
	}
	return nil
}

// MustButton is Button, failing t when there is none.
func MustButton(t testing.TB, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	b := Button(o, text)
	if b == nil {
		t.Fatalf("no button %q in:\n%s", text, Text(o))
	}
	return b
}

// Tap taps the enabled button labelled text in the top dialog of w (in the
// window's content when no dialog is open).
func Tap(t testing.TB, w fyne.Window, text string) {
	t.Helper()
	o := Top(w)
	if o == nil {
		o = w.Content()
	}
	b := MustButton(t, o, text)
	if b.Disabled() {
		t.Fatalf("button %q is disabled", text)
	}
	test.Tap(b)
}

// FormWidget is the widget of the form line labelled label under o (the
// line's own widget, inside an editor's kit.FieldBox too), nil if none.
func FormWidget(o fyne.CanvasObject, label string) fyne.CanvasObject {
	for _, f := range Find[*widget.Form](o) {
		for _, it := range f.Items {
			if it.Text != label {
				continue
			}
			if b, ok := it.Widget.(*kit.FieldBox); ok {
				return b.Widget
			}
			return it.Widget
		}
	}
	return nil
}

// Entry is the entry of the form line labelled label in the top dialog of
// w, failing t when there is none.
func Entry(t testing.TB, w fyne.Window, label string) *widget.Entry {
	t.Helper()
	switch e := FormWidget(Top(w), label).(type) {
	case *widget.Entry:
		return e
	case *kit.Input:
		return e.Entry
	}
	t.Fatalf("no entry %q in:\n%s", label, OverlayText(w))
	return nil
}

// Input is the kit.Input of the form line labelled label in the top
// dialog of w (to type keys into as the window would), failing t when
// there is none.
func Input(t testing.TB, w fyne.Window, label string) *kit.Input {
	t.Helper()
	e, ok := FormWidget(Top(w), label).(*kit.Input)
	if !ok {
		t.Fatalf("no input %q in:\n%s", label, OverlayText(w))
	}
	return e
}

// Press sends key to what has the focus in w, or to the window when
// nothing has, as the window does with a key pressed: Tab moves the focus
// to the next field or button, unless what has it takes Tab itself.
func Press(w fyne.Window, key fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: key}
	if t, ok := w.Canvas().Focused().(fyne.Tabbable); key == fyne.KeyTab && (!ok || !t.AcceptsTab()) {
		w.Canvas().FocusNext()
		return
	}
	if f := w.Canvas().Focused(); f != nil {
		f.TypedKey(ev)
		return
	}
	if h := w.Canvas().OnTypedKey(); h != nil {
		h(ev)
	}
}

// Problem is what the editor open on top of w says is wrong (under its
// form), "" when it says nothing.
func Problem(w fyne.Window) string {
	for _, l := range Find[*kit.ProblemLabel](Top(w)) {
		if l.Visible() {
			return l.Text
		}
	}
	return ""
}

// Field is the widget of type T of the form line labelled label in the
// top dialog of w, failing t when there is none.
func Field[T fyne.CanvasObject](t testing.TB, w fyne.Window, label string) T {
	t.Helper()
	o := FormWidget(Top(w), label)
	for _, w := range inner(o) { // a *widget.Entry, Select, Check asked for
		if x, ok := w.(T); ok {
			return x
		}
	}
	x, ok := o.(T)
	if !ok {
		t.Fatalf("no field %q of that type in:\n%s", label, OverlayText(w))
	}
	return x
}

// Shown is a line of text as drawn: where it stands on the canvas and how
// wide it is drawn.
type Shown struct {
	Text      string
	Pos       fyne.Position
	Size      fyne.Size
	TextWidth float32 // the width the text needs
}

// Drawn lists the visible lines of text under o (canvas texts: what
// labels, buttons and wrapped rows draw), with their place on the canvas.
func Drawn(o fyne.CanvasObject) []Shown {
	var out []Shown
	d := fyne.CurrentApp().Driver()
	Walk(o, func(c fyne.CanvasObject) bool {
		if !c.Visible() {
			return false
		}
		if t, ok := c.(*canvas.Text); ok && t.Text != "" {
			m := fyne.MeasureText(t.Text, t.TextSize, t.TextStyle)
			out = append(out, Shown{Text: t.Text, Pos: d.AbsolutePositionForObject(t), Size: t.Size(), TextWidth: m.Width})
		}
		return true
	})
	return out
}

// OnScreen keeps the lines drawn whole inside a canvas of size: not cut at
// the window's edge.
func OnScreen(lines []Shown, size fyne.Size) []Shown {
	var out []Shown
	for _, l := range lines {
		if l.Pos.X >= 0 && l.Pos.Y >= 0 && l.Pos.X+l.TextWidth <= size.Width+1 && l.Pos.Y+l.Size.Height <= size.Height+1 {
			out = append(out, l)
		}
	}
	return out
}

// TableRow is a point inside row i of a widgets.StringTable, under its
// header (rows are compact: a label's height less its inner padding).
func TableRow(i int) fyne.Position {
	h := (&widget.Label{Text: "x"}).MinSize().Height - theme.InnerPadding() + theme.Padding()
	return fyne.NewPos(30, h*float32(i+1)+h/2)
}
