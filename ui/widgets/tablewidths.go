package widgets

import (
	"math"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Column widths: each column is as wide as its title and its texts need
// in the user's language (FitColumns), unless the user dragged it wider
// or narrower; Remember keeps those widths in the app's preferences under
// the table's id and puts them back the next time the table is made.
//
// Fyne 2.7's Table gives no event for a column resized by dragging its
// header's edge (the drag is handled inside the table, by unexported
// fields, and ends in SetColumnWidth). What it does, on every refresh, is
// lay out each visible header at its column's width and then call
// UpdateHeader with it: a header laid out at a width other than the one
// the table set last is a column the user resized.

// widthsPrefix starts the preference key of a table's widths.
const widthsPrefix = "table.widths."

// Remember keeps the column widths the user drags under id (a stable name
// of the table, e.g. "delegation.members") and restores those kept.
func (t *StringTable) Remember(id string) {
	t.key = widthsPrefix + id
	t.user = loadWidths(prefs(), t.key, len(t.cols))
	t.fitColumns()
}

// ColumnWidth is the width column i has.
func (t *StringTable) ColumnWidth(i int) float32 {
	if i < 0 || i >= len(t.widths) {
		return 0
	}
	return t.widths[i]
}

func prefs() fyne.Preferences {
	if a := fyne.CurrentApp(); a != nil {
		return a.Preferences()
	}
	return nil
}

// fitColumns sizes the columns to the rows, except those the user sized.
func (t *StringTable) fitColumns() {
	for i, w := range fitColumns(t.cols, t.rows, &t.measured) {
		if u, ok := t.user[i]; ok {
			w = u
		}
		if i == len(t.cols)-1 {
			t.lastFit = w
			w = t.filled(w, t.Size().Width)
		}
		t.setWidth(i, w)
	}
}

// FillWidth makes the last column take the width the others leave, so
// that in a table wider than its columns (a dialog's) the selected row is
// marked to the table's edge, not to the end of its last column. The
// column keeps at least the width its texts need, or that the user
// dragged.
func (t *StringTable) FillWidth() {
	if len(t.cols) == 0 {
		return
	}
	t.fill = true
	t.lastFit = t.widths[len(t.cols)-1]
	t.setWidth(len(t.cols)-1, t.filled(t.lastFit, t.Size().Width))
}

// Resize lays the table out at size, its last column filling it
// (FillWidth).
func (t *StringTable) Resize(size fyne.Size) {
	if t.fill {
		t.setWidth(len(t.cols)-1, t.filled(t.lastFit, size.Width))
	}
	t.Table.Resize(size)
}

// filled is the last column's width w, widened to what the others leave
// of width when the table fills its width and the user did not size it.
func (t *StringTable) filled(w, width float32) float32 {
	last := len(t.cols) - 1
	if _, dragged := t.user[last]; !t.fill || dragged || width <= 0 {
		return w
	}
	left := width - float32(last)*theme.Padding() // the columns' gaps
	for _, o := range t.widths[:last] {
		left -= o
	}
	return max(w, float32(math.Floor(float64(left))))
}

func (t *StringTable) setWidth(i int, w float32) {
	if t.widths[i] == w {
		return // unchanged: no refresh of the whole table
	}
	t.widths[i] = w
	t.SetColumnWidth(i, w)
}

// noticeWidth is told the width column i's header was laid out at: when it
// is not the one the table set, the user dragged the column.
func (t *StringTable) noticeWidth(i int, w float32) {
	if t.key == "" || i >= len(t.widths) || w <= 0 || abs(w-t.widths[i]) < 0.5 {
		return
	}
	t.widths[i] = w
	if t.user == nil {
		t.user = map[int]float32{}
	}
	t.user[i] = w
	if p := prefs(); p != nil {
		p.SetString(t.key, formatWidths(t.user, len(t.cols)))
	}
}

func abs(f float32) float32 {
	if f < 0 {
		return -f
	}
	return f
}

// formatWidths is "0,0,312,0": a width per column, 0 where the user sized
// none.
func formatWidths(user map[int]float32, n int) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = strconv.FormatFloat(float64(user[i]), 'f', 0, 32)
	}
	return strings.Join(parts, ",")
}

// loadWidths reads what formatWidths wrote for a table of n columns;
// anything else (another number of columns, a damaged value) keeps none.
func loadWidths(p fyne.Preferences, key string, n int) map[int]float32 {
	if p == nil {
		return nil
	}
	parts := strings.Split(p.String(key), ",")
	if len(parts) != n {
		return nil
	}
	out := map[int]float32{}
	for i, s := range parts {
		w, err := strconv.ParseFloat(s, 32)
		if err != nil || w < 0 || w > 4000 {
			return nil
		}
		if w > 0 {
			out[i] = float32(w)
		}
	}
	return out
}
