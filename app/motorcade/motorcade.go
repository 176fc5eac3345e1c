// Package motorcade owns movements and their convoys: a delegation's
// arrival, departure or transfer to a programme item, driven as an ordered
// convoy (Patwal lead, flag car, VIP car, back-up, staff, luggage) with
// each car's driver, riders and flags. It checks and saves a movement with
// its convoy in one write, and finds a vehicle booked in two movements at
// once. The window, the command line and the printed sheets all read it.
package motorcade

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// Errors of movements and convoys; the window translates them by errors.Is.
var (
	ErrSameVehicle = errors.New("the vehicle is already in this convoy")
	ErrNoCar       = errors.New("a convoy car needs a vehicle or a driver")
)

// DefaultLength is how long a movement without an end is taken to last.
const DefaultLength = time.Hour

// CheckMovement tidies and checks a movement: a delegation, a kind (transfer
// when empty), a start, an end not before it, trimmed places.
func CheckMovement(m *data.Movement) error {
	m.FromPlace = strings.TrimSpace(m.FromPlace)
	m.ToPlace = strings.TrimSpace(m.ToPlace)
	m.Notes = strings.TrimSpace(m.Notes)
	if m.Kind == "" {
		m.Kind = data.MoveTransfer
	}
	switch {
	case m.DelegationID == "":
		return &field.Error{Field: "delegation", Err: field.ErrNoDelegation}
	case !slices.Contains(data.MovementKinds, m.Kind):
		return &field.Error{Field: "kind", Err: field.ErrBadValue}
	case m.Starts.IsZero():
		return &field.Error{Field: "starts", Err: field.ErrRequired}
	case !m.Ends.IsZero() && m.Ends.Before(m.Starts):
		return &field.Error{Field: "ends", Err: field.ErrOutBeforeIn}
	}
	return nil
}

// CheckCar tidies and checks one convoy car: a role, a vehicle or a driver,
// the driver's phone as E.164 (region: where numbers without a country
// code are), flags as ISO 3166 codes.
func CheckCar(c *data.ConvoyCar, region string) error {
	c.Driver = strings.TrimSpace(c.Driver)
	c.Riders = strings.TrimSpace(c.Riders)
	c.Notes = strings.TrimSpace(c.Notes)
	if !slices.Contains(data.CarRoles, c.Role) {
		return &field.Error{Field: "role", Err: field.ErrBadValue}
	}
	if c.VehicleID == "" && c.Driver == "" {
		return &field.Error{Field: "vehicle", Err: ErrNoCar}
	}
	p, err := field.Phone(c.DriverPhone, region)
	if err != nil {
		return &field.Error{Field: "driver_phone", Err: err}
	}
	c.DriverPhone = p
	var flags data.Codes
	for _, f := range c.Flags {
		code, err := field.Country(f)
		if err != nil {
			return field.New("flags", err)
		}
		if !slices.Contains(flags, code) {
			flags = append(flags, code)
		}
	}
	c.Flags = flags
	return nil
}

// CheckConvoy checks every car of a convoy, in driving order, and numbers
// them 1, 2, 3, ...; a vehicle may drive once in a convoy. The error's
// Other is the position of the car ("2"), or of the two cars ("1, 3").
func CheckConvoy(cars []data.ConvoyCar, region string) error {
	seen := map[string]int{}
	for i := range cars {
		c := &cars[i]
		c.Position = i + 1
		if err := CheckCar(c, region); err != nil {
			var fe *field.Error
			if errors.As(err, &fe) {
				return &field.Error{Field: fe.Field, Err: fe.Err, Value: fe.Value, Other: strconv.Itoa(c.Position)}
			}
			return err
		}
		if c.VehicleID == "" {
			continue
		}
		if n, dup := seen[c.VehicleID]; dup {
			return &field.Error{Field: "vehicle", Err: ErrSameVehicle, Other: fmt.Sprintf("%d, %d", n, c.Position)}
		}
		seen[c.VehicleID] = c.Position
	}
	return nil
}

// Save checks a movement and its convoy and writes them in one
// transaction: the movement inserted or updated, the convoy's cars in the
// order given (updated by id, new ones inserted), and the cars no longer
// in the list deleted. Nothing is written when a check fails.
func Save(ctx context.Context, s *data.Store, m *data.Movement, cars []data.ConvoyCar, region string) error {
	if err := CheckMovement(m); err != nil {
		return err
	}
	if err := CheckConvoy(cars, region); err != nil {
		return err
	}
	err := s.Write(ctx, func(tx *data.Tx) error {
		if m.ID == "" {
			if err := tx.Insert(m); err != nil {
				return err
			}
		} else if err := tx.Update(m); err != nil {
			return err
		}
		keep := map[string]bool{}
		for i := range cars {
			c := &cars[i]
			c.MovementID = m.ID
			var err error
			if c.ID == "" {
				err = tx.Insert(c)
			} else {
				err = tx.Update(c)
			}
			if err != nil {
				return err
			}
			keep[c.ID] = true
		}
		old, err := data.ByParentIn[data.ConvoyCar](tx, "movement_id", m.ID)
		if err != nil {
			return err
		}
		for i := range old {
			if !keep[old[i].ID] {
				if _, err := tx.Delete(&old[i]); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("save movement: %w", err)
	}
	return nil
}

// Remove deletes a movement and its convoy (record.Remove); Removal.Undo brings it back.
func Remove(ctx context.Context, s *data.Store, id string) (*record.Removal, error) {
	return record.Remove(ctx, s, &data.Movement{Base: data.Base{ID: id}})
}
