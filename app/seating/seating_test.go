package seating

import (
	"fmt"
	"testing"

	"lodesk/data"
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

func cands(names ...string) []Candidate {
	out := make([]Candidate, len(names))
	for i, n := range names {
		out[i] = Candidate{PersonID: n, DelegationID: "d" + n, Name: n}
	}
	return out
}

func TestGenerateKeepsFixed(t *testing.T) {
	seats, moves, _ := Generate("item", cands("host", "a", "b", "c"), []int{5}, nil)
	if len(moves) != 4 {
		t.Fatalf("first generation: %d moves", len(moves))
	}
	pos := func(ss []data.Seat) map[string]Position {
		m := map[string]Position{}
		for _, s := range ss {
			m[s.PersonID] = Position{s.PhotoRow, s.PhotoPlace}
		}
		return m
	}
	if p := pos(seats); p["host"] != (Position{1, 0}) || p["a"] != (Position{1, 1}) || p["b"] != (Position{1, -1}) || p["c"] != (Position{1, 2}) {
		t.Fatalf("positions %v", p)
	}
	// The coordinator moves c to the far left by hand.
	for i := range seats {
		if seats[i].PersonID == "c" {
			seats[i].PhotoPlace, seats[i].Fixed = -2, true
		}
	}
	// Precedence changes: b now comes before a, and d joins.
	again, moves, gone := Generate("item", cands("host", "b", "a", "c", "d"), []int{5}, seats)
	p := pos(again)
	if p["c"] != (Position{1, -2}) {
		t.Errorf("fixed seat moved to %v", p["c"])
	}
	if p["b"] != (Position{1, 1}) || p["a"] != (Position{1, -1}) || p["d"] != (Position{1, 2}) {
		t.Errorf("regenerated %v", p)
	}
	if len(gone) != 0 || len(moves) != 3 { // b, a moved; d added
		t.Errorf("moves %+v gone %v", moves, gone)
	}
	// a leaves: its seat goes, the others close up (c stays fixed).
	_, moves, gone = Generate("item", cands("host", "b", "c", "d"), []int{5}, again)
	if len(gone) != 1 || gone[0].PersonID != "a" {
		t.Errorf("gone %v", gone)
	}
	var sawLeave bool
	for _, m := range moves {
		if m.To == nil && m.Name == "a" {
			sawLeave = true
		}
	}
	if !sawLeave {
		t.Errorf("moves do not say a left: %+v", moves)
	}
}
