package assign

import (
	"context"
	"testing"

	"lodesk/data"
)

func TestMissingZoneConflict(t *testing.T) {
	ctx := context.Background()
	s := newEvent(t)
	jp := &data.Delegation{Code: "JP", Name: "Japan"}
	insert(t, s, &data.Event{Name: "E", Zones: data.Codes{"apron", "vip", "plenary"}}, jp)
	hod := &data.Person{DelegationID: jp.ID, Role: data.RoleHOD, FullName: "Sato", Badge: data.Badge{Zones: data.Codes{"apron", "vip"}}}
	member := &data.Person{DelegationID: jp.ID, Role: data.RoleMember, FullName: "Ito", Badge: data.Badge{Zones: data.Codes{"plenary"}}}
	lo := &data.LO{FullName: "Budi", Status: data.LOActive, Badge: data.Badge{Zones: data.Codes{"vip"}}}
	insert(t, s, hod, member, lo)
	insert(t, s, &data.Assignment{LOID: lo.ID, DelegationID: jp.ID, Role: data.AssignLead})

	tests := []struct {
		name    string
		loZones data.Codes
		want    string // the conflict's detail, "" = none
	}{
		{"lacks the apron", data.Codes{"vip"}, "apron"},
		{"lacks both", nil, "apron, vip"},
		{"has them", data.Codes{"apron", "vip"}, ""},
		{"has more", data.Codes{"apron", "vip", "plenary"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lo.Zones = tc.loZones
			if err := s.Update(ctx, lo); err != nil {
				t.Fatal(err)
			}
			b, err := LoadBoard(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			var got string
			for _, c := range b.Conflicts {
				if c.Kind == MissingZone {
					if c.LO != "Budi" || c.DelegationID != jp.ID {
						t.Errorf("conflict names %s / %s", c.LO, c.Delegation)
					}
					got = c.Detail
				}
			}
			if got != tc.want {
				t.Errorf("missing zones %q, want %q", got, tc.want)
			}
		})
	}
}
