// Package brief owns the country briefs (relations with the host,
// etiquette, useful phrases) printed in the packs: one per country. The
// window and the importer check them here.
package brief

import (
	"strings"

	"lodesk/app/cldr"
	"lodesk/app/field"
	"lodesk/data"
)

// Check tidies and checks a brief: its country as an ISO 3166 code (a
// code or an English or Indonesian name is taken), trimmed texts.
func Check(b *data.CountryBrief) error {
	code, ok := cldr.Country(strings.TrimSpace(b.Country))
	switch {
	case strings.TrimSpace(b.Country) == "":
		return &field.Error{Field: "country", Err: field.ErrRequired}
	case !ok:
		return &field.Error{Field: "country", Err: field.ErrUnknownCountry}
	}
	b.Country = code
	b.Relations, b.Etiquette = strings.TrimSpace(b.Relations), strings.TrimSpace(b.Etiquette)
	b.Phrases, b.Notes = strings.TrimSpace(b.Phrases), strings.TrimSpace(b.Notes)
	return nil
}
