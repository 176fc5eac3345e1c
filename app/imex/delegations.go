package imex

import (
	"context"
	"fmt"
	"strings"

	"lodesk/app/cldr"
	"lodesk/app/delegations"
	"lodesk/app/field"
	"lodesk/data"
)

// codeIndex finds delegations by code (any case); a code two stored
// delegations share finds neither.
type codeIndex struct {
	byCode map[string]*data.Delegation
	shared map[string]bool
}

func newCodeIndex(ds []data.Delegation) codeIndex {
	ix := codeIndex{byCode: map[string]*data.Delegation{}, shared: map[string]bool{}}
	for i := range ds {
		k := strings.ToUpper(ds[i].Code)
		if _, dup := ix.byCode[k]; dup {
			ix.shared[k] = true
		}
		ix.byCode[k] = &ds[i]
	}
	return ix
}

// find returns the delegation with a code, failing the row's key column
// if there is none or more than one.
func (ix codeIndex) find(r *rowCtx, key, code string) *data.Delegation {
	k := strings.ToUpper(code)
	switch {
	case code == "":
		r.fail(key, field.ErrRequired)
	case ix.shared[k]:
		r.fail(key, fmt.Errorf("%q: %w", code, ErrSharedCode))
	case ix.byCode[k] == nil:
		r.fail(key, fmt.Errorf("%q: %w", code, ErrUnknownDelegation))
	default:
		return ix.byCode[k]
	}
	return nil
}

// delegationImporter matches rows to delegations by code (any case).
type delegationImporter struct {
	codes     codeIndex
	byCountry map[string][]string // country -> codes of country delegations
	seen      map[string]int      // code -> first row
	stored    []data.Delegation
}

func (d *delegationImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	all, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	d.codes, d.stored = newCodeIndex(all), all
	d.byCountry = map[string][]string{}
	d.seen = map[string]int{}
	for i := range all {
		x := &all[i]
		if x.Kind == data.KindCountry && x.Country != "" {
			d.byCountry[x.Country] = append(d.byCountry[x.Country], x.Code)
		}
	}
	return nil
}

func (d *delegationImporter) row(r *rowCtx) {
	code := r.get("code")
	r.rp.Label = strings.TrimSpace(code + " " + r.get("name"))
	// A row whose code says no one record is still read to the end, so
	// that it reports every wrong cell at once.
	key, whole := strings.ToUpper(code), false
	n, dup := d.seen[key]
	switch {
	case code == "":
		r.fail("code", field.ErrRequired)
	case dup:
		r.fail("code", fmt.Errorf("%w (row %d)", ErrRepeated, n))
	case d.codes.shared[key]:
		d.seen[key] = r.row.N
		r.fail("code", fmt.Errorf("%q: %w", code, ErrSharedCode))
	default:
		d.seen[key], whole = r.row.N, true
	}
	var old *data.Delegation
	if whole {
		old = d.codes.byCode[key]
	}
	rec := &data.Delegation{Code: code, Kind: data.KindCountry, Status: data.StatusExpected}
	if old != nil {
		cp := *old
		rec = &cp
	}
	r.text("name", &rec.Name)
	r.choice("kind", kindWords, &rec.Kind)
	if r.has("country") {
		c, err := field.Country(r.get("country"))
		if err != nil {
			r.fail("country", err)
		}
		rec.Country = c
	}
	if rec.Kind == data.KindCountry && rec.Country == "" {
		// "FR", "FRA" or "France" as the code or name says which country.
		if c, ok := cldr.Country(code); ok {
			rec.Country = c
		} else if c, ok := cldr.Country(rec.Name); ok {
			rec.Country = c
		} else if !r.failed("country") { // a country not read is problem enough
			r.fail("country", fmt.Errorf("%w: a country delegation needs its country", field.ErrRequired))
		}
	}
	if rec.Name == "" {
		if rec.Country != "" {
			rec.Name = cldr.CountryName(rec.Country, cldr.English)
		} else {
			r.fail("name", field.ErrRequired)
		}
	}
	if r.has("precedence") {
		n, err := wholeNumber(r.get("precedence"))
		if err != nil {
			r.fail("precedence", err)
		}
		rec.Precedence = n
	}
	r.choice("relations", relationsWords, &rec.Relations)
	r.text("relations_notes", &rec.RelationsNotes)
	if r.has("languages") {
		ls, err := field.Languages(data.SplitList(r.get("languages")))
		if err != nil {
			r.fail("languages", err)
		}
		rec.Languages = ls
	}
	r.choice("status", statusWords, &rec.Status)
	r.text("notes", &rec.Notes)
	r.rule(delegations.CheckFields(rec), nil, "code")
	if !whole {
		return
	}
	r.rp.Label = rec.Code + " " + rec.Name
	decide(r.rp, rec, old)
	if old == nil && rec.Kind == data.KindCountry && rec.Country != "" {
		if others := d.byCountry[rec.Country]; len(others) > 0 {
			r.warn("country", fmt.Errorf("%w: %s is also %s in the event file", ErrLikelyDuplicate, rec.Country, strings.Join(others, ", ")))
		}
		d.byCountry[rec.Country] = append(d.byCountry[rec.Country], fmt.Sprintf("%s (row %d)", rec.Code, r.row.N))
	}
}

func (d *delegationImporter) finish(pl *planner) { d.warnPrecedence(pl) }
