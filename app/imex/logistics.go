package imex

import (
	"context"
	"fmt"
	"strings"

	"lodesk/app/accred"
	"lodesk/app/field"
	"lodesk/app/logistics"
	"lodesk/data"
)

// normPlate compares number plates with case and spaces ignored.
func normPlate(s string) string { return strings.ToUpper(strings.Join(strings.Fields(s), "")) }

// plateIndex finds vehicles by plate.
type plateIndex index[data.Vehicle]

func newPlateIndex(vs []data.Vehicle) plateIndex {
	ix := plateIndex{}
	for i := range vs {
		index[data.Vehicle](ix).add(normPlate(vs[i].Plate), &vs[i])
	}
	return ix
}

// find returns the vehicle with the plate in column col; an empty cell is
// no vehicle and no problem; ok is false after a problem.
func (ix plateIndex) find(r *rowCtx, col string) (v *data.Vehicle, ok bool) {
	plate := r.get(col)
	if plate == "" {
		return nil, true
	}
	switch vs := ix[normPlate(plate)]; len(vs) {
	case 0:
		r.fail(col, fmt.Errorf("%q: %w", plate, ErrUnknownVehicle))
	case 1:
		return vs[0], true
	default:
		r.fail(col, fmt.Errorf("%q: %w", plate, ErrAmbiguousRow))
	}
	return nil, false
}

// vehicleImporter matches a row to the vehicle with the same plate (case
// and spaces ignored). The car pass and zones are checked by app/accred:
// a pass number no other badge or pass has, zones of the event's list.
type vehicleImporter struct {
	codes  codeIndex
	plates plateIndex
	reg    *accred.Registry
	target map[string]int
}

func (v *vehicleImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	v.codes = newCodeIndex(ds)
	vs, err := data.All[data.Vehicle](ctx, s)
	if err != nil {
		return err
	}
	v.plates, v.target = newPlateIndex(vs), map[string]int{}
	v.reg, err = accred.Load(ctx, s)
	return err
}

func (v *vehicleImporter) row(r *rowCtx) {
	plate := r.get("plate")
	r.rp.Label = plate
	if plate == "" {
		r.fail("plate", field.ErrRequired)
		return
	}
	var d *data.Delegation
	if code := r.get("delegation"); code != "" {
		if d = v.codes.find(r, "delegation", code); d == nil {
			return
		}
	}
	if len(v.plates[normPlate(plate)]) > 1 {
		r.fail("plate", ErrAmbiguousRow)
		return
	}
	old := index[data.Vehicle](v.plates).one(normPlate(plate))
	rec := &data.Vehicle{}
	tk := "new\x00" + normPlate(plate)
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, v.target, tk, "plate") {
		return
	}
	rec.Plate = plate
	r.text("type", &rec.Type)
	if r.has("seats") {
		n, err := wholeNumber(r.get("seats"))
		if err != nil {
			r.fail("seats", err)
		}
		rec.Capacity = n
	}
	r.text("driver", &rec.Driver)
	r.phone("driver_phone", &rec.DriverPhone)
	if r.has("delegation") {
		rec.DelegationID = ""
		if d != nil {
			rec.DelegationID = d.ID
		}
	}
	r.yesNo("patwal", &rec.Patwal)
	r.text("car_pass", &rec.CarPass)
	if r.has("zones") {
		rec.Zones = data.SplitList(r.get("zones"))
	}
	r.text("notes", &rec.Notes)
	if r.rp.OK() {
		cols := map[string]string{"capacity": "seats"}
		r.rule(logistics.CheckVehicle(rec, r.pl.region), cols, "plate")
		r.rule(v.reg.Pass(rec), cols, "car_pass")
	}
	r.rp.Label = rec.Plate
	decide(r.rp, rec, old)
}

func (v *vehicleImporter) finish(*planner) {}

// hotelImporter matches a row to the stay of the same delegation and
// person (empty: the delegation) in the same hotel (case, spacing and
// diacritics ignored); where there are several, to the one with the same
// check-in.
type hotelImporter struct {
	codes  codeIndex
	people peopleIndex
	stays  index[data.Accommodation]
	target map[string]int
}

func (h *hotelImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	h.codes = newCodeIndex(ds)
	ps, err := data.All[data.Person](ctx, s)
	if err != nil {
		return err
	}
	h.people = newPeopleIndex(ps)
	as, err := data.All[data.Accommodation](ctx, s)
	if err != nil {
		return err
	}
	h.stays, h.target = index[data.Accommodation]{}, map[string]int{}
	for i := range as {
		h.stays.add(key(as[i].DelegationID, as[i].PersonID, data.Fold(as[i].Hotel)), &as[i])
	}
	return nil
}

func (h *hotelImporter) row(r *rowCtx) {
	hotel := r.get("hotel")
	r.rp.Label = strings.TrimSpace(r.get("delegation") + " " + r.get("person") + " " + hotel)
	d := h.codes.find(r, "delegation", r.get("delegation"))
	person, okP := h.people.find(r, "person", d)
	if hotel == "" {
		r.fail("hotel", field.ErrRequired)
	}
	in, okIn := r.when("check_in")
	out, okOut := r.when("check_out")
	if d == nil || !okP || !okIn || !okOut || hotel == "" {
		return
	}
	personID, who := "", d.Code
	if person != nil {
		personID, who = person.ID, d.Code+" "+person.FullName
	}
	k := key(d.ID, personID, data.Fold(hotel))
	old := h.stays.one(k)
	if old == nil && len(h.stays[k]) > 1 {
		for _, a := range h.stays[k] {
			if instant(a.CheckIn) == instant(in) && !in.IsZero() {
				old = a
			}
		}
		if old == nil {
			r.fail("check_in", ErrAmbiguousRow)
			return
		}
	}
	rec := &data.Accommodation{DelegationID: d.ID, PersonID: personID}
	tk := key("new", k, instant(in))
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, h.target, tk, "hotel") {
		return
	}
	rec.Hotel = hotel
	r.text("room", &rec.Rooms)
	if r.has("check_in") {
		rec.CheckIn = in
	}
	if r.has("check_out") {
		rec.CheckOut = out
	}
	r.text("notes", &rec.Notes)
	if r.rp.OK() {
		r.rule(logistics.CheckStay(rec), map[string]string{"rooms": "room"}, "hotel")
	}
	r.rp.Label = who + " " + hotel
	decide(r.rp, rec, old)
}

func (h *hotelImporter) finish(*planner) {}
