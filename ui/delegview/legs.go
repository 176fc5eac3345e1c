package delegview

import (
	"context"
	"errors"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/logistics"
	"lodesk/data"
	"lodesk/ui/widgets"
)

// zones offered for a leg's time; any IANA zone may be typed.
var zones = []string{
	"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore", "Asia/Kuala_Lumpur",
	"Asia/Bangkok", "Asia/Tokyo", "Asia/Shanghai", "Asia/Dubai", "Australia/Sydney", "Europe/London", "Europe/Paris", "America/New_York", "UTC",
}

// idSelect chooses one of a list of ids by its name.
type idSelect struct {
	*widget.Select
	ids []string
}

func newIDSelect(ids, names []string, value string) *idSelect {
	s := &idSelect{Select: widgets.NewSelect(names, nil), ids: ids}
	i := indexOf(ids, value)
	if i >= len(ids) {
		i = 0
	}
	s.SetSelectedIndex(i)
	return s
}

func (s *idSelect) ID() string { return pick(s.ids, s.SelectedIndex()) }

// memberSelect chooses a member of a delegation, or the whole delegation.
func (s *Screen) memberSelect(delID, value string) *idSelect {
	ids, names := []string{""}, []string{lang.L("Whole delegation")}
	for _, i := range s.snap.byDel[delID] {
		p := &s.snap.people[i].p
		ids, names = append(ids, p.ID), append(names, p.FullName)
	}
	return newIDSelect(ids, names, value)
}

// deleteButton closes the editor and asks before deleting r.
func (s *Screen) deleteButton(e **editor, r data.Record, name string) fyne.CanvasObject {
	return &widget.Button{Text: lang.L("Delete"), Icon: theme.DeleteIcon(), Importance: widget.DangerImportance, OnTapped: func() {
		(*e).dlg.Hide()
		s.confirmDelete(r, name)
	}}
}

// editLeg opens the travel leg editor; t without an id is new.
func (s *Screen) editLeg(t *data.TravelLeg) {
	rec := *t
	var e *editor
	submit := func(string) { e.submit() }
	zone := t.TimeZone
	if zone == "" {
		zone = s.snap.zone
	}
	loc, err := field.LoadZone(zone)
	if err != nil {
		loc = s.snap.loc
	}
	who := s.memberSelect(t.DelegationID, t.PersonID)
	dir := newEnumSelect("direction", []string{data.Arrival, data.Departure}, t.Direction)
	mode := newEnumSelect("mode", data.TravelModes, t.Mode)
	carrier := &widget.Entry{Text: t.Carrier, OnSubmitted: submit}
	flight := &widget.Entry{Text: t.FlightNo, OnSubmitted: submit, PlaceHolder: "GA 881"}
	airport := &widget.Entry{Text: t.Airport, OnSubmitted: submit, PlaceHolder: "CGK"}
	terminal := &widget.Entry{Text: t.Terminal, OnSubmitted: submit}
	when := &widget.Entry{OnSubmitted: submit, PlaceHolder: "2026-11-27 14:30"}
	if !t.Scheduled.IsZero() {
		when.Text = t.Scheduled.In(loc).Format(field.TimeLayout)
	}
	zoneE := widget.NewSelectEntry(zones)
	zoneE.SetText(zone)
	zoneE.OnSubmitted = submit
	inEvent := &widget.Label{Importance: widget.LowImportance}
	update := func(string) {
		at, err := field.ParseLocal(when.Text, zoneE.Text)
		if err != nil || at.IsZero() {
			inEvent.SetText("")
			return
		}
		inEvent.SetText(lang.L("Event time: {{.Time}} ({{.Zone}})", map[string]any{"Time": at.In(s.snap.loc).Format(field.TimeLayout), "Zone": s.snap.zone}))
	}
	when.OnChanged, zoneE.OnChanged = update, update
	update("")
	vip := &widget.Check{Text: lang.L("VIP lounge handling"), Checked: t.VIPLounge}
	meeting := &widget.Entry{Text: t.MeetingPoint, OnSubmitted: submit}
	ids, names := []string{""}, []string{lang.L("(none)")}
	for _, v := range s.snap.cars[t.DelegationID] {
		ids, names = append(ids, v.ID), append(names, joinNonEmpty(v.Plate, v.Driver))
	}
	vehicle := newIDSelect(ids, names, t.VehicleID)
	notesE := notes(t.Notes)
	items := []*widget.FormItem{
		{Text: lang.L("Who"), Widget: who.Select},
		{Text: lang.L("Direction"), Widget: dir.Select},
		{Text: lang.L("Mode"), Widget: mode.Select},
		{Text: lang.L("Carrier"), Widget: carrier},
		{Text: lang.L("Flight"), Widget: flight},
		{Text: lang.L("Airport"), Widget: airport, HintText: lang.L("IATA code, e.g. CGK")},
		{Text: lang.L("Terminal"), Widget: terminal},
		{Text: lang.L("Time"), Widget: container.NewVBox(when, inEvent), HintText: lang.L("YYYY-MM-DD HH:MM, in the time zone below")},
		{Text: lang.L("Time zone"), Widget: zoneE, HintText: lang.L("Where the time is given: IANA name, or WIB, WITA, WIT")},
		{Text: lang.L("VIP lounge"), Widget: vip},
		{Text: lang.L("Meeting point"), Widget: meeting},
		{Text: lang.L("Vehicle"), Widget: vehicle.Select},
		{Text: lang.L("Notes"), Widget: notesE},
	}
	title := lang.L("New travel leg")
	var extra []fyne.CanvasObject
	if t.ID != "" {
		title = lang.L("Edit travel leg")
		extra = append(extra, s.deleteButton(&e, &rec, joinNonEmpty(enumLabel("direction", t.Direction), t.FlightNo)))
	}
	e = s.newEditor(title, items, extra...)
	e.collect = func() bool {
		at, err := field.ParseLocal(when.Text, zoneE.Text)
		switch {
		case errors.Is(err, field.ErrBadZone):
			e.fail(lang.L("Time zone: unknown; write e.g. Asia/Jakarta or WIB"))
			return false
		case err != nil:
			e.fail(lang.L("Time: write it as YYYY-MM-DD HH:MM, e.g. 2026-11-27 14:30"))
			return false
		}
		z, _ := field.LoadZone(zoneE.Text)
		rec.PersonID, rec.Direction, rec.Mode = who.ID(), dir.Code(), mode.Code()
		rec.Carrier, rec.FlightNo, rec.Airport = strings.TrimSpace(carrier.Text), flight.Text, airport.Text
		rec.Terminal, rec.Scheduled, rec.TimeZone = strings.TrimSpace(terminal.Text), at, z.String()
		rec.VIPLounge, rec.MeetingPoint, rec.VehicleID = vip.Checked, strings.TrimSpace(meeting.Text), vehicle.ID()
		rec.Notes = strings.TrimSpace(notesE.Text)
		return true
	}
	e.write = func(ctx context.Context, st *data.Store) error {
		r := rec
		if err := logistics.CheckTravel(ctx, st, &r); err != nil {
			return err
		}
		return save(ctx, st, &r, r.ID)
	}
	e.dlg.Show()
}

// save inserts a new record or updates a stored one.
func save(ctx context.Context, st *data.Store, r data.Record, id string) error {
	if id == "" {
		return st.Insert(ctx, r)
	}
	return st.Update(ctx, r)
}

// editStay opens the hotel stay editor; a without an id is new.
func (s *Screen) editStay(a *data.Accommodation) {
	rec := *a
	var e *editor
	submit := func(string) { e.submit() }
	who := s.memberSelect(a.DelegationID, a.PersonID)
	hotel := &widget.Entry{Text: a.Hotel, OnSubmitted: submit}
	rooms := &widget.Entry{Text: a.Rooms, OnSubmitted: submit, PlaceHolder: "1201, 1202"}
	in := &widget.Entry{Text: dateTime(a.CheckIn, s.snap.loc), OnSubmitted: submit, PlaceHolder: "2026-11-27 14:00"}
	out := &widget.Entry{Text: dateTime(a.CheckOut, s.snap.loc), OnSubmitted: submit, PlaceHolder: "2026-11-30 12:00"}
	notesE := notes(a.Notes)
	hint := lang.L("YYYY-MM-DD HH:MM, event time ({{.Zone}})", map[string]any{"Zone": s.snap.zone})
	items := []*widget.FormItem{
		{Text: lang.L("Who"), Widget: who.Select},
		{Text: lang.L("Hotel"), Widget: hotel},
		{Text: lang.L("Rooms"), Widget: rooms},
		{Text: lang.L("Check-in"), Widget: in, HintText: hint},
		{Text: lang.L("Check-out"), Widget: out, HintText: hint},
		{Text: lang.L("Notes"), Widget: notesE},
	}
	title := lang.L("New hotel stay")
	var extra []fyne.CanvasObject
	if a.ID != "" {
		title = lang.L("Edit hotel stay")
		extra = append(extra, s.deleteButton(&e, &rec, a.Hotel))
	}
	e = s.newEditor(title, items, extra...)
	e.collect = func() bool {
		ci, err1 := field.ParseLocal(in.Text, s.snap.zone)
		co, err2 := field.ParseLocal(out.Text, s.snap.zone)
		if err1 != nil || err2 != nil {
			e.fail(lang.L("Check-in and check-out: write them as YYYY-MM-DD HH:MM, e.g. 2026-11-27 14:00"))
			return false
		}
		rec.PersonID, rec.Hotel, rec.Rooms = who.ID(), hotel.Text, strings.TrimSpace(rooms.Text)
		rec.CheckIn, rec.CheckOut, rec.Notes = ci, co, strings.TrimSpace(notesE.Text)
		return true
	}
	e.write = func(ctx context.Context, st *data.Store) error {
		r := rec
		if err := logistics.CheckStay(&r); err != nil {
			return err
		}
		return save(ctx, st, &r, r.ID)
	}
	e.dlg.Show()
}

// editVehicle opens the vehicle editor; v without an id is new.
func (s *Screen) editVehicle(v *data.Vehicle) {
	rec := *v
	var e *editor
	submit := func(string) { e.submit() }
	plate := &widget.Entry{Text: v.Plate, OnSubmitted: submit, PlaceHolder: "B 1234 RFS"}
	kind := widget.NewSelectEntry([]string{"Sedan", "MPV", "SUV", "Van", "Minibus", "Bus"})
	kind.SetText(v.Type)
	capacity := &widget.Entry{Text: strconv.Itoa(v.Capacity), OnSubmitted: submit}
	driver := &widget.Entry{Text: v.Driver, OnSubmitted: submit}
	driverPhone := &widget.Entry{Text: phoneText(v.DriverPhone), OnSubmitted: submit, PlaceHolder: "+62 812 3456 7890"}
	patwal := &widget.Check{Text: lang.L("Police escort (Patwal)"), Checked: v.Patwal}
	unit := &widget.Entry{Text: v.PatwalUnit, OnSubmitted: submit}
	notesE := notes(v.Notes)
	items := []*widget.FormItem{
		{Text: lang.L("Plate"), Widget: plate},
		{Text: lang.L("Type"), Widget: kind},
		{Text: lang.L("Seats"), Widget: capacity},
		{Text: lang.L("Driver"), Widget: driver},
		{Text: lang.L("Driver's phone"), Widget: driverPhone},
		{Text: lang.L("Patwal"), Widget: patwal},
		{Text: lang.L("Patwal unit"), Widget: unit},
		{Text: lang.L("Notes"), Widget: notesE},
	}
	title := lang.L("New vehicle")
	var extra []fyne.CanvasObject
	if v.ID != "" {
		title = lang.L("Edit vehicle")
		extra = append(extra, s.deleteButton(&e, &rec, v.Plate))
	}
	e = s.newEditor(title, items, extra...)
	e.collect = func() bool {
		n, err := strconv.Atoi(strings.TrimSpace(capacity.Text))
		if err != nil {
			e.fail(lang.L("Seats: a whole number, e.g. 4"))
			return false
		}
		rec.Plate, rec.Type, rec.Capacity = plate.Text, strings.TrimSpace(kind.Text), n
		rec.Driver, rec.DriverPhone = strings.TrimSpace(driver.Text), driverPhone.Text
		rec.Patwal, rec.PatwalUnit, rec.Notes = patwal.Checked, strings.TrimSpace(unit.Text), strings.TrimSpace(notesE.Text)
		return true
	}
	region := s.snap.region
	e.write = func(ctx context.Context, st *data.Store) error {
		r := rec
		if err := logistics.CheckVehicle(&r, region); err != nil {
			return err
		}
		return save(ctx, st, &r, r.ID)
	}
	e.dlg.Show()
}
