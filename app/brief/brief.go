// Package brief owns the country briefs (relations with the host,
// etiquette, useful phrases) printed in the packs: one per country. The
// window and the importer check them here.
package brief

import (
	"context"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// Check tidies and checks a brief: its country as an ISO 3166 code (a
// code or an English or Indonesian name is taken), trimmed texts.
func Check(b *data.CountryBrief) error {
	code, err := field.Country(b.Country)
	switch {
	case err != nil:
		return field.New("country", err)
	case code == "":
		return &field.Error{Field: "country", Err: field.ErrRequired}
	}
	b.Country = code
	b.Relations, b.Etiquette = strings.TrimSpace(b.Relations), strings.TrimSpace(b.Etiquette)
	b.Phrases, b.Notes = strings.TrimSpace(b.Phrases), strings.TrimSpace(b.Notes)
	return nil
}

// Save checks a brief and writes it.
func Save(ctx context.Context, s *data.Store, b *data.CountryBrief) error {
	return record.SaveChecked(ctx, s, b, Check(b))
}
