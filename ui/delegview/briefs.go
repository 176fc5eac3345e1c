package delegview

import (
	"context"
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

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
	var e *editor
	var rec, toSave data.CountryBrief
	picker := newCountryPicker(country)
	relations, etiquette, phrases, notesE := notes(""), notes(""), notes(""), notes("")
	status := &widget.Label{Importance: widget.LowImportance}
	items := []*widget.FormItem{
		{Text: lang.L("Country"), Widget: picker.Select},
		{Text: "", Widget: status},
		{Text: lang.L("Relations with the host"), Widget: relations},
		{Text: lang.L("Etiquette"), Widget: etiquette},
		{Text: lang.L("Useful phrases"), Widget: phrases},
		{Text: lang.L("Notes"), Widget: notesE},
	}
	e = s.newEditor(lang.L("Country brief"), items)
	load := func(code string) {
		rec = data.CountryBrief{Country: code}
		for _, en := range []*widget.Entry{relations, etiquette, phrases, notesE} {
			en.SetText("")
		}
		if code == "" {
			status.SetText(lang.L("Choose a country."))
			return
		}
		status.SetText(lang.L("Loading…"))
		s.env.Read(func(ctx context.Context, st *data.Store) func() {
			b, err := st.CountryBriefFor(ctx, code)
			return func() {
				if picker.Code() != code {
					return // another country was chosen meanwhile
				}
				switch {
				case errors.Is(err, data.ErrNotFound):
					status.SetText(lang.L("No brief for this country yet: write one."))
					return
				case err != nil:
					status.SetText(s.message(err))
					return
				}
				rec = *b
				status.SetText("")
				relations.SetText(b.Relations)
				etiquette.SetText(b.Etiquette)
				phrases.SetText(b.Phrases)
				notesE.SetText(b.Notes)
			}
		})
	}
	picker.OnChanged = func(string) { load(picker.Code()) }
	e.collect = func() bool {
		if rec.Country == "" {
			e.fail(lang.L("Country: choose one"))
			return false
		}
		rec.Relations, rec.Etiquette = strings.TrimSpace(relations.Text), strings.TrimSpace(etiquette.Text)
		rec.Phrases, rec.Notes = strings.TrimSpace(phrases.Text), strings.TrimSpace(notesE.Text)
		toSave = rec
		return true
	}
	e.write = func(ctx context.Context, st *data.Store) error {
		r := toSave
		return save(ctx, st, &r, r.ID)
	}
	load(picker.Code())
	e.dlg.Resize(kit.Fit(s.env.Win, 640, 600))
	e.dlg.Show()
}
