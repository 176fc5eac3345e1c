package protoview

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/accred"
	"lodesk/app/imex"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// Kinds of row on the accreditation list.
const (
	badgePerson = iota
	badgeLO
	badgeVehicle
)

// badgeRow is one row of the accreditation list, pre-formatted.
type badgeRow struct {
	kind   int
	id     string
	badge  data.Badge // a vehicle's pass as a badge without category
	cells  []string
	search string // folded, for the filter
}

// accTab lists everyone who needs a badge or a pass, with a filter and
// "without a badge only"; a row opens its editor.
type accTab struct {
	s       *Screen
	search  *kit.Input
	missing *widget.Check
	count   *widget.Label
	zones   *widget.Label
	table   *widgets.StringTable
	note    *kit.EmptyNote // over the table while it shows nobody
	all     []badgeRow
	shown   []badgeRow
}

func (a *accTab) content() fyne.CanvasObject {
	a.search = kit.InputOf(&widget.Entry{PlaceHolder: lang.L("Find a name, delegation or badge number"), OnChanged: func(string) { a.filter() }})
	a.missing = &widget.Check{Text: lang.L("Without a badge only"), OnChanged: func(bool) { a.filter() }}
	a.count = &widget.Label{}
	a.zones = &widget.Label{Importance: widget.LowImportance, Truncation: fyne.TextTruncateEllipsis}
	a.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Delegation"), Width: 170},
		{Title: lang.L("Name"), Width: 230},
		{Title: lang.L("Role"), Width: 150},
		{Title: lang.L("Badge or pass"), Width: 110},
		{Title: lang.L("Category"), Width: 100},
		{Title: lang.L("Zones"), Width: 190},
	})
	a.table.Remember("accreditation")
	a.table.OnActivated = func(row int) {
		if row >= 0 && row < len(a.shown) {
			a.edit(a.shown[row])
		}
	}
	bar := container.NewHBox(a.missing, a.count)
	if a.s.env.Import != nil {
		bar.Add(&widget.Button{Text: lang.L("Import…"), Icon: theme.UploadIcon(), OnTapped: func() { a.s.env.Import(imex.Accred) }})
	}
	top := container.NewVBox(container.NewBorder(nil, nil, nil, bar, a.search), a.zones)
	a.note = kit.NewEmptyNote(a.table.WithDetail(), lang.L("Nobody to accredit yet: the people of the delegations, their LOs and their cars are listed here once they are entered (Delegations and Liaison officers screens)."))
	return container.NewBorder(top, nil, nil, nil, a.note.View())
}

// show builds the rows: people by delegation precedence and role, then
// LOs, then vehicles.
func (a *accTab) show() {
	sn := a.s.snap
	zones := strings.Join(sn.ev.Zones, ", ")
	if zones == "" {
		zones = lang.L("none yet: set them in File > Event details")
	}
	a.zones.SetText(lang.L("Access zones: {{.Zones}}", map[string]any{"Zones": zones}))
	a.all = a.all[:0]
	add := func(kind int, id, deleg, name, role string, b data.Badge) {
		cells := []string{deleg, name, role, b.BadgeNo, b.BadgeCategory, strings.Join(b.Zones, ", ")}
		a.all = append(a.all, badgeRow{kind: kind, id: id, badge: b, cells: cells, search: data.Fold(deleg + " " + name + " " + b.BadgeNo)})
	}
	for _, p := range sn.people {
		add(badgePerson, p.ID, sn.delName[p.DelegationID], p.FullName, kit.EnumLabel("role", p.Role), p.Badge)
	}
	for _, l := range sn.los {
		add(badgeLO, l.ID, "", l.FullName, lang.L("Liaison officer"), l.Badge)
	}
	for _, v := range sn.vehicles {
		name := strings.TrimSpace(v.Plate + " " + v.Type)
		add(badgeVehicle, v.ID, sn.delName[v.DelegationID], name, lang.L("Vehicle"), data.Badge{BadgeNo: v.CarPass, Zones: v.Zones})
	}
	a.filter()
}

func (a *accTab) filter() {
	q := kit.NewQuery(a.search.Text)
	a.shown = a.shown[:0]
	without := 0
	for _, r := range a.all {
		if r.badge.BadgeNo == "" {
			without++
		}
		if (a.missing.Checked && r.badge.BadgeNo != "") || !q.Matches(r.search) {
			continue
		}
		a.shown = append(a.shown, r)
	}
	rows := make([][]string, len(a.shown))
	for i, r := range a.shown {
		rows[i] = r.cells
	}
	a.table.SetRows(rows)
	a.note.Count(len(rows), len(a.all))
	a.count.SetText(lang.L("{{.Without}} of {{.Total}} without a badge or pass", map[string]any{"Without": without, "Total": len(a.all)}))
}

// edit opens the badge (or car pass) editor of a row.
func (a *accTab) edit(r badgeRow) {
	number := kit.Entry(r.badge.BadgeNo, "D-0001")
	category := kit.Entry(r.badge.BadgeCategory, lang.L("e.g. VVIP, Delegate, LO, Media"))
	zones := a.s.zoneChecks(r.badge.Zones)
	numberName, title := "badge_no", lang.L("Badge of {{.Name}}", map[string]any{"Name": r.cells[1]})
	fields := []kit.Field{{Name: numberName, Label: lang.L("Badge number"), Widget: number}}
	if r.kind == badgeVehicle {
		numberName, title = "car_pass", lang.L("Car pass of {{.Name}}", map[string]any{"Name": r.cells[1]})
		fields = []kit.Field{{Name: numberName, Label: lang.L("Car pass number"), Widget: number}}
	} else {
		fields = append(fields, kit.Field{Name: "badge_category", Label: lang.L("Category"), Widget: category})
	}
	var zoneWidget fyne.CanvasObject = zones
	if len(a.s.snap.ev.Zones) == 0 {
		zoneWidget = &widget.Label{Text: lang.L("none yet: set them in File > Event details"), Wrapping: fyne.TextWrapWord}
	}
	fields = append(fields, kit.Field{Name: "zones", Label: lang.L("Access zones"), Widget: zoneWidget})
	e := kit.NewEditor(a.s.env, title, fields)
	e.Track(r.table(), r.id, func() { a.reopen(r) })
	var b data.Badge
	e.Collect = func() error {
		b = data.Badge{BadgeNo: kit.Trimmed(number), BadgeCategory: kit.Trimmed(category), Zones: zones.Selected}
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		switch r.kind {
		case badgeLO:
			return accred.SaveLOBadge(ctx, st, r.id, b)
		case badgeVehicle:
			return accred.SaveVehiclePass(ctx, st, r.id, b.BadgeNo, b.Zones)
		}
		return accred.SavePersonBadge(ctx, st, r.id, b)
	}
	e.Resize(620, 420)
	e.Show(number)
}

// table is the table of the record that holds the row's badge or pass.
func (r badgeRow) table() string {
	switch r.kind {
	case badgeLO:
		return (*data.LO)(nil).Table()
	case badgeVehicle:
		return (*data.Vehicle)(nil).Table()
	}
	return (*data.Person)(nil).Table()
}

// reopen opens the editor of the row's badge as it now is (its record
// changed underneath the editor).
func (a *accTab) reopen(r badgeRow) {
	kit.Load(a.s.env, "reload badge", func(ctx context.Context, st *data.Store) (data.Badge, error) {
		switch r.kind {
		case badgeLO:
			l, err := data.Get[data.LO](ctx, st, r.id)
			if err != nil {
				return data.Badge{}, err
			}
			return l.Badge, nil
		case badgeVehicle:
			v, err := data.Get[data.Vehicle](ctx, st, r.id)
			if err != nil {
				return data.Badge{}, err
			}
			return data.Badge{BadgeNo: v.CarPass, Zones: v.Zones}, nil
		}
		p, err := data.Get[data.Person](ctx, st, r.id)
		if err != nil {
			return data.Badge{}, err
		}
		return p.Badge, nil
	}, func(b data.Badge) {
		r.badge = b
		a.edit(r)
	})
}
