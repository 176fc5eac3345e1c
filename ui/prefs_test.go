package ui

import (
	"testing"

	"fyne.io/fyne/v2"
)

// TestWindowSizeRemembered: the window opens at the size it was closed
// at; the first time at its first size.
func TestWindowSizeRemembered(t *testing.T) {
	d := newTestDesk(t)
	if got := d.win.Canvas().Size(); got != fyne.NewSize(windowW, windowH) {
		t.Errorf("first size %v", got)
	}
	d.win.Resize(fyne.NewSize(1024, 640))
	d.win.Close()
	again := newDesk(d.app)
	if got := again.win.Canvas().Size(); got != fyne.NewSize(1024, 640) {
		t.Errorf("reopened at %v, want 1024x640", got)
	}
	again.win.Resize(fyne.NewSize(300, 200))
	again.win.Close()
	if got := newDesk(d.app).win.Canvas().Size(); got.Width < minWindowW || got.Height < minWindowH {
		t.Errorf("reopened at %v, smaller than %dx%d", got, minWindowW, minWindowH)
	}
}
