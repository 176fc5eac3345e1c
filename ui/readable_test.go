package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/ui/kit/kittest"
)

// shownText is the text drawn whole inside the window, its lines joined
// by spaces.
func shownText(d *desk) string {
	var parts []string
	for _, l := range kittest.OnScreen(kittest.Drawn(d.win.Content()), d.win.Canvas().Size()) {
		parts = append(parts, l.Text)
	}
	return strings.Join(parts, " ")
}

// TestFirstChecklistStepReadsWhole: at the window's first size the demo's
// first checklist step is on screen to its last word, in both languages
// (it ended in "forms of ..." when a row was one line).
func TestFirstChecklistStepReadsWhole(t *testing.T) {
	for _, tc := range []struct{ loc, step string }{
		{"en_US.UTF-8", "Study the delegation profile: HOD and members, roles, forms of address, photos."},
		{"id_ID.UTF-8", "Pelajari profil delegasi: HOD dan anggota, peran, sapaan resmi, foto."},
	} {
		t.Run(tc.loc, func(t *testing.T) {
			setLang(t, tc.loc)
			d := newTestDesk(t)
			openTestEvent(t, d, demotest.Copy(t, demotest.File(t, demo.Small)))
			d.win.Resize(fyne.NewSize(windowW, windowH))
			d.uiMu.Lock()
			d.shell.show(scrChecklists)
			d.uiMu.Unlock()
			d.wait()
			capture(t, d, "check-"+tc.loc)
			if got := shownText(d); !strings.Contains(got, tc.step) {
				t.Errorf("the first step is not on screen whole; the window shows:\n%s", got)
			}
		})
	}
}
