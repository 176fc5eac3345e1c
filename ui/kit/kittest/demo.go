package kittest

import (
	"context"
	"testing"

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

// Demo is a test window on a copy of the small demo, in English, with the
// environment a screen gets (kit.TestEnv).
type Demo struct {
	T     testing.TB
	Win   fyne.Window
	Store *data.Store
	Env   *kit.TestEnv
}

// NewDemo opens the window; the test's cleanup waits for its work and
// closes it.
func NewDemo(t testing.TB) *Demo {
	t.Helper()
	for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		t.Setenv(v, "en_US.UTF-8")
	}
	test.NewTempApp(t)
	ReloadTranslations(t)
	s, err := data.Open(context.Background(), demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	win := test.NewWindow(nil)
	win.Resize(fyne.NewSize(1200, 780))
	kit.Keys(win)
	d := &Demo{T: t, Win: win, Store: s, Env: kit.NewTestEnv(win, s)}
	t.Cleanup(func() {
		d.Env.Wait()
		win.Close()
		s.Close()
	})
	return d
}

// Wait lets the background work and what it shows finish.
func (d *Demo) Wait() {
	d.Env.Wait()
	d.Env.Wait() // work started by what the first finished showed
}

// ReloadTranslations makes lang read the locale variables again (after
// t.Setenv("LANG", ...)).
func ReloadTranslations(t testing.TB) {
	t.Helper()
	if err := lang.AddTranslationsFS(assets.Translations, assets.TranslationsDir); err != nil {
		t.Fatal(err)
	}
}

// OverlayText is the visible text of the top dialog, "" if none.
func (d *Demo) OverlayText() string { return Text(Top(d.Win)) }

// OverlayButton is the visible button labelled text in the top dialog.
func (d *Demo) OverlayButton(text string) *widget.Button {
	d.T.Helper()
	return MustButton(d.T, Top(d.Win), text)
}

// OverlayEntry is the first entry of the top dialog.
func (d *Demo) OverlayEntry() *widget.Entry {
	d.T.Helper()
	es := Find[*widget.Entry](Top(d.Win))
	if len(es) == 0 {
		d.T.Fatal("no entry in the dialog")
	}
	return es[0]
}

// XLargeWindow is a test window of w×h over the xlarge demo, opened read
// only, and its Env: what a benchmark of a screen on the UI goroutine
// fills (then env.Wait for its load).
func XLargeWindow(b *testing.B, w, h float32) *kit.TestEnv {
	b.Helper()
	b.Setenv("LANG", "en_US.UTF-8")
	win := test.NewTempApp(b).NewWindow("bench")
	win.Resize(fyne.NewSize(w, h))
	st, err := data.Open(context.Background(), demotest.File(b, demo.XLarge), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { st.Close() })
	return kit.NewTestEnv(win, st)
}
