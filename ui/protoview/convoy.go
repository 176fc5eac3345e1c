package protoview

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/phone"
	"lodesk/data"
	"lodesk/ui/kit"
)

// convoyEditor edits a convoy car by car, in driving order: each car's
// role, vehicle, driver and phone (blank: the vehicle's), riders and
// flags; cars move up and down and are removed; Add car appends one.
type convoyEditor struct {
	s    *Screen
	box  *fyne.Container
	rows []*carRow
}

// carRow is one car's widgets; rec keeps what the form does not show
// (its id, notes).
type carRow struct {
	rec     data.ConvoyCar
	role    *kit.EnumSelect
	vehicle *kit.IDSelect
	driver  *kit.Input
	phone   *kit.Input
	riders  *kit.Input
	flags   *kit.Input
}

func newConvoyEditor(s *Screen, cars []data.ConvoyCar) *convoyEditor {
	c := &convoyEditor{s: s, box: container.NewVBox()}
	for _, car := range cars {
		c.rows = append(c.rows, c.newRow(car))
	}
	c.layout()
	return c
}

func (c *convoyEditor) view() fyne.CanvasObject {
	add := &widget.Button{Text: lang.L("Add car"), Icon: theme.ContentAddIcon(), OnTapped: func() {
		role := data.CarVIP
		if len(c.rows) > 0 {
			role = data.CarBackup
		}
		c.rows = append(c.rows, c.newRow(data.ConvoyCar{Role: role}))
		c.layout()
	}}
	return container.NewVBox(c.box, container.NewHBox(add))
}

func (c *convoyEditor) newRow(car data.ConvoyCar) *carRow {
	ids, names := []string{""}, []string{lang.L("(no vehicle)")}
	for _, v := range c.s.snap.vehicles {
		name := v.Plate
		if d := c.s.snap.delName[v.DelegationID]; d != "" {
			name += " (" + strings.SplitN(d, " ", 2)[0] + ")"
		}
		ids, names = append(ids, v.ID), append(names, name)
	}
	r := &carRow{
		rec:     car,
		role:    kit.NewEnumSelect("car_role", data.CarRoles, car.Role, nil),
		vehicle: kit.NewIDSelect(ids, names, car.VehicleID),
		driver:  kit.Entry(car.Driver, lang.L("Driver")),
		phone:   kit.Entry(phone.Display(car.DriverPhone), lang.L("Phone")),
		riders:  kit.Entry(car.Riders, lang.L("Who rides where, e.g. HOD (rear right); LO (front)")),
		flags:   kit.Entry(strings.Join(car.Flags, "; "), lang.L("Flags, e.g. JP; ID")),
	}
	return r
}

// layout redraws the rows with their position and buttons.
func (c *convoyEditor) layout() {
	c.box.Objects = c.box.Objects[:0]
	for i, r := range c.rows {
		i := i
		up := &widget.Button{Icon: theme.MoveUpIcon(), OnTapped: func() { c.swap(i, i-1) }}
		down := &widget.Button{Icon: theme.MoveDownIcon(), OnTapped: func() { c.swap(i, i+1) }}
		del := &widget.Button{Icon: theme.DeleteIcon(), OnTapped: func() {
			c.rows = append(c.rows[:i], c.rows[i+1:]...)
			c.layout()
		}}
		if i == 0 {
			up.Disable()
		}
		if i == len(c.rows)-1 {
			down.Disable()
		}
		head := container.NewBorder(nil, nil, widget.NewLabel(lang.L("Car {{.N}}", map[string]any{"N": i + 1})),
			container.NewHBox(up, down, del), container.NewGridWithColumns(2, r.role.Select, r.vehicle.Select))
		c.box.Add(container.NewVBox(head, container.NewGridWithColumns(2, r.driver, r.phone), container.NewGridWithColumns(2, r.riders, r.flags), widget.NewSeparator()))
	}
	if len(c.rows) == 0 {
		c.box.Add(&widget.Label{Text: lang.L("No car yet."), Importance: widget.LowImportance})
	}
	c.box.Refresh()
}

func (c *convoyEditor) swap(i, j int) {
	if j < 0 || j >= len(c.rows) {
		return
	}
	c.rows[i], c.rows[j] = c.rows[j], c.rows[i]
	c.layout()
}

// cars reads the rows, in order.
func (c *convoyEditor) cars() []data.ConvoyCar {
	out := make([]data.ConvoyCar, len(c.rows))
	for i, r := range c.rows {
		car := r.rec
		car.Role, car.VehicleID = r.role.Code(), r.vehicle.ID()
		car.Driver, car.DriverPhone, car.Riders = kit.Trimmed(r.driver), kit.Trimmed(r.phone), kit.Trimmed(r.riders)
		car.Flags = data.SplitList(r.flags.Text)
		out[i] = car
	}
	return out
}

// convoyField reports a convoy car's problem on the Convoy line, the car
// ("car 2") as its value.
func convoyField(err error) error {
	var fe *field.Error
	if !errors.As(err, &fe) {
		return err
	}
	switch fe.Field {
	case "role", "vehicle", "driver_phone", "flags":
		return &field.Error{Field: "convoy", Err: fe.Err, Value: lang.L("car {{.N}}", map[string]any{"N": fe.Other})}
	}
	return err
}
