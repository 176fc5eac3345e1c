package ui

import (
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
)

// TestScreensFitALaptop: no screen of the demo event asks for a window
// larger than the first one, in English or in Bahasa Indonesia, so that
// nothing falls off a 1366×768 laptop screen. (A wrapped label in a
// narrow place once asked for 1,392 pixels of height.)
func TestScreensFitALaptop(t *testing.T) {
	for _, loc := range []string{"en_US.UTF-8", "id_ID.UTF-8"} {
		t.Run(loc, func(t *testing.T) {
			setLang(t, loc)
			d := newTestDesk(t)
			openTestEvent(t, d, demotest.Copy(t, demotest.File(t, demo.Small)))
			for i, sc := range d.shell.screens {
				d.uiMu.Lock() // as the UI goroutine: background work shows after
				d.shell.show(i)
				d.uiMu.Unlock()
				d.wait()
				if m := d.win.Content().MinSize(); m.Width > windowW || m.Height > windowH {
					t.Errorf("%s needs %.0f×%.0f, more than the window's %d×%d", sc.title(), m.Width, m.Height, windowW, windowH)
				}
			}
		})
	}
}
