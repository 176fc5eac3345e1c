package itinerary

import (
	"fmt"
	"time"
)

// Fact kinds: the details of an entry, kept apart from their wording so a
// pack prints them in its own language (Details holds the English).
const (
	FactWho       = "who"        // Who: the person a leg or stay is for
	FactLocalTime = "local_time" // At: the time in the leg's own zone
	FactVIP       = "vip_lounge"
	FactMeet      = "meet_at" // Value: the meeting point
	FactVehicle   = "vehicle" // Value: plate; Who: driver; Phone; Escort
	FactRooms     = "rooms"   // Value
	FactDress     = "dress"   // Value: the dress code
	FactHeadsOnly = "heads_only"
	FactSeat      = "seat"  // Who: the person; Value: the seat
	FactPhoto     = "photo" // Who: the person; Value: the photo position
)

// Fact is one detail of an entry.
type Fact struct {
	Kind   string
	Who    string
	Value  string
	Phone  string
	Escort bool
	At     time.Time
}

// English is the fact as Details words it.
func (f Fact) English() string {
	switch f.Kind {
	case FactWho:
		return f.Who
	case FactLocalTime:
		return "local time " + f.At.Format("15:04 MST")
	case FactVIP:
		return "VIP lounge"
	case FactMeet:
		return "meet at " + f.Value
	case FactVehicle:
		s := f.Value
		if f.Who != "" {
			s += ", driver " + f.Who
			if f.Phone != "" {
				s += " " + f.Phone
			}
		}
		if f.Escort {
			s += ", Patwal escort"
		}
		return s
	case FactRooms:
		return "rooms " + f.Value
	case FactDress:
		return "dress: " + f.Value
	case FactHeadsOnly:
		return "HOD only"
	case FactSeat, FactPhoto:
		what := "seat"
		if f.Kind == FactPhoto {
			what = "photo"
		}
		return fmt.Sprintf("%s: %s %s", f.Who, what, f.Value)
	}
	return f.Value
}

// add appends a fact and its English wording.
func (e *Entry) add(f Fact) {
	e.Facts = append(e.Facts, f)
	e.Details = append(e.Details, f.English())
}
