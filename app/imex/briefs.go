package imex

import (
	"context"
	"fmt"

	"lodesk/app/brief"
	"lodesk/app/field"
	"lodesk/app/transfer"
	"lodesk/data"
)

// briefImporter matches a row to the brief of the same country (a code,
// or an English or Indonesian name).
type briefImporter struct {
	byCountry map[string]*data.CountryBrief
	target    map[string]int
}

func (b *briefImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	bs, err := data.All[data.CountryBrief](ctx, s)
	if err != nil {
		return err
	}
	b.byCountry, b.target = map[string]*data.CountryBrief{}, map[string]int{}
	for i := range bs {
		if _, dup := b.byCountry[bs[i].Country]; !dup {
			b.byCountry[bs[i].Country] = &bs[i]
		}
	}
	return nil
}

func (b *briefImporter) row(r *rowCtx) {
	r.rp.Label = r.get("country")
	c, err := field.Country(r.get("country"))
	switch {
	case r.get("country") == "":
		r.fail("country", field.ErrRequired)
		return
	case err != nil:
		r.fail("country", err)
		return
	}
	old := b.byCountry[c]
	rec, tk := &data.CountryBrief{Country: c}, "new\x00"+c
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, b.target, tk, "country") {
		return
	}
	r.text("relations", &rec.Relations)
	r.text("etiquette", &rec.Etiquette)
	r.text("phrases", &rec.Phrases)
	r.text("notes", &rec.Notes)
	r.rule(brief.Check(rec), nil, "country")
	r.rp.Label = rec.Country
	decide(r.rp, rec, old)
}

func (b *briefImporter) finish(*planner) {}

// transferImporter matches a row to the transfer time between the same two
// places, either way (case, spacing and diacritics ignored).
type transferImporter struct {
	byPair index[data.Transfer]
	target map[string]int
}

func (t *transferImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	ts, err := data.All[data.Transfer](ctx, s)
	if err != nil {
		return err
	}
	t.byPair, t.target = index[data.Transfer]{}, map[string]int{}
	for i := range ts {
		t.byPair.add(transfer.PairKey(ts[i].FromVenue, ts[i].ToVenue), &ts[i])
	}
	return nil
}

func (t *transferImporter) row(r *rowCtx) {
	from, to := r.get("from"), r.get("to")
	r.rp.Label = from + " – " + to
	if from == "" {
		r.fail("from", field.ErrRequired)
	}
	if to == "" {
		r.fail("to", field.ErrRequired)
	}
	mins, err := wholeNumber(r.get("minutes"))
	switch {
	case r.get("minutes") == "":
		r.fail("minutes", field.ErrRequired)
	case err != nil:
		r.fail("minutes", err)
	}
	if !r.rp.OK() {
		return
	}
	k := transfer.PairKey(from, to)
	if len(t.byPair[k]) > 1 {
		r.fail("from", ErrAmbiguousRow)
		return
	}
	old := t.byPair.one(k)
	rec, tk := &data.Transfer{}, "new\x00"+k
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, t.target, tk, "to") {
		return
	}
	if old == nil || data.Fold(old.FromVenue) == data.Fold(from) {
		rec.FromVenue, rec.ToVenue = from, to
	} // else the row gives the stored pair the other way round: keep it as stored
	rec.Minutes = mins
	r.text("notes", &rec.Notes)
	r.rule(transfer.Check(rec), nil, "minutes")
	r.rp.Label = fmt.Sprintf("%s – %s", rec.FromVenue, rec.ToVenue)
	decide(r.rp, rec, old)
}

func (t *transferImporter) finish(*planner) {}
