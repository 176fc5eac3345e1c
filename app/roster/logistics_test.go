package roster

import (
	"context"
	"errors"
	"testing"
	"time"

	"lodesk/data"
)

func TestParseLocal(t *testing.T) {
	tests := []struct {
		text, zone string
		want       string // RFC 3339, "" for the zero time
		err        error
	}{
		{"2026-11-27 14:30", "Asia/Jakarta", "2026-11-27T14:30:00+07:00", nil},
		{"2026-11-27T14:30", "WITA", "2026-11-27T14:30:00+08:00", nil},
		{"", "Asia/Jakarta", "", nil},
		{"27/11/2026", "Asia/Jakarta", "", ErrBadTime},
		{"2026-11-27 14:30", "Mars/Base", "", ErrBadZone},
	}
	for _, tt := range tests {
		got, err := ParseLocal(tt.text, tt.zone)
		if !errors.Is(err, tt.err) {
			t.Errorf("%q %q: err %v, want %v", tt.text, tt.zone, err, tt.err)
			continue
		}
		if tt.err == nil && tt.want != "" && got.Format(time.RFC3339) != tt.want {
			t.Errorf("%q %q: %s, want %s", tt.text, tt.zone, got.Format(time.RFC3339), tt.want)
		}
		if tt.want == "" && err == nil && !got.IsZero() {
			t.Errorf("%q: want the zero time", tt.text)
		}
	}
}

func TestTravelLeg(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	ds, _ := s.FindDelegations(ctx, data.DelegationFilter{})
	del := ds[1].ID
	legs, _ := s.FindTravel(ctx, data.TravelFilter{DelegationID: del, Direction: data.Departure})
	if len(legs) == 0 {
		t.Skip("no departure in the demo for this delegation")
	}
	dep := legs[0]
	before := dep.Scheduled.Add(-24 * time.Hour)
	after := dep.Scheduled.Add(24 * time.Hour)
	tests := []struct {
		name  string
		leg   data.TravelLeg
		field string
		want  error
	}{
		{"ok", data.TravelLeg{DelegationID: del, PersonID: dep.PersonID, Direction: data.Arrival, Scheduled: before, Airport: "cgk"}, "", nil},
		{"arrival after departure", data.TravelLeg{DelegationID: del, PersonID: dep.PersonID, Direction: data.Arrival, Scheduled: after}, "scheduled", ErrArrivalAfter},
		{"no time", data.TravelLeg{DelegationID: del, Direction: data.Arrival}, "scheduled", ErrRequired},
		{"bad airport", data.TravelLeg{DelegationID: del, Direction: data.Arrival, Scheduled: before, Airport: "Soekarno"}, "airport", ErrBadAirport},
		{"bad direction", data.TravelLeg{DelegationID: del, Direction: "sideways", Scheduled: before}, "direction", ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.leg
			check(t, TravelLeg(ctx, s, &l), tt.field, tt.want)
		})
	}
}

func TestAccommodationAndVehicle(t *testing.T) {
	now := time.Now()
	check(t, Accommodation(&data.Accommodation{DelegationID: "d", Hotel: " Mulia "}), "", nil)
	check(t, Accommodation(&data.Accommodation{DelegationID: "d"}), "hotel", ErrRequired)
	check(t, Accommodation(&data.Accommodation{DelegationID: "d", Hotel: "M", CheckIn: now, CheckOut: now.Add(-time.Hour)}), "check_out", ErrOutBeforeIn)
	v := data.Vehicle{Plate: " b 1234 rfs ", DriverPhone: "0812 3456 7890"}
	check(t, Vehicle(&v, "ID"), "", nil)
	if v.Plate != "B 1234 RFS" || v.DriverPhone != "+6281234567890" {
		t.Errorf("tidied %+v", v)
	}
	check(t, Vehicle(&data.Vehicle{}, "ID"), "plate", ErrRequired)
	check(t, Vehicle(&data.Vehicle{Plate: "B 1", DriverPhone: "ring ring"}, "ID"), "driver_phone", nil)
}
