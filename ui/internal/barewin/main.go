// Command barewin is the yardstick of `make bench-compare`: a bare Fyne
// window of LO Desk's size with a 3,000-row table of precomputed strings,
// built from the same module versions, so that LO Desk's resident memory
// can be read against it side by side. It marks its first frame like LO
// Desk (package frameprobe). Build: go build -tags migrated_fynedo
// ./ui/internal/barewin.
package main

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/internal/frameprobe"
)

const rows, cols = 3000, 8

func main() {
	a := app.NewWithID("org.lodesk.barewin")
	w := a.NewWindow("Bare Fyne window")
	cells := make([][]string, rows)
	for r := range cells {
		cells[r] = make([]string, cols)
		for c := range cells[r] {
			cells[r][c] = fmt.Sprintf("Row %d, column %d", r+1, c+1)
		}
	}
	t := &widget.Table{
		Length:     func() (int, int) { return rows, cols },
		CreateCell: func() fyne.CanvasObject { return widget.NewLabel("template text") },
		UpdateCell: func(id widget.TableCellID, o fyne.CanvasObject) { o.(*widget.Label).SetText(cells[id.Row][id.Col]) },
	}
	for c := range cols {
		t.SetColumnWidth(c, 140)
	}
	w.SetContent(t)
	w.Resize(fyne.NewSize(1180, 680))
	frameprobe.Mark(w, "window")
	w.ShowAndRun()
}
