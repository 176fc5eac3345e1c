package widgets

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Column is one column of a StringTable: its header and width.
type Column struct {
	Title string
	Width float32
}

// StringTable is a read-only table of pre-formatted strings with a header
// row. Rows are swapped in whole with SetRows, on the UI goroutine, so
// UpdateCell only assigns text.
//
// A click selects a row (and shows it whole in the pane of WithDetail);
// a double click, or Enter on the selected row, activates it (opens its
// editor); the arrow keys move the selection. Remember keeps the column
// widths the user drags.
type StringTable struct {
	widget.Table

	// OnSelected is called with the index of the row the user selects
	// (click, arrow keys): what shows the row, never what edits it.
	OnSelected func(row int)
	// OnActivated is called with the index of the row the user double
	// clicks, or presses Enter on: what edits it.
	OnActivated func(row int)
	// RowImportance, when set, colours a row's text (e.g. red when late).
	RowImportance func(row int) widget.Importance

	cols []Column
	rows [][]string

	sel, selCol int       // the selected row and column, -1 for none
	lastTapRow  int       // the row tapped last, and when
	lastTap     time.Time //
	detail      *rowDetail
	widths      []float32       // the widths the table set last
	user        map[int]float32 // the widths the user dragged
	key         string          // where they are remembered, "" nowhere
}

// NewStringTable makes an empty table with the given columns.
func NewStringTable(cols []Column) *StringTable {
	t := &StringTable{cols: cols, sel: -1, selCol: -1, lastTapRow: -1}
	t.Length = t.length
	t.CreateCell = newCell
	t.UpdateCell = t.updateCell
	t.ShowHeaderRow = true
	t.CreateHeader = newHeader
	t.UpdateHeader = t.updateHeader
	t.Table.OnSelected = t.selected
	t.ExtendBaseWidget(t)
	t.widths = make([]float32, len(cols))
	for i, c := range cols {
		t.setWidth(i, c.Width)
	}
	return t
}

// SetRows replaces the rows and redraws the table from its first row and
// column: an offset kept from the last rows (scrolled right, then the
// window resized while another screen was shown) could lie past the
// columns and show an empty header and empty rows.
func (t *StringTable) SetRows(rows [][]string) {
	t.rows = rows
	t.fitColumns()
	t.UnselectAll()
	t.ScrollToTop()
	t.ScrollToLeading()
	t.Refresh()
}

// Rows returns the rows shown.
func (t *StringTable) Rows() [][]string { return t.rows }

// Cell returns the text at a row and column, or "" outside the table.
func (t *StringTable) Cell(row, col int) string {
	if row < 0 || row >= len(t.rows) || col < 0 || col >= len(t.rows[row]) {
		return ""
	}
	return t.rows[row][col]
}

// Header returns the title of a column.
func (t *StringTable) Header(col int) string { return t.cols[col].Title }

func (t *StringTable) length() (int, int) { return len(t.rows), len(t.cols) }

func newCell() fyne.CanvasObject {
	return &widget.Label{Text: "template", Truncation: fyne.TextTruncateEllipsis}
}

func newHeader() fyne.CanvasObject {
	return &widget.Label{Text: "template", TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
}

func (t *StringTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	imp := widget.MediumImportance
	if t.RowImportance != nil && id.Row >= 0 && id.Row < len(t.rows) {
		imp = t.RowImportance(id.Row)
	}
	if l.Importance != imp {
		l.Importance = imp
		l.Refresh()
	}
	l.SetText(t.Cell(id.Row, id.Col))
}

func (t *StringTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col >= 0 && id.Col < len(t.cols) {
		o.(*widget.Label).SetText(t.cols[id.Col].Title)
		t.noticeWidth(id.Col, o.Size().Width)
	}
}

// maxFitWidth is the widest a column grows to show its content.
const maxFitWidth = 240

// fitSample is how many rows FitColumns measures.
const fitSample = 300

// FitColumns is the width of each column: as wide as its header and its
// longest text (of the first rows) need in the user's language, up to
// maxFitWidth, and never narrower than the column's own width.
func FitColumns(cols []Column, rows [][]string) []float32 {
	pad := 2*theme.InnerPadding() + 2
	size := theme.TextSize()
	out := make([]float32, len(cols))
	for i, c := range cols {
		need := fyne.MeasureText(c.Title, size, fyne.TextStyle{Bold: true}).Width + pad
		for r, row := range rows {
			if r >= fitSample {
				break
			}
			if i < len(row) && row[i] != "" {
				need = max(need, fyne.MeasureText(row[i], size, fyne.TextStyle{}).Width+pad)
			}
		}
		out[i] = max(c.Width, min(need, max(c.Width, maxFitWidth)))
	}
	return out
}
