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

// TestFilterRowsKeepsWidths: a search (FilterRows) keeps the widths the
// loaded rows gave (FitTo): the columns neither jump at each keystroke
// nor get measured again; SetRows fits them to its rows.
func TestFilterRowsKeepsWidths(t *testing.T) {
	test.NewTempApp(t)
	tb := NewStringTable([]Column{{"Flight", 64}})
	all := [][]string{{"Emirates Airlines EK358"}, {"GA 88"}}
	tb.FitTo(all)
	fitted := tb.ColumnWidth(0)
	if fitted <= 64 {
		t.Fatalf("FitTo left the column at %.0f", fitted)
	}
	tb.FilterRows(all[1:])
	if got := tb.ColumnWidth(0); got != fitted {
		t.Errorf("FilterRows changed the width to %.0f, want %.0f", got, fitted)
	}
	if len(tb.Rows()) != 1 || tb.Cell(0, 0) != "GA 88" {
		t.Errorf("rows %q", tb.Rows())
	}
	tb.SetRows(all[1:])
	if got := tb.ColumnWidth(0); got != 64 {
		t.Errorf("SetRows left the width at %.0f, want 64", got)
	}
}

// TestFillWidth: with FillWidth the last column takes what the others
// leave of the table's width (the selected row is marked to its edge),
// never less than it fits; without, it keeps its own width.
func TestFillWidth(t *testing.T) {
	test.NewTempApp(t)
	cols := []Column{{"A", 100}, {"B", 100}, {"C", 100}}
	rows := [][]string{{"a", "b", "c"}}
	for _, tc := range []struct {
		name  string
		fill  bool
		width float32
		want  float32
	}{
		{"fills", true, 600, 600 - 200 - 2*theme.Padding()},
		{"keeps its fit when narrow", true, 250, 100},
		{"not asked", false, 600, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tbl := NewStringTable(cols)
			if tc.fill {
				tbl.FillWidth()
			}
			tbl.SetRows(rows)
			w := test.NewWindow(tbl)
			defer w.Close()
			w.Resize(fyne.NewSize(tc.width, 300))
			tbl.Resize(fyne.NewSize(tc.width, 300))
			if got := tbl.ColumnWidth(2); got != tc.want {
				t.Errorf("last column %.1f wide in a %.0f table, want %.1f", got, tc.width, tc.want)
			}
			tbl.SetRows(rows) // fitted again: still filling
			if got := tbl.ColumnWidth(2); got != tc.want {
				t.Errorf("after SetRows the last column is %.1f wide, want %.1f", got, tc.want)
			}
		})
	}
}
