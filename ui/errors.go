package ui

import (
	"errors"
	"log/slog"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"lodesk/app/field"
	"lodesk/ui/kit"
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

// userMessage explains an error in the window's language: a field of
// the event as the New event form labels it, any other error as the
// screens explain it (kit).
func userMessage(err error) string {
	msg := kit.Explain(err)
	if name := field.Of(err); name != "" && msg != "" {
		return kit.FieldText(fieldLabel(name), err, msg)
	}
	if msg != "" {
		return msg
	}
	return lang.L("Something went wrong: {{.Err}}", map[string]any{"Err": err.Error()})
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
	case "zones":
		return lang.L("Access zones")
	}
	return field
}
