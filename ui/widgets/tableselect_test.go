package widgets

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

const longRoom = "Jakarta Convention Center (JCC) Semeru Room, Level 2"

// tableOf is a table of three rows in a window of 500×400, with its
// detail pane, and what it opened.
func tableOf(t *testing.T) (*StringTable, fyne.Window, *[]int) {
	t.Helper()
	tb := NewStringTable([]Column{{Title: "Time", Width: 80}, {Title: "Room", Width: 100}})
	opened := &[]int{}
	tb.OnActivated = func(i int) { *opened = append(*opened, i) }
	w := test.NewWindow(tb.WithDetail())
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(500, 400))
	tb.SetRows([][]string{{"09:00", longRoom}, {"10:00", "Hall B"}, {"11:00", "Hall C"}})
	return tb, w, opened
}

// rowPos is a point inside row i's first cell.
func rowPos(i int) fyne.Position {
	h := (&widget.Label{Text: "x"}).MinSize().Height - theme.InnerPadding() + theme.Padding() // compact rows
	return fyne.NewPos(20, h*float32(i+1)+h/2)
}

// TestStringTableClickSelectsAndShows: one click selects a row and shows
// it whole under the table without opening it; a second click on it at
// once (a double click), or Enter, opens it; the arrows move the
// selection.
func TestStringTableClickSelectsAndShows(t *testing.T) {
	test.NewTempApp(t)
	tb, w, opened := tableOf(t)
	if tb.Detail() != "" {
		t.Errorf("a detail before any selection: %q", tb.Detail())
	}

	test.TapAt(tb, rowPos(0))
	if tb.Selected() != 0 || len(*opened) != 0 {
		t.Fatalf("one click: selected %d, opened %v; want row 0 selected, nothing opened", tb.Selected(), *opened)
	}
	if got := tb.Detail(); !strings.Contains(got, "Room: "+longRoom) || !strings.Contains(got, "Time: 09:00") {
		t.Errorf("the detail does not show the row whole: %q", got)
	}

	if got := highlighted(tb); len(got) != 2 || got[0] != "09:00" && got[1] != "09:00" {
		t.Errorf("the row marked as selected shows %v, want both its cells", got)
	}

	test.TapAt(tb, rowPos(0))
	if len(*opened) != 1 || (*opened)[0] != 0 {
		t.Fatalf("double click opened %v, want [0]", *opened)
	}

	test.TapAt(tb, rowPos(1))
	if tb.Selected() != 1 || len(*opened) != 1 {
		t.Errorf("a click on another row: selected %d, opened %v", tb.Selected(), *opened)
	}
	if got := tb.Detail(); !strings.Contains(got, "Hall B") {
		t.Errorf("the detail did not follow the selection: %q", got)
	}

	focused := w.Canvas().Focused()
	if focused == nil {
		t.Fatal("a click does not focus the table")
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyDown})
	if tb.Selected() != 2 || !strings.Contains(tb.Detail(), "Hall C") {
		t.Errorf("Down: selected %d, detail %q", tb.Selected(), tb.Detail())
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(*opened) != 2 || (*opened)[1] != 2 {
		t.Errorf("Enter opened %v, want [0 2]", *opened)
	}
	focused.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if tb.Selected() != 1 {
		t.Errorf("Up: selected %d, want 1", tb.Selected())
	}

	tb.SetRows([][]string{{"12:00", "Hall D"}})
	if tb.Selected() != -1 || tb.Detail() != "" {
		t.Errorf("new rows kept selection %d, detail %q", tb.Selected(), tb.Detail())
	}
}

// TestStringTableRemembersWidths: a column the user drags wider keeps its
// width the next time the table is made, while the others fit their text.
func TestStringTableRemembersWidths(t *testing.T) {
	test.NewTempApp(t)
	make := func() *StringTable {
		tb := NewStringTable([]Column{{Title: "Time", Width: 80}, {Title: "Room", Width: 100}})
		tb.Remember("test.rooms")
		w := test.NewWindow(tb)
		t.Cleanup(w.Close)
		w.Resize(fyne.NewSize(600, 300))
		tb.SetRows([][]string{{"09:00", "Hall B"}})
		return tb
	}
	tb := make()
	start := tb.ColumnWidth(0)
	// The user drags the edge between Time and Room 70 to the right.
	edge := fyne.NewPos(start+theme.Padding()/2, 5)
	tb.MouseMoved(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: edge}})
	tb.MouseDown(&desktop.MouseEvent{PointEvent: fyne.PointEvent{Position: edge}})
	tb.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: edge.AddXY(70, 0)}, Dragged: fyne.NewDelta(70, 0)})
	tb.DragEnd()
	if got := tb.ColumnWidth(0); got != start+70 {
		t.Fatalf("after the drag the column is %.0f wide, want %.0f", got, start+70)
	}

	again := make()
	if got := again.ColumnWidth(0); got != start+70 {
		t.Errorf("the next table's column is %.0f wide, want the %.0f dragged", got, start+70)
	}
	if got, want := headerWidth(t, again, "Time"), start+70; got != want {
		t.Errorf("the header shows %.0f wide, want %.0f", got, want)
	}
	if got := again.ColumnWidth(1); got != FitColumns(again.cols, again.rows)[1] {
		t.Errorf("the column not dragged is %.0f wide, want its fitted width", got)
	}
}

// walk visits o and what is under it until visit says to stop there.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject) bool) {
	if !visit(o) {
		return
	}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			walk(c, visit)
		}
	}
}

// highlighted are the texts of the cells drawn over a background.
func highlighted(tb *StringTable) []string {
	var out []string
	walk(tb, func(o fyne.CanvasObject) bool {
		c, ok := o.(*fyne.Container)
		if !ok || len(c.Objects) != 2 {
			return true
		}
		bg, ok := c.Objects[0].(*canvas.Rectangle)
		l, isCell := c.Objects[1].(*widget.Label)
		if !ok || !isCell {
			return true
		}
		if _, _, _, a := bg.FillColor.RGBA(); a > 0 {
			out = append(out, l.Text)
		}
		return false
	})
	return out
}

// headerWidth is the width the header titled title is drawn at.
func headerWidth(t *testing.T, tb *StringTable, title string) float32 {
	t.Helper()
	var found *widget.Label
	walk(tb, func(o fyne.CanvasObject) bool {
		if l, ok := o.(*widget.Label); ok && l.Text == title && l.TextStyle.Bold {
			found = l
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("no header %q", title)
	}
	return found.Size().Width
}

func TestWidthsFormat(t *testing.T) {
	test.NewTempApp(t)
	p := fyne.CurrentApp().Preferences()
	for _, tc := range []struct {
		stored string
		n      int
		want   map[int]float32
	}{
		{"0,312", 2, map[int]float32{1: 312}},
		{"0,312", 3, nil},
		{"x,1", 2, nil},
		{"", 2, nil},
	} {
		p.SetString("k", tc.stored)
		got := loadWidths(p, "k", tc.n)
		if len(got) != len(tc.want) || got[1] != tc.want[1] {
			t.Errorf("%q of %d: %v, want %v", tc.stored, tc.n, got, tc.want)
		}
	}
	if got := formatWidths(map[int]float32{1: 312.4}, 3); got != "0,312,0" {
		t.Errorf("formatWidths: %q", got)
	}
}

// TestDetailGetsItsHeight: the detail pane is as tall as its text wrapped
// at the table's width (two lines here), not one line with the rest cut.
func TestDetailGetsItsHeight(t *testing.T) {
	test.NewTempApp(t)
	tb := NewStringTable([]Column{{Title: "Code", Width: 60}, {Title: "Name", Width: 100}, {Title: "Relations", Width: 100}})
	w := test.NewWindow(tb.WithDetail())
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(420, 400))
	tb.SetRows([][]string{{"AF", "Afghanistan, Islamic Emirate of", "Full diplomatic relations since 1955"}})
	tb.SelectRow(0)
	w.Content().Refresh()
	line := (&widget.Label{Text: "x"}).MinSize().Height
	text := tb.detail.text
	if h := text.MinSize().Height; h < 1.5*line {
		t.Fatalf("the text is %.0f high at %.0f wide: one line, want it wrapped", h, text.Size().Width)
	}
	if got, want := tb.detail.box.Size().Height, text.MinSize().Height; got < want {
		t.Errorf("the pane is %.0f high, its text needs %.0f", got, want)
	}
}
