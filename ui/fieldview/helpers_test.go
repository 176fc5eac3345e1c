package fieldview

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/assets"
	"lodesk/data"
	"lodesk/ui/kit"
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
	for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		t.Setenv(v, "en_US.UTF-8")
	}
	test.NewTempApp(t)
	if err := lang.AddTranslationsFS(assets.Translations, assets.TranslationsDir); err != nil {
		t.Fatal(err)
	}
	s, err := data.Open(context.Background(), demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	win := test.NewWindow(nil)
	win.Resize(fyne.NewSize(1200, 780))
	f := &fixture{t: t, win: win, s: s, env: kit.NewTestEnv(win, s)}
	t.Cleanup(func() {
		f.env.Wait()
		win.Close()
		s.Close()
	})
	return f
}

// wait lets the background work and what it shows finish.
func (f *fixture) wait() {
	f.env.Wait()
	f.env.Wait() // work started by what the first finished showed
}

// texts lists the visible texts under o.
func texts(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range test.LaidOutObjects(o) {
		if !x.Visible() {
			continue
		}
		switch w := x.(type) {
		case *widget.Label:
			out = append(out, w.Text)
		case *widget.Button:
			out = append(out, w.Text)
		}
	}
	return out
}

// overlayText is all the visible text of the top dialog, "" if none.
func (f *fixture) overlayText() string {
	top := f.win.Canvas().Overlays().Top()
	if top == nil {
		return ""
	}
	return strings.Join(texts(top), " | ")
}

// overlayButton finds a visible button of the top dialog by its text.
func (f *fixture) overlayButton(text string) *widget.Button {
	f.t.Helper()
	top := f.win.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatalf("no dialog open, looking for %q", text)
	}
	for _, x := range test.LaidOutObjects(top) {
		if b, ok := x.(*widget.Button); ok && b.Text == text && b.Visible() {
			return b
		}
	}
	f.t.Fatalf("no button %q in the dialog: %s", text, f.overlayText())
	return nil
}

// overlayEntry is the first entry of the top dialog.
func (f *fixture) overlayEntry() *widget.Entry {
	f.t.Helper()
	for _, x := range test.LaidOutObjects(f.win.Canvas().Overlays().Top()) {
		if e, ok := x.(*widget.Entry); ok {
			return e
		}
	}
	f.t.Fatal("no entry in the dialog")
	return nil
}

// closeOverlays hides every dialog.
func (f *fixture) closeOverlays() {
	for f.win.Canvas().Overlays().Top() != nil {
		f.win.Canvas().Overlays().Top().Hide()
	}
}

// reloadTranslations makes lang read the locale variables again.
func reloadTranslations(t *testing.T) {
	t.Helper()
	if err := lang.AddTranslationsFS(assets.Translations, assets.TranslationsDir); err != nil {
		t.Fatal(err)
	}
}
