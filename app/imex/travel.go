package imex

import (
	"context"
	"fmt"
	"strings"
	"time"

	"lodesk/app/field"
	"lodesk/app/logistics"
	"lodesk/data"
)

// travelImporter matches a row to a leg of the same delegation, person
// (none: the whole delegation) and direction at the same scheduled
// instant; failing that, to the only such leg with the same flight number
// (a rescheduled flight).
type travelImporter struct {
	codes    codeIndex
	people   map[string][]*data.Person // delegation id + folded name
	personBy map[string]*data.Person
	legs     []data.TravelLeg
	byTime   map[string]*data.TravelLeg
	byFlight map[string][]*data.TravelLeg
	byDay    map[string][]*data.TravelLeg
	target   map[string]int // leg id or new key -> first row
	final    map[string]legRef
	plates   plateIndex
}

type legRef struct {
	delegID, personID, direction string
	at                           time.Time
	row                          int // 0: in the event file
}

func legKey(delegID, personID, dir string) string { return delegID + "\x00" + personID + "\x00" + dir }

func normFlight(s string) string { return strings.ToUpper(strings.ReplaceAll(s, " ", "")) }

func (tr *travelImporter) load(ctx context.Context, s *data.Store, pl *planner) error {
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	tr.codes = newCodeIndex(ds)
	ps, err := data.All[data.Person](ctx, s)
	if err != nil {
		return err
	}
	tr.people, tr.personBy = map[string][]*data.Person{}, map[string]*data.Person{}
	for i := range ps {
		k := nameKey(ps[i].DelegationID, ps[i].FullName)
		tr.people[k] = append(tr.people[k], &ps[i])
		tr.personBy[ps[i].ID] = &ps[i]
	}
	if tr.legs, err = data.All[data.TravelLeg](ctx, s); err != nil {
		return err
	}
	vs, err := data.All[data.Vehicle](ctx, s)
	if err != nil {
		return err
	}
	tr.plates = newPlateIndex(vs)
	tr.byTime, tr.byFlight, tr.byDay = map[string]*data.TravelLeg{}, map[string][]*data.TravelLeg{}, map[string][]*data.TravelLeg{}
	tr.target, tr.final = map[string]int{}, map[string]legRef{}
	for i := range tr.legs {
		l := &tr.legs[i]
		k := legKey(l.DelegationID, l.PersonID, l.Direction)
		tr.byTime[k+"\x00"+l.Scheduled.UTC().Format(data.TimeLayout)] = l
		if f := normFlight(l.FlightNo); f != "" {
			tr.byFlight[k+"\x00"+f] = append(tr.byFlight[k+"\x00"+f], l)
		}
		day := k + "\x00" + l.Scheduled.In(pl.loc).Format(time.DateOnly)
		tr.byDay[day] = append(tr.byDay[day], l)
		tr.final[l.ID] = legRef{delegID: l.DelegationID, personID: l.PersonID, direction: l.Direction, at: l.Scheduled}
	}
	return nil
}

func (tr *travelImporter) row(r *rowCtx) {
	code := r.get("delegation")
	r.rp.Label = strings.Join(strings.Fields(code+" "+r.get("person")+" "+r.get("direction")+" "+r.get("scheduled")), " ")
	d := tr.codes.find(r, "delegation", code)
	var person *data.Person
	if name := r.get("person"); name != "" && d != nil {
		switch ps := tr.people[nameKey(d.ID, name)]; len(ps) {
		case 0:
			r.fail("person", fmt.Errorf("%q: %w %s", name, ErrUnknownPerson, d.Code))
		case 1:
			person = ps[0]
		default:
			r.fail("person", fmt.Errorf("%q: %w", name, ErrAmbiguousPerson))
		}
	}
	var dir string
	if v := r.get("direction"); v == "" {
		r.fail("direction", field.ErrRequired)
	} else {
		r.choice("direction", directionWords, &dir)
	}
	var when parsedTime
	if v := r.get("scheduled"); v == "" {
		r.fail("scheduled", field.ErrRequired)
	} else {
		var err error
		if when, err = parseTime(v, r.pl.t.Format == XLSX, r.pl.loc); err != nil {
			r.fail("scheduled", err)
		}
	}
	if d == nil || dir == "" || when.t.IsZero() || (person == nil && r.get("person") != "") {
		return
	}
	personID := ""
	if person != nil {
		personID = person.ID
	}
	k := legKey(d.ID, personID, dir)
	old := tr.byTime[k+"\x00"+when.t.UTC().Format(data.TimeLayout)]
	if f := normFlight(r.get("flight_no")); old == nil && f != "" && len(tr.byFlight[k+"\x00"+f]) == 1 {
		old = tr.byFlight[k+"\x00"+f][0]
	}
	rec := &data.TravelLeg{DelegationID: d.ID, PersonID: personID, Direction: dir}
	key := fmt.Sprintf("new\x00%s\x00%d", k, when.t.Unix())
	if old != nil {
		cp := *old
		rec, key = &cp, old.ID
	}
	if n, dup := tr.target[key]; dup {
		r.fail("scheduled", fmt.Errorf("%w (row %d)", ErrRepeated, n))
		return
	}
	tr.target[key] = r.row.N
	rec.Scheduled = when.t.UTC()
	rec.TimeZone = when.zone
	if rec.TimeZone == "" {
		prev := ""
		if old != nil {
			prev = old.TimeZone
		}
		rec.TimeZone = zoneFor(when.t, prev, r.pl.zone, "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura")
	}
	r.choice("mode", modeWords, &rec.Mode)
	r.text("carrier", &rec.Carrier)
	r.text("flight_no", &rec.FlightNo)
	if rec.Mode == "" && rec.FlightNo != "" {
		rec.Mode = data.ModeFlight
	}
	if r.has("airport") {
		a, err := field.Airport(r.get("airport"))
		if err != nil {
			r.fail("airport", err)
		}
		rec.Airport = a
	}
	r.text("terminal", &rec.Terminal)
	if r.has("vip_lounge") {
		v, err := yesNo(r.get("vip_lounge"))
		if err != nil {
			r.fail("vip_lounge", err)
		}
		rec.VIPLounge = v
	}
	r.text("meeting_point", &rec.MeetingPoint)
	if v, ok := tr.plates.find(r, "vehicle"); ok && r.has("vehicle") {
		rec.VehicleID = ""
		if v != nil {
			rec.VehicleID = v.ID
		}
	}
	r.text("notes", &rec.Notes)
	r.rule(logistics.CheckTravelFields(rec), nil, "scheduled")
	who := "whole delegation"
	if person != nil {
		who = person.FullName
	}
	r.rp.Label = fmt.Sprintf("%s %s %s %s", d.Code, who, dir, when.t.In(r.pl.loc).Format("2006-01-02 15:04"))
	decide(r.rp, rec, old)
	tr.final[key] = legRef{delegID: d.ID, personID: personID, direction: dir, at: rec.Scheduled, row: r.row.N}
	if old == nil {
		for _, l := range tr.byDay[k+"\x00"+rec.Scheduled.In(r.pl.loc).Format(time.DateOnly)] {
			r.warn("scheduled", fmt.Errorf("%w: the same day as the %s leg at %s", ErrLikelyDuplicate, l.Direction,
				isoTime(l.Scheduled, loadZone(l.TimeZone, r.pl.loc))))
		}
	}
}

// finish checks that nobody arrives after they leave: for the delegation
// as a whole and for each person (their own legs, else the delegation's),
// the first arrival must not be after the first departure.
func (tr *travelImporter) finish(pl *planner) {
	type span struct{ arr, dep *legRef }
	first := func(cur **legRef, ref legRef) {
		if *cur == nil || ref.at.Before((*cur).at) {
			r := ref
			*cur = &r
		}
	}
	whole := map[string]*span{}  // delegation id
	people := map[string]*span{} // person id
	for _, ref := range tr.final {
		m, k := whole, ref.delegID
		if ref.personID != "" {
			m, k = people, ref.personID
		}
		sp := m[k]
		if sp == nil {
			sp = &span{}
			m[k] = sp
		}
		if ref.direction == data.Arrival {
			first(&sp.arr, ref)
		} else {
			first(&sp.dep, ref)
		}
	}
	check := func(arr, dep *legRef) {
		if arr == nil || dep == nil || !arr.at.After(dep.at) {
			return
		}
		for _, ref := range []*legRef{arr, dep} {
			if ref.row == 0 {
				continue
			}
			other := dep
			if ref == dep {
				other = arr
			}
			where := "in the event file"
			if other.row != 0 {
				where = fmt.Sprintf("row %d", other.row)
			}
			pl.rowProblem(ref.row, "scheduled", fmt.Errorf("%w: arrival %s, departure %s (%s)", field.ErrArrivalAfter,
				isoTime(arr.at, pl.loc), isoTime(dep.at, pl.loc), where))
		}
	}
	for _, sp := range whole {
		check(sp.arr, sp.dep)
	}
	for id, sp := range people {
		arr, dep := sp.arr, sp.dep
		if w := whole[tr.personBy[id].DelegationID]; w != nil {
			if arr == nil {
				arr = w.arr
			}
			if dep == nil {
				dep = w.dep
			}
		}
		check(arr, dep)
	}
}
