package delegations

import (
	"context"
	"strings"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/field"
	"lodesk/app/field/fieldtest"
	"lodesk/data"
)

func TestDelegation(t *testing.T) {
	ctx := context.Background()
	s := demotest.Open(t, demo.Small)
	ds, err := s.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil || len(ds) < 2 {
		t.Fatal(ds, err)
	}
	first := ds[0]
	tests := []struct {
		name  string
		d     data.Delegation
		field string
		want  error
	}{
		{"ok new", data.Delegation{Code: " ZZQ ", Name: "Zedland", Country: "fr"}, "", nil},
		{"ok itself", first, "", nil},
		{"no code", data.Delegation{Name: "X", Country: "FR"}, "code", field.ErrRequired},
		{"no name", data.Delegation{Code: "X1", Country: "FR"}, "name", field.ErrRequired},
		{"code taken, other case", data.Delegation{Code: lower(first.Code), Name: "X", Country: "FR"}, "code", field.ErrCodeTaken},
		{"country needed", data.Delegation{Code: "X1", Name: "X"}, "country", field.ErrRequired},
		{"organisation without country", data.Delegation{Code: "X1", Name: "X", Kind: data.KindOrganisation}, "", nil},
		{"unknown country", data.Delegation{Code: "X1", Name: "X", Country: "QQ"}, "country", field.ErrUnknownCountry},
		{"unknown language", data.Delegation{Code: "X1", Name: "X", Country: "FR", Languages: data.Codes{"zzz"}}, "languages", field.ErrUnknownLanguage},
		{"bad status", data.Delegation{Code: "X1", Name: "X", Country: "FR", Status: "lost"}, "status", field.ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := tt.d
			err := Check(ctx, s, &d)
			fieldtest.Check(t, err, tt.field, tt.want)
		})
	}
}

func TestPerson(t *testing.T) {
	ctx := context.Background()
	s := demotest.Open(t, demo.Small)
	ds, _ := s.FindDelegations(ctx, data.DelegationFilter{})
	var del string
	var hod data.Person
	for _, d := range ds {
		h, _ := s.FindPeople(ctx, data.PersonFilter{DelegationID: d.ID, Role: data.RoleHOD})
		if len(h) == 1 {
			del, hod = d.ID, h[0]
			break
		}
	}
	if del == "" {
		t.Fatal("no delegation with a HOD in the demo")
	}
	tests := []struct {
		name  string
		p     data.Person
		field string
		want  error
	}{
		{"ok member", data.Person{DelegationID: del, FullName: "A B", Phone: "0812 3456 7890"}, "", nil},
		{"the HOD itself", hod, "", nil},
		{"second HOD", data.Person{DelegationID: del, FullName: "A B", Role: data.RoleHOD}, "role", field.ErrSecondHOD},
		{"no name", data.Person{DelegationID: del, FullName: "  "}, "full_name", field.ErrRequired},
		{"no delegation", data.Person{FullName: "A"}, "delegation", field.ErrNoDelegation},
		{"phone with letters", data.Person{DelegationID: del, FullName: "A", Phone: "call me"}, "phone", nil},
		{"bad email", data.Person{DelegationID: del, FullName: "A", Email: "a@"}, "email", field.ErrBadEmail},
		{"bad severity", data.Person{DelegationID: del, FullName: "A", Allergies: data.Allergies{{Substance: "nuts", Severity: "deadly"}}}, "allergies", field.ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p
			err := CheckPerson(ctx, s, &p, "ID")
			fieldtest.Check(t, err, tt.field, tt.want)
		})
	}
	p := data.Person{DelegationID: del, FullName: " A ", Phone: "0812-3456-7890", Allergies: data.Allergies{{Substance: " "}, {Substance: "nuts", Severity: "mild"}}}
	if err := CheckPerson(ctx, s, &p, "ID"); err != nil {
		t.Fatal(err)
	}
	if p.Phone != "+6281234567890" || p.FullName != "A" || len(p.Allergies) != 1 || p.Role != data.RoleMember {
		t.Errorf("tidied %+v", p)
	}
	locked := data.Person{DelegationID: del, FullName: "A", Phone: data.Locked}
	if err := CheckPerson(ctx, s, &locked, "ID"); err != nil || locked.Phone != data.Locked {
		t.Errorf("locked phone: %v %q", err, locked.Phone)
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

// TestEveryProblemAtOnce: a person, a delegation and an LO with two
// fields wrong are refused for both, not only the first.
func TestEveryProblemAtOnce(t *testing.T) {
	fields := func(err error) []string {
		var out []string
		for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
			out = append(out, field.Of(e))
		}
		return out
	}
	p := data.Person{DelegationID: "d", FullName: " ", Email: "ratna.example"}
	d := data.Delegation{Code: "FD", Country: "Atlantis"}
	for _, tc := range []struct {
		name string
		err  error
		want string
	}{
		{"person", CheckPersonFields(&p, "ID"), "full_name email"},
		{"delegation", CheckFields(&d), "name country"},
	} {
		if _, ok := tc.err.(interface{ Unwrap() []error }); !ok {
			t.Errorf("%s: one problem said: %v", tc.name, tc.err)
			continue
		}
		if got := strings.Join(fields(tc.err), " "); got != tc.want {
			t.Errorf("%s: fields %q, want %q", tc.name, got, tc.want)
		}
	}
}
