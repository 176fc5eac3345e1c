package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
)

// smallW, smallH is a small laptop's window: 1024x640 with nothing to
// spare. menuH is what the menu bar Fyne draws over the content takes.
const (
	smallW, smallH = 1024, 640
	menuH          = 30
)

// TestScreensFitALaptop: no screen of the demo event asks for a window
// larger than 1024x640 (smaller than the first one), in English or in
// Bahasa Indonesia, so that nothing falls off a small laptop screen: the
// window cannot be made smaller than what it asks. (A wrapped label in a
// narrow place once asked for 1,392 pixels of height; the dashboard's
// alerts and the seating controls were too wide in Indonesian.)
func TestScreensFitALaptop(t *testing.T) {
	for _, loc := range []string{"en_US.UTF-8", "id_ID.UTF-8"} {
		t.Run(loc, func(t *testing.T) {
			setLang(t, loc)
			d := newTestDesk(t)
			openTestEvent(t, d, demotest.Copy(t, demotest.File(t, demo.Small)))
			d.win.Resize(fyne.NewSize(smallW, smallH)) // what flows (the tiles) flows at that width
			for i, sc := range d.shell.screens {
				d.uiMu.Lock() // as the UI goroutine: background work shows after
				d.shell.show(i)
				d.uiMu.Unlock()
				d.wait()
				if m := d.win.Content().MinSize(); m.Width > smallW || m.Height+menuH > smallH {
					t.Errorf("%s needs %.0f×%.0f, more than %d×%d under the menu bar", sc.title(), m.Width, m.Height, smallW, smallH-menuH)
				}
			}
		})
	}
}
