package widgets

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// How a StringTable is driven: a click selects a row and shows it, a
// second click on it within the double-click delay, or Enter, activates
// it, Up and Down (Home, End) move the selection. The table is not a
// fyne.DoubleTappable on purpose: the driver would then hold every single
// click back for the double-click delay before selecting.

// doubleTapDelay is the driver's double-click delay.
func doubleTapDelay() time.Duration {
	if a := fyne.CurrentApp(); a != nil {
		if d := a.Driver(); d != nil {
			return d.DoubleTapDelay()
		}
	}
	return 300 * time.Millisecond
}

// Tapped selects the row tapped; tapped again at once, it activates it.
func (t *StringTable) Tapped(e *fyne.PointEvent) {
	t.Table.Tapped(e)
	now := time.Now()
	if t.sel >= 0 && t.sel == t.lastTapRow && now.Sub(t.lastTap) <= doubleTapDelay() {
		t.lastTapRow = -1
		t.activate()
		return
	}
	t.lastTapRow, t.lastTap = t.sel, now
}

// TypedKey moves the selection with Up, Down, Home and End, activates the
// selected row on Enter, and leaves the other keys to the table.
func (t *StringTable) TypedKey(e *fyne.KeyEvent) {
	switch e.Name {
	case fyne.KeyUp:
		t.SelectRow(max(t.sel-1, 0))
	case fyne.KeyDown:
		t.SelectRow(min(t.sel+1, len(t.rows)-1))
	case fyne.KeyHome:
		t.SelectRow(0)
	case fyne.KeyEnd:
		t.SelectRow(len(t.rows) - 1)
	case fyne.KeyReturn, fyne.KeyEnter:
		if t.sel < 0 {
			t.Table.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace}) // the focused cell
		}
		t.activate()
	default:
		t.Table.TypedKey(e)
	}
}

// SelectRow selects row i (keeping the column), scrolled into view, as a
// click on it does.
func (t *StringTable) SelectRow(i int) {
	if i < 0 || i >= len(t.rows) {
		return
	}
	t.Select(widget.TableCellID{Row: i, Col: max(t.selCol, 0)})
}

// Selected is the index of the selected row, -1 when none is.
func (t *StringTable) Selected() int { return t.sel }

func (t *StringTable) activate() {
	if t.OnActivated != nil && t.sel >= 0 && t.sel < len(t.rows) {
		t.OnActivated(t.sel)
	}
}

func (t *StringTable) selected(id widget.TableCellID) {
	if id.Row < 0 || id.Row >= len(t.rows) {
		return
	}
	changed := id.Row != t.sel
	t.sel, t.selCol = id.Row, id.Col
	if !changed {
		return // another cell of the same row
	}
	t.detail.show(t.cols, t.rows[id.Row])
	t.Refresh() // the row's background
	if t.OnSelected != nil {
		t.OnSelected(id.Row)
	}
}

// UnselectAll leaves no row selected, and the detail empty.
func (t *StringTable) UnselectAll() {
	if t.unselect() {
		t.Refresh()
	}
}

// unselect is UnselectAll but the table's refresh; it says whether a row
// was selected.
func (t *StringTable) unselect() bool {
	t.Table.UnselectAll()
	had := t.sel >= 0
	t.sel, t.lastTapRow = -1, -1
	t.detail.show(nil, nil)
	return had
}
