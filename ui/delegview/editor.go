package delegview

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/delegations"
	"lodesk/app/field"
	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
)

// editDelegation opens the delegation editor; d without an id is new.
func (s *Screen) editDelegation(d *data.Delegation) {
	rec := *d
	code := kit.InputOf(&widget.Entry{Text: d.Code})
	name := kit.InputOf(&widget.Entry{Text: d.Name})
	kind := kit.NewEnumSelect("kind", data.DelegationKinds, d.Kind, nil)
	country := newCountryPicker(d.Country)
	prec := kit.InputOf(&widget.Entry{Text: strconv.Itoa(d.Precedence)})
	rel := kit.NewEnumSelect("relations", data.Relations, d.Relations, nil)
	relNotes := kit.InputOf(&widget.Entry{Text: d.RelationsNotes})
	langs := newLanguagePicker(s.env.Win, d.Languages)
	status := kit.NewEnumSelect("status", data.DelegationStatuses, d.Status, nil)
	notesE := kit.TextArea(d.Notes)
	title := lang.L("Edit delegation")
	if d.ID == "" {
		title = lang.L("New delegation")
	}
	e := kit.NewEditor(s.env, title, []kit.Field{
		{Name: "code", Label: lang.L("Code"), Widget: code, Hint: lang.L("Unique, e.g. FRA")},
		{Name: "name", Label: lang.L("Name"), Widget: name},
		{Name: "kind", Label: lang.L("Kind"), Widget: kind.Select},
		{Name: "country", Label: lang.L("Country"), Widget: country.Select},
		{Name: "precedence", Label: lang.L("Precedence"), Widget: prec, Hint: lang.L("1 comes first")},
		{Name: "relations", Label: lang.L("Relations"), Widget: rel.Select},
		{Label: lang.L("Relations notes"), Widget: relNotes},
		{Name: "languages", Label: lang.L("Languages"), Widget: langs.view},
		{Name: "status", Label: lang.L("Status"), Widget: status.Select},
		{Label: lang.L("Notes"), Widget: notesE},
	})
	if d.ID != "" {
		kit.TrackRecord(e, d, s.editDelegation)
	}
	var moved []seating.ItemMoves
	e.Collect = func() error {
		n, err := wholeNumber(prec.Text)
		if err != nil {
			return field.New("precedence", err)
		}
		rec.Code, rec.Name, rec.Kind, rec.Country = code.Text, name.Text, kind.Code(), country.Code()
		rec.Precedence, rec.Relations, rec.RelationsNotes = n, rel.Code(), strings.TrimSpace(relNotes.Text)
		rec.Languages, rec.Status, rec.Notes = langs.Codes(), status.Code(), strings.TrimSpace(notesE.Text)
		return nil
	}
	kit.CheckOn(e, &rec, delegations.Check)
	e.Save = func(ctx context.Context, st *data.Store) error {
		r := rec
		var err error
		if moved, err = delegations.Save(ctx, st, &r); err != nil {
			return err
		}
		if d.ID == "" {
			s.env.Do(func() { s.selected = r.ID })
		}
		return nil
	}
	e.Moves = func(ctx context.Context, st *data.Store) ([]seating.ItemMoves, error) {
		return delegations.WouldMove(ctx, st, rec)
	}
	e.Saved = func() { s.env.ShowSeatingMoves(moved) }
	e.Show(code)
}

// wholeNumber reads a whole number typed in an entry; blank is 0.
func wholeNumber(text string) (int, error) {
	text = strings.TrimSpace(text)
	if text == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(text)
	if err != nil {
		return 0, fmt.Errorf("%q: %w", text, field.ErrBadNumber)
	}
	return n, nil
}

func (s *Screen) newDelegation() {
	next := 1
	if s.snap != nil {
		for _, r := range s.snap.rows {
			next = max(next, r.d.Precedence+1)
		}
	}
	s.editDelegation(&data.Delegation{Kind: data.KindCountry, Status: data.StatusExpected, Relations: data.RelationsFull, Precedence: next})
}
