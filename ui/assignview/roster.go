package assignview

import (
	"context"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/phone"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// loRow is one LO, pre-formatted for the roster.
type loRow struct {
	lo       data.LO
	cells    []string
	fold     string
	assigned bool
}

// Roster is the liaison officers' screen.
type Roster struct {
	env *kit.Env

	search   *kit.Input
	language *widget.Select
	status   *widget.Select
	day      *kit.Input
	assigned *widget.Select
	count    *widget.Label
	table    *widgets.StringTable
	note     *kit.EmptyNote // over the table while it shows no LO
	undo     *kit.UndoBar

	all      []loRow
	shown    []loRow
	langs    []string // codes offered by the language filter, in its order
	statuses []string // codes behind the status filter's options
	content  fyne.CanvasObject
}

// NewRoster makes the roster; Load fills it.
func NewRoster(env kit.Env) *Roster {
	r := &Roster{env: &env, undo: kit.NewUndoBar(env)}
	r.search = kit.NewSearch(lang.L("Search name, e-mail, skills…"), func(string) { r.filter() })
	r.search.ExtendBaseWidget(r.search)
	r.language = widgets.NewSelect(nil, func(string) { r.filter() })
	r.status = widgets.NewSelect(nil, func(string) { r.filter() })
	r.statuses = append([]string{""}, data.LOStatuses...)
	opts := []string{lang.L("Any status")}
	for _, s := range data.LOStatuses {
		opts = append(opts, kit.EnumLabel("lo_status", s))
	}
	r.status.SetOptions(opts)
	r.day = kit.InputOf(&widget.Entry{PlaceHolder: lang.L("Available on YYYY-MM-DD"), Validator: validDate, OnChanged: func(string) { r.filter() }})
	r.day.ExtendBaseWidget(r.day)
	r.assigned = widgets.NewSelect([]string{lang.L("Assigned or not"), lang.L("Assigned"), lang.L("Not assigned")}, func(string) { r.filter() })
	r.count = widget.NewLabel("")
	r.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Name"), Width: 190},
		{Title: lang.L("Languages"), Width: 300},
		{Title: lang.L("Experience"), Width: 95},
		{Title: lang.L("Status"), Width: 80},
		{Title: lang.L("Available"), Width: 185},
		{Title: lang.L("Assigned to"), Width: 110},
		{Title: lang.L("Phone"), Width: 150},
		{Title: lang.L("Email"), Width: 200},
	})
	r.table.OnActivated = r.activated
	r.table.Remember("los")
	r.note = kit.NewEmptyNote(r.table.WithDetail(), lang.L("No liaison officers yet: add one with New LO, or bring the roster in from a spreadsheet with Import…"))
	r.setLanguages(nil)
	r.status.SetSelectedIndex(0)
	r.assigned.SetSelectedIndex(0)
	return r
}

// Content builds the screen.
func (r *Roster) Content() fyne.CanvasObject {
	if r.content != nil {
		return r.content
	}
	bar := container.NewHBox(
		widget.NewButton(lang.L("New LO"), func() { r.edit(nil) }),
		widget.NewButton(lang.L("Import…"), r.importFile),
		widget.NewButton(lang.L("Export…"), r.exportFile),
		r.count,
	)
	r.day.Resize(fyne.NewSize(180, r.day.MinSize().Height))
	filters := container.NewGridWithColumns(4, r.language, r.status, r.day, r.assigned)
	top := container.NewVBox(container.NewBorder(nil, nil, nil, bar, r.search), filters)
	r.content = container.NewBorder(top, r.undo.View(), nil, nil, r.note.View())
	return r.content
}

// SearchEntry is the search box.
func (r *Roster) SearchEntry() *kit.Input { return r.search }

// Load reads the LOs and their assignments.
func (r *Roster) Load() {
	kit.Load(*r.env, "load LOs", loadRoster, func(rows []loRow) {
		r.all = rows
		r.setLanguages(rows)
		// The columns fit the whole roster once; a search keeps those widths.
		all := make([][]string, len(rows))
		for i := range rows {
			all[i] = rows[i].cells
		}
		r.table.FitTo(all)
		r.filter()
	})
}

func loadRoster(ctx context.Context, s *data.Store) ([]loRow, error) {
	dels, err := s.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, err
	}
	names := map[string]string{}
	for _, d := range dels {
		names[d.ID] = d.Code
	}
	as, err := s.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	to := map[string][]string{}
	for _, a := range as {
		to[a.LOID] = append(to[a.LOID], names[a.DelegationID])
	}
	los, err := s.FindLOs(ctx, data.LOFilter{})
	if err != nil {
		return nil, err
	}
	out := make([]loRow, len(los))
	for i, l := range los {
		exp := ""
		if l.Experience > 0 {
			exp = lang.N("{{.Count}} years", l.Experience, map[string]any{"Count": l.Experience})
		}
		avail := ""
		if l.AvailableFrom != "" || l.AvailableTo != "" {
			avail = l.AvailableFrom + " – " + l.AvailableTo
		}
		cells := []string{
			l.FullName, langSkills(l.Languages), exp, kit.EnumLabel("lo_status", l.Status),
			avail, strings.Join(to[l.ID], ", "), phone.Display(l.Phone), l.Email,
		}
		out[i] = loRow{
			lo: l, cells: cells, assigned: len(to[l.ID]) > 0,
			fold: data.Fold(strings.Join(cells, " ") + " " + l.Skills + " " + l.Notes),
		}
	}
	return out, nil
}

// setLanguages offers the languages the LOs speak, by name.
func (r *Roster) setLanguages(rows []loRow) {
	seen := map[string]bool{}
	var codes []string
	for _, x := range rows {
		for _, l := range x.lo.Languages {
			if !seen[l.Code] {
				seen[l.Code] = true
				codes = append(codes, l.Code)
			}
		}
	}
	sort.Slice(codes, func(i, j int) bool { return langName(codes[i]) < langName(codes[j]) })
	keep := ""
	if i := r.language.SelectedIndex(); i > 0 && i <= len(r.langs) {
		keep = r.langs[i-1]
	}
	r.langs = codes
	opts := []string{lang.L("Any language")}
	sel := 0
	for i, c := range codes {
		opts = append(opts, langName(c))
		if c == keep {
			sel = i + 1
		}
	}
	r.language.OnChanged = nil
	r.language.SetOptions(opts)
	r.language.SetSelectedIndex(sel)
	r.language.OnChanged = func(string) { r.filter() }
}

// filter shows the rows that pass the search and the filters.
func (r *Roster) filter() {
	if r.table == nil {
		return
	}
	query := kit.NewQuery(r.search.Text)
	code := ""
	if i := r.language.SelectedIndex(); i > 0 && i <= len(r.langs) {
		code = r.langs[i-1]
	}
	status := ""
	if i := r.status.SelectedIndex(); i > 0 {
		status = r.statuses[i]
	}
	day := strings.TrimSpace(r.day.Text)
	if validDate(day) != nil {
		day = ""
	}
	want := r.assigned.SelectedIndex() // 1 assigned, 2 not
	r.shown = r.shown[:0]
	cells := make([][]string, 0, len(r.all))
	for _, x := range r.all {
		switch {
		case !query.Matches(x.fold),
			status != "" && x.lo.Status != status,
			code != "" && !speaks(&x.lo, code),
			day != "" && !availableOn(&x.lo, day),
			want == 1 && !x.assigned, want == 2 && x.assigned:
			continue
		}
		r.shown = append(r.shown, x)
		cells = append(cells, x.cells)
	}
	r.table.FilterRows(cells)
	r.note.Count(len(r.shown), len(r.all))
	r.count.SetText(lang.L("{{.Shown}} of {{.All}}", map[string]any{"Shown": len(r.shown), "All": len(r.all)}))
}

func speaks(l *data.LO, code string) bool {
	for _, x := range l.Languages {
		if x.Code == code {
			return true
		}
	}
	return false
}

func availableOn(l *data.LO, day string) bool {
	return (l.AvailableFrom == "" || l.AvailableFrom <= day) && (l.AvailableTo == "" || day <= l.AvailableTo)
}

// activated opens the LO double-clicked (or Enter).
func (r *Roster) activated(i int) {
	if i < 0 || i >= len(r.shown) {
		return
	}
	lo := r.shown[i].lo
	r.edit(&lo)
}
