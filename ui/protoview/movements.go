package protoview

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/motorcade"
	"lodesk/app/record"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// movTab lists the movements by start, with the convoy of each in one
// line and the vehicles booked twice above them.
type movTab struct {
	s       *Screen
	deleg   *kit.IDSelect
	clashes *widget.Label
	table   *widgets.StringTable
	note    *kit.EmptyNote // over the table while it shows no movement
	shown   []*motorcade.Motorcade
}

func (m *movTab) content() fyne.CanvasObject {
	m.deleg = kit.NewIDSelect([]string{""}, []string{lang.L("All delegations")}, "")
	m.deleg.OnChanged = func(string) { m.filter() }
	m.clashes = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	m.clashes.Hide()
	m.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("When"), Width: 130},
		{Title: lang.L("Delegation"), Width: 150},
		{Title: lang.L("Movement"), Width: 100},
		{Title: lang.L("From"), Width: 190},
		{Title: lang.L("To"), Width: 190},
		{Title: lang.L("Convoy"), Width: 420},
	})
	m.table.Remember("movements")
	m.table.OnActivated = func(row int) {
		if row >= 0 && row < len(m.shown) {
			m.edit(m.shown[row])
		}
	}
	add := &widget.Button{Text: lang.L("New movement…"), Icon: theme.ContentAddIcon(), OnTapped: func() { m.edit(nil) }}
	top := container.NewVBox(container.NewBorder(nil, nil, nil, add, m.deleg.Select), m.clashes)
	m.note = kit.NewEmptyNote(m.table.WithDetail(), lang.L("No movements yet: plan a motorcade with New movement… (when, from where to where, and its cars)."))
	return container.NewBorder(top, nil, nil, nil, m.note.View())
}

func (m *movTab) show() {
	sn := m.s.snap
	ids, names := []string{""}, []string{lang.L("All delegations")}
	for _, d := range sn.dels {
		ids, names = append(ids, d.ID), append(names, d.Code+" "+d.Name)
	}
	m.deleg.SetOptions(ids, names)
	var lines []string
	for _, c := range sn.plan.Clashes {
		lines = append(lines, lang.L("{{.Plate}} is in two movements at once: {{.First}} and {{.Second}}", map[string]any{
			"Plate": c.Vehicle.Plate, "First": m.label(c.First), "Second": m.label(c.Second),
		}))
	}
	m.clashes.SetText(strings.Join(lines, "\n"))
	m.clashes.Hidden = len(lines) == 0
	m.clashes.Refresh()
	m.filter()
}

// label names a movement in a clash: delegation, kind and start.
func (m *movTab) label(mc *motorcade.Motorcade) string {
	code := "?"
	if mc.Delegation != nil {
		code = mc.Delegation.Code
	}
	return code + " " + kit.EnumLabel("movement_kind", mc.Kind) + " " + kit.DateTime(mc.Starts, m.s.snap.loc)
}

func (m *movTab) filter() {
	sn, id := m.s.snap, m.deleg.ID()
	m.shown = m.shown[:0]
	var rows [][]string
	for i := range sn.plan.Movements {
		mc := &sn.plan.Movements[i]
		if id != "" && mc.DelegationID != id {
			continue
		}
		m.shown = append(m.shown, mc)
		rows = append(rows, []string{
			kit.DateTime(mc.Starts, sn.loc), sn.delName[mc.DelegationID], kit.EnumLabel("movement_kind", mc.Kind),
			mc.FromPlace, mc.ToPlace, convoyLine(mc),
		})
	}
	m.table.SetRows(rows)
	m.note.Count(len(rows), len(sn.plan.Movements))
}

// convoyLine is a convoy in one line: "Patwal lead · VIP car B 1234 RFS
// · Staff car B 77 RI".
func convoyLine(mc *motorcade.Motorcade) string {
	parts := make([]string, 0, len(mc.Cars))
	for _, c := range mc.Cars {
		p := kit.EnumLabel("car_role", c.Role)
		if c.Vehicle != nil {
			p += " " + c.Vehicle.Plate
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " · ")
}

// edit opens the movement editor; mc nil is a new movement.
func (m *movTab) edit(mc *motorcade.Motorcade) {
	sn := m.s.snap
	rec := data.Movement{Kind: data.MoveTransfer, DelegationID: m.deleg.ID()}
	var cars []data.ConvoyCar
	if mc != nil {
		rec = mc.Movement
		for _, c := range mc.Cars {
			cars = append(cars, c.ConvoyCar)
		}
	}
	deleg := m.s.delegationSelect(rec.DelegationID, false)
	kind := kit.NewEnumSelect("movement_kind", data.MovementKinds, rec.Kind, nil)
	itemIDs, itemNames := []string{""}, []string{lang.L("(none)")}
	for _, it := range sn.items {
		itemIDs, itemNames = append(itemIDs, it.ID), append(itemNames, kit.DateTime(it.Starts, sn.loc)+" "+it.Title)
	}
	item := kit.NewIDSelect(itemIDs, itemNames, rec.ItemID)
	starts := kit.Entry(kit.DateTime(rec.Starts, sn.loc), "2026-11-27 14:30")
	ends := kit.Entry(kit.DateTime(rec.Ends, sn.loc), "2026-11-27 15:30")
	from, to := kit.Entry(rec.FromPlace, ""), kit.Entry(rec.ToPlace, "")
	notes := kit.TextArea(rec.Notes)
	convoy := newConvoyEditor(m.s, cars)
	title := lang.L("New movement")
	if rec.ID != "" {
		title = lang.L("Movement")
	}
	e := kit.NewEditor(m.s.env, title, []kit.Field{
		{Name: "delegation", Label: lang.L("Delegation"), Widget: deleg.Select},
		{Name: "kind", Label: lang.L("Movement"), Widget: kind.Select},
		{Label: lang.L("Programme item"), Widget: item.Select},
		{Name: "starts", Label: lang.L("Starts"), Widget: starts, Hint: lang.L("YYYY-MM-DD HH:MM, in the event's time zone")},
		{Name: "ends", Label: lang.L("Ends"), Widget: ends},
		{Label: lang.L("From"), Widget: from},
		{Label: lang.L("To"), Widget: to},
		{Name: "convoy", Label: lang.L("Convoy"), Widget: convoy.view(), Hint: lang.L("In driving order; the driver and phone replace the vehicle's own.")},
		{Label: lang.L("Notes"), Widget: notes},
	})
	if rec.ID != "" {
		gone := rec
		e.OnDelete(func() {
			m.s.undo.Delete(&gone, m.label(mc), func(ctx context.Context, st *data.Store) (*record.Removal, error) {
				return motorcade.Remove(ctx, st, gone.ID)
			}, nil)
		})
		e.Track(gone.Table(), gone.ID, func() { m.reopen(gone) })
	}
	var save data.Movement
	var saveCars []data.ConvoyCar
	e.Collect = func() error {
		st, _, err := field.Time(starts.Text, sn.loc)
		if err != nil {
			return field.New("starts", err)
		}
		en, _, err := field.Time(ends.Text, sn.loc)
		if err != nil {
			return field.New("ends", err)
		}
		save = rec
		save.DelegationID, save.Kind, save.ItemID = deleg.ID(), kind.Code(), item.ID()
		save.Starts, save.Ends = st, en
		save.FromPlace, save.ToPlace, save.Notes = kit.Trimmed(from), kit.Trimmed(to), kit.Trimmed(notes)
		saveCars = convoy.cars()
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		mv, cs := save, saveCars
		err := motorcade.Save(ctx, st, &mv, cs, sn.region())
		return convoyField(err)
	}
	e.Resize(900, 680)
	e.Show(nil)
}

// reopen opens the editor on a movement as it now is, with its convoy
// (the record changed underneath its editor).
func (m *movTab) reopen(mv data.Movement) {
	kit.Load(m.s.env, "reload movement", func(ctx context.Context, st *data.Store) (*motorcade.Motorcade, error) {
		plan, err := motorcade.Load(ctx, st, mv.DelegationID)
		if err != nil {
			return nil, err
		}
		for i := range plan.Movements {
			if plan.Movements[i].ID == mv.ID {
				return &plan.Movements[i], nil
			}
		}
		return nil, data.ErrNotFound
	}, m.edit)
}
