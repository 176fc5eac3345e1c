package ui

import (
	"context"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/widgets"
)

// delegationsScreen lists the delegations, with the selected one's people
// beside them, and every person in a second tab.
type delegationsScreen struct {
	d    *desk
	tabs *container.AppTabs

	delegations *searchTable
	people      *searchTable

	detailTitle  *widget.Label
	detailInfo   *widget.Form
	detailPeople *widgets.StringTable
	detailBox    *fyne.Container
	hint         *widget.Label

	details     map[string]delegationDetail
	peopleByDel map[string][][]string
}

// delegationDetail is the pre-formatted detail pane of one delegation.
type delegationDetail struct {
	name   string
	fields [][2]string // label, value
}

func newDelegationsScreen(d *desk) *delegationsScreen { return &delegationsScreen{d: d} }

func (s *delegationsScreen) title() string { return lang.L("Delegations") }

func (s *delegationsScreen) icon() fyne.Resource { return theme.AccountIcon() }

func (s *delegationsScreen) searchEntry() *widget.Entry {
	if s.tabs != nil && s.tabs.SelectedIndex() == 1 {
		return s.people.search
	}
	return s.delegations.search
}

func (s *delegationsScreen) content() fyne.CanvasObject {
	s.delegations = newSearchTable([]widgets.Column{
		{Title: lang.L("Code"), Width: 54},
		{Title: lang.L("Name"), Width: 170},
		{Title: lang.L("Status"), Width: 104},
		{Title: lang.L("Relations"), Width: 90},
		{Title: lang.X("column.people", "People"), Width: 70},
		{Title: lang.L("Lead LO"), Width: 160},
	}, lang.L("No delegations yet."))
	s.delegations.onSelect = s.selectDelegation

	s.detailTitle = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	s.detailInfo = widget.NewForm()
	s.detailPeople = widgets.NewStringTable(personDetailColumns())
	s.hint = &widget.Label{Text: lang.L("Select a delegation to see its people."), Importance: widget.LowImportance, Alignment: fyne.TextAlignCenter}
	s.detailBox = container.NewBorder(container.NewVBox(s.detailTitle, s.detailInfo), nil, nil, nil, s.detailPeople)
	s.detailBox.Hide()
	detail := container.NewStack(container.NewCenter(s.hint), s.detailBox)

	split := container.NewHSplit(s.delegations.view, container.NewPadded(detail))
	split.Offset = 0.62

	s.people = newSearchTable([]widgets.Column{
		{Title: lang.L("Name"), Width: 220},
		{Title: lang.L("Native name"), Width: 150},
		{Title: lang.L("Delegation"), Width: 180},
		{Title: lang.L("Role"), Width: 150},
		{Title: lang.L("Position"), Width: 220},
		{Title: lang.L("Diet and allergies"), Width: 220},
	}, lang.L("No people yet."))

	s.tabs = container.NewAppTabs(
		container.NewTabItem(lang.L("Delegations"), split),
		container.NewTabItem(lang.L("People"), s.people.view),
	)
	return s.tabs
}

func personDetailColumns() []widgets.Column {
	return []widgets.Column{
		{Title: lang.L("Role"), Width: 150},
		{Title: lang.L("Name"), Width: 190},
		{Title: lang.L("Native name"), Width: 120},
		{Title: lang.L("Position"), Width: 170},
		{Title: lang.L("Diet and allergies"), Width: 170},
	}
}

// delegationsData is what one load reads, formatted.
type delegationsData struct {
	delegations []row
	people      []row
	details     map[string]delegationDetail
	peopleByDel map[string][][]string
}

func (s *delegationsScreen) load() {
	load(s.d, "load delegations", loadDelegations, s.show)
}

func loadDelegations(ctx context.Context, st *data.Store) (delegationsData, error) {
	var out delegationsData
	l, err := loadLookups(ctx, st, false)
	if err != nil {
		return out, err
	}
	ps, err := st.FindPeople(ctx, data.PersonFilter{})
	if err != nil {
		return out, err
	}
	as, err := st.FindAssignments(ctx, data.AssignmentFilter{Role: data.AssignLead})
	if err != nil {
		return out, err
	}
	lead := map[string][]string{}
	for _, a := range as {
		lead[a.DelegationID] = append(lead[a.DelegationID], l.loName(a.LOID))
	}
	out.peopleByDel = map[string][][]string{}
	out.people = make([]row, 0, len(ps))
	for i := range ps {
		p := &ps[i]
		alerts := personAlerts(p)
		delName := l.delegationName(p.DelegationID)
		out.people = append(out.people, newRow(p.ID,
			[]string{personName(p), p.NativeName, delName, enumLabel("role", p.Role), p.Position, alerts},
			p.Email, p.Phone, p.Nationality))
		out.peopleByDel[p.DelegationID] = append(out.peopleByDel[p.DelegationID],
			[]string{enumLabel("role", p.Role), personName(p), p.NativeName, p.Position, alerts})
	}
	ds := make([]*data.Delegation, 0, len(l.delegations))
	for _, d := range l.delegations {
		ds = append(ds, d)
	}
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Precedence != ds[j].Precedence {
			return ds[i].Precedence < ds[j].Precedence
		}
		return strings.ToLower(ds[i].Name) < strings.ToLower(ds[j].Name)
	})
	out.details = make(map[string]delegationDetail, len(ds))
	for _, d := range ds {
		leads := strings.Join(lead[d.ID], ", ")
		country := countryName(d.Country)
		out.delegations = append(out.delegations, newRow(d.ID,
			[]string{d.Code, d.Name, enumLabel("status", d.Status), enumLabel("relations", d.Relations), strconv.Itoa(len(out.peopleByDel[d.ID])), leads},
			d.Country, country, d.Notes))
		relations := enumLabel("relations", d.Relations)
		if d.RelationsNotes != "" {
			relations += " — " + d.RelationsNotes
		}
		out.details[d.ID] = delegationDetail{name: d.Name, fields: [][2]string{
			{lang.L("Kind"), enumLabel("kind", d.Kind)},
			{lang.L("Country"), country},
			{lang.L("Relations"), relations},
			{lang.L("Languages"), languageNames(d.Languages)},
			{lang.L("Status"), enumLabel("status", d.Status)},
			{lang.L("Lead LO"), leads},
			{lang.L("Notes"), d.Notes},
		}}
	}
	return out, nil
}

// personName is the name with its honorific.
func personName(p *data.Person) string {
	if p.Honorific != "" {
		return p.Honorific + " " + p.FullName
	}
	return p.FullName
}

// personAlerts is what the LO must not miss: diet, allergies, mobility.
func personAlerts(p *data.Person) string {
	var parts []string
	if p.Dietary != "" {
		parts = append(parts, p.Dietary)
	}
	for _, a := range p.Allergies {
		if a.Severity != "" {
			parts = append(parts, a.Substance+" ("+enumLabel("severity", a.Severity)+")")
		} else {
			parts = append(parts, a.Substance)
		}
	}
	if p.Mobility != "" {
		parts = append(parts, p.Mobility)
	}
	return strings.Join(parts, "; ")
}

func (s *delegationsScreen) show(v delegationsData) {
	s.details, s.peopleByDel = v.details, v.peopleByDel
	s.delegations.setRows(v.delegations)
	s.people.setRows(v.people)
	s.detailBox.Hide()
	s.hint.Show()
	if len(s.delegations.shown) > 0 {
		s.delegations.table.Select(widget.TableCellID{Row: 0, Col: 0})
	}
}

func (s *delegationsScreen) selectDelegation(r row) {
	det, ok := s.details[r.id]
	if !ok {
		return
	}
	s.detailTitle.SetText(det.name)
	s.detailInfo.Items = nil
	for _, f := range det.fields {
		if f[1] == "" {
			continue
		}
		s.detailInfo.Append(f[0], &widget.Label{Text: f[1], Wrapping: fyne.TextWrapWord})
	}
	s.detailInfo.Refresh()
	s.detailPeople.SetRows(s.peopleByDel[r.id])
	s.hint.Hide()
	s.detailBox.Show()
}
