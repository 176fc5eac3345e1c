// Package delegview is the Delegations screen: the delegations with search,
// sort and filters, a delegation's detail with its members, the
// delegation, person, travel, hotel and vehicle editors (whose rules are
// app/delegations and app/logistics), delete with undo, and spreadsheet import (with a preview) and export.
package delegview

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// Screen is the Delegations screen.
type Screen struct {
	env kit.Env

	search     *kit.Input
	sortBy     *widget.Select
	status     *widget.Select
	kind       *widget.Select
	relations  *widget.Select
	unassigned *widget.Check
	table      *widgets.StringTable
	count      *widget.Label
	empty      *widget.Label

	detail *detailPane
	undo   *kit.UndoBar

	peopleSearch *kit.Input
	peopleTable  *widgets.StringTable
	peopleNote   *kit.EmptyNote
	peopleCount  *widget.Label

	tabs *container.AppTabs

	snap        *snapshot
	shown       []delRow
	shownPeople []int32 // indexes into snap.people
	selected    string  // delegation id
	content     fyne.CanvasObject
	statusCodes []string
	kindCodes   []string
	relCodes    []string
	sortCodes   []string
}

// New makes the screen; Load fills it.
func New(env kit.Env) *Screen { return &Screen{env: env} }

// SearchEntry is what View > Find focuses.
func (s *Screen) SearchEntry() *kit.Input {
	if s.tabs != nil && s.tabs.SelectedIndex() == 1 {
		return s.peopleSearch
	}
	return s.search
}

// choices returns a Select's options: "all" first, then each code's label.
func choices(all, prefix string, codes []string) []string {
	out := []string{all}
	for _, c := range codes {
		out = append(out, kit.EnumLabel(prefix, c))
	}
	return out
}

// Content builds the screen's widgets.
func (s *Screen) Content() fyne.CanvasObject {
	if s.content != nil {
		return s.content
	}
	s.statusCodes = append([]string{""}, data.DelegationStatuses...)
	s.kindCodes = append([]string{""}, data.DelegationKinds...)
	s.relCodes = append([]string{""}, data.Relations...)
	s.sortCodes = []string{sortPrecedence, sortName, sortStatus, sortArrival}

	s.search = kit.NewSearch(lang.L("Search…"), func(string) { s.refilter() })
	s.sortBy = widgets.NewSelect([]string{lang.L("Precedence"), lang.L("Name"), lang.L("Status"), lang.L("Arrival")}, func(string) { s.refilter() })
	s.status = widgets.NewSelect(choices(lang.L("All statuses"), "status", data.DelegationStatuses), func(string) { s.refilter() })
	s.kind = widgets.NewSelect(choices(lang.L("All kinds"), "kind", data.DelegationKinds), func(string) { s.refilter() })
	s.relations = widgets.NewSelect(choices(lang.L("All relations"), "relations", data.Relations), func(string) { s.refilter() })
	for _, sel := range []*widget.Select{s.sortBy, s.status, s.kind, s.relations} {
		sel.SetSelectedIndex(0)
	}
	s.unassigned = &widget.Check{Text: lang.L("No lead LO"), OnChanged: func(bool) { s.refilter() }}
	s.count = &widget.Label{Text: lang.L("Loading…")}
	s.empty = &widget.Label{Alignment: fyne.TextAlignCenter, Wrapping: fyne.TextWrapWord}
	s.empty.Hide()
	s.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Code"), Width: 54},
		{Title: lang.L("Name"), Width: 170},
		{Title: lang.L("Status"), Width: 100},
		{Title: lang.L("Relations"), Width: 80},
		{Title: lang.X("column.people", "People"), Width: 60},
		{Title: lang.L("Arrival"), Width: 130},
		{Title: lang.L("Lead LO"), Width: 150},
	})
	s.table.OnSelected = s.selectRow
	s.table.OnActivated = s.editRow
	s.table.Remember("delegations")

	sortBox := container.NewBorder(nil, nil, &widget.Label{Text: lang.L("Sort:")}, nil, s.sortBy)
	// Two rows, so that the list fits beside the detail on a laptop
	// screen in either language.
	top := container.NewVBox(container.NewBorder(nil, nil, nil, s.count, s.search),
		container.NewBorder(nil, nil, nil, s.unassigned, sortBox), container.NewGridWithColumns(3, s.status, s.kind, s.relations))
	list := container.NewBorder(top, nil, nil, nil,
		container.NewStack(s.table.WithDetail(), container.NewPadded(container.NewVBox(layout.NewSpacer(), s.empty, layout.NewSpacer()))))

	s.detail = newDetailPane(s)
	split := container.NewHSplit(list, container.NewPadded(s.detail.view))
	split.Offset = 0.52

	s.peopleSearch = kit.NewSearch(lang.L("Search…"), func(string) { s.refilterPeople() })
	s.peopleCount = &widget.Label{}
	s.peopleTable = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Name"), Width: 220},
		{Title: lang.L("Native name"), Width: 150},
		{Title: lang.L("Delegation"), Width: 180},
		{Title: lang.L("Role"), Width: 150},
		{Title: lang.L("Position"), Width: 220},
		{Title: lang.L("Diet and allergies"), Width: 220},
	})
	s.peopleTable.OnActivated = s.editShownPerson
	s.peopleTable.Remember("people")
	s.peopleNote = kit.NewEmptyNote(s.peopleTable.WithDetail(), lang.L("Nobody yet: choose a delegation on the Delegations tab and press Add person, or bring the people in from a spreadsheet with Import…"))
	people := container.NewBorder(container.NewBorder(nil, nil, nil, s.peopleCount, s.peopleSearch), nil, nil, nil, s.peopleNote.View())

	toolbar := container.NewHBox(
		&widget.Button{Text: lang.L("New delegation"), Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: s.newDelegation},
		&widget.Button{Text: lang.L("Import…"), Icon: theme.DownloadIcon(), OnTapped: s.startImport},
		&widget.Button{Text: lang.L("Export…"), Icon: theme.UploadIcon(), OnTapped: s.startExport},
		&widget.Button{Text: lang.L("Country briefs…"), Icon: theme.InfoIcon(), OnTapped: s.showBriefs},
	)
	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Delegations"), split),
		container.NewTabItem(lang.L("People"), people),
	)
	s.undo = kit.NewUndoBar(s.env)
	s.content = container.NewBorder(toolbar, s.undo.View(), nil, nil, s.tabs)
	return s.content
}

// Load fetches the delegations and people off the UI goroutine.
func (s *Screen) Load() {
	kit.Load(s.env, "load delegations", loadSnapshot, s.show)
}

func (s *Screen) show(snap *snapshot) {
	s.snap = snap
	// The columns fit the whole list once; a search keeps those widths.
	all := make([][]string, len(snap.rows))
	for i := range snap.rows {
		all[i] = snap.rows[i].cells
	}
	s.table.FitTo(all)
	all = make([][]string, min(len(snap.people), 300))
	for i := range all {
		all[i] = snap.people[i].cells
	}
	s.peopleTable.FitTo(all)
	s.refilter()
	s.refilterPeople()
}

func (s *Screen) currentFilter() filter {
	return filter{
		query:      s.search.Text,
		status:     pick(s.statusCodes, s.status.SelectedIndex()),
		kind:       pick(s.kindCodes, s.kind.SelectedIndex()),
		relations:  pick(s.relCodes, s.relations.SelectedIndex()),
		unassigned: s.unassigned.Checked,
		sort:       pick(s.sortCodes, s.sortBy.SelectedIndex()),
	}
}

func pick(codes []string, i int) string {
	if i < 0 || i >= len(codes) {
		return ""
	}
	return codes[i]
}

// ShowFiltered shows the delegations of a status ("" any) or those
// without a lead LO, or with people the list of every person: what a
// dashboard tile counts. The search and the other filters are cleared.
func (s *Screen) ShowFiltered(status string, noLead, people bool) {
	if s.table == nil {
		return
	}
	if people {
		s.tabs.SelectIndex(1)
		s.peopleSearch.SetText("")
		return
	}
	s.tabs.SelectIndex(0)
	s.search.SetText("")
	s.kind.SetSelectedIndex(0)
	s.relations.SetSelectedIndex(0)
	s.status.SetSelectedIndex(0)
	for i, st := range data.DelegationStatuses {
		if st == status {
			s.status.SetSelectedIndex(i + 1)
		}
	}
	s.unassigned.SetChecked(noLead)
	s.refilter()
}

// refilter applies the search, filters and order, keeping the selected
// delegation in the detail pane while it is shown.
func (s *Screen) refilter() {
	if s.snap == nil || s.table == nil {
		return
	}
	s.shown = s.currentFilter().apply(s.snap.rows)
	cells := make([][]string, len(s.shown))
	at := -1
	for i, r := range s.shown {
		cells[i] = r.cells
		if r.d.ID == s.selected {
			at = i
		}
	}
	s.table.FilterRows(cells)
	if len(s.shown) == len(s.snap.rows) {
		s.count.SetText(strconv.Itoa(len(s.shown)))
	} else {
		s.count.SetText(lang.L("{{.Shown}} of {{.All}}", map[string]any{"Shown": len(s.shown), "All": len(s.snap.rows)}))
	}
	switch {
	case len(s.shown) > 0:
		s.empty.Hide()
	case len(s.snap.rows) == 0:
		s.empty.SetText(lang.L("No delegations yet: add one with New delegation, or bring them in from a spreadsheet with Import…"))
		s.empty.Show()
	default:
		s.empty.SetText(lang.L("No delegation matches the search and filters."))
		s.empty.Show()
	}
	if at < 0 && len(s.shown) > 0 {
		at = 0
	}
	if at >= 0 {
		s.table.Select(widget.TableCellID{Row: at, Col: 0})
		return
	}
	s.detail.showRow(s.rowByID(s.selected))
}

func (s *Screen) rowByID(id string) *delRow {
	if s.snap == nil {
		return nil
	}
	for i := range s.snap.rows {
		if s.snap.rows[i].d.ID == id {
			return &s.snap.rows[i]
		}
	}
	return nil
}

func (s *Screen) selectRow(i int) {
	if i < 0 || i >= len(s.shown) {
		return
	}
	s.selected = s.shown[i].d.ID
	s.detail.showRow(&s.shown[i])
}

// editRow opens the delegation double-clicked (or Enter).
func (s *Screen) editRow(i int) {
	if i >= 0 && i < len(s.shown) {
		d := s.shown[i].d
		s.editDelegation(&d)
	}
}

func (s *Screen) refilterPeople() {
	if s.snap == nil || s.peopleTable == nil {
		return
	}
	var cells [][]string
	s.shownPeople, cells = filterPeople(s.snap.people, s.snap.peopleIx, s.peopleSearch.Text)
	s.peopleTable.FilterRows(cells)
	s.peopleNote.Count(len(s.shownPeople), len(s.snap.people))
	if len(s.shownPeople) == len(s.snap.people) {
		s.peopleCount.SetText(strconv.Itoa(len(s.shownPeople)))
	} else {
		s.peopleCount.SetText(lang.L("{{.Shown}} of {{.All}}", map[string]any{"Shown": len(s.shownPeople), "All": len(s.snap.people)}))
	}
}

// editShownPerson opens the person double-clicked (or Enter).
func (s *Screen) editShownPerson(i int) {
	if i < 0 || i >= len(s.shownPeople) {
		return
	}
	p := *s.snap.people[s.shownPeople[i]].p
	s.editPerson(&p)
}
