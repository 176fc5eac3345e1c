package imex

import (
	"context"
	"fmt"
	"math"
	"strconv"
	"strings"

	"lodesk/app/field"
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

// amount reads a sum of money as people type it: "1500", "12.50",
// "12,50", "1.500.000", "1,500.25", "1.500,25". A lone separator followed
// by exactly three digits ("1.500") could be either and is refused.
func amount(s string) (float64, error) {
	v := strings.NewReplacer(" ", "", "\u00a0", "", "'", "").Replace(strings.TrimSpace(s))
	if v == "" {
		return 0, nil
	}
	if !numeric(v) {
		return 0, fmt.Errorf("%q: %w", s, field.ErrBadAmount)
	}
	seps := strings.Count(v, ".") + strings.Count(v, ",")
	last := strings.LastIndexAny(v, ".,")
	switch {
	case strings.Contains(v, ".") && strings.Contains(v, ","): // the last one is the decimal mark
		if strings.IndexByte(v[:last], v[last]) >= 0 {
			return 0, fmt.Errorf("%q: %w", s, field.ErrBadAmount)
		}
		v = dropSeparators(v[:last]) + "." + v[last+1:]
	case seps > 1: // one mark, repeated: thousands
		v = dropSeparators(v)
	case seps == 1:
		if len(v)-last-1 == 3 && last > 0 && last <= 3 {
			return 0, fmt.Errorf("%q: %w", s, ErrAmbiguousNum)
		}
		v = strings.Replace(v, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, fmt.Errorf("%q: %w", s, field.ErrBadAmount)
	}
	return f, nil
}

// rupiah reads a whole number of rupiah: "Rp 1.500.000", "1,500,000",
// "1500000,00"; separators are thousands unless one or two digits end it.
func rupiah(s string) (int64, error) {
	v := strings.TrimSpace(s)
	for _, p := range []string{"Rp.", "Rp", "rp.", "rp", "RP", "IDR", "idr"} {
		v = strings.TrimSpace(strings.TrimPrefix(v, p))
	}
	v = strings.NewReplacer(" ", "", "\u00a0", "").Replace(v)
	if v == "" {
		return 0, nil
	}
	if !numeric(v) {
		return 0, fmt.Errorf("%q: %w", s, field.ErrBadAmount)
	}
	frac := ""
	if i := strings.LastIndexAny(v, ".,"); i >= 0 && len(v)-i-1 <= 2 {
		v, frac = v[:i], v[i+1:]
	}
	f, err := strconv.ParseFloat(dropSeparators(v)+"."+frac+"0", 64)
	if err != nil || f > 1e15 {
		return 0, fmt.Errorf("%q: %w", s, field.ErrBadAmount)
	}
	return int64(math.Round(f)), nil
}

// numeric says whether s has only digits and separators, and a digit.
func numeric(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digit
}

func dropSeparators(s string) string { return strings.NewReplacer(".", "", ",", "").Replace(s) }

// formatAmount writes an amount so that amount reads it back: a point
// for decimals, and never exactly three decimals ("12.3450").
func formatAmount(f float64) string {
	if f == 0 {
		return ""
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 == 3 {
		s += "0"
	}
	return s
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
		a, err := amount(r.get("amount"))
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
		v, err := rupiah(r.get("value_idr"))
		if err != nil {
			r.fail("value_idr", err)
		}
		rec.ValueIDR = v
	}
	r.choice("status", giftStatusWords, &rec.Status)
	r.text("notes", &rec.Notes)
	switch {
	case rec.Amount > 0 && rec.Currency == "":
		r.fail("currency", fmt.Errorf("%w: an amount needs its currency", field.ErrRequired))
	case rec.Item == "" && rec.Amount == 0:
		r.fail("item", fmt.Errorf("%w: say what was given, an item or an amount", field.ErrRequired))
	}
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
