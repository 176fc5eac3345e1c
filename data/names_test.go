package data

import (
	"context"
	"fmt"
	"testing"
)

// TestIDNames: the light name lists hold the live records in the order of
// the full finders.
func TestIDNames(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	gone := &Delegation{Code: "XX", Name: "Gone", Precedence: 1}
	mustInsert(t, s,
		&Delegation{Code: "CL", Name: "chile", Precedence: 2}, &Delegation{Code: "BR", Name: "Brazil", Precedence: 2},
		&Delegation{Code: "AU", Name: "Australia", Precedence: 3}, gone,
		&LO{FullName: "budi"}, &LO{FullName: "Ani"},
	)
	if _, err := s.Delete(ctx, gone); err != nil {
		t.Fatal(err)
	}
	names := func(ns []IDName, err error) string {
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, n := range ns {
			out = append(out, n.Name)
		}
		return fmt.Sprint(out)
	}
	tests := []struct {
		name, got, want string
	}{
		{"delegations by precedence, then name", names(s.DelegationNames(ctx)), "[Brazil chile Australia]"},
		{"LOs by name", names(s.LONames(ctx)), "[Ani budi]"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: %s, want %s", tt.name, tt.got, tt.want)
		}
	}
}
