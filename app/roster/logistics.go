package roster

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"lodesk/app/phone"
	"lodesk/data"
)

// Errors of travel, hotel stays and vehicles.
var (
	ErrBadTime      = errors.New("not a time (YYYY-MM-DD HH:MM)")
	ErrBadZone      = errors.New("unknown time zone")
	ErrBadAirport   = errors.New("not a three-letter IATA airport code")
	ErrArrivalAfter = errors.New("the arrival is after the departure")
	ErrOutBeforeIn  = errors.New("the check-out is before the check-in")
	ErrBadNumber    = errors.New("not a whole number")
)

// TimeLayout is how the window writes a local time.
const TimeLayout = "2006-01-02 15:04"

// ParseLocal reads "YYYY-MM-DD HH:MM" (or with a T) as a time in the IANA
// zone (or WIB, WITA, WIT); an empty text is the zero time.
func ParseLocal(text, zone string) (time.Time, error) {
	text = strings.TrimSpace(strings.Replace(text, "T", " ", 1))
	if text == "" {
		return time.Time{}, nil
	}
	loc, err := LoadZone(zone)
	if err != nil {
		return time.Time{}, err
	}
	t, err := time.ParseInLocation(TimeLayout, text, loc)
	if err != nil {
		return time.Time{}, ErrBadTime
	}
	return t, nil
}

// LoadZone loads an IANA zone, taking Indonesia's WIB, WITA and WIT too.
func LoadZone(zone string) (*time.Location, error) {
	switch strings.ToUpper(strings.TrimSpace(zone)) {
	case "WIB":
		zone = "Asia/Jakarta"
	case "WITA":
		zone = "Asia/Makassar"
	case "WIT":
		zone = "Asia/Jayapura"
	}
	loc, err := time.LoadLocation(strings.TrimSpace(zone))
	if err != nil || strings.TrimSpace(zone) == "" {
		return nil, ErrBadZone
	}
	return loc, nil
}

// TravelLeg checks a leg against the event file: a direction and mode, a
// time, an IATA airport, and no arrival after a departure of the same
// person (or of the whole delegation, for a leg without a person).
func TravelLeg(ctx context.Context, s *data.Store, t *data.TravelLeg) error {
	t.Airport = strings.ToUpper(strings.TrimSpace(t.Airport))
	t.FlightNo = strings.ToUpper(strings.TrimSpace(t.FlightNo))
	if t.Mode == "" {
		t.Mode = data.ModeFlight
	}
	switch {
	case t.DelegationID == "":
		return &FieldError{Field: "delegation", Err: ErrNoDelegation}
	case t.Direction != data.Arrival && t.Direction != data.Departure:
		return &FieldError{Field: "direction", Err: ErrBadValue}
	case !in(data.TravelModes, t.Mode):
		return &FieldError{Field: "mode", Err: ErrBadValue}
	case t.Scheduled.IsZero():
		return &FieldError{Field: "scheduled", Err: ErrRequired}
	case t.Airport != "" && !isIATA(t.Airport):
		return &FieldError{Field: "airport", Err: ErrBadAirport}
	}
	legs, err := s.FindTravel(ctx, data.TravelFilter{DelegationID: t.DelegationID, PersonID: t.PersonID})
	if err != nil {
		return fmt.Errorf("check travel: %w", err)
	}
	for _, l := range legs {
		if l.ID == t.ID || l.PersonID != t.PersonID || l.Direction == t.Direction {
			continue
		}
		if (t.Direction == data.Arrival && t.Scheduled.After(l.Scheduled)) ||
			(t.Direction == data.Departure && t.Scheduled.Before(l.Scheduled)) {
			return &FieldError{Field: "scheduled", Err: ErrArrivalAfter}
		}
	}
	return nil
}

func isIATA(s string) bool {
	if len(s) != 3 {
		return false
	}
	for _, r := range s {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// Accommodation checks a hotel stay: a hotel, and a check-out after the
// check-in.
func Accommodation(a *data.Accommodation) error {
	a.Hotel = strings.TrimSpace(a.Hotel)
	switch {
	case a.DelegationID == "":
		return &FieldError{Field: "delegation", Err: ErrNoDelegation}
	case a.Hotel == "":
		return &FieldError{Field: "hotel", Err: ErrRequired}
	case !a.CheckIn.IsZero() && !a.CheckOut.IsZero() && a.CheckOut.Before(a.CheckIn):
		return &FieldError{Field: "check_out", Err: ErrOutBeforeIn}
	}
	return nil
}

// Vehicle checks a vehicle: a plate, a capacity not below zero and the
// driver's phone as E.164.
func Vehicle(v *data.Vehicle, region string) error {
	v.Plate = strings.ToUpper(strings.TrimSpace(v.Plate))
	switch {
	case v.Plate == "":
		return &FieldError{Field: "plate", Err: ErrRequired}
	case v.Capacity < 0:
		return &FieldError{Field: "capacity", Err: ErrBadNumber}
	}
	p, err := phone.E164(v.DriverPhone, region)
	if err != nil {
		return &FieldError{Field: "driver_phone", Err: err}
	}
	v.DriverPhone = p
	return nil
}
