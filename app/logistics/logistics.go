package logistics

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"lodesk/app/field"
	"lodesk/app/phone"
	"lodesk/data"
)

// CheckTravel checks a leg against the event file: a direction and mode, a
// time, an IATA airport, and no arrival after a departure of the same
// person (or of the whole delegation, for a leg without a person).
func CheckTravel(ctx context.Context, s *data.Store, t *data.TravelLeg) error {
	t.Airport = strings.ToUpper(strings.TrimSpace(t.Airport))
	t.FlightNo = strings.ToUpper(strings.TrimSpace(t.FlightNo))
	if t.Mode == "" {
		t.Mode = data.ModeFlight
	}
	switch {
	case t.DelegationID == "":
		return &field.Error{Field: "delegation", Err: field.ErrNoDelegation}
	case t.Direction != data.Arrival && t.Direction != data.Departure:
		return &field.Error{Field: "direction", Err: field.ErrBadValue}
	case !slices.Contains(data.TravelModes, t.Mode):
		return &field.Error{Field: "mode", Err: field.ErrBadValue}
	case t.Scheduled.IsZero():
		return &field.Error{Field: "scheduled", Err: field.ErrRequired}
	case t.Airport != "" && !isIATA(t.Airport):
		return &field.Error{Field: "airport", Err: field.ErrBadAirport}
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
			return &field.Error{Field: "scheduled", Err: field.ErrArrivalAfter}
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

// CheckStay checks a hotel stay: a hotel, and a check-out after the
// check-in.
func CheckStay(a *data.Accommodation) error {
	a.Hotel = strings.TrimSpace(a.Hotel)
	switch {
	case a.DelegationID == "":
		return &field.Error{Field: "delegation", Err: field.ErrNoDelegation}
	case a.Hotel == "":
		return &field.Error{Field: "hotel", Err: field.ErrRequired}
	case !a.CheckIn.IsZero() && !a.CheckOut.IsZero() && a.CheckOut.Before(a.CheckIn):
		return &field.Error{Field: "check_out", Err: field.ErrOutBeforeIn}
	}
	return nil
}

// CheckVehicle checks a vehicle: a plate, a capacity not below zero and the
// driver's phone as E.164.
func CheckVehicle(v *data.Vehicle, region string) error {
	v.Plate = strings.ToUpper(strings.TrimSpace(v.Plate))
	switch {
	case v.Plate == "":
		return &field.Error{Field: "plate", Err: field.ErrRequired}
	case v.Capacity < 0:
		return &field.Error{Field: "capacity", Err: field.ErrBadNumber}
	}
	p, err := phone.E164(v.DriverPhone, region)
	if err != nil {
		return &field.Error{Field: "driver_phone", Err: err}
	}
	v.DriverPhone = p
	return nil
}
