package accred

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"lodesk/app/field"
	"lodesk/data"
)

func TestZoneList(t *testing.T) {
	got, err := ZoneList(data.Codes{" Apron", "vip", "APRON", "", "media-centre"})
	if err != nil || !slices.Equal(got, data.Codes{"apron", "vip", "media-centre"}) {
		t.Errorf("ZoneList = %v, %v", got, err)
	}
	var fe *field.Error
	if _, err := ZoneList(data.Codes{"vip lounge"}); !errors.As(err, &fe) || fe.Field != "zones" || !errors.Is(err, ErrBadZoneCode) {
		t.Errorf("a code with a space: %v", err)
	}
}

func TestZones(t *testing.T) {
	event := data.Codes{"apron", "vip", "plenary"}
	tests := []struct {
		in   data.Codes
		want data.Codes
		err  error
	}{
		{data.Codes{"Plenary", "apron", "apron"}, data.Codes{"apron", "plenary"}, nil},
		{nil, nil, nil},
		{data.Codes{"kitchen"}, nil, ErrUnknownZone},
	}
	for _, tc := range tests {
		got, err := Zones(tc.in, event)
		if !errors.Is(err, tc.err) || !slices.Equal(got, tc.want) {
			t.Errorf("Zones(%v) = %v, %v; want %v, %v", tc.in, got, err, tc.want, tc.err)
		}
	}
}

func TestRegistry(t *testing.T) {
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := &data.Delegation{Code: "JP", Name: "Japan"}
	for _, r := range []data.Record{&data.Event{Name: "E", Zones: data.Codes{"apron", "vip"}}, d} {
		if err := s.Insert(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	p := &data.Person{DelegationID: d.ID, FullName: "Sato", Badge: data.Badge{BadgeNo: "D-001"}}
	lo := &data.LO{FullName: "Budi"}
	v := &data.Vehicle{Plate: "B 1 RI"}
	for _, r := range []data.Record{p, lo, v} {
		if err := s.Insert(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	if err := SaveLOBadge(ctx, s, lo.ID, data.Badge{BadgeNo: "d-001"}); !errors.Is(err, ErrBadgeTaken) {
		t.Errorf("the HOD's number for the LO: %v", err)
	}
	if err := SaveLOBadge(ctx, s, lo.ID, data.Badge{BadgeNo: "L-001", BadgeCategory: " LO ", Zones: data.Codes{"VIP", "apron"}}); err != nil {
		t.Fatal(err)
	}
	got, _ := data.Get[data.LO](ctx, s, lo.ID)
	if got.BadgeNo != "L-001" || got.BadgeCategory != "LO" || !slices.Equal(got.Zones, data.Codes{"apron", "vip"}) || got.FullName != "Budi" {
		t.Errorf("LO after the badge: %+v", got)
	}
	// A person keeps their own number; a vehicle's pass is checked too.
	if err := SavePersonBadge(ctx, s, p.ID, data.Badge{BadgeNo: "D-001", Zones: data.Codes{"apron"}}); err != nil {
		t.Errorf("the person's own number: %v", err)
	}
	r, err := Load(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	v.CarPass = "L 001"
	if err := r.Pass(v); !errors.Is(err, ErrBadgeTaken) {
		t.Errorf("the LO's number as a car pass: %v", err)
	}
	v.CarPass, v.Zones = "CP-1", data.Codes{"garage"}
	if err := r.Pass(v); !errors.Is(err, ErrUnknownZone) {
		t.Errorf("an unknown zone: %v", err)
	}
	if err := SaveVehiclePass(ctx, s, v.ID, " CP-1 ", data.Codes{"APRON"}); err != nil {
		t.Fatal(err)
	}
	if got, _ := data.Get[data.Vehicle](ctx, s, v.ID); got.CarPass != "CP-1" || !slices.Equal(got.Zones, data.Codes{"apron"}) || got.Plate != "B 1 RI" {
		t.Errorf("vehicle after the pass: %+v", got)
	}
	if miss := Missing(&got.Badge, &data.Badge{Zones: data.Codes{"apron", "vip", "plenary"}}); !slices.Equal(miss, []string{"plenary"}) {
		t.Errorf("Missing = %v", miss)
	}
}

// FuzzZoneList: a tidied list tidies to itself, and every zone of it is
// accepted by Zones.
func FuzzZoneList(f *testing.F) {
	for _, s := range []string{"apron; vip", "APRON,apron", " ; ", "vip lounge", "média; bilateral_1", "a-b;c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		zs, err := ZoneList(data.SplitList(s))
		if err != nil {
			return
		}
		again, err := ZoneList(zs)
		if err != nil || !slices.Equal(again, zs) {
			t.Fatalf("%q -> %v -> %v, %v", s, zs, again, err)
		}
		got, err := Zones(zs, zs)
		if err != nil || !slices.Equal(got, zs) {
			t.Fatalf("Zones(%v) = %v, %v", zs, got, err)
		}
	})
}
