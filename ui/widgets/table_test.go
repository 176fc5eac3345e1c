package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// TestFitColumns: a column is as wide as its longest text needs (the
// Flight column read "Emirat…" at its fixed width), never narrower than
// its own width, and no wider than maxFitWidth.
func TestFitColumns(t *testing.T) {
	test.NewTempApp(t)
	width := func(s string) float32 { return fyne.MeasureText(s, theme.TextSize(), fyne.TextStyle{}).Width }
	long := strings.Repeat("Jakarta Convention Center ", 10)
	for _, tc := range []struct {
		name string
		col  Column
		cell string
		min  float32
		max  float32
	}{
		{"grows to its text", Column{"Flight", 64}, "Emirates Airlines EK358", width("Emirates Airlines EK358"), maxFitWidth},
		{"keeps its own width", Column{"VIP", 120}, "Yes", 120, 120},
		{"stops growing", Column{"Venue", 100}, long, maxFitWidth, maxFitWidth},
		{"fits a long header", Column{"Terkonfirmasi ulang", 40}, "", fyne.MeasureText("Terkonfirmasi ulang", theme.TextSize(), fyne.TextStyle{Bold: true}).Width, maxFitWidth},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := FitColumns([]Column{tc.col}, [][]string{{tc.cell}})[0]
			if got < tc.min || got > tc.max {
				t.Errorf("width %.0f, want %.0f..%.0f", got, tc.min, tc.max)
			}
		})
	}
}
