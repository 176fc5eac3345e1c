package kit

import (
	"testing"

	"lodesk/data"
)

func TestByID(t *testing.T) {
	xs := []data.Incident{{Base: data.Base{ID: "a"}, What: "fainted"}, {Base: data.Base{ID: "b"}, What: "lost"}}
	tests := []struct {
		id, want string // want "": none
	}{
		{"a", "fainted"},
		{"b", "lost"},
		{"c", ""},
		{"", ""},
	}
	for _, tt := range tests {
		got := ByID(xs, tt.id)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("ByID(%q) = %+v, want nil", tt.id, got)
		case tt.want != "" && (got == nil || got.What != tt.want):
			t.Errorf("ByID(%q) = %+v, want %q", tt.id, got, tt.want)
		}
	}
	ByID(xs, "a").What = "changed"
	if xs[0].What != "fainted" {
		t.Error("ByID returned the list's record, not a copy")
	}
}
