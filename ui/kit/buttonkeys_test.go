package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// TestKeysOnAFocusedButton: a button of an editor reached with Tab
// presses itself on Enter (Space too) and lets Escape cancel the editor.
func TestKeysOnAFocusedButton(t *testing.T) {
	for _, tc := range []struct {
		button    string
		key       fyne.KeyName
		wantSaved int
		deleted   bool
	}{
		{"Save", fyne.KeyEscape, 0, false},
		{"Cancel", fyne.KeyEscape, 0, false},
		{"Delete", fyne.KeyEscape, 0, false},
		{"Cancel", fyne.KeyReturn, 0, false},
		{"Save", fyne.KeyReturn, 1, false},
		{"Save", fyne.KeyEnter, 1, false},
		{"Save", fyne.KeySpace, 1, false},
		{"Delete", fyne.KeyReturn, 0, true},
	} {
		t.Run(tc.button+" "+string(tc.key), func(t *testing.T) {
			d := kittest.NewDemo(t)
			saved, deleted := 0, false
			e, name := editor(t, d, &saved)
			e.OnDelete(func() { deleted = true })
			test.Type(name, "Jakarta")
			tabTo(t, d.Win, tc.button)
			kittest.Press(d.Win, tc.key)
			d.Wait()
			if kittest.Top(d.Win) != nil {
				t.Errorf("%s on %s left the editor open", tc.key, tc.button)
			}
			if saved != tc.wantSaved || deleted != tc.deleted {
				t.Errorf("%s on %s: saved %d times (want %d), deleted %v (want %v)", tc.key, tc.button, saved, tc.wantSaved, deleted, tc.deleted)
			}
		})
	}
}

// tabTo presses Tab in w until the button labelled text has the focus.
func tabTo(t *testing.T, w fyne.Window, text string) {
	t.Helper()
	for range 20 {
		kittest.Press(w, fyne.KeyTab)
		if b, ok := w.Canvas().Focused().(*kit.Button); ok && b.Text == text {
			return
		}
	}
	t.Fatalf("Tab never reached %q", text)
}
