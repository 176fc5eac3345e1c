package registerview

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// testNow is the clock of the tests: the demo's first arrival day, noon in
// Jakarta, when the early arrivals' steps are due.
var testNow = time.Date(2026, 12, 1, 12, 0, 0, 0, time.FixedZone("WIB", 7*3600))

// fixture is a window on a copy of the small demo, in English.
type fixture struct {
	t   *testing.T
	win fyne.Window
	env *kit.TestEnv
	s   *data.Store
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	d := kittest.NewDemo(t)
	return &fixture{t: t, win: d.Win, env: d.Env, s: d.Store}
}

// wait lets the background work and what it shows finish.
func (f *fixture) wait() {
	f.env.Wait()
	f.env.Wait() // work started by what the first finished showed
}

// overlayText is all the visible text of the top dialog, "" if none.
func (f *fixture) overlayText() string { return kittest.Text(kittest.Top(f.win)) }

// overlayButton finds a visible button of the top dialog by its text.
func (f *fixture) overlayButton(text string) *widget.Button {
	f.t.Helper()
	return kittest.MustButton(f.t, kittest.Top(f.win), text)
}
