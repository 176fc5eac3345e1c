package ui

import (
	"errors"
	"log/slog"
	"os"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"lodesk/app/event"
	"lodesk/app/phone"
	"lodesk/data"
)

// showError logs err with what was being done, and tells the user in
// their language.
func (d *desk) showError(op string, err error) {
	d.logError(op, err)
	dialog.ShowError(errors.New(userMessage(err)), d.win)
}

// logError logs what failed and why.
func (d *desk) logError(op string, err error) {
	slog.Error(op, "err", err)
}

// userMessage explains an error in the window's language.
func userMessage(err error) string {
	var fe *event.FieldError
	switch {
	case errors.As(err, &fe) && fe.Value != "":
		return fieldLabel(fe.Field) + " “" + fe.Value + "”: " + validationMessage(fe.Err)
	case errors.As(err, &fe):
		return fieldLabel(fe.Field) + ": " + validationMessage(fe.Err)
	case errors.Is(err, data.ErrNotEventFile):
		return lang.L("This file is not an LO Desk event file.")
	case errors.Is(err, data.ErrNewerVersion):
		return lang.L("This event file was made by a newer version of LO Desk. Update LO Desk to open it.")
	case errors.Is(err, data.ErrInUse):
		return lang.L("This event file is already open in another LO Desk window. Close it there first.")
	case errors.Is(err, data.ErrExists):
		return lang.L("A file with this name already exists. Choose another name or folder.")
	case errors.Is(err, data.ErrReadOnly):
		return lang.L("This event file is open read-only.")
	case errors.Is(err, data.ErrNotFound):
		return lang.L("Not found.")
	case errors.Is(err, os.ErrNotExist):
		return lang.L("The file does not exist.")
	case errors.Is(err, os.ErrPermission):
		return lang.L("You do not have permission to use this file or folder.")
	}
	return lang.L("Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
}

// validationMessage explains one of event's validation errors.
func validationMessage(err error) string {
	switch {
	case errors.Is(err, event.ErrRequired):
		return lang.L("required")
	case errors.Is(err, event.ErrBadTimeZone):
		return lang.L("unknown time zone, e.g. Asia/Jakarta")
	case errors.Is(err, event.ErrBadDate):
		return lang.L("not a date (YYYY-MM-DD)")
	case errors.Is(err, event.ErrEndBeforeStart):
		return lang.L("ends before it starts")
	case errors.Is(err, errBadCountry):
		return lang.L("two-letter ISO country code, e.g. ID")
	case errors.Is(err, phone.ErrNotNumber):
		return lang.L("not a phone number")
	case errors.Is(err, phone.ErrInvalid):
		return lang.L("no country uses this phone number")
	case errors.Is(err, event.ErrBadLanguage):
		return lang.L("English (en) or Bahasa Indonesia (id)")
	}
	return err.Error()
}

// fieldLabel names an event field as the New event form does.
func fieldLabel(field string) string {
	switch field {
	case "name":
		return lang.L("Event name")
	case "city":
		return lang.L("City")
	case "start_date":
		return lang.L("First day")
	case "end_date":
		return lang.L("Last day")
	case "time_zone":
		return lang.L("Time zone")
	case "host_country":
		return lang.L("Host country")
	case "venues":
		return lang.L("Venues")
	case "organiser":
		return lang.L("Organiser")
	case "coordinator":
		return lang.L("LO coordinator")
	case "coordinator_phone":
		return lang.L("Coordinator's phone")
	case "holidays":
		return lang.L("Public holidays")
	case "default_lang":
		return lang.L("Language")
	}
	return field
}
