package widgets

import (
	"fyne.io/fyne/v2"
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
type StringTable struct {
	widget.Table

	// OnSelected is called with the index of the row the user selects.
	OnSelected func(row int)

	cols []Column
	rows [][]string
}

// NewStringTable makes an empty table with the given columns.
func NewStringTable(cols []Column) *StringTable {
	t := &StringTable{cols: cols}
	t.Length = t.length
	t.CreateCell = newCell
	t.UpdateCell = t.updateCell
	t.ShowHeaderRow = true
	t.CreateHeader = newHeader
	t.UpdateHeader = t.updateHeader
	t.Table.OnSelected = t.selected
	t.ExtendBaseWidget(t)
	for i, c := range cols {
		t.SetColumnWidth(i, c.Width)
	}
	return t
}

// SetRows replaces the rows and redraws the table from its first row and
// column: an offset kept from the last rows (scrolled right, then the
// window resized while another screen was shown) could lie past the
// columns and show an empty header and empty rows.
func (t *StringTable) SetRows(rows [][]string) {
	t.rows = rows
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
	o.(*widget.Label).SetText(t.Cell(id.Row, id.Col))
}

func (t *StringTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col >= 0 && id.Col < len(t.cols) {
		o.(*widget.Label).SetText(t.cols[id.Col].Title)
	}
}

func (t *StringTable) selected(id widget.TableCellID) {
	if t.OnSelected != nil && id.Row >= 0 && id.Row < len(t.rows) {
		t.OnSelected(id.Row)
	}
}
