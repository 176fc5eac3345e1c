package cli

import (
	"bytes"
	"testing"

	"lodesk/app/seating"
)

// TestPrintSeating: moves and newcomers are listed by name; a new seat
// plan is one line, however many it places.
func TestPrintSeating(t *testing.T) {
	a, b := &seating.Position{Row: 1, Place: 2}, &seating.Position{Row: 3, Place: -1}
	many := make([]seating.Move, 300)
	for i := range many {
		many[i] = seating.Move{Name: "Head", To: a}
	}
	for _, tt := range []struct {
		name  string
		items []seating.ItemMoves
		dry   bool
		want  string
	}{
		{
			"newcomer",
			[]seating.ItemMoves{{Title: "Gala", Moves: []seating.Move{{Name: "Rina Wulandari", To: b}}}},
			false,
			"seating regenerated: Gala: 1 moved\n  Rina Wulandari: - -> C -1\n",
		},
		{
			"moved and gone",
			[]seating.ItemMoves{{Title: "Photo", Moves: []seating.Move{{Name: "Ana", From: a, To: b}, {Name: "Ben", From: b}}}},
			true,
			"seating would change: Photo: 2 would move\n  Ana: A +2 -> C -1\n  Ben: C -1 -> -\n",
		},
		{
			"new plan",
			[]seating.ItemMoves{{Title: "Jamuan", Moves: many, New: true}},
			false,
			"seating made: Jamuan: 300 placed\n",
		},
		{
			"new plan, dry run",
			[]seating.ItemMoves{{Title: "Jamuan", Moves: many, New: true}},
			true,
			"seating would be made: Jamuan: 300 would be placed\n",
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var w bytes.Buffer
			printSeating(&w, tt.items, tt.dry)
			if w.String() != tt.want {
				t.Errorf("got\n%s\nwant\n%s", w.String(), tt.want)
			}
		})
	}
}
