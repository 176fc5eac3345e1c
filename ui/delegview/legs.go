package delegview

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/logistics"
	"lodesk/data"
	"lodesk/ui/kit"
)

// zones offered for a leg's time; any IANA zone may be typed.
var zones = []string{
	"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore", "Asia/Kuala_Lumpur",
	"Asia/Bangkok", "Asia/Tokyo", "Asia/Shanghai", "Asia/Dubai", "Australia/Sydney", "Europe/London", "Europe/Paris", "America/New_York", "UTC",
}

// memberSelect chooses a member of a delegation, or the whole delegation.
func (s *Screen) memberSelect(delID, value string) *kit.IDSelect {
	ids, names := []string{""}, []string{lang.L("Whole delegation")}
	for _, i := range s.snap.byDel[delID] {
		p := s.snap.people[i].p
		ids, names = append(ids, p.ID), append(names, p.FullName)
	}
	return kit.NewIDSelect(ids, names, value)
}

// editLeg opens the travel leg editor; t without an id is new.
func (s *Screen) editLeg(t *data.TravelLeg) {
	rec := *t
	zone := t.TimeZone
	if zone == "" {
		zone = s.snap.zone
	}
	loc, err := field.LoadZone(zone)
	if err != nil {
		loc = s.snap.loc
	}
	who := s.memberSelect(t.DelegationID, t.PersonID)
	dir := kit.NewEnumSelect("direction", []string{data.Arrival, data.Departure}, t.Direction, nil)
	mode := kit.NewEnumSelect("mode", data.TravelModes, t.Mode, nil)
	carrier := kit.InputOf(&widget.Entry{Text: t.Carrier})
	flight := kit.InputOf(&widget.Entry{Text: t.FlightNo, PlaceHolder: "GA 881"})
	airport := kit.InputOf(&widget.Entry{Text: t.Airport, PlaceHolder: "CGK"})
	terminal := kit.InputOf(&widget.Entry{Text: t.Terminal})
	when := kit.InputOf(&widget.Entry{Text: kit.DateTime(t.Scheduled, loc), PlaceHolder: "2026-11-27 14:30"})
	zoneE := kit.NewSelectEntry(zones)
	zoneE.SetText(zone)
	inEvent := &widget.Label{Importance: widget.LowImportance}
	update := func(string) {
		at, err := field.ParseLocal(when.Text, zoneE.Text)
		if err != nil || at.IsZero() {
			inEvent.SetText("")
			return
		}
		inEvent.SetText(lang.L("Event time: {{.Time}} ({{.Zone}})", map[string]any{"Time": kit.DateTime(at, s.snap.loc), "Zone": s.snap.zone}))
	}
	when.OnChanged, zoneE.OnChanged = update, update
	update("")
	vip := kit.Checked(kit.NewCheck(lang.L("VIP lounge handling"), nil), t.VIPLounge)
	meeting := kit.InputOf(&widget.Entry{Text: t.MeetingPoint})
	ids, names := []string{""}, []string{lang.L("(none)")}
	for _, v := range s.snap.cars[t.DelegationID] {
		ids, names = append(ids, v.ID), append(names, joinNonEmpty(v.Plate, v.Driver))
	}
	vehicle := kit.NewIDSelect(ids, names, t.VehicleID)
	notesE := kit.TextArea(t.Notes)
	title := lang.L("New travel leg")
	if t.ID != "" {
		title = lang.L("Edit travel leg")
	}
	e := kit.NewEditor(s.env, title, []kit.Field{
		{Label: lang.L("Who"), Widget: who.Select},
		{Name: "direction", Label: lang.L("Direction"), Widget: dir.Select},
		{Name: "mode", Label: lang.L("Mode"), Widget: mode.Select},
		{Label: lang.L("Carrier"), Widget: carrier},
		{Label: lang.L("Flight"), Widget: flight},
		{Name: "airport", Label: lang.L("Airport"), Widget: airport, Hint: lang.L("IATA code, e.g. CGK")},
		{Label: lang.L("Terminal"), Widget: terminal},
		{Name: "scheduled", Label: lang.L("Time"), Widget: container.NewVBox(when, inEvent), Hint: lang.L("YYYY-MM-DD HH:MM, in the time zone below")},
		{Name: "time_zone", Label: lang.L("Time zone"), Widget: zoneE, Hint: lang.L("Where the time is given: IANA name, or WIB, WITA, WIT")},
		{Label: lang.L("VIP lounge"), Widget: vip},
		{Label: lang.L("Meeting point"), Widget: meeting},
		{Label: lang.L("Vehicle"), Widget: vehicle.Select},
		{Label: lang.L("Notes"), Widget: notesE},
	})
	zoneE.OnSubmitted = func(string) { e.Submit() }
	if t.ID != "" {
		e.OnDelete(func() { s.confirmDelete(&rec, joinNonEmpty(kit.EnumLabel("direction", t.Direction), t.FlightNo)) })
		kit.TrackRecord(e, t, s.editLeg)
	}
	e.Collect = func() error {
		z, err := field.LoadZone(zoneE.Text)
		if err != nil {
			return field.New("time_zone", err)
		}
		at, _, err := field.Time(when.Text, z)
		if err != nil {
			return field.New("scheduled", err)
		}
		rec.PersonID, rec.Direction, rec.Mode = who.ID(), dir.Code(), mode.Code()
		rec.Carrier, rec.FlightNo, rec.Airport = strings.TrimSpace(carrier.Text), flight.Text, airport.Text
		rec.Terminal, rec.Scheduled, rec.TimeZone = strings.TrimSpace(terminal.Text), at, z.String()
		rec.VIPLounge, rec.MeetingPoint, rec.VehicleID = vip.Checked, strings.TrimSpace(meeting.Text), vehicle.ID()
		rec.Notes = strings.TrimSpace(notesE.Text)
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		r := rec
		return logistics.SaveTravel(ctx, st, &r)
	}
	e.Show(nil)
}

// editStay opens the hotel stay editor; a without an id is new.
func (s *Screen) editStay(a *data.Accommodation) {
	rec := *a
	who := s.memberSelect(a.DelegationID, a.PersonID)
	hotel := kit.InputOf(&widget.Entry{Text: a.Hotel})
	rooms := kit.InputOf(&widget.Entry{Text: a.Rooms, PlaceHolder: "1201, 1202"})
	in := kit.InputOf(&widget.Entry{Text: kit.DateTime(a.CheckIn, s.snap.loc), PlaceHolder: "2026-11-27 14:00"})
	out := kit.InputOf(&widget.Entry{Text: kit.DateTime(a.CheckOut, s.snap.loc), PlaceHolder: "2026-11-30 12:00"})
	notesE := kit.TextArea(a.Notes)
	hint := lang.L("YYYY-MM-DD HH:MM, event time ({{.Zone}})", map[string]any{"Zone": s.snap.zone})
	title := lang.L("New hotel stay")
	if a.ID != "" {
		title = lang.L("Edit hotel stay")
	}
	e := kit.NewEditor(s.env, title, []kit.Field{
		{Label: lang.L("Who"), Widget: who.Select},
		{Name: "hotel", Label: lang.L("Hotel"), Widget: hotel},
		{Label: lang.L("Rooms"), Widget: rooms},
		{Name: "check_in", Label: lang.L("Check-in"), Widget: in, Hint: hint},
		{Name: "check_out", Label: lang.L("Check-out"), Widget: out, Hint: hint},
		{Label: lang.L("Notes"), Widget: notesE},
	})
	if a.ID != "" {
		e.OnDelete(func() { s.confirmDelete(&rec, a.Hotel) })
		kit.TrackRecord(e, a, s.editStay)
	}
	e.Collect = func() error {
		ci, _, err := field.Time(in.Text, s.snap.loc)
		if err != nil {
			return field.New("check_in", err)
		}
		co, _, err := field.Time(out.Text, s.snap.loc)
		if err != nil {
			return field.New("check_out", err)
		}
		rec.PersonID, rec.Hotel, rec.Rooms = who.ID(), hotel.Text, strings.TrimSpace(rooms.Text)
		rec.CheckIn, rec.CheckOut, rec.Notes = ci, co, strings.TrimSpace(notesE.Text)
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		r := rec
		return logistics.SaveStay(ctx, st, &r)
	}
	e.Show(nil)
}

// editVehicle opens the vehicle editor; v without an id is new.
func (s *Screen) editVehicle(v *data.Vehicle) {
	rec := *v
	plate := kit.InputOf(&widget.Entry{Text: v.Plate, PlaceHolder: "B 1234 RFS"})
	kind := kit.NewSelectEntry([]string{"Sedan", "MPV", "SUV", "Van", "Minibus", "Bus"})
	kind.SetText(v.Type)
	capacity := kit.InputOf(&widget.Entry{Text: strconv.Itoa(v.Capacity)})
	driver := kit.InputOf(&widget.Entry{Text: v.Driver})
	driverPhone := kit.InputOf(&widget.Entry{Text: phoneText(v.DriverPhone), PlaceHolder: "+62 812 3456 7890"})
	patwal := kit.Checked(kit.NewCheck(lang.L("Police escort (Patwal)"), nil), v.Patwal)
	unit := kit.InputOf(&widget.Entry{Text: v.PatwalUnit})
	notesE := kit.TextArea(v.Notes)
	title := lang.L("New vehicle")
	if v.ID != "" {
		title = lang.L("Edit vehicle")
	}
	e := kit.NewEditor(s.env, title, []kit.Field{
		{Name: "plate", Label: lang.L("Plate"), Widget: plate},
		{Label: lang.L("Type"), Widget: kind},
		{Name: "seats", Label: lang.L("Seats"), Widget: capacity},
		{Label: lang.L("Driver"), Widget: driver},
		{Name: "driver_phone", Label: lang.L("Driver's phone"), Widget: driverPhone},
		{Label: lang.L("Patwal"), Widget: patwal},
		{Label: lang.L("Patwal unit"), Widget: unit},
		{Label: lang.L("Notes"), Widget: notesE},
	})
	if v.ID != "" {
		e.OnDelete(func() { s.confirmDelete(&rec, v.Plate) })
		kit.TrackRecord(e, v, s.editVehicle)
	}
	e.Collect = func() error {
		n, err := wholeNumber(capacity.Text)
		if err != nil {
			return field.New("seats", err)
		}
		rec.Plate, rec.Type, rec.Capacity = plate.Text, strings.TrimSpace(kind.Text), n
		rec.Driver, rec.DriverPhone = strings.TrimSpace(driver.Text), driverPhone.Text
		rec.Patwal, rec.PatwalUnit, rec.Notes = patwal.Checked, strings.TrimSpace(unit.Text), strings.TrimSpace(notesE.Text)
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		r := rec
		return logistics.SaveVehicle(ctx, st, &r)
	}
	e.Show(nil)
}
