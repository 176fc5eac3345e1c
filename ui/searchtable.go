package ui

import (
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// row is one pre-formatted line of a list: its cells as shown, and the
// folded text search-as-you-type matches.
type row struct {
	id    string
	cells []string
	fold  string
}

// newRow folds the cells (and any extra text, e.g. a native-script name
// not shown) for search.
func newRow(id string, cells []string, extra ...string) row {
	return row{id: id, cells: cells, fold: fold(strings.Join(append(append([]string{}, cells...), extra...), " "))}
}

// fold is data.Fold: case, accents and strokes removed (ASCII takes a
// short cut there).
func fold(s string) string { return data.Fold(s) }

// filterRows keeps the rows holding every word of the folded query. On
// 3,000 people it takes well under a millisecond (BenchmarkFilterPeople),
// so it runs on the UI goroutine as the user types.
func filterRows(rows []row, query string) []row {
	q := kit.NewQuery(query)
	if len(q) == 0 {
		return rows
	}
	out := make([]row, 0, len(rows)/4)
	for _, r := range rows {
		if q.Matches(r.fold) {
			out = append(out, r)
		}
	}
	return out
}

// searchTable is a search entry over a read-only table with a count.
type searchTable struct {
	search *kit.Input
	table  *widgets.StringTable
	count  *widget.Label

	empty *widget.Label // over the table when it shows no row

	all, shown []row
	loaded     bool
	onSelect   func(row)
	emptyText  string // what an empty list means
	view       fyne.CanvasObject
}

// newSearchTable makes the table; emptyText is shown while there is no row
// at all.
func newSearchTable(cols []widgets.Column, emptyText string) *searchTable {
	t := &searchTable{
		table:     widgets.NewStringTable(cols),
		count:     &widget.Label{},
		empty:     &widget.Label{Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord},
		emptyText: emptyText,
	}
	t.empty.Hide()
	t.search = kit.NewSearch(lang.L("Search…"), t.filter)
	t.table.OnSelected = t.selected
	top := container.NewBorder(nil, nil, nil, t.count, t.search)
	t.view = container.NewBorder(top, nil, nil, nil, withNote(t.table, t.empty))
	return t
}

// setRows swaps in freshly loaded rows and applies the current search.
func (t *searchTable) setRows(rows []row) {
	t.all, t.loaded = rows, true
	t.filter(t.search.Text)
}

func (t *searchTable) filter(q string) {
	t.shown = filterRows(t.all, q)
	cells := make([][]string, len(t.shown))
	for i, r := range t.shown {
		cells[i] = r.cells
	}
	t.table.SetRows(cells)
	t.count.SetText(countText(len(t.shown), len(t.all), t.loaded))
	switch {
	case !t.loaded || len(t.shown) > 0:
		t.empty.Hide()
	case len(t.all) == 0:
		t.empty.SetText(t.emptyText)
		t.empty.Show()
	default:
		t.empty.SetText(lang.L("Nothing matches “{{.Query}}”.", map[string]any{"Query": strings.TrimSpace(q)}))
		t.empty.Show()
	}
}

func (t *searchTable) selected(i int) {
	if t.onSelect != nil && i < len(t.shown) {
		t.onSelect(t.shown[i])
	}
}

// countText is "12 of 600", or "600" when nothing is filtered out.
func countText(shown, all int, loaded bool) string {
	if !loaded {
		return lang.L("Loading…")
	}
	if shown == all {
		return strconv.Itoa(all)
	}
	return lang.L("{{.Shown}} of {{.All}}", map[string]any{"Shown": shown, "All": all})
}

// withNote lays a note over the middle of a table, full width so that it
// wraps; the note is shown while the table is empty.
func withNote(table *widgets.StringTable, note *widget.Label) fyne.CanvasObject {
	return container.NewStack(table.WithDetail(), container.NewPadded(container.NewVBox(layout.NewSpacer(), note, layout.NewSpacer())))
}
