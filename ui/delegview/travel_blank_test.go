package delegview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/kit/kittest"
)

// drawnText is the text drawn under o, "|" between lines.
func drawnText(o fyne.CanvasObject) string {
	var b []string
	for _, l := range kittest.Drawn(o) {
		b = append(b, l.Text)
	}
	return strings.Join(b, "|")
}

// TestTravelTableAfterScrollAndResize: the Travel table of the next
// delegation starts at its first column and shows its rows, whatever the
// last one was scrolled to before the window was left and resized (an
// offset kept past the columns once showed an empty header and empty rows
// for every delegation).
func TestTravelTableAfterScrollAndResize(t *testing.T) {
	f := newFixture(t)
	f.s.selectRow(1)
	f.env.Wait()
	f.s.detail.tabs.SelectIndex(1)
	travel := f.s.detail.logi.travel
	travel.SetColumnWidth(1, 600) // widened by hand
	travel.ScrollTo(widget.TableCellID{Row: 0, Col: 9})
	travel.SetColumnWidth(1, 150)
	content := f.win.Content()
	f.win.SetContent(widget.NewLabel("another screen"))
	f.win.Resize(fyne.NewSize(1900, 1000))
	f.win.SetContent(content)
	f.s.selectRow(2)
	f.env.Wait()
	got := drawnText(travel)
	// "arrival" or "Arrival": the words of en.json once a test loaded them.
	for _, want := range []string{"Direction", "arrival", travel.Cell(0, 2)} {
		if !strings.Contains(strings.ToLower(got), strings.ToLower(want)) {
			t.Errorf("the Travel table does not show %q: %s", want, got)
		}
	}
}
