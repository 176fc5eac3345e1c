package delegview

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/app/phone"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// logisticsTab is a delegation's travel legs, hotel stays and vehicles, each
// a table whose rows open their editor, with an Add button.
type logisticsTab struct {
	s      *Screen
	travel *widgets.StringTable
	stays  *widgets.StringTable
	cars   *widgets.StringTable
	notes  [3]*kit.EmptyNote // over travel, stays and cars while empty
	legs   []data.TravelLeg
	hotels []data.Accommodation
	cs     []data.Vehicle
	del    data.Delegation
}

func newLogistics(s *Screen) *logisticsTab {
	l := &logisticsTab{s: s}
	l.travel = widgets.NewStringTable([]widgets.Column{
		// When first, then how: the time read at a glance, not off to the
		// right after the airport.
		{Title: lang.L("Direction"), Width: 90},
		{Title: lang.L("Time (event)"), Width: 130},
		{Title: lang.L("Flight"), Width: 80},
		{Title: lang.L("Airport"), Width: 70},
		{Title: lang.L("Who"), Width: 150},
		{Title: lang.L("Mode"), Width: 80},
		{Title: lang.L("Local time"), Width: 170},
		{Title: lang.L("VIP lounge"), Width: 80},
		{Title: lang.L("Meeting point"), Width: 150},
		{Title: lang.L("Vehicle"), Width: 100},
	})
	l.stays = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Who"), Width: 150},
		{Title: lang.L("Hotel"), Width: 180},
		{Title: lang.L("Rooms"), Width: 100},
		{Title: lang.L("Check-in"), Width: 130},
		{Title: lang.L("Check-out"), Width: 130},
	})
	l.cars = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Plate"), Width: 100},
		{Title: lang.L("Type"), Width: 100},
		{Title: lang.L("Seats"), Width: 60},
		{Title: lang.L("Driver"), Width: 140},
		{Title: lang.L("Driver's phone"), Width: 150},
		{Title: lang.L("Patwal"), Width: 120},
	})
	l.travel.Remember("delegation.travel")
	l.stays.Remember("delegation.hotels")
	l.cars.Remember("delegation.vehicles")
	l.travel.OnActivated = func(i int) {
		if i < len(l.legs) {
			leg := l.legs[i]
			s.editLeg(&leg)
		}
	}
	l.stays.OnActivated = func(i int) {
		if i < len(l.hotels) {
			a := l.hotels[i]
			s.editStay(&a)
		}
	}
	l.cars.OnActivated = func(i int) {
		if i < len(l.cs) {
			v := l.cs[i]
			s.editVehicle(&v)
		}
	}
	return l
}

// tabs are the three tabs of the detail pane.
func (l *logisticsTab) tabs() []*container.TabItem {
	add := func(text string, fn func()) fyne.CanvasObject {
		return container.NewHBox(&widget.Button{Text: text, Icon: theme.ContentAddIcon(), OnTapped: fn})
	}
	l.notes = [3]*kit.EmptyNote{
		kit.NewEmptyNote(l.travel.WithDetail(), lang.L("No travel yet: add the arrival and departure flights with Add travel leg.")),
		kit.NewEmptyNote(l.stays.WithDetail(), lang.L("No hotel yet: add where the delegation stays with Add hotel stay.")),
		kit.NewEmptyNote(l.cars.WithDetail(), lang.L("No vehicle yet: add the delegation's cars with Add vehicle.")),
	}
	return []*container.TabItem{
		container.NewTabItem(lang.L("Travel"), container.NewBorder(add(lang.L("Add travel leg"), func() {
			l.s.editLeg(&data.TravelLeg{DelegationID: l.del.ID, Direction: data.Arrival, Mode: data.ModeFlight})
		}), nil, nil, nil, l.notes[0].View())),
		container.NewTabItem(lang.L("Hotel"), container.NewBorder(add(lang.L("Add hotel stay"), func() {
			l.s.editStay(&data.Accommodation{DelegationID: l.del.ID})
		}), nil, nil, nil, l.notes[1].View())),
		container.NewTabItem(lang.L("Vehicles"), container.NewBorder(add(lang.L("Add vehicle"), func() {
			l.s.editVehicle(&data.Vehicle{DelegationID: l.del.ID, Capacity: 4})
		}), nil, nil, nil, l.notes[2].View())),
	}
}

// show fills the tables for a delegation.
func (l *logisticsTab) show(d data.Delegation) {
	snap := l.s.snap
	l.del = d
	l.legs, l.hotels, l.cs = snap.travel[d.ID], snap.stays[d.ID], snap.cars[d.ID]
	who := func(id string) string {
		if id == "" {
			return lang.L("Whole delegation")
		}
		for _, i := range snap.byDel[d.ID] {
			if p := snap.people[i].p; p.ID == id {
				return p.FullName
			}
		}
		return ""
	}
	plate := map[string]string{}
	for _, v := range l.cs {
		plate[v.ID] = v.Plate
	}
	rows := make([][]string, len(l.legs))
	for i, t := range l.legs {
		rows[i] = []string{
			kit.EnumLabel("direction", t.Direction), kit.DateTime(t.Scheduled, snap.loc), t.FlightNo,
			joinNonEmpty(t.Airport, t.Terminal), who(t.PersonID), kit.EnumLabel("mode", t.Mode), localTime(t),
			kit.YesNo(t.VIPLounge), t.MeetingPoint, plate[t.VehicleID],
		}
	}
	l.travel.SetRows(rows)
	rows = make([][]string, len(l.hotels))
	for i, a := range l.hotels {
		rows[i] = []string{who(a.PersonID), a.Hotel, a.Rooms, kit.DateTime(a.CheckIn, snap.loc), kit.DateTime(a.CheckOut, snap.loc)}
	}
	l.stays.SetRows(rows)
	rows = make([][]string, len(l.cs))
	for i, v := range l.cs {
		patwal := ""
		if v.Patwal {
			patwal = joinNonEmpty(lang.L("Yes"), v.PatwalUnit)
		}
		rows[i] = []string{v.Plate, v.Type, strconv.Itoa(v.Capacity), v.Driver, phoneText(v.DriverPhone), patwal}
	}
	l.cars.SetRows(rows)
	for i, n := range []int{len(l.legs), len(l.hotels), len(l.cs)} {
		if l.notes[i] != nil {
			l.notes[i].Count(n, n)
		}
	}
}

// localTime is the leg's time in the zone it was given in, with the zone.
func localTime(t data.TravelLeg) string {
	if t.Scheduled.IsZero() || t.TimeZone == "" {
		return ""
	}
	loc, err := field.LoadZone(t.TimeZone)
	if err != nil {
		return ""
	}
	return t.Scheduled.In(loc).Format("2006-01-02 15:04 MST")
}

func joinNonEmpty(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + " · " + b
}

func phoneText(p string) string {
	if p == "" || data.IsLocked(p) {
		return p
	}
	return phone.Display(p)
}
