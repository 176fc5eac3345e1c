package seating

import (
	"fmt"
	"testing"
)

func TestSlots(t *testing.T) {
	tests := []struct {
		name  string
		sizes []int
		n     int
		want  string
	}{
		{"odd front row", []int{5}, 5, "A +0 A +1 A -1 A +2 A -2"},
		{"even front row keeps the host at the centre", []int{4}, 4, "A +0 A +1 A -1 A +2"},
		{"even second row has no centre", []int{3, 4}, 7, "A +0 A +1 A -1 B +1 B -1 B +2 B -2"},
		{"odd second row has a centre", []int{2, 3}, 5, "A +0 A +1 B +0 B +1 B -1"},
		{"last size repeats", []int{1, 2}, 5, "A +0 B +1 B -1 C +1 C -1"},
		{"no sizes: one row", nil, 3, "A +0 A +1 A -1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			for i, p := range Slots(tt.sizes, tt.n) {
				if i > 0 {
					got += " "
				}
				got += p.String()
			}
			if got != tt.want {
				t.Errorf("Slots = %s\nwant      %s", got, tt.want)
			}
		})
	}
}

func TestRowName(t *testing.T) {
	for row, want := range map[int]string{1: "A", 2: "B", 26: "Z", 27: "AA", 28: "AB"} {
		if got := RowName(row); got != want {
			t.Errorf("RowName(%d) = %s, want %s", row, got, want)
		}
	}
}

func TestParseRowSizes(t *testing.T) {
	got, err := ParseRowSizes("10; 12,14")
	if err != nil || fmt.Sprint(got) != "[10 12 14]" {
		t.Errorf("got %v %v", got, err)
	}
	for _, bad := range []string{"ten", "0", "-3", "500"} {
		if _, err := ParseRowSizes(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}
