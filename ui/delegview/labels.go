package delegview

import (
	"strings"

	"lodesk/app/cldr"
	"lodesk/data"
	"lodesk/ui/kit"
)

func countryName(code string) string {
	if code == "" {
		return ""
	}
	return cldr.CountryName(code, kit.Lang())
}

func languageNames(codes []string) string {
	out := make([]string, len(codes))
	l := kit.Lang()
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
			parts = append(parts, a.Substance+" ("+kit.EnumLabel("severity", a.Severity)+")")
		} else {
			parts = append(parts, a.Substance)
		}
	}
	if p.Mobility != "" && !data.IsLocked(p.Mobility) {
		parts = append(parts, p.Mobility)
	}
	return strings.Join(parts, "; ")
}
