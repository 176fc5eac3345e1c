package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/cldr"
)

// enumLabel translates a stored code (a status, role, phase...) with the
// key "prefix.code"; an unknown code is shown as it is.
func enumLabel(prefix, code string) string {
	if code == "" {
		return ""
	}
	return lang.X(prefix+"."+code, strings.ReplaceAll(code, "_", " "))
}

// countryName names an ISO 3166-1 code in the window's language.
func countryName(code string) string {
	if code == "" {
		return ""
	}
	return cldr.CountryName(code, currentLang)
}

// dateTime formats an instant in the event's zone; zero is blank.
func dateTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("2006-01-02 15:04")
}

// yesNo translates a flag.
func yesNo(b bool) string {
	if b {
		return lang.L("Yes")
	}
	return lang.L("No")
}
