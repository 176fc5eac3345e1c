package delegview

import (
	"context"
	"strconv"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
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
	o := kittest.Top(f.win)
	if o == nil {
		f.t.Fatal("no dialog is open")
	}
	return o
}

func find[T fyne.CanvasObject](o fyne.CanvasObject) []T { return kittest.Find[T](o) }

func (f *fixture) button(o fyne.CanvasObject, text string) *widget.Button {
	f.t.Helper()
	return kittest.MustButton(f.t, o, text)
}

// formItem is the widget of the form line labelled label.
func (f *fixture) formItem(o fyne.CanvasObject, label string) fyne.CanvasObject {
	f.t.Helper()
	w := kittest.FormWidget(o, label)
	if w == nil {
		f.t.Fatalf("no form item %q", label)
	}
	return w
}

// text is the visible text under o.
func text(o fyne.CanvasObject) string { return kittest.Text(o) }

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
