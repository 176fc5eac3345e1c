package progview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/ui/kit/kittest"
)

// TestProgrammeClickShowsTheRoom: a click on a programme item selects it
// and shows its whole place (cut in the table: "Jakarta Convention Center
// (JCC) Se…") under the table, with no editor; a double click opens it.
func TestProgrammeClickShowsTheRoom(t *testing.T) {
	f := newFixture(t)
	f.win.Resize(fyne.NewSize(1180, 680))
	l := f.scr.list
	at := kittest.TableRow(0).AddXY(270, 0) // the first row's title
	test.TapAt(l.table, at)
	f.wait()
	if l.selected == nil || kittest.Top(f.win) != nil {
		t.Fatalf("one click: selected %v, dialog open %v", l.selected, kittest.Top(f.win) != nil)
	}
	place := l.table.Cell(0, 4)
	if got := l.table.Detail(); place == "" || !strings.Contains(got, place) {
		t.Errorf("the detail %q does not show the place %q", got, place)
	}
	test.TapAt(l.table, at)
	f.wait()
	if kittest.Top(f.win) == nil {
		t.Fatal("a double click opened no editor")
	}
}
