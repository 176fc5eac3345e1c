package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/event"
	"lodesk/app/field"
	"lodesk/app/fsname"
	"lodesk/data"
	"lodesk/ui/kit"
)

// commonZones are offered in the time zone field; any IANA zone is accepted.
var commonZones = []string{"Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura", "Asia/Singapore", "Asia/Bangkok", "Asia/Tokyo", "Europe/London", "UTC"}

// basicFields are the fields both event forms have, each with its
// validator.
type basicFields struct {
	name, start, end, host *kit.Input
	zone                   *kit.SelectEntry
}

// newBasicFields makes the fields, filled from ev.
func newBasicFields(ev *data.Event) basicFields {
	b := basicFields{
		name:  kit.InputOf(&widget.Entry{Text: ev.Name, PlaceHolder: lang.L("e.g. ASEAN Summit 2026"), Validator: required}),
		start: kit.InputOf(&widget.Entry{Text: ev.StartDate, PlaceHolder: "YYYY-MM-DD", Validator: optionalDate}),
		end:   kit.InputOf(&widget.Entry{Text: ev.EndDate, PlaceHolder: "YYYY-MM-DD", Validator: optionalDate}),
		host:  kit.InputOf(&widget.Entry{Text: ev.HostCountry, Validator: countryCode}),
		zone:  kit.NewSelectEntry(commonZones),
	}
	b.zone.SetText(ev.TimeZone)
	b.zone.Validator = timeZone
	return b
}

// check runs the validators; the error names the first field that fails.
func (b *basicFields) check() error {
	checks := []struct {
		field string
		e     fyne.Validatable
	}{{"name", b.name}, {"start_date", b.start}, {"end_date", b.end}, {"time_zone", b.zone}, {"host_country", b.host}}
	for _, c := range checks {
		if err := c.e.Validate(); err != nil {
			return field.New(c.field, err)
		}
	}
	return nil
}

// newEventForm is the New event dialog.
type newEventForm struct {
	d   *desk
	dlg dialog.Dialog
	basicFields

	city, folder   *kit.Input
	problem        *widget.Label
	create, cancel *kit.Button
}

// newEvent shows the New event dialog.
func (d *desk) newEvent() {
	f := &newEventForm{d: d, basicFields: newBasicFields(&data.Event{TimeZone: event.DefaultTimeZone, HostCountry: event.DefaultHost})}
	f.city = kit.InputOf(&widget.Entry{PlaceHolder: lang.L("e.g. Jakarta")})
	f.folder = kit.InputOf(&widget.Entry{Text: documentsDir()})
	browse := &widget.Button{Text: lang.L("Browse…"), OnTapped: f.browse}
	f.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	f.problem.Hide()

	form := widget.NewForm(
		widget.NewFormItem(lang.L("Event name"), f.name),
		widget.NewFormItem(lang.L("City"), f.city),
		widget.NewFormItem(lang.L("First day"), f.start),
		widget.NewFormItem(lang.L("Last day"), f.end),
		widget.NewFormItem(lang.L("Time zone"), f.zone),
		widget.NewFormItem(lang.L("Host country"), f.host),
		widget.NewFormItem(lang.L("Save in folder"), container.NewBorder(nil, nil, nil, browse, f.folder)),
	)
	form.Items[5].HintText = lang.L("ISO country code, e.g. ID")
	form.Items[6].HintText = lang.L("The event is one file in this folder, named after the event.")

	f.create = kit.NewButton(lang.L("Create"), nil, widget.HighImportance, f.submit)
	f.cancel = kit.NewButton(lang.L("Cancel"), nil, widget.MediumImportance, func() { f.dlg.Hide() })
	body := container.NewBorder(nil, container.NewVBox(f.problem, kit.ButtonRow(nil, f.cancel, f.create)), nil, nil, form)
	dlg := dialog.NewCustomWithoutButtons(lang.L("New event"), body, d.win)
	dlg.Resize(kit.Fit(d.win, 580, 480))
	f.dlg = dlg
	d.newForm = f
	f.dlg.Show()
}

func (f *newEventForm) browse() {
	fd := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			f.d.showError("choose folder", err)
			return
		}
		if u != nil {
			f.folder.SetText(u.Path())
		}
	}, f.d.win)
	fd.Resize(kit.Fit(f.d.win, 900, 600))
	fd.Show()
}

// event reads the form; the error names the first field that is wrong.
func (f *newEventForm) event() (data.Event, error) {
	ev := data.Event{
		Name:        strings.TrimSpace(f.name.Text),
		City:        strings.TrimSpace(f.city.Text),
		StartDate:   strings.TrimSpace(f.start.Text),
		EndDate:     strings.TrimSpace(f.end.Text),
		TimeZone:    strings.TrimSpace(f.zone.Text),
		HostCountry: strings.ToUpper(strings.TrimSpace(f.host.Text)),
	}
	if err := f.check(); err != nil {
		return ev, err
	}
	return ev, event.Validate(&ev)
}

// path is where the new event file goes.
func (f *newEventForm) path() string {
	return filepath.Join(strings.TrimSpace(f.folder.Text), fileName(f.name.Text)+event.Ext)
}

// submit creates the event file off the UI goroutine, then opens it.
func (f *newEventForm) submit() {
	ev, err := f.event()
	if err != nil {
		f.showProblem(err)
		return
	}
	path := f.path()
	f.create.Disable()
	f.d.goBackground(func() {
		s, err := event.Create(context.Background(), path, ev)
		f.d.do(func() {
			f.create.Enable()
			if err != nil {
				f.d.logError("create event", fmt.Errorf("create %s: %w", path, err))
				f.showProblem(err)
				return
			}
			f.dlg.Hide()
			f.d.setStore(s)
		})
	})
}

func (f *newEventForm) showProblem(err error) {
	f.problem.SetText(userMessage(err))
	f.problem.Show()
}

// fileName makes a file name from an event name that every system
// accepts, keeping letters of any script.
func fileName(name string) string {
	s := fsname.Safe(strings.TrimSpace(name))
	if s == fsname.Fallback {
		return "event"
	}
	return s
}

// Validators of the form: the rules event.Validate applies (app/field).
func required(s string) error {
	if strings.TrimSpace(s) == "" {
		return kit.Problem(field.ErrRequired)
	}
	return nil
}

func optionalDate(s string) error {
	_, err := field.Date(s)
	return kit.Problem(err)
}

func timeZone(s string) error {
	_, err := field.LoadZone(s)
	return kit.Problem(err)
}

func countryCode(s string) error {
	if strings.TrimSpace(s) == "" {
		return kit.Problem(field.ErrRequired)
	}
	_, err := field.CountryCode(s)
	return kit.Problem(err)
}
