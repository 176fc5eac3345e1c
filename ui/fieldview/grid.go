package fieldview

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
)

// column is one column of a grid: its header and width.
type column struct {
	title string
	width float32
}

// row is one pre-formatted line of a grid.
type row struct {
	id     string
	cells  []string
	danger bool   // shown in red: late, overdue, serious
	fold   string // folded text the search matches
}

func newRow(id string, danger bool, cells ...string) row {
	return row{id: id, cells: cells, danger: danger, fold: data.Fold(strings.Join(cells, " "))}
}

// grid is a search entry over a read-only table whose rows may stand out
// in red; selecting a row calls onSelect with its id.
type grid struct {
	search *widget.Entry
	table  *widget.Table
	count  *widget.Label
	empty  *widget.Label

	cols        []column
	all, shown  []row
	loaded      bool
	emptyText   string
	onSelect    func(id string)
	extraFilter func(row) bool // nil keeps every row
}

func newGrid(cols []column, emptyText string, onSelect func(string)) *grid {
	g := &grid{cols: cols, emptyText: emptyText, onSelect: onSelect, count: &widget.Label{}}
	g.empty = &widget.Label{Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	g.empty.Hide()
	g.search = &widget.Entry{PlaceHolder: lang.L("Search…"), ActionItem: widget.NewIcon(theme.SearchIcon()), OnChanged: g.filter}
	g.table = &widget.Table{
		Length: func() (int, int) { return len(g.shown), len(g.cols) },
		CreateCell: func() fyne.CanvasObject {
			return &widget.Label{Text: "template", Truncation: fyne.TextTruncateEllipsis}
		},
		UpdateCell:    g.updateCell,
		ShowHeaderRow: true,
		CreateHeader: func() fyne.CanvasObject {
			return &widget.Label{Text: "template", TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
		},
		UpdateHeader: g.updateHeader,
		OnSelected:   g.selected,
	}
	g.table.ExtendBaseWidget(g.table)
	for i, c := range cols {
		g.table.SetColumnWidth(i, c.width)
	}
	return g
}

// view lays the grid out with extra controls (filters, Add) beside the search.
func (g *grid) view(controls ...fyne.CanvasObject) fyne.CanvasObject {
	right := container.NewHBox(append([]fyne.CanvasObject{g.count}, controls...)...)
	top := container.NewBorder(nil, nil, nil, right, g.search)
	note := container.NewPadded(container.NewVBox(layout.NewSpacer(), g.empty, layout.NewSpacer()))
	return container.NewBorder(top, nil, nil, nil, container.NewStack(g.table, note))
}

func (g *grid) updateCell(id widget.TableCellID, o fyne.CanvasObject) {
	l := o.(*widget.Label)
	if id.Row >= len(g.shown) || id.Col >= len(g.shown[id.Row].cells) {
		l.SetText("")
		return
	}
	r := g.shown[id.Row]
	imp := widget.MediumImportance
	if r.danger {
		imp = widget.DangerImportance
	}
	if l.Importance != imp {
		l.Importance = imp
		l.Refresh()
	}
	l.SetText(r.cells[id.Col])
}

func (g *grid) updateHeader(id widget.TableCellID, o fyne.CanvasObject) {
	if id.Col >= 0 && id.Col < len(g.cols) {
		o.(*widget.Label).SetText(g.cols[id.Col].title)
	}
}

func (g *grid) selected(id widget.TableCellID) {
	g.table.UnselectAll()
	if id.Row >= 0 && id.Row < len(g.shown) && g.onSelect != nil {
		g.onSelect(g.shown[id.Row].id)
	}
}

// setRows swaps in freshly loaded rows and applies the search.
func (g *grid) setRows(rows []row) {
	g.all, g.loaded = rows, true
	g.filter(g.search.Text)
}

func (g *grid) filter(q string) {
	query := kit.NewQuery(q)
	g.shown = g.shown[:0:0]
	for _, r := range g.all {
		if (g.extraFilter == nil || g.extraFilter(r)) && query.Matches(r.fold) {
			g.shown = append(g.shown, r)
		}
	}
	g.table.Refresh()
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

// cell is the text shown at a row and column, "" outside (tests).
func (g *grid) cell(r, c int) string {
	if r < 0 || r >= len(g.shown) || c < 0 || c >= len(g.shown[r].cells) {
		return ""
	}
	return g.shown[r].cells[c]
}

// undoBar offers to undo the last deletion of a screen.
type undoBar struct {
	env   kit.Env
	label *widget.Label
	undo  *widget.Button
	box   *fyne.Container
	rows  []data.Record
	after func()
}

func newUndoBar(env kit.Env) *undoBar {
	u := &undoBar{env: env, label: &widget.Label{Truncation: fyne.TextTruncateEllipsis}}
	u.undo = &widget.Button{Text: lang.L("Undo"), Icon: theme.ContentUndoIcon(), OnTapped: u.restore}
	close := &widget.Button{Icon: theme.CancelIcon(), Importance: widget.LowImportance, OnTapped: u.hide}
	u.box = container.NewBorder(nil, nil, nil, container.NewHBox(u.undo, close), u.label)
	u.box.Hide()
	return u
}

func (u *undoBar) hide() { u.rows = nil; u.box.Hide() }

// offer shows what was deleted, with Undo; after runs once restored.
func (u *undoBar) offer(what string, rows []data.Record, after func()) {
	u.rows, u.after = rows, after
	u.label.SetText(lang.L("Deleted: {{.What}}", map[string]any{"What": what}))
	u.box.Show()
}

func (u *undoBar) restore() {
	rows, after := u.rows, u.after
	u.hide()
	if len(rows) == 0 {
		return
	}
	u.env.Go(func() {
		err := u.env.Store.Restore(context.Background(), rows)
		u.env.Do(func() {
			if err != nil {
				showErr(u.env, "undo delete", err)
				return
			}
			if after != nil {
				after()
			}
			u.env.Changed()
		})
	})
}

// confirmDelete asks before deleting r (named what), deletes it off the UI
// goroutine, then offers Undo on bar and calls after.
func confirmDelete(env kit.Env, bar *undoBar, r data.Record, what string, after func()) {
	dialog.ShowConfirm(lang.L("Delete?"), lang.L("Delete {{.What}}? You can undo it.", map[string]any{"What": what}), func(ok bool) {
		if !ok {
			return
		}
		env.Go(func() {
			gone, err := env.Store.Delete(context.Background(), r)
			env.Do(func() {
				if err != nil {
					showErr(env, "delete", err)
					return
				}
				bar.offer(what, gone, after)
				if after != nil {
					after()
				}
				env.Changed()
			})
		})
	}, env.Win)
}
