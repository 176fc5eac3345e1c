package delegview

import (
	"context"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// fixture is the screen over a copy of the small demo, loaded.
type fixture struct {
	t   *testing.T
	win fyne.Window
	st  *data.Store
	env *kit.TestEnv
	s   *Screen
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(1200, 780))
	st, err := data.Open(context.Background(), demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	env := kit.NewTestEnv(w, st)
	f := &fixture{t: t, win: w, st: st, env: env}
	f.s = New(env.Env)
	f.s.env.Changed = func() { env.Changes++; f.s.Load() }
	w.SetContent(f.s.Content())
	f.s.Load()
	env.Wait()
	return f
}

// top is the topmost dialog's content.
func (f *fixture) top() fyne.CanvasObject {
	f.t.Helper()
	o := f.win.Canvas().Overlays().Top()
	if o == nil {
		f.t.Fatal("no dialog is open")
	}
	return o
}

// walk visits every object under o, with the children of containers,
// scrolls, forms and tabs.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case *container.Scroll:
		walk(x.Content, visit)
	case *widget.Form:
		for _, it := range x.Items {
			walk(it.Widget, visit)
		}
	case fyne.Widget:
		r := test.WidgetRenderer(x)
		for _, c := range r.Objects() {
			walk(c, visit)
		}
	}
}

func find[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	walk(o, func(c fyne.CanvasObject) {
		if t, ok := c.(T); ok {
			out = append(out, t)
		}
	})
	return out
}

func (f *fixture) button(o fyne.CanvasObject, text string) *widget.Button {
	f.t.Helper()
	for _, b := range find[*widget.Button](o) {
		if b.Text == text {
			return b
		}
	}
	f.t.Fatalf("no button %q", text)
	return nil
}

// formEntry is the entry of the form item labelled label.
func (f *fixture) formItem(o fyne.CanvasObject, label string) fyne.CanvasObject {
	f.t.Helper()
	for _, form := range find[*widget.Form](o) {
		for _, it := range form.Items {
			if it.Text == label {
				return it.Widget
			}
		}
	}
	f.t.Fatalf("no form item %q", label)
	return nil
}

// text is every label's text under o, joined.
func text(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, l := range find[*widget.Label](o) {
		if l.Visible() {
			b.WriteString(l.Text)
			b.WriteString("\n")
		}
	}
	return b.String()
}

func (f *fixture) tap(b *widget.Button) {
	f.t.Helper()
	test.Tap(b)
	f.env.Wait()
}

var fyneKeyReturn = fyne.KeyEvent{Name: fyne.KeyReturn}

type widgetsStringTable = widgets.StringTable

// findSelects lists the selects under o in order.
func findSelects(o fyne.CanvasObject) []*widget.Select { return find[*widget.Select](o) }

func itoa(n int) string { return strconv.Itoa(n) }
