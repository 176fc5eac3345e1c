package ui

import (
	"lodesk/app/cldr"
	"lodesk/ui/kit"
)

// countryName names an ISO 3166-1 code in the window's language.
func countryName(code string) string {
	if code == "" {
		return ""
	}
	return cldr.CountryName(code, kit.Lang())
}
