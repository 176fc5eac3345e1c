package widgets

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
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
	measured    textWidths      // the widths of the cells' texts
	user        map[int]float32 // the widths the user dragged
	fill        bool            // the last column fills the table (FillWidth)
	lastFit     float32         // the last column's width before it fills
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
	t.FilterRows(rows)
}

// FitTo sizes the columns to rows (what a screen loaded), for FilterRows
// to keep.
func (t *StringTable) FitTo(rows [][]string) {
	keep := t.rows
	t.rows = rows
	t.fitColumns()
	t.rows = keep
}

// FilterRows is SetRows for a search or filter of the rows FitTo was given:
// the columns keep their widths, so that they neither jump nor get
// measured again at each keystroke.
func (t *StringTable) FilterRows(rows [][]string) {
	t.rows = rows
	t.unselect() // the Refresh below redraws the rows
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

// newCell is a cell's text over a background that marks the selected
// row whole (Fyne's table marks only the cell clicked).
func newCell() fyne.CanvasObject {
	return &fyne.Container{Layout: compactCell{}, Objects: []fyne.CanvasObject{
		canvas.NewRectangle(color.Transparent),
		&widget.Label{Text: "template", Truncation: fyne.TextTruncateEllipsis},
	}}
}

// Compact is a text with half its padding above and below (as a table's
// cells are): a record's facts take 31 pixels a line instead of 39.
func Compact(text fyne.CanvasObject) fyne.CanvasObject {
	return &fyne.Container{Layout: compactCell{}, Objects: []fyne.CanvasObject{text}}
}

// compactCell lays a cell out with half a label's padding above and below
// its text: rows 31 pixels high instead of 39, so that a sub-table under a
// record's facts (a delegation's members, its travel) shows a quarter more
// rows on a laptop screen. The label overlaps the cell's edges by what it
// pads, which it leaves blank.
type compactCell struct{}

// (The text is the last object; a background before it fills the cell.)
func (compactCell) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	pad := theme.InnerPadding() / 2
	for _, o := range objs[:len(objs)-1] {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	text := objs[len(objs)-1]
	text.Move(fyne.NewPos(0, -pad))
	text.Resize(fyne.NewSize(size.Width, size.Height+2*pad))
}

func (compactCell) MinSize(objs []fyne.CanvasObject) fyne.Size {
	return objs[len(objs)-1].MinSize().SubtractWidthHeight(0, theme.InnerPadding())
}

func newHeader() fyne.CanvasObject {
	return &fyne.Container{Layout: compactCell{}, Objects: []fyne.CanvasObject{
		&widget.Label{Text: "template", TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis},
	}}
}

func (t *StringTable) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	c := o.(*fyne.Container)
	bg, l := c.Objects[0].(*canvas.Rectangle), c.Objects[1].(*widget.Label)
	var fill color.Color = color.Transparent
	if id.Row == t.sel {
		fill = t.Theme().Color(theme.ColorNameSelection, fyne.CurrentApp().Settings().ThemeVariant())
	}
	if bg.FillColor != fill {
		bg.FillColor = fill
		bg.Refresh()
	}
	imp := widget.MediumImportance
	if t.RowImportance != nil && id.Row >= 0 && id.Row < len(t.rows) {
		imp = t.RowImportance(id.Row)
	}
	if l.Importance != imp {
		l.Importance = imp
		l.Refresh()
	}
	// Only a new text: a label shapes its text again to cut it, which
	// on every refresh of every visible cell (a keystroke in a search
	// refreshes the table a few times) cost a tenth of a second.
	if text := t.Cell(id.Row, id.Col); l.Text != text {
		l.SetText(text)
	}
}

func (t *StringTable) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col >= 0 && id.Col < len(t.cols) {
		if l := o.(*fyne.Container).Objects[0].(*widget.Label); l.Text != t.cols[id.Col].Title {
			l.SetText(t.cols[id.Col].Title)
		}
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
	return fitColumns(cols, rows, nil)
}

// textWidths remembers the widths of the texts measured, so that a table
// filtered a keystroke at a time measures each text once, not on every
// keystroke (2,100 texts, 80 ms a keystroke on the xlarge demo).
type textWidths struct {
	size float32 // the text size they were measured at
	w    map[string]float32
}

// maxTextWidths bounds what textWidths keeps.
const maxTextWidths = 50000

func (m *textWidths) measure(text string, size float32) float32 {
	if m == nil {
		return fyne.MeasureText(text, size, fyne.TextStyle{}).Width
	}
	if m.w == nil || m.size != size || len(m.w) > maxTextWidths {
		m.w, m.size = map[string]float32{}, size
	}
	w, ok := m.w[text]
	if !ok {
		w = fyne.MeasureText(text, size, fyne.TextStyle{}).Width
		m.w[text] = w
	}
	return w
}

func fitColumns(cols []Column, rows [][]string, known *textWidths) []float32 {
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
				need = max(need, known.measure(row[i], size)+pad)
			}
		}
		out[i] = max(c.Width, min(need, max(c.Width, maxFitWidth)))
	}
	return out
}
