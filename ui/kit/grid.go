package kit

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/widgets"
)

// Column is one column of a Grid: its header and width.
type Column struct {
	Title string
	Width float32
}

// Row is one pre-formatted line of a Grid.
type Row struct {
	ID     string
	Cells  []string
	Danger bool   // shown in red: late, overdue, serious
	fold   string // folded text the search matches
}

// NewRow is a row of record id with its cells.
func NewRow(id string, danger bool, cells ...string) Row {
	return Row{ID: id, Cells: cells, Danger: danger, fold: data.Fold(strings.Join(cells, " "))}
}

// Grid is a search entry over a read-only table of pre-formatted rows
// (thousands of them), which may stand out in red. A click on a row
// selects it and shows it whole under the table (and calls OnSelect); a
// double click or Enter calls onActivate with its id (opens its editor).
type Grid struct {
	Search *Input
	table  *widgets.StringTable
	count  *widget.Label
	empty  *widget.Label

	cols        []Column
	all, shown  []Row
	loaded      bool
	emptyText   string
	onActivate  func(id string)
	OnSelect    func(id string) // a click on a row; nil does nothing more
	ExtraFilter func(Row) bool  // a screen's own filter; nil keeps every row
}

// NewGrid makes a grid; emptyText is what it says with no rows at all;
// onActivate (nil for none) opens a row's record.
func NewGrid(cols []Column, emptyText string, onActivate func(string)) *Grid {
	g := &Grid{cols: cols, emptyText: emptyText, onActivate: onActivate, count: &widget.Label{}}
	g.empty = &widget.Label{Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	g.empty.Hide()
	g.Search = NewSearch(lang.L("Search…"), g.Filter)
	wcols := make([]widgets.Column, len(cols))
	for i, c := range cols {
		wcols[i] = widgets.Column{Title: c.Title, Width: c.Width}
	}
	g.table = widgets.NewStringTable(wcols)
	g.table.RowImportance = g.importance
	g.table.OnSelected = g.selected
	g.table.OnActivated = g.activated
	return g
}

// Remember keeps the widths the user gives the columns under id.
func (g *Grid) Remember(id string) { g.table.Remember(id) }

// Table is the grid's table (tests click it).
func (g *Grid) Table() *widgets.StringTable { return g.table }

// View lays the grid out with extra controls (filters, Add) beside the search.
func (g *Grid) View(controls ...fyne.CanvasObject) fyne.CanvasObject {
	right := container.NewHBox(append([]fyne.CanvasObject{g.count}, controls...)...)
	top := container.NewBorder(nil, nil, nil, right, g.Search)
	note := container.NewPadded(container.NewVBox(layout.NewSpacer(), g.empty, layout.NewSpacer()))
	v := &GridView{Grid: g, content: container.NewBorder(top, nil, nil, nil, container.NewStack(g.table.WithDetail(), note))}
	v.ExtendBaseWidget(v)
	return v
}

// GridView is a Grid as it stands in the window (tests find the Grid
// behind it).
type GridView struct {
	widget.BaseWidget
	Grid    *Grid
	content fyne.CanvasObject
}

// CreateRenderer shows the grid's layout.
func (v *GridView) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(v.content) }

func (g *Grid) importance(row int) widget.Importance {
	if row < len(g.shown) && g.shown[row].Danger {
		return widget.DangerImportance
	}
	return widget.MediumImportance
}

func (g *Grid) selected(row int) {
	if row < len(g.shown) && g.OnSelect != nil {
		g.OnSelect(g.shown[row].ID)
	}
}

func (g *Grid) activated(row int) {
	if row < len(g.shown) && g.onActivate != nil {
		g.onActivate(g.shown[row].ID)
	}
}

// SetRows swaps in freshly loaded rows and applies the search.
func (g *Grid) SetRows(rows []Row) {
	g.all, g.loaded = rows, true
	g.Filter(g.Search.Text)
}

// Filter shows the rows that match q and ExtraFilter.
func (g *Grid) Filter(q string) {
	query := NewQuery(q)
	g.shown = g.shown[:0:0]
	for _, r := range g.all {
		if (g.ExtraFilter == nil || g.ExtraFilter(r)) && query.Matches(r.fold) {
			g.shown = append(g.shown, r)
		}
	}
	cells := make([][]string, len(g.shown))
	for i, r := range g.shown {
		cells[i] = r.Cells
	}
	g.table.SetRows(cells)
	switch {
	case !g.loaded:
		g.count.SetText(lang.L("Loading…"))
	case len(g.shown) == len(g.all):
		g.count.SetText(strconv.Itoa(len(g.all)))
	default:
		g.count.SetText(lang.L("{{.Shown}} of {{.All}}", map[string]any{"Shown": len(g.shown), "All": len(g.all)}))
	}
	switch {
	case !g.loaded || len(g.shown) > 0:
		g.empty.Hide()
	case len(g.all) == 0:
		g.empty.SetText(g.emptyText)
		g.empty.Show()
	default:
		g.empty.SetText(lang.L("Nothing matches the search or filter."))
		g.empty.Show()
	}
}

// Cell is the text shown at a row and column, "" outside.
func (g *Grid) Cell(r, c int) string {
	if r < 0 || r >= len(g.shown) || c < 0 || c >= len(g.shown[r].Cells) {
		return ""
	}
	return g.shown[r].Cells[c]
}

// All are the rows loaded.
func (g *Grid) All() []Row { return g.all }

// Shown are the rows shown, in order.
func (g *Grid) Shown() []Row { return g.shown }
