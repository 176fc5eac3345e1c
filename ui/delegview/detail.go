package delegview

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// detailPane shows one delegation: its fields, its members and what can be
// done with it.
type detailPane struct {
	s        *Screen
	title    *widget.Label
	flag     *fyne.Container // the delegation's flag, or its code in a box
	info     *fyne.Container // the facts, "Field: value", flowing (widgets.Flow)
	members  *widgets.StringTable
	noMember *kit.EmptyNote // over the members while there is none
	hint     *widget.Label
	box      *fyne.Container
	view     fyne.CanvasObject
	row      *delRow
	logi     *logisticsTab
	tabs     *container.AppTabs
	people   []data.Person
	snap     *snapshot // the snapshot row was shown from
}

func newDetailPane(s *Screen) *detailPane {
	p := &detailPane{s: s}
	p.title = &widget.Label{TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	p.info = widgets.NewFlow()
	p.members = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Role"), Width: 140},
		{Title: lang.L("Name"), Width: 180},
		{Title: lang.L("Native name"), Width: 110},
		{Title: lang.L("Position"), Width: 160},
		{Title: lang.L("Diet and allergies"), Width: 160},
	})
	p.members.OnActivated = p.editMember
	p.members.Remember("delegation.members")
	p.noMember = kit.NewEmptyNote(p.members.WithDetail(), lang.L("Nobody in this delegation yet: add its people with Add person, or import them (Import…)."))
	p.hint = &widget.Label{Text: lang.L("Select a delegation to see its people."), Importance: widget.LowImportance, Alignment: fyne.TextAlignCenter}
	buttons := container.NewHBox(
		&widget.Button{Text: lang.L("Edit"), Icon: theme.DocumentCreateIcon(), OnTapped: p.edit},
		&widget.Button{Text: lang.L("Country brief…"), Icon: theme.InfoIcon(), OnTapped: p.brief},
		&widget.Button{Text: lang.L("Delete"), Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: p.remove},
	)
	p.logi = newLogistics(s)
	members := container.NewBorder(container.NewBorder(nil, nil,
		&widget.Button{Text: lang.L("Add person"), Icon: theme.ContentAddIcon(), OnTapped: p.addPerson}, nil,
		&widget.Label{Text: lang.L("Double-click a person to edit them."), Importance: widget.LowImportance, Truncation: fyne.TextTruncateEllipsis},
	), nil, nil, nil, p.noMember.View())
	p.tabs = container.NewAppTabs(append([]*container.TabItem{container.NewTabItem(lang.L("Members"), members)}, p.logi.tabs()...)...)
	// The facts flow and wrap between words, in a few lines at any width;
	// in a scroll of their own they cannot make the window taller than the
	// screen, and the tables below keep the height.
	info := container.NewVScroll(p.info)
	info.SetMinSize(fyne.NewSize(0, 90)) // three lines
	p.flag = container.NewStack()
	top := container.NewVBox(container.NewBorder(nil, nil, container.NewCenter(p.flag), nil, p.title), buttons, info)
	p.box = container.NewBorder(top, nil, nil, nil, p.tabs)
	p.box.Hide()
	p.view = container.NewStack(container.NewCenter(p.hint), p.box)
	return p
}

// showRow shows a delegation, or the hint when r is nil.
func (p *detailPane) showRow(r *delRow) {
	if r != nil && p.row != nil && r.d.ID == p.row.d.ID && p.snap == p.s.snap && p.box.Visible() {
		// The same delegation of the same snapshot, selected again as a
		// search narrows the list: its members (up to 200), flag and
		// facts are already shown, and showing them again took a tenth
		// of a second a keystroke.
		p.row = r
		return
	}
	p.row, p.snap = r, p.s.snap
	if r == nil {
		p.box.Hide()
		p.hint.Show()
		return
	}
	p.title.SetText(r.d.Name)
	p.flag.Objects = []fyne.CanvasObject{kit.FlagView(&r.d, 48)}
	p.flag.Refresh()
	p.info.Objects = p.info.Objects[:0]
	for _, f := range r.fields {
		if f[1] != "" {
			p.info.Objects = append(p.info.Objects, fact(f[0], f[1]))
		}
	}
	p.info.Refresh()
	p.people = p.people[:0]
	var cells [][]string
	for _, i := range p.s.snap.byDel[r.d.ID] {
		pr := &p.s.snap.people[i]
		p.people = append(p.people, *pr.p)
		cells = append(cells, pr.short)
	}
	p.members.SetRows(cells)
	p.noMember.Count(len(cells), len(cells))
	p.logi.show(r.d)
	p.hint.Hide()
	p.box.Show()
}

// editMember opens the member double-clicked (or Enter).
func (p *detailPane) editMember(i int) {
	if i < 0 || i >= len(p.people) {
		return
	}
	person := p.people[i]
	p.s.editPerson(&person)
}

func (p *detailPane) edit() {
	if p.row != nil {
		d := p.row.d
		p.s.editDelegation(&d)
	}
}

func (p *detailPane) addPerson() {
	if p.row != nil {
		p.s.editPerson(&data.Person{DelegationID: p.row.d.ID, Role: data.RoleMember})
	}
}

func (p *detailPane) remove() {
	if p.row != nil {
		d := p.row.d
		p.s.confirmDelete(&d, d.Name)
	}
}

func (p *detailPane) brief() {
	if p.row != nil {
		p.s.editBrief(p.row.d.Country)
	}
}

// fact is "Field: value"; a long value wraps between words on a line of
// its own.
func fact(field, value string) fyne.CanvasObject {
	l := &widget.Label{Text: field + ": " + value}
	if len(l.Text) > 40 {
		l.Wrapping = fyne.TextWrapWord
		return l // takes a line of the flow
	}
	return widgets.Compact(l)
}
