package progview

import (
	"context"
	"testing"

	"fyne.io/fyne/v2"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// fixture is the screen over a copy of the small demo in a test window.
type fixture struct {
	t   *testing.T
	st  *data.Store
	win fyne.Window
	env *kit.TestEnv
	scr *Screen
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	d := kittest.NewDemo(t)
	f := &fixture{t: t, st: d.Store, win: d.Win, env: d.Env}
	// Background work runs inline: the test goroutine stands for the UI
	// goroutine, and Fyne's test driver runs fyne.Do at once on the caller,
	// so work on another goroutine would race with the test's own taps.
	f.env.Go = func(fn func()) { fn() }
	f.env.Do = func(fn func()) { fn() } // kit's Do locks, and these nest
	// As the window does: a write reloads the screen.
	f.env.Changed = func() { f.env.Changes++; f.scr.Load() }
	f.scr = New(f.env.Env)
	f.win.SetContent(f.scr.Content())
	f.scr.Load()
	f.wait()
	return f
}

func (f *fixture) wait() {
	f.env.Wait()
	f.env.Wait()
}

// items reads the stored programme.
func (f *fixture) items() []data.ProgrammeItem {
	f.t.Helper()
	its, err := f.st.FindProgramme(context.Background(), "", timeZero, timeZero)
	if err != nil {
		f.t.Fatal(err)
	}
	return its
}
