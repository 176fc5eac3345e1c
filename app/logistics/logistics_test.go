package logistics

import (
	"context"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/field"
	"lodesk/app/field/fieldtest"
	"lodesk/data"
)

func TestTravelLeg(t *testing.T) {
	ctx := context.Background()
	s := demotest.Open(t, demo.Small)
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
		{"arrival after departure", data.TravelLeg{DelegationID: del, PersonID: dep.PersonID, Direction: data.Arrival, Scheduled: after}, "scheduled", field.ErrArrivalAfter},
		{"no time", data.TravelLeg{DelegationID: del, Direction: data.Arrival}, "scheduled", field.ErrRequired},
		{"bad airport", data.TravelLeg{DelegationID: del, Direction: data.Arrival, Scheduled: before, Airport: "Soekarno"}, "airport", field.ErrBadAirport},
		{"bad direction", data.TravelLeg{DelegationID: del, Direction: "sideways", Scheduled: before}, "direction", field.ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := tt.leg
			fieldtest.Check(t, CheckTravel(ctx, s, &l), tt.field, tt.want)
		})
	}
}

func TestAccommodationAndVehicle(t *testing.T) {
	now := time.Now()
	fieldtest.Check(t, CheckStay(&data.Accommodation{DelegationID: "d", Hotel: " Mulia "}), "", nil)
	fieldtest.Check(t, CheckStay(&data.Accommodation{DelegationID: "d"}), "hotel", field.ErrRequired)
	fieldtest.Check(t, CheckStay(&data.Accommodation{DelegationID: "d", Hotel: "M", CheckIn: now, CheckOut: now.Add(-time.Hour)}), "check_out", field.ErrOutBeforeIn)
	v := data.Vehicle{Plate: " b 1234 rfs ", DriverPhone: "0812 3456 7890"}
	fieldtest.Check(t, CheckVehicle(&v, "ID"), "", nil)
	if v.Plate != "B 1234 RFS" || v.DriverPhone != "+6281234567890" {
		t.Errorf("tidied %+v", v)
	}
	fieldtest.Check(t, CheckVehicle(&data.Vehicle{}, "ID"), "plate", field.ErrRequired)
	fieldtest.Check(t, CheckVehicle(&data.Vehicle{Plate: "B 1", DriverPhone: "ring ring"}, "ID"), "driver_phone", nil)
}
