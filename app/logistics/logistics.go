// Package logistics owns the rules and writes of a delegation's logistics:
// travel legs (a direction, mode and time, an IATA airport, nobody
// arriving after they leave), hotel stays (a hotel, no check-out before
// the check-in) and vehicles (a plate, seats not below zero, the driver's
// phone as E.164). The window and the importer (app/imex) both call it
// (app/record describes the shape). Field names are the spreadsheet
// columns' keys. It knows nothing of Fyne.
package logistics

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"lodesk/app/event"
	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// CheckTravelFields applies the rules a leg obeys on its own, tidying it in
// place (upper-case airport and flight number, flight by default).
func CheckTravelFields(t *data.TravelLeg) error {
	t.FlightNo = strings.ToUpper(strings.TrimSpace(t.FlightNo))
	if t.Mode == "" {
		t.Mode = data.ModeFlight
	}
	var err error
	switch {
	case t.DelegationID == "":
		return &field.Error{Field: "delegation", Err: field.ErrNoDelegation}
	case t.Direction != data.Arrival && t.Direction != data.Departure:
		return &field.Error{Field: "direction", Err: field.ErrBadValue, Value: t.Direction}
	case !slices.Contains(data.TravelModes, t.Mode):
		return &field.Error{Field: "mode", Err: field.ErrBadValue, Value: t.Mode}
	case t.Scheduled.IsZero():
		return &field.Error{Field: "scheduled", Err: field.ErrRequired}
	}
	if t.Airport, err = field.Airport(t.Airport); err != nil {
		return field.New("airport", err)
	}
	return nil
}

// CheckTravel is CheckTravelFields and no arrival after a departure of the
// same person (or of the whole delegation, for a leg without a person) in
// the event file.
func CheckTravel(ctx context.Context, s *data.Store, t *data.TravelLeg) error {
	if err := CheckTravelFields(t); err != nil {
		return err
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

// SaveTravel checks a leg and writes it.
func SaveTravel(ctx context.Context, s *data.Store, t *data.TravelLeg) error {
	return record.SaveChecked(ctx, s, t, CheckTravel(ctx, s, t))
}

// CheckStay checks a hotel stay: a delegation, a hotel, and a check-out
// not before the check-in.
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

// SaveStay checks a hotel stay and writes it.
func SaveStay(ctx context.Context, s *data.Store, a *data.Accommodation) error {
	return record.SaveChecked(ctx, s, a, CheckStay(a))
}

// CheckVehicle checks a vehicle: a plate (upper case), seats not below zero
// and the driver's phone as E.164 (read in region without a country code).
func CheckVehicle(v *data.Vehicle, region string) error {
	v.Plate = strings.ToUpper(strings.TrimSpace(v.Plate))
	switch {
	case v.Plate == "":
		return &field.Error{Field: "plate", Err: field.ErrRequired}
	case v.Capacity < 0:
		return &field.Error{Field: "seats", Err: field.ErrBadNumber}
	}
	p, err := field.Phone(v.DriverPhone, region)
	if err != nil {
		return field.New("driver_phone", err)
	}
	v.DriverPhone = p
	return nil
}

// SaveVehicle checks a vehicle, phone numbers being read in the event's
// host country, and writes it.
func SaveVehicle(ctx context.Context, s *data.Store, v *data.Vehicle) error {
	region, err := event.Region(ctx, s)
	if err != nil {
		return err
	}
	return record.SaveChecked(ctx, s, v, CheckVehicle(v, region))
}
