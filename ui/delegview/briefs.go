package delegview

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/brief"
	"lodesk/data"
	"lodesk/ui/kit"
)

// showBriefs opens the country brief of the selected delegation's country.
func (s *Screen) showBriefs() {
	country := ""
	if r := s.rowByID(s.selected); r != nil {
		country = r.d.Country
	}
	s.editBrief(country)
}

// editBrief opens the brief editor on a country; another country can be
// chosen in it, and its brief is loaded.
func (s *Screen) editBrief(country string) {
	var rec, toSave data.CountryBrief
	picker := newCountryPicker(country)
	relations, etiquette, phrases, notesE := kit.TextArea(""), kit.TextArea(""), kit.TextArea(""), kit.TextArea("")
	status := &widget.Label{Importance: widget.LowImportance}
	e := kit.NewEditor(s.env, lang.L("Country brief"), []kit.Field{
		{Name: "country", Label: lang.L("Country"), Widget: picker.Select},
		{Label: "", Widget: status},
		{Label: lang.L("Relations with the host"), Widget: relations},
		{Label: lang.L("Etiquette"), Widget: etiquette},
		{Label: lang.L("Useful phrases"), Widget: phrases},
		{Label: lang.L("Notes"), Widget: notesE},
	})
	load := func(code string) {
		rec = data.CountryBrief{Country: code}
		e.Untrack() // until its brief is read: none may be stored yet
		for _, en := range []*kit.Input{relations, etiquette, phrases, notesE} {
			en.SetText("")
		}
		if code == "" {
			status.SetText(lang.L("Choose a country."))
			return
		}
		status.SetText(lang.L("Loading…"))
		kit.Load(s.env, "read country brief", func(ctx context.Context, st *data.Store) (*data.CountryBrief, error) {
			b, err := st.CountryBriefFor(ctx, code)
			if errors.Is(err, data.ErrNotFound) {
				return nil, nil
			}
			return b, err
		}, func(b *data.CountryBrief) {
			switch {
			case picker.Code() != code:
				return // another country was chosen meanwhile
			case b == nil:
				status.SetText(lang.L("No brief for this country yet: write one."))
				return
			}
			rec = *b
			e.Track(b.Table(), b.ID, func() { s.editBrief(code) })
			status.SetText("")
			relations.SetText(b.Relations)
			etiquette.SetText(b.Etiquette)
			phrases.SetText(b.Phrases)
			notesE.SetText(b.Notes)
		})
	}
	picker.OnChanged = func(string) { load(picker.Code()) }
	e.Collect = func() error {
		rec.Relations, rec.Etiquette = strings.TrimSpace(relations.Text), strings.TrimSpace(etiquette.Text)
		rec.Phrases, rec.Notes = strings.TrimSpace(phrases.Text), strings.TrimSpace(notesE.Text)
		toSave = rec
		return nil
	}
	e.Save = func(ctx context.Context, st *data.Store) error {
		r := toSave
		return brief.Save(ctx, st, &r)
	}
	load(picker.Code())
	e.Resize(640, 600)
	e.Show(nil)
}
