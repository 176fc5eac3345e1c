package imex

import (
	"context"
	"fmt"
	"strings"

	"lodesk/app/field"
	"lodesk/app/gifts"
	"lodesk/data"
)

// giftStatusWords are data.GiftStatuses in English and Indonesian.
var giftStatusWords = map[string]string{
	"received": "received", "diterima": "received",
	"declared": "declared", "dideklarasikan": "declared", "dilaporkan": "declared",
	"handedtocommittee": "handed_to_committee", "diserahkan": "handed_to_committee", "diserahkankepanitia": "handed_to_committee",
	"diserahkankekomite": "handed_to_committee",
	"reportedkpk":        "reported_kpk", "reportedtokpk": "reported_kpk", "kpk": "reported_kpk", "dilaporkankekpk": "reported_kpk",
	"dilaporkankpk": "reported_kpk",
}

// giftImporter matches a row to the gift the same LO (by full name)
// received from the same giver (case, spacing and diacritics ignored) at
// the same instant. A new gift with the LO, giver and item of a stored one
// is a likely duplicate: a warning.
type giftImporter struct {
	los    loIndex
	byTime index[data.Gift]
	byItem index[data.Gift]
	target map[string]int
}

func (g *giftImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	los, err := data.All[data.LO](ctx, s)
	if err != nil {
		return err
	}
	g.los = newLOIndex(los)
	gs, err := data.All[data.Gift](ctx, s)
	if err != nil {
		return err
	}
	g.byTime, g.byItem, g.target = index[data.Gift]{}, index[data.Gift]{}, map[string]int{}
	for i := range gs {
		x := &gs[i]
		g.byTime.add(key(x.LOID, data.Fold(x.FromWhom), instant(x.ReceivedAt)), x)
		g.byItem.add(key(x.LOID, data.Fold(x.FromWhom), data.Fold(x.Item)), x)
	}
	return nil
}

func (g *giftImporter) row(r *rowCtx) {
	from := r.get("from")
	r.rp.Label = strings.TrimSpace(r.get("lo") + " ← " + from)
	lo := g.los.find(r, "lo", r.get("lo"))
	if from == "" {
		r.fail("from", field.ErrRequired)
	}
	if r.get("received") == "" {
		r.fail("received", field.ErrRequired)
	}
	at, ok := r.when("received")
	if lo == nil || from == "" || at.IsZero() || !ok {
		return
	}
	tkey := key(lo.ID, data.Fold(from), instant(at))
	if len(g.byTime[tkey]) > 1 {
		r.fail("received", ErrAmbiguousRow)
		return
	}
	old := g.byTime.one(tkey)
	rec := &data.Gift{LOID: lo.ID, Status: data.GiftStatuses[0]}
	tk := key("new", lo.ID, data.Fold(from), instant(at))
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, g.target, tk, "received") {
		return
	}
	rec.FromWhom, rec.ReceivedAt = from, at
	r.text("item", &rec.Item)
	if r.has("amount") {
		a, err := field.Amount(r.get("amount"))
		if err != nil {
			r.fail("amount", err)
		}
		rec.Amount = a
	}
	if r.has("currency") {
		c, err := field.Currency(r.get("currency"))
		if err != nil {
			r.fail("currency", err)
		}
		rec.Currency = c
	}
	if r.has("value_idr") {
		v, err := field.Rupiah(r.get("value_idr"))
		if err != nil {
			r.fail("value_idr", err)
		}
		rec.ValueIDR = v
	}
	r.choice("status", giftStatusWords, &rec.Status)
	r.text("notes", &rec.Notes)
	r.rule(gifts.CheckFields(rec), nil, "item")
	r.rp.Label = fmt.Sprintf("%s ← %s %s", lo.FullName, from, at.In(r.pl.loc).Format("2006-01-02"))
	decide(r.rp, rec, old)
	if old == nil {
		ik := key(lo.ID, data.Fold(from), data.Fold(rec.Item))
		for _, o := range g.byItem[ik] {
			r.warn("received", fmt.Errorf("%w: the same gift received at %s", ErrLikelyDuplicate, isoTime(o.ReceivedAt, r.pl.loc)))
		}
		g.byItem.add(ik, rec)
	}
}

func (g *giftImporter) finish(*planner) {}
