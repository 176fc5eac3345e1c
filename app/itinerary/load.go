package itinerary

import (
	"context"
	"strings"
	"time"

	"lodesk/app/seating"
	"lodesk/data"
)

// LoadTransfers reads the venue transfer times the coordinator set.
func LoadTransfers(ctx context.Context, s *data.Store) (Transfers, error) {
	ts, err := data.All[data.Transfer](ctx, s)
	if err != nil {
		return nil, err
	}
	out := Transfers{}
	for _, t := range ts {
		if t.Minutes > 0 {
			out[[2]string{t.FromVenue, t.ToVenue}] = time.Duration(t.Minutes) * time.Minute
		}
	}
	return out, nil
}

// source is what itineraries are composed from, read once.
type source struct {
	ev       *data.Event
	items    []data.ProgrammeItem
	transfer Transfers
}

func loadSource(ctx context.Context, s *data.Store) (*source, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, err
	}
	items, err := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	tr, err := LoadTransfers(ctx, s)
	if err != nil {
		return nil, err
	}
	return &source{ev: ev, items: items, transfer: tr}, nil
}

// ForDelegation composes a delegation's itinerary.
func ForDelegation(ctx context.Context, s *data.Store, delegationID string) (*Itinerary, error) {
	src, err := loadSource(ctx, s)
	if err != nil {
		return nil, err
	}
	d, err := data.Get[data.Delegation](ctx, s, delegationID)
	if err != nil {
		return nil, err
	}
	entries, err := delegationEntries(ctx, s, src, d)
	if err != nil {
		return nil, err
	}
	return src.delegation(d, entries), nil
}

// delegation is a delegation's itinerary from its entries.
func (src *source) delegation(d *data.Delegation, entries []Entry) *Itinerary {
	it := &Itinerary{Title: d.Name}
	it.Days = byDay(entries, src.ev.Location())
	it.Clashes = clashes(entries, src.transfer)
	return it
}

// rows is what a delegation's entries are composed from, besides the
// programme: read for it alone (readRows) or taken from a Set.
type rows struct {
	people   []data.Person
	vehicles []data.Vehicle
	legs     []data.TravelLeg
	stays    []data.Accommodation
	seats    map[string][]data.Seat // by programme item, of items with photo or seating
	// vehicle finds a vehicle of another delegation a leg names (nil:
	// none)
	vehicle func(id string) *data.Vehicle
}

// readRows reads a delegation's rows.
func readRows(ctx context.Context, s *data.Store, src *source, d *data.Delegation) (*rows, error) {
	r := &rows{seats: map[string][]data.Seat{}}
	var err error
	if r.people, err = s.FindPeople(ctx, data.PersonFilter{DelegationID: d.ID}); err != nil {
		return nil, err
	}
	if r.vehicles, err = data.ByParent[data.Vehicle](ctx, s, "delegation_id", d.ID); err != nil {
		return nil, err
	}
	if r.legs, err = s.FindTravel(ctx, data.TravelFilter{DelegationID: d.ID}); err != nil {
		return nil, err
	}
	if r.stays, err = data.ByParent[data.Accommodation](ctx, s, "delegation_id", d.ID); err != nil {
		return nil, err
	}
	for i := range src.items {
		item := &src.items[i]
		if (item.Photo || item.Seating) && seating.Attends(item, d) {
			if r.seats[item.ID], err = s.FindSeats(ctx, item.ID, d.ID); err != nil {
				return nil, err
			}
		}
	}
	r.vehicle = func(id string) *data.Vehicle {
		v, _ := data.Get[data.Vehicle](ctx, s, id)
		return v
	}
	return r, nil
}

func delegationEntries(ctx context.Context, s *data.Store, src *source, d *data.Delegation) ([]Entry, error) {
	r, err := readRows(ctx, s, src, d)
	if err != nil {
		return nil, err
	}
	return compose(src, d, r), nil
}

// compose makes a delegation's entries from its rows.
func compose(src *source, d *data.Delegation, r *rows) []Entry {
	names := map[string]string{}
	for _, p := range r.people {
		names[p.ID] = p.FullName
	}
	cars := map[string]*data.Vehicle{}
	for i := range r.vehicles {
		cars[r.vehicles[i].ID] = &r.vehicles[i]
	}
	var out []Entry
	for i := range r.legs {
		l := &r.legs[i]
		car := cars[l.VehicleID]
		if car == nil && l.VehicleID != "" {
			car = r.vehicle(l.VehicleID)
		}
		out = append(out, legEntry(l, names[l.PersonID], car))
	}
	for _, a := range r.stays {
		stay := func(kind, verb string, at time.Time) {
			e := Entry{Kind: kind, Start: at, End: at, Title: verb + " " + a.Hotel, Subject: a.Hotel, Place: a.Hotel, Details: []string{}}
			if a.Rooms != "" {
				e.add(Fact{Kind: FactRooms, Value: a.Rooms})
			}
			if who := names[a.PersonID]; who != "" {
				e.add(Fact{Kind: FactWho, Who: who})
			}
			out = append(out, e)
		}
		if !a.CheckIn.IsZero() {
			stay(KindCheckIn, "Check-in", a.CheckIn)
		}
		if !a.CheckOut.IsZero() {
			stay(KindCheckOut, "Check-out", a.CheckOut)
		}
	}
	for i := range src.items {
		item := &src.items[i]
		if !seating.Attends(item, d) {
			continue
		}
		out = append(out, programmeEntry(item, r.seats[item.ID], names))
	}
	for i := range out {
		out[i].Delegation = d.Code
	}
	return out
}

// programmeEntry is an item's entry; seats are the delegation's at an
// item with photo or seating.
func programmeEntry(item *data.ProgrammeItem, seats []data.Seat, names map[string]string) Entry {
	place := item.Venue
	if item.Room != "" {
		place += ", " + item.Room
	}
	e := Entry{Kind: KindProgramme, Start: item.Starts, End: item.Ends, Title: item.Title, Place: place, ItemID: item.ID}
	if e.End.Before(e.Start) {
		e.End = e.Start
	}
	if item.DressCode != "" {
		e.add(Fact{Kind: FactDress, Value: item.DressCode})
	}
	if item.AttendanceRule() == data.AttendHeads {
		e.add(Fact{Kind: FactHeadsOnly})
	}
	if item.Photo || item.Seating {
		for _, st := range seats {
			kind := FactSeat
			if item.Photo {
				kind = FactPhoto
			}
			e.add(Fact{Kind: kind, Who: names[st.PersonID], Value: seating.Position{Row: st.PhotoRow, Place: st.PhotoPlace}.String()})
		}
	}
	return e
}

// ForLO composes an LO's itinerary: the itineraries of the delegations the
// LO is assigned to, within each assignment's days.
func ForLO(ctx context.Context, s *data.Store, loID string) (*Itinerary, error) {
	src, err := loadSource(ctx, s)
	if err != nil {
		return nil, err
	}
	lo, err := data.Get[data.LO](ctx, s, loID)
	if err != nil {
		return nil, err
	}
	as, err := s.FindAssignments(ctx, data.AssignmentFilter{LOID: loID})
	if err != nil {
		return nil, err
	}
	loc := src.ev.Location()
	var all []Entry
	var cl []Clash
	for _, a := range as {
		d, err := data.Get[data.Delegation](ctx, s, a.DelegationID)
		if err != nil {
			return nil, err
		}
		entries, err := delegationEntries(ctx, s, src, d)
		if err != nil {
			return nil, err
		}
		var kept []Entry
		for _, e := range entries {
			day := e.Start.In(loc).Format(time.DateOnly)
			if (a.FromDate == "" || day >= a.FromDate) && (a.ToDate == "" || day <= a.ToDate) {
				kept = append(kept, e)
			}
		}
		sortEntries(kept)
		cl = append(cl, clashes(kept, src.transfer)...)
		all = append(all, kept...)
	}
	sortEntries(all)
	// Across delegations: the LO cannot be at two programme items at once.
	for i, a := range all {
		for _, b := range all[i+1:] {
			if a.Kind == KindProgramme && b.Kind == KindProgramme && a.Delegation != b.Delegation &&
				a.ItemID != b.ItemID && b.Start.Before(a.End) && a.Start.Before(b.End) {
				cl = append(cl, Clash{Kind: ClashOverlap, A: a, B: b})
			}
		}
	}
	return &Itinerary{Title: lo.FullName, Days: byDay(all, loc), Clashes: cl}, nil
}

func sortEntries(es []Entry) {
	byDay(es, time.UTC) // sorts in place
}

// Summary is a one-line description of an entry's time in loc.
func (e Entry) Summary(loc *time.Location) string {
	t := e.Start.In(loc).Format("15:04")
	if e.End.After(e.Start) {
		t += "–" + e.End.In(loc).Format("15:04")
	}
	parts := []string{t, e.Title}
	if e.Place != "" {
		parts = append(parts, e.Place)
	}
	return strings.Join(append(parts, e.Details...), " · ")
}
