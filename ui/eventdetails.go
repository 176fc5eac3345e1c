package ui

import (
	"context"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/event"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
)

// eventForm is the Event details dialog (a kit.Editor): what the New
// event dialog asks, and what only matters later (venues, the chair, the
// organiser, the LO coordinator printed on every pack, the public holidays
// that gift deadlines skip, the access zones).
type eventForm struct {
	ev data.Event // as loaded; the form's fields replace its details
	basicFields

	city, venues                  *kit.Input
	chair                         *kit.Select
	chairIDs                      []string // by chair.Options index; "" = none
	organiser, coordinator, phone *kit.Input
	holidays                      *kit.Input
	zones                         *kit.Input
	printLang                     *kit.Select // Bahasa Indonesia, English
	confidential                  *kit.Check
}

// eventDetails is what the dialog needs from the store.
type eventDetails struct {
	ev          *data.Event
	delegations []data.Delegation
}

// showEventDetails loads the event and its delegations, then shows the
// Event details dialog.
func (d *desk) showEventDetails() {
	kit.Load(d.env(), "read event", func(ctx context.Context, st *data.Store) (eventDetails, error) {
		ev, err := st.Event(ctx)
		if err != nil {
			return eventDetails{}, err
		}
		ds, err := st.FindDelegations(ctx, data.DelegationFilter{})
		return eventDetails{ev, ds}, err
	}, func(x eventDetails) { d.openEventForm(x) })
}

func (d *desk) openEventForm(x eventDetails) {
	ev := x.ev
	f := &eventForm{ev: *ev, basicFields: newBasicFields(ev)}
	f.city = kit.InputOf(&widget.Entry{Text: ev.City, PlaceHolder: lang.L("e.g. Jakarta")})
	f.venues = kit.InputOf(&widget.Entry{Text: strings.Join(ev.Venues, "; "), PlaceHolder: lang.L("e.g. JCC Senayan; Hotel Mulia")})
	f.chairIDs = []string{""}
	options := []string{lang.L("(the host country's delegation)")}
	selected := options[0]
	for _, del := range x.delegations {
		label := del.Code + " — " + del.Name
		f.chairIDs = append(f.chairIDs, del.ID)
		options = append(options, label)
		if del.ID == ev.ChairID {
			selected = label
		}
	}
	f.chair = kit.NewSelect(options, nil)
	f.chair.SetSelected(selected)
	f.organiser = kit.InputOf(&widget.Entry{Text: ev.Organiser})
	f.coordinator = kit.InputOf(&widget.Entry{Text: ev.Coordinator, PlaceHolder: lang.L("printed on every pack, with the phone")})
	f.phone = kit.InputOf(&widget.Entry{Text: ev.CoordPhone, PlaceHolder: "+62 811 …"})
	f.holidays = kit.InputOf(&widget.Entry{Text: strings.Join(ev.Holidays, "\n"), MultiLine: true, Wrapping: fyne.TextWrapOff, PlaceHolder: "2026-12-25\n2027-01-01"})
	f.holidays.SetMinRowsVisible(4)
	f.zones = kit.InputOf(&widget.Entry{Text: strings.Join(ev.Zones, "; "), PlaceHolder: "apron; vip; plenary; bilateral; media"})
	f.printLang = kit.NewSelect([]string{lang.L("Bahasa Indonesia"), lang.L("English")}, nil)
	f.printLang.SetSelectedIndex(0)
	if ev.DefaultLang == "en" || ev.DefaultLang == "" && !strings.EqualFold(ev.HostCountry, "ID") {
		f.printLang.SetSelectedIndex(1)
	}
	f.confidential = kit.Checked(kit.NewCheck(lang.L("Confidential event"), nil), ev.Confidential)

	env := d.env()
	e := kit.NewEditor(env, lang.L("Event details"), []kit.Field{
		{Name: "name", Label: fieldLabel("name"), Widget: f.name},
		{Name: "city", Label: fieldLabel("city"), Widget: f.city},
		{Name: "venues", Label: fieldLabel("venues"), Widget: f.venues, Hint: lang.L("Separated by semicolons; the programme offers them.")},
		{Name: "start_date", Label: fieldLabel("start_date"), Widget: f.start},
		{Name: "end_date", Label: fieldLabel("end_date"), Widget: f.end},
		{Name: "time_zone", Label: fieldLabel("time_zone"), Widget: f.zone},
		{Name: "host_country", Label: fieldLabel("host_country"), Widget: f.host, Hint: lang.L("ISO country code, e.g. ID")},
		{Name: "chair_delegation_id", Label: lang.L("Chair (centre of seating)"), Widget: f.chair},
		{Name: "organiser", Label: fieldLabel("organiser"), Widget: f.organiser},
		{Name: "coordinator", Label: fieldLabel("coordinator"), Widget: f.coordinator},
		{Name: "coordinator_phone", Label: fieldLabel("coordinator_phone"), Widget: f.phone, Hint: lang.L("On the cover's QR code (vCard) of every pack.")},
		{Name: "holidays", Label: fieldLabel("holidays"), Widget: f.holidays, Hint: lang.L("One date per line (YYYY-MM-DD): national holidays and collective leave days. Gift report deadlines count working days without them.")},
		{Name: "zones", Label: fieldLabel("zones"), Widget: f.zones, Hint: lang.L("Codes separated by semicolons: the zones badges and car passes open, e.g. apron; vip; plenary.")},
		{Name: "default_lang", Label: lang.L("Printed language"), Widget: f.printLang, Hint: lang.L("Packs, manifests, place cards and plans print in it unless the Print screen says otherwise.")},
		{Label: lang.L("Marking"), Widget: f.confidential, Hint: lang.L("Every printed page is marked CONFIDENTIAL (RAHASIA); otherwise RESTRICTED (TERBATAS).")},
	})
	e.Track(ev.Table(), ev.ID, d.showEventDetails)
	var (
		saved data.Event
		moved []seating.ItemMoves
	)
	e.Collect = func() (err error) {
		saved, err = f.event()
		return err
	}
	e.Save = func(ctx context.Context, st *data.Store) (err error) {
		ev := saved
		moved, err = event.Save(ctx, st, &ev)
		return err
	}
	e.Saved = func() {
		if d.shell != nil {
			d.shell.loadTitle()
		}
		env.ShowSeatingMoves(moved)
	}
	e.Resize(680, 700)
	e.Show(nil)
}

// event is the loaded event with the form's details; the error names the
// first field that is wrong.
func (f *eventForm) event() (data.Event, error) {
	ev := f.ev
	ev.Name = strings.TrimSpace(f.name.Text)
	ev.City = strings.TrimSpace(f.city.Text)
	ev.Venues = data.SplitList(f.venues.Text)
	ev.StartDate = strings.TrimSpace(f.start.Text)
	ev.EndDate = strings.TrimSpace(f.end.Text)
	ev.TimeZone = strings.TrimSpace(f.zone.Text)
	ev.HostCountry = strings.ToUpper(strings.TrimSpace(f.host.Text))
	ev.ChairID = ""
	if i := f.chair.SelectedIndex(); i > 0 {
		ev.ChairID = f.chairIDs[i]
	}
	ev.Organiser = strings.TrimSpace(f.organiser.Text)
	ev.Coordinator = strings.TrimSpace(f.coordinator.Text)
	ev.CoordPhone = strings.TrimSpace(f.phone.Text)
	ev.Holidays = data.SplitList(strings.ReplaceAll(f.holidays.Text, "\n", ";"))
	ev.Zones = data.SplitList(f.zones.Text)
	ev.DefaultLang = "id"
	if f.printLang.SelectedIndex() == 1 {
		ev.DefaultLang = "en"
	}
	ev.Confidential = f.confidential.Checked
	if err := f.check(); err != nil {
		return ev, err
	}
	return ev, event.Validate(&ev)
}
