package motorcade

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"lodesk/app/field"
	"lodesk/data"
)

func newStore(t *testing.T) *data.Store {
	t.Helper()
	s, err := data.Create(context.Background(), filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func at(h, m int) time.Time { return time.Date(2026, 12, 1, h, m, 0, 0, time.UTC) }

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		m     data.Movement
		cars  []data.ConvoyCar
		field string
		want  error
	}{
		{"no delegation", data.Movement{Starts: at(8, 0)}, nil, "delegation", field.ErrNoDelegation},
		{"no start", data.Movement{DelegationID: "d"}, nil, "starts", field.ErrRequired},
		{"ends first", data.Movement{DelegationID: "d", Starts: at(8, 0), Ends: at(7, 0)}, nil, "ends", field.ErrOutBeforeIn},
		{"bad kind", data.Movement{DelegationID: "d", Kind: "parade", Starts: at(8, 0)}, nil, "kind", field.ErrBadValue},
		{"bad role", data.Movement{DelegationID: "d", Starts: at(8, 0)}, []data.ConvoyCar{{Role: "tank", VehicleID: "v"}}, "role", field.ErrBadValue},
		{"no car", data.Movement{DelegationID: "d", Starts: at(8, 0)}, []data.ConvoyCar{{Role: data.CarVIP}}, "vehicle", ErrNoCar},
		{"bad flag", data.Movement{DelegationID: "d", Starts: at(8, 0)}, []data.ConvoyCar{{Role: data.CarFlag, VehicleID: "v", Flags: data.Codes{"Atlantis"}}}, "flags", field.ErrUnknownCountry},
		{"bad phone", data.Movement{DelegationID: "d", Starts: at(8, 0)}, []data.ConvoyCar{{Role: data.CarPatwalLead, Driver: "Bripka Andi", DriverPhone: "call me"}}, "driver_phone", nil},
		{"vehicle twice", data.Movement{DelegationID: "d", Starts: at(8, 0)}, []data.ConvoyCar{{Role: data.CarVIP, VehicleID: "v"}, {Role: data.CarBackup, VehicleID: "v"}}, "vehicle", ErrSameVehicle},
		{"good", data.Movement{DelegationID: "d", Starts: at(8, 0)}, []data.ConvoyCar{{Role: data.CarPatwalLead, Driver: "Bripka Andi"}, {Role: data.CarFlag, VehicleID: "v", Flags: data.Codes{"jp", "Indonesia"}}}, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := CheckMovement(&tc.m)
			if err == nil {
				err = CheckConvoy(tc.cars, "ID")
			}
			var fe *field.Error
			switch {
			case tc.field == "" && err != nil:
				t.Fatalf("unexpected error %v", err)
			case tc.field == "":
				if tc.m.Kind != data.MoveTransfer || tc.cars[1].Position != 2 || len(tc.cars[1].Flags) != 2 || tc.cars[1].Flags[1] != "ID" {
					t.Errorf("not tidied: %+v %+v", tc.m, tc.cars)
				}
			case !errors.As(err, &fe) || fe.Field != tc.field || (tc.want != nil && !errors.Is(err, tc.want)):
				t.Errorf("error %v, want field %s: %v", err, tc.field, tc.want)
			}
		})
	}
}

func TestSaveAndClashes(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	jp := &data.Delegation{Code: "JP", Name: "Japan"}
	fr := &data.Delegation{Code: "FR", Name: "France"}
	for _, r := range []data.Record{jp, fr} {
		if err := s.Insert(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	car1 := &data.Vehicle{Plate: "B 1 RI", Driver: "Pak Slamet", DriverPhone: "+628111"}
	car2 := &data.Vehicle{Plate: "B 2 RI"}
	for _, r := range []data.Record{car1, car2} {
		if err := s.Insert(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	arr := &data.Movement{DelegationID: jp.ID, Kind: data.MoveArrival, Starts: at(8, 0), Ends: at(9, 0), FromPlace: "CGK", ToPlace: "Hotel"}
	cars := []data.ConvoyCar{
		{Role: data.CarPatwalLead, Driver: "Bripka Andi"},
		{Role: data.CarVIP, VehicleID: car1.ID, Riders: "Sato (rear right)"},
		{Role: data.CarBackup, VehicleID: car2.ID},
	}
	if err := Save(ctx, s, arr, cars, "ID"); err != nil {
		t.Fatal(err)
	}
	// The French transfer borrows car 1 at 08:30: a clash; at 09:00 it
	// would not be.
	tr := &data.Movement{DelegationID: fr.ID, Starts: at(8, 30), FromPlace: "Hotel", ToPlace: "JCC"}
	if err := Save(ctx, s, tr, []data.ConvoyCar{{Role: data.CarVIP, VehicleID: car1.ID}}, "ID"); err != nil {
		t.Fatal(err)
	}
	p, err := Load(ctx, s, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Movements) != 2 || len(p.Movements[0].Cars) != 3 {
		t.Fatalf("movements %+v", p.Movements)
	}
	vip := p.Movements[0].Cars[1]
	if vip.Position != 2 || vip.DriverName != "Pak Slamet" || vip.Vehicle.Plate != "B 1 RI" {
		t.Errorf("VIP car %+v", vip)
	}
	if len(p.Clashes) != 1 || p.Clashes[0].Vehicle.ID != car1.ID || p.Clashes[0].First.ID != arr.ID {
		t.Fatalf("clashes %+v", p.Clashes)
	}
	tr.Starts = at(9, 0)
	if err := Save(ctx, s, tr, []data.ConvoyCar{{Role: data.CarVIP, VehicleID: car1.ID}}, "ID"); err != nil {
		t.Fatal(err)
	}
	// Saving replaces the convoy: the old car of the transfer is gone.
	if p, err = Load(ctx, s, fr.ID); err != nil {
		t.Fatal(err)
	}
	if len(p.Clashes) != 0 || len(p.Movements) != 1 || len(p.Movements[0].Cars) != 1 {
		t.Fatalf("after moving the transfer: %+v", p)
	}
	// Dropping a car deletes it; deleting the movement deletes the rest.
	cars = cars[:2]
	if err := Save(ctx, s, arr, cars, "ID"); err != nil {
		t.Fatal(err)
	}
	if left, _ := s.FindConvoy(ctx, arr.ID); len(left) != 2 {
		t.Errorf("%d cars after dropping one", len(left))
	}
	rm, err := Remove(ctx, s, arr.ID)
	if err != nil || len(rm.Rows) != 3 {
		t.Fatalf("remove: %+v, %v", rm, err)
	}
	if left, _ := s.FindConvoy(ctx, arr.ID); len(left) != 0 {
		t.Errorf("%d cars after deleting the movement", len(left))
	}
	if _, err := rm.Undo(ctx, s); err != nil {
		t.Fatal(err)
	}
	if left, _ := s.FindConvoy(ctx, arr.ID); len(left) != 2 {
		t.Errorf("%d cars after undo", len(left))
	}
}
