// Package itinerary composes, never retypes, the day-by-day itinerary of a
// delegation or an LO from the travel legs, the hotel stays and the
// programme, and flags clashes: two items at once, an item before arrival
// or after departure, too little time between venues.
package itinerary

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"lodesk/data"
)

// Entry kinds.
const (
	KindArrival   = "arrival"
	KindCheckIn   = "check_in"
	KindProgramme = "programme"
	KindCheckOut  = "check_out"
	KindDeparture = "departure"
)

// Entry is one line of an itinerary.
type Entry struct {
	Kind       string
	Start, End time.Time // End equals Start for a moment (a flight's time)
	Title      string
	Subject    string   // the flight or the hotel of a travel or hotel entry (Title adds "Arrival", ...)
	Place      string   // airport and terminal, hotel, venue and room
	Details    []string // flight, VIP lounge, vehicle, dress code, seat, photo position (English)
	Facts      []Fact   // the same details, for printing in another language
	Delegation string   // code, for an LO's itinerary
	ItemID     string   // programme item, for links
}

// Day is the entries of one day in the event's zone.
type Day struct {
	Date    string // YYYY-MM-DD
	Entries []Entry
}

// Clash kinds.
const (
	ClashOverlap        = "overlap"
	ClashBeforeArrival  = "before_arrival"
	ClashAfterDeparture = "after_departure"
	ClashTransfer       = "tight_transfer"
)

// Clash is a problem between two entries (B may be empty).
type Clash struct {
	Kind string
	A, B Entry
}

func (c Clash) String() string {
	switch c.Kind {
	case ClashOverlap:
		return fmt.Sprintf("%q and %q overlap", c.A.Title, c.B.Title)
	case ClashBeforeArrival:
		return fmt.Sprintf("%q starts before the arrival (%s)", c.A.Title, c.B.Title)
	case ClashAfterDeparture:
		return fmt.Sprintf("%q ends after the departure (%s)", c.A.Title, c.B.Title)
	}
	return fmt.Sprintf("too little time from %q to %q", c.A.Title, c.B.Title)
}

// Itinerary is a composed itinerary.
type Itinerary struct {
	Title   string
	Days    []Day
	Clashes []Clash
}

// Transfers gives the minutes needed between two venues (either order);
// pairs not listed are not checked.
type Transfers map[[2]string]time.Duration

// Need is the time needed from venue a to venue b.
func (t Transfers) Need(a, b string) (time.Duration, bool) {
	if d, ok := t[[2]string{a, b}]; ok {
		return d, true
	}
	d, ok := t[[2]string{b, a}]
	return d, ok
}

// byDay sorts entries and groups them by day in loc.
func byDay(entries []Entry, loc *time.Location) []Day {
	sort.SliceStable(entries, func(i, j int) bool { return entries[i].Start.Before(entries[j].Start) })
	var days []Day
	for _, e := range entries {
		d := e.Start.In(loc).Format(time.DateOnly)
		if len(days) == 0 || days[len(days)-1].Date != d {
			days = append(days, Day{Date: d})
		}
		days[len(days)-1].Entries = append(days[len(days)-1].Entries, e)
	}
	return days
}

// clashes finds the problems in one party's entries (sorted by start).
func clashes(entries []Entry, tr Transfers) []Clash {
	var out []Clash
	var firstArr, lastDep *Entry
	for i := range entries {
		e := &entries[i]
		if e.Kind == KindArrival && (firstArr == nil || e.Start.Before(firstArr.Start)) {
			firstArr = e
		}
		if e.Kind == KindDeparture && (lastDep == nil || e.Start.After(lastDep.Start)) {
			lastDep = e
		}
	}
	var prog []Entry
	for _, e := range entries {
		if e.Kind == KindProgramme {
			prog = append(prog, e)
		}
	}
	for i, a := range prog {
		if firstArr != nil && a.Start.Before(firstArr.Start) {
			out = append(out, Clash{Kind: ClashBeforeArrival, A: a, B: *firstArr})
		}
		if lastDep != nil && a.End.After(lastDep.Start) {
			out = append(out, Clash{Kind: ClashAfterDeparture, A: a, B: *lastDep})
		}
		for _, b := range prog[i+1:] {
			if b.Start.Before(a.End) && a.Start.Before(b.End) && !(a.Delegation != "" && a.Delegation == b.Delegation && a.ItemID == b.ItemID) {
				out = append(out, Clash{Kind: ClashOverlap, A: a, B: b})
			}
		}
		if i+1 < len(prog) {
			b := prog[i+1]
			if need, ok := tr.Need(venueOf(a.Place), venueOf(b.Place)); ok && venueOf(a.Place) != venueOf(b.Place) && b.Start.Sub(a.End) < need {
				out = append(out, Clash{Kind: ClashTransfer, A: a, B: b})
			}
		}
	}
	return out
}

// venueOf is the venue part of "Venue, Room".
func venueOf(place string) string {
	v, _, _ := strings.Cut(place, ", ")
	return v
}

// legEntry makes an arrival or departure entry.
func legEntry(l *data.TravelLeg, who string, vehicle *data.Vehicle) Entry {
	kind, verb := KindArrival, "Arrival"
	if l.Direction == data.Departure {
		kind, verb = KindDeparture, "Departure"
	}
	flight := strings.TrimSpace(l.Carrier + " " + l.FlightNo)
	if flight == "" {
		flight = strings.ReplaceAll(l.Mode, "_", " ")
	}
	e := Entry{Kind: kind, Start: l.Scheduled, End: l.Scheduled, Title: verb + " " + flight, Subject: flight}
	e.Place = l.Airport
	if l.Terminal != "" {
		e.Place += " " + l.Terminal
	}
	if who != "" {
		e.add(Fact{Kind: FactWho, Who: who})
	}
	if l.TimeZone != "" {
		if loc, err := time.LoadLocation(l.TimeZone); err == nil {
			e.add(Fact{Kind: FactLocalTime, At: l.Scheduled.In(loc)})
		}
	}
	if l.VIPLounge {
		e.add(Fact{Kind: FactVIP})
	}
	if l.MeetingPoint != "" {
		e.add(Fact{Kind: FactMeet, Value: l.MeetingPoint})
	}
	if vehicle != nil {
		e.add(Fact{Kind: FactVehicle, Value: vehicle.Plate, Who: vehicle.Driver, Phone: vehicle.DriverPhone, Escort: vehicle.Patwal})
	}
	return e
}
