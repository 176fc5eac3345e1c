package imex

import (
	"context"
	"fmt"
	"strings"

	"lodesk/app/field"
	"lodesk/app/incidents"
	"lodesk/data"
)

// incidentSeverityWords are data.Severities in English and Indonesian.
var incidentSeverityWords = map[string]string{
	"low": "low", "rendah": "low", "ringan": "low", "minor": "low",
	"medium": "medium", "sedang": "medium", "menengah": "medium", "moderate": "medium",
	"high": "high", "tinggi": "high", "berat": "high", "serius": "high", "serious": "high", "severe": "high",
}

// incidentImporter matches a row to the incident of the same delegation
// (empty: none) at the same instant. A new incident with the description
// of a stored one (case, spacing and diacritics ignored) is a likely
// duplicate: a warning.
type incidentImporter struct {
	codes  codeIndex
	byTime index[data.Incident]
	byWhat index[data.Incident]
	target map[string]int
}

func (n *incidentImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	n.codes = newCodeIndex(ds)
	is, err := data.All[data.Incident](ctx, s)
	if err != nil {
		return err
	}
	n.byTime, n.byWhat, n.target = index[data.Incident]{}, index[data.Incident]{}, map[string]int{}
	for i := range is {
		x := &is[i]
		n.byTime.add(key(x.DelegationID, instant(x.OccurredAt)), x)
		n.byWhat.add(key(x.DelegationID, data.Fold(x.What)), x)
	}
	return nil
}

func (n *incidentImporter) row(r *rowCtx) {
	what := r.get("what")
	r.rp.Label = strings.TrimSpace(r.get("time") + " " + r.get("delegation") + " " + what)
	var d *data.Delegation
	if code := r.get("delegation"); code != "" {
		if d = n.codes.find(r, "delegation", code); d == nil {
			return
		}
	}
	if r.get("time") == "" {
		r.fail("time", field.ErrRequired)
	}
	at, ok := r.when("time")
	if what == "" {
		r.fail("what", field.ErrRequired)
	}
	if !ok || at.IsZero() || what == "" {
		return
	}
	delegID, code := "", ""
	if d != nil {
		delegID, code = d.ID, d.Code
	}
	tkey := key(delegID, instant(at))
	if len(n.byTime[tkey]) > 1 {
		r.fail("time", ErrAmbiguousRow)
		return
	}
	old := n.byTime.one(tkey)
	rec := &data.Incident{DelegationID: delegID, Severity: "medium"}
	tk := key("new", delegID, instant(at))
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, n.target, tk, "time") {
		return
	}
	rec.OccurredAt, rec.What = at, what
	r.choice("severity", incidentSeverityWords, &rec.Severity)
	r.text("action", &rec.Action)
	r.yesNo("resolved", &rec.Resolved)
	r.rule(incidents.CheckFields(rec), nil, "what")
	r.rp.Label = strings.TrimSpace(fmt.Sprintf("%s %s %s", at.In(r.pl.loc).Format("2006-01-02 15:04"), code, what))
	decide(r.rp, rec, old)
	if old == nil {
		wk := key(delegID, data.Fold(what))
		for _, o := range n.byWhat[wk] {
			r.warn("time", fmt.Errorf("%w: the same incident at %s", ErrLikelyDuplicate, isoTime(o.OccurredAt, r.pl.loc)))
		}
		n.byWhat.add(wk, rec)
	}
}

func (n *incidentImporter) finish(*planner) {}
