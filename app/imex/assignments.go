package imex

import (
	"context"
	"fmt"

	"lodesk/app/assign"
	"lodesk/data"
)

var assignRoleWords = map[string]string{
	"lead": data.AssignLead, "leadlo": data.AssignLead, "utama": data.AssignLead, "ketua": data.AssignLead, "lo": data.AssignLead,
	"assistant": data.AssignAssistant, "asisten": data.AssignAssistant, "pendamping": data.AssignAssistant, "pembantu": data.AssignAssistant,
}

// assignmentImporter matches a row to the assignment of the same LO (by
// full name) to the same delegation (by code) in the same role; an empty
// role is lead. A new assignment gets its SOP checklist (see insert).
type assignmentImporter struct {
	los    loIndex
	codes  codeIndex
	people peopleIndex
	byKey  index[data.Assignment] // lo id + delegation id + role
	leads  map[string]string      // delegation id -> a lead LO's name
	target map[string]int
}

func (a *assignmentImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	los, err := data.All[data.LO](ctx, s)
	if err != nil {
		return err
	}
	a.los = newLOIndex(los)
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	a.codes = newCodeIndex(ds)
	ps, err := data.All[data.Person](ctx, s)
	if err != nil {
		return err
	}
	a.people = newPeopleIndex(ps)
	as, err := data.All[data.Assignment](ctx, s)
	if err != nil {
		return err
	}
	a.byKey, a.leads, a.target = index[data.Assignment]{}, map[string]string{}, map[string]int{}
	for i := range as {
		x := &as[i]
		a.byKey.add(key(x.LOID, x.DelegationID, x.Role), x)
		if l := a.los.byID[x.LOID]; x.Role == data.AssignLead && l != nil {
			a.leads[x.DelegationID] = l.FullName
		}
	}
	return nil
}

func (a *assignmentImporter) row(r *rowCtx) {
	r.rp.Label = r.get("lo") + " → " + r.get("delegation")
	lo := a.los.find(r, "lo", r.get("lo"))
	d := a.codes.find(r, "delegation", r.get("delegation"))
	person, okP := a.people.find(r, "person", d)
	role := data.AssignLead
	r.choice("role", assignRoleWords, &role)
	if lo == nil || d == nil || !okP {
		return
	}
	k := key(lo.ID, d.ID, role)
	if len(a.byKey[k]) > 1 {
		r.fail("lo", fmt.Errorf("%s, %s, %s: %w", lo.FullName, d.Code, role, ErrAmbiguousRow))
		return
	}
	old := a.byKey.one(k)
	rec := &data.Assignment{LOID: lo.ID, DelegationID: d.ID, Role: role}
	tk := "new\x00" + k
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, a.target, tk, "lo") {
		return
	}
	if r.has("person") {
		rec.PersonID = ""
		if person != nil {
			rec.PersonID = person.ID
		}
	}
	r.date("from", &rec.FromDate)
	r.date("to", &rec.ToDate)
	r.rule(assign.CheckFields(rec), nil, "lo")
	r.rp.Label = fmt.Sprintf("%s → %s (%s)", lo.FullName, d.Code, role)
	decide(r.rp, rec, old)
	if old == nil && role == data.AssignLead {
		if other, ok := a.leads[d.ID]; ok {
			r.warn("delegation", fmt.Errorf("%w: %s already has %s as lead LO", ErrLikelyDuplicate, d.Code, other))
		}
		a.leads[d.ID] = fmt.Sprintf("%s (row %d)", lo.FullName, r.row.N)
	}
}

func (a *assignmentImporter) finish(*planner) {}

// insert writes a new record; a new assignment gets its SOP checklist from
// its template in the same transaction, as one made in the window does
// (assign.Put).
func insert(tx *data.Tx, rec data.Record) error {
	if a, ok := rec.(*data.Assignment); ok {
		return assign.Put(tx, a)
	}
	return tx.Insert(rec)
}
