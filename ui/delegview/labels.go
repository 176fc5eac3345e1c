package delegview

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/cldr"
	"lodesk/app/field"
	"lodesk/app/imex"
	"lodesk/app/phone"
	"lodesk/data"
)

// enumLabel translates a stored code (a status, role, kind...) with the
// key "prefix.code"; an unknown code is shown as it is.
func enumLabel(prefix, code string) string {
	if code == "" {
		return ""
	}
	return lang.X(prefix+"."+code, strings.ReplaceAll(code, "_", " "))
}

// uiLang is the language the window speaks, "en" or "id", as the
// translations loaded say it.
func uiLang() string {
	if lang.X("delegview.cldr", "en") == cldr.Indonesian {
		return cldr.Indonesian
	}
	return cldr.English
}

func countryName(code string) string {
	if code == "" {
		return ""
	}
	return cldr.CountryName(code, uiLang())
}

func languageNames(codes []string) string {
	out := make([]string, len(codes))
	l := uiLang()
	for i, c := range codes {
		out[i] = cldr.LanguageName(c, l)
	}
	return strings.Join(out, ", ")
}

// personName is the name with its honorific.
func personName(p *data.Person) string {
	if p.Honorific != "" {
		return p.Honorific + " " + p.FullName
	}
	return p.FullName
}

// personAlerts is what the LO must not miss: diet, allergies, mobility.
func personAlerts(p *data.Person) string {
	var parts []string
	if p.Dietary != "" {
		parts = append(parts, p.Dietary)
	}
	for _, a := range p.Allergies {
		if a.Severity != "" {
			parts = append(parts, a.Substance+" ("+enumLabel("severity", a.Severity)+")")
		} else {
			parts = append(parts, a.Substance)
		}
	}
	if p.Mobility != "" && !data.IsLocked(p.Mobility) {
		parts = append(parts, p.Mobility)
	}
	return strings.Join(parts, "; ")
}

func dateTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("2006-01-02 15:04")
}

// fieldName names a field of roster's checks as the editors label it.
func fieldName(f string) string {
	switch f {
	case "code":
		return lang.L("Code")
	case "name":
		return lang.L("Name")
	case "kind":
		return lang.L("Kind")
	case "country":
		return lang.L("Country")
	case "status":
		return lang.L("Status")
	case "relations":
		return lang.L("Relations")
	case "languages":
		return lang.L("Languages")
	case "full_name":
		return lang.L("Full name")
	case "role":
		return lang.L("Role")
	case "nationality":
		return lang.L("Nationality")
	case "allergies":
		return lang.L("Allergies")
	case "phone":
		return lang.L("Phone")
	case "email":
		return lang.L("E-mail")
	case "delegation":
		return lang.L("Delegation")
	case "scheduled":
		return lang.L("Time")
	case "airport":
		return lang.L("Airport")
	case "direction":
		return lang.L("Direction")
	case "mode":
		return lang.L("Mode")
	case "hotel":
		return lang.L("Hotel")
	case "check_out":
		return lang.L("Check-out")
	case "plate":
		return lang.L("Plate")
	case "capacity":
		return lang.L("Seats")
	case "driver_phone":
		return lang.L("Driver's phone")
	}
	return f
}

// message explains an error of this screen in the user's language, falling
// back to the window's explanation.
func (s *Screen) message(err error) string {
	var fe *field.Error
	if errors.As(err, &fe) {
		return fieldName(fe.Field) + ": " + rosterMessage(fe)
	}
	switch {
	case errors.Is(err, imex.ErrTooLarge):
		return lang.L("The file is larger than 20 MB.")
	case errors.Is(err, imex.ErrFormat):
		return lang.L("Choose a .csv or .xlsx file.")
	case errors.Is(err, imex.ErrOldExcel):
		return lang.L("This is an old Excel .xls file: save it as .xlsx first.")
	case errors.Is(err, imex.ErrNotXLSX):
		return lang.L("This XLSX workbook cannot be read: it is damaged, truncated or of another format.")
	case errors.Is(err, imex.ErrNotUTF8), errors.Is(err, imex.ErrNotCSV):
		return lang.L("This CSV file is not UTF-8 text: save it as “CSV UTF-8” or as .xlsx.")
	case errors.Is(err, imex.ErrEmpty):
		return lang.L("The file has no header row.")
	case errors.Is(err, imex.ErrTooMany):
		return lang.L("The file has too many rows or columns.")
	case errors.Is(err, imex.ErrInvalid):
		return lang.L("The file has problems: nothing was imported.")
	}
	if s.env.Message != nil {
		return s.env.Message(err)
	}
	return err.Error()
}

func rosterMessage(fe *field.Error) string {
	switch {
	case errors.Is(fe, field.ErrRequired):
		return lang.L("required: fill it in")
	case errors.Is(fe, field.ErrCodeTaken):
		return lang.L("{{.Name}} already has this code: choose another", map[string]any{"Name": fe.Other})
	case errors.Is(fe, field.ErrSecondHOD):
		return lang.L("{{.Name}} is already the head of this delegation: make them deputy or member first", map[string]any{"Name": fe.Other})
	case errors.Is(fe, field.ErrUnknownCountry):
		return lang.L("choose a country from the list")
	case errors.Is(fe, field.ErrUnknownLanguage):
		return lang.L("choose languages from the list")
	case errors.Is(fe, field.ErrBadEmail):
		return lang.L("not an e-mail address, e.g. name@example.org")
	case errors.Is(fe, field.ErrNoDelegation):
		return lang.L("choose a delegation")
	case errors.Is(fe, field.ErrBadAirport):
		return lang.L("a three-letter IATA code, e.g. CGK")
	case errors.Is(fe, field.ErrArrivalAfter):
		return lang.L("the arrival would be after the departure: check both times")
	case errors.Is(fe, field.ErrOutBeforeIn):
		return lang.L("before the check-in: check both dates")
	case errors.Is(fe, field.ErrBadNumber):
		return lang.L("a whole number, 0 or more")
	case errors.Is(fe, phone.ErrNotNumber):
		return lang.L("not a phone number: digits with the country code, e.g. +62 812 3456 7890")
	case errors.Is(fe, phone.ErrInvalid):
		return lang.L("no country uses this number: check the country code and the digits")
	}
	return lang.L("not one of the allowed values")
}
