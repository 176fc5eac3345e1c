package kit

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

func TestFit(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("t")
	w.Resize(fyne.NewSize(800, 600))
	tests := []struct {
		win          fyne.Window
		w, h         float32
		wantW, wantH float32
	}{
		{w, 1100, 720, 800 - dialogMargin, 600 - dialogMargin}, // the import wizard on a small window
		{w, 480, 220, 480, 220},                                // a small dialog keeps its size
		{nil, 1100, 720, 1100, 720},                            // no window: as asked
	}
	for _, tt := range tests {
		if got := Fit(tt.win, tt.w, tt.h); got != fyne.NewSize(tt.wantW, tt.wantH) {
			t.Errorf("Fit(%v×%v) = %v, want %v×%v", tt.w, tt.h, got, tt.wantW, tt.wantH)
		}
	}
}
