package imex

import (
	"context"
	"errors"
	"fmt"

	"lodesk/app/accred"
	"lodesk/app/field"
	"lodesk/data"
)

// Errors of the kinds #21 added; the window translates them by errors.Is.
var (
	ErrUnknownVehicle = errors.New("no vehicle with this plate: import the vehicles first")
)

// accredImporter sets the badges of people and LOs already in the event
// file: a row with a delegation is the person of that delegation with the
// full name, a row without one the LO with it. It makes no one: a name
// that fits nobody is refused. The number, category and zones are checked
// by app/accred (a number no other badge or pass has, zones of the
// event's list, Event details).
type accredImporter struct {
	codes  codeIndex
	people peopleIndex
	los    loIndex
	reg    *accred.Registry
	target map[string]int
}

func (a *accredImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
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
	los, err := data.All[data.LO](ctx, s)
	if err != nil {
		return err
	}
	a.los, a.target = newLOIndex(los), map[string]int{}
	a.reg, err = accred.Load(ctx, s)
	return err
}

func (a *accredImporter) row(r *rowCtx) {
	name, code := r.get("full_name"), r.get("delegation")
	r.rp.Label = fmt.Sprintf("%s %s", code, name)
	if name == "" {
		r.fail("full_name", field.ErrRequired)
		return
	}
	var badge *data.Badge
	var rec, old data.Record
	var id string
	if code != "" {
		d := a.codes.find(r, "delegation", code)
		p, ok := a.people.find(r, "full_name", d)
		if d == nil || !ok {
			return
		}
		cp := *p
		rec, old, badge, id = &cp, p, &cp.Badge, p.ID
		r.rp.Label = d.Code + " " + p.FullName
	} else {
		l := a.los.find(r, "full_name", name)
		if l == nil {
			return
		}
		cp := *l
		rec, old, badge, id = &cp, l, &cp.Badge, l.ID
		r.rp.Label = "LO " + l.FullName
	}
	if !claim(r, a.target, id, "full_name") {
		return
	}
	r.text("badge_no", &badge.BadgeNo)
	r.text("category", &badge.BadgeCategory)
	if r.has("zones") {
		badge.Zones = data.SplitList(r.get("zones"))
	}
	r.rule(a.reg.Badge(id, badge), map[string]string{"badge_category": "category"}, "badge_no")
	decide(r.rp, rec, old)
}

func (a *accredImporter) finish(*planner) {}
