package data

import "testing"

// TestIsDefaultDiet: halal is the default catering at an event in
// Indonesia only, whatever its case and spaces; other diets never are.
func TestIsDefaultDiet(t *testing.T) {
	for _, tt := range []struct {
		host, diet string
		want       bool
	}{
		{"ID", "halal", true},
		{"id", " Halal ", true},
		{"ID", "vegetarian", false},
		{"ID", "halal, no seafood", false},
		{"ID", "", false},
		{"MY", "halal", false},
		{"", "halal", false},
	} {
		ev := Event{HostCountry: tt.host}
		if got := ev.IsDefaultDiet(tt.diet); got != tt.want {
			t.Errorf("host %q, diet %q: %v, want %v", tt.host, tt.diet, got, tt.want)
		}
	}
}
