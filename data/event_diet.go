package data

import "strings"

// DefaultDiet is the diet the event's catering serves everyone: halal at
// an event in Indonesia, none elsewhere. A guest whose diet is only this
// needs no alert and no line in the catering manifest.
func (e *Event) DefaultDiet() string {
	if strings.EqualFold(e.HostCountry, "ID") {
		return "halal"
	}
	return ""
}

// IsDefaultDiet says whether a dietary need is the event's default
// catering ("Halal", " halal " count).
func (e *Event) IsDefaultDiet(diet string) bool {
	d := e.DefaultDiet()
	return d != "" && strings.EqualFold(strings.TrimSpace(diet), d)
}
