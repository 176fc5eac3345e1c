package ui

import (
	"context"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/event"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// eventForm is the Event details dialog: what the New event dialog asks,
// and what only matters later (venues, the chair, the organiser, the LO
// coordinator printed on every pack, the public holidays that gift
// deadlines skip).
type eventForm struct {
	d  *desk
	ev data.Event // as loaded; the form's fields replace its details
	basicFields

	city, venues                  *widget.Entry
	chair                         *widget.Select
	chairIDs                      []string // by chair.Options index; "" = none
	organiser, coordinator, phone *widget.Entry
	holidays                      *widget.Entry
	zones                         *widget.Entry
	printLang                     *widget.Select // Bahasa Indonesia, English
	confidential                  *widget.Check
	problem                       *widget.Label
	save, cancel                  *widget.Button
	dlg                           *dialog.CustomDialog
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
	f := &eventForm{d: d, ev: *ev, basicFields: newBasicFields(ev)}
	f.city = &widget.Entry{Text: ev.City, PlaceHolder: lang.L("e.g. Jakarta")}
	f.venues = &widget.Entry{Text: strings.Join(ev.Venues, "; "), PlaceHolder: lang.L("e.g. JCC Senayan; Hotel Mulia")}
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
	f.chair = widgets.NewSelect(options, nil)
	f.chair.SetSelected(selected)
	f.organiser = &widget.Entry{Text: ev.Organiser}
	f.coordinator = &widget.Entry{Text: ev.Coordinator, PlaceHolder: lang.L("printed on every pack, with the phone")}
	f.phone = &widget.Entry{Text: ev.CoordPhone, PlaceHolder: "+62 811 …"}
	f.holidays = &widget.Entry{Text: strings.Join(ev.Holidays, "\n"), MultiLine: true, Wrapping: fyne.TextWrapOff, PlaceHolder: "2026-12-25\n2027-01-01"}
	f.holidays.SetMinRowsVisible(4)
	f.zones = &widget.Entry{Text: strings.Join(ev.Zones, "; "), PlaceHolder: "apron; vip; plenary; bilateral; media"}
	f.printLang = widgets.NewSelect([]string{lang.L("Bahasa Indonesia"), lang.L("English")}, nil)
	f.printLang.SetSelectedIndex(0)
	if ev.DefaultLang == "en" || ev.DefaultLang == "" && !strings.EqualFold(ev.HostCountry, "ID") {
		f.printLang.SetSelectedIndex(1)
	}
	f.confidential = &widget.Check{Text: lang.L("Confidential event"), Checked: ev.Confidential}
	f.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	f.problem.Hide()
	for _, e := range []*widget.Entry{f.name, f.city, f.venues, f.start, f.end, f.host, f.organiser, f.coordinator, f.phone, f.zones} {
		e.OnSubmitted = func(string) { f.submit() }
	}

	form := widget.NewForm(
		widget.NewFormItem(lang.L("Event name"), f.name),
		widget.NewFormItem(lang.L("City"), f.city),
		widget.NewFormItem(lang.L("Venues"), f.venues),
		widget.NewFormItem(lang.L("First day"), f.start),
		widget.NewFormItem(lang.L("Last day"), f.end),
		widget.NewFormItem(lang.L("Time zone"), f.zone),
		widget.NewFormItem(lang.L("Host country"), f.host),
		widget.NewFormItem(lang.L("Chair (centre of seating)"), f.chair),
		widget.NewFormItem(lang.L("Organiser"), f.organiser),
		widget.NewFormItem(lang.L("LO coordinator"), f.coordinator),
		widget.NewFormItem(lang.L("Coordinator's phone"), f.phone),
		widget.NewFormItem(lang.L("Public holidays"), f.holidays),
		widget.NewFormItem(lang.L("Access zones"), f.zones),
		widget.NewFormItem(lang.L("Printed language"), f.printLang),
		widget.NewFormItem(lang.L("Marking"), f.confidential),
	)
	form.Items[2].HintText = lang.L("Separated by semicolons; the programme offers them.")
	form.Items[6].HintText = lang.L("ISO country code, e.g. ID")
	form.Items[10].HintText = lang.L("On the cover's QR code (vCard) of every pack.")
	form.Items[11].HintText = lang.L("One date per line (YYYY-MM-DD): national holidays and collective leave days. Gift report deadlines count working days without them.")
	form.Items[12].HintText = lang.L("Codes separated by semicolons: the zones badges and car passes open, e.g. apron; vip; plenary.")
	form.Items[13].HintText = lang.L("Packs, manifests, place cards and plans print in it unless the Print screen says otherwise.")
	form.Items[14].HintText = lang.L("Every printed page is marked CONFIDENTIAL (RAHASIA); otherwise RESTRICTED (TERBATAS).")

	f.save = &widget.Button{Text: lang.L("Save"), Importance: widget.HighImportance, OnTapped: f.submit}
	f.cancel = &widget.Button{Text: lang.L("Cancel"), OnTapped: func() { f.dlg.Hide() }}
	body := container.NewBorder(nil, f.problem, nil, nil, container.NewVScroll(form))
	f.dlg = dialog.NewCustomWithoutButtons(lang.L("Event details"), body, d.win)
	f.dlg.SetButtons([]fyne.CanvasObject{f.cancel, f.save})
	f.dlg.Resize(kit.Fit(d.win, 680, 700))
	d.eventForm = f
	f.dlg.Show()
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

// submit saves the details off the UI goroutine; a wrong field is named
// under the form and nothing is written.
func (f *eventForm) submit() {
	ev, err := f.event()
	if err != nil {
		f.showProblem(err)
		return
	}
	d := f.d
	f.save.Disable()
	kit.Run(d.env(), func(ctx context.Context, st *data.Store) ([]seating.ItemMoves, error) {
		return event.Save(ctx, st, &ev)
	}, func(moved []seating.ItemMoves, err error) {
		f.save.Enable()
		if err != nil {
			d.logError("save event details", fmt.Errorf("save event details: %w", err))
			f.showProblem(err)
			return
		}
		f.dlg.Hide()
		if d.shell != nil {
			d.shell.loadTitle()
		}
		d.changed()
		env := d.env()
		env.ShowSeatingMoves(moved)
	})
}

func (f *eventForm) showProblem(err error) {
	f.problem.SetText(userMessage(err))
	f.problem.Show()
}
