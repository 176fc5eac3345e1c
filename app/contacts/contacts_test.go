package contacts

import (
	"context"
	"errors"
	"path/filepath"
	"testing"

	"lodesk/app/field"
	"lodesk/data"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name  string
		c     data.Contact
		field string
		want  error
	}{
		{"no owner", data.Contact{Name: "A"}, "department", field.ErrRequired},
		{"both owners", data.Contact{Name: "A", Department: "transport", DelegationID: "d"}, "department", ErrBothOwners},
		{"bad department", data.Contact{Name: "A", Department: "catering"}, "department", field.ErrBadValue},
		{"no name", data.Contact{Department: "transport", Name: "  "}, "name", field.ErrRequired},
		{"bad role", data.Contact{DelegationID: "d", Name: "A", Role: "spy"}, "role", field.ErrBadValue},
		{"bad phone", data.Contact{DelegationID: "d", Name: "A", Phone: "12"}, "phone", nil},
		{"bad email", data.Contact{DelegationID: "d", Name: "A", Email: "a@"}, "email", field.ErrBadEmail},
		{"embassy", data.Contact{DelegationID: "d", Name: " Embassy of Japan ", Phone: "021 3192 4308"}, "", nil},
		{"department", data.Contact{Department: "patwal", Name: "Iptu Budi", Role: "Kanit"}, "", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := Check(&tc.c, "ID")
			var fe *field.Error
			switch {
			case tc.field == "" && err != nil:
				t.Fatalf("unexpected %v", err)
			case tc.field == "":
				if tc.c.DelegationID != "" && (tc.c.Role != data.ContactEmbassy || tc.c.Phone != "+622131924308" || tc.c.Name != "Embassy of Japan") {
					t.Errorf("not tidied: %+v", tc.c)
				}
			case !errors.As(err, &fe) || fe.Field != tc.field || (tc.want != nil && !errors.Is(err, tc.want)):
				t.Errorf("error %v, want %s: %v", err, tc.field, tc.want)
			}
		})
	}
}

func TestForDelegation(t *testing.T) {
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := &data.Delegation{Code: "KP", Name: "North Korea"}
	if err := s.Insert(ctx, d); err != nil {
		t.Fatal(err)
	}
	for _, c := range []*data.Contact{
		{DelegationID: d.ID, Role: data.ContactProtocolOfficer, Name: "Mr Kim"},
		{DelegationID: d.ID, Role: data.ContactProtectingPower, Name: "Embassy of Sweden"},
		{Department: "transport", Name: "Pak Joko"},
	} {
		if err := Save(ctx, s, c, "ID"); err != nil {
			t.Fatal(err)
		}
	}
	cs, err := ForDelegation(ctx, s, d.ID)
	if err != nil || len(cs) != 2 || cs[0].Name != "Embassy of Sweden" || cs[1].Name != "Mr Kim" {
		t.Fatalf("delegation contacts %+v %v", cs, err)
	}
	deps, err := s.FindContacts(ctx, "")
	if err != nil || len(deps) != 1 || deps[0].Name != "Pak Joko" {
		t.Fatalf("department contacts %+v %v", deps, err)
	}
}
