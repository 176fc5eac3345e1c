package ui

import (
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
)

// smallW, smallH is a small laptop's window: 1024x640 with nothing to
// spare.
const smallW, smallH = 1024, 640

// TestScreensFitASmallLaptop: no screen of the demo asks for more than
// 1024x640, in English or Bahasa Indonesia, so that nothing falls off a
// small screen (the window cannot be made smaller than what it asks).
func TestScreensFitASmallLaptop(t *testing.T) {
	for _, loc := range []string{"en_US.UTF-8", "id_ID.UTF-8"} {
		t.Run(loc, func(t *testing.T) {
			setLang(t, loc)
			d := newTestDesk(t)
			openTestEvent(t, d, demotest.Copy(t, demotest.File(t, demo.Small)))
			for i, sc := range d.shell.screens {
				d.uiMu.Lock()
				d.shell.show(i)
				d.uiMu.Unlock()
				d.wait()
				if m := d.win.Content().MinSize(); m.Width > smallW || m.Height > smallH {
					t.Errorf("%s needs %.0f×%.0f, more than %d×%d", sc.title(), m.Width, m.Height, smallW, smallH)
				}
			}
		})
	}
}
