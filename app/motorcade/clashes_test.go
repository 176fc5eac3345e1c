package motorcade

import (
	"context"
	"fmt"
	"testing"
	"time"

	"lodesk/data"
)

// TestLoadClashes: the dashboard's clashes, read from the movements that
// share a vehicle, are the clashes Load finds among every movement.
func TestLoadClashes(t *testing.T) {
	type move struct {
		starts, ends time.Time
		vehicles     []int // indexes into the vehicles
		deleted      bool
	}
	tests := []struct {
		name  string
		moves []move
		want  int
	}{
		{"overlap", []move{{at(8, 0), at(9, 0), []int{0}, false}, {at(8, 30), at(10, 0), []int{0}, false}}, 1},
		{"back to back", []move{{at(8, 0), at(9, 0), []int{0}, false}, {at(9, 0), at(10, 0), []int{0}, false}}, 0},
		{"no end lasts an hour", []move{{at(8, 0), time.Time{}, []int{0}, false}, {at(8, 59), time.Time{}, []int{0}, false}}, 1},
		{"no end, an hour later", []move{{at(8, 0), time.Time{}, []int{0}, false}, {at(9, 0), time.Time{}, []int{0}, false}}, 0},
		{"same start", []move{{at(8, 0), at(8, 30), []int{0, 1}, false}, {at(8, 0), at(8, 10), []int{1}, false}}, 1},
		{"other vehicles", []move{{at(8, 0), at(9, 0), []int{0}, false}, {at(8, 0), at(9, 0), []int{1}, false}}, 0},
		{"deleted movement", []move{{at(8, 0), at(9, 0), []int{0}, false}, {at(8, 30), at(9, 0), []int{0}, true}}, 0},
		{"three at once", []move{{at(8, 0), at(12, 0), []int{0}, false}, {at(9, 0), at(10, 0), []int{0, 1}, false}, {at(9, 30), at(11, 0), []int{0, 1}, false}, {at(13, 0), at(14, 0), []int{0}, false}}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := context.Background()
			s := newStore(t)
			d := &data.Delegation{Code: "JP", Name: "Japan"}
			vs := []*data.Vehicle{{Plate: "B 1 RI"}, {Plate: "B 2 RI"}}
			for _, r := range []data.Record{d, vs[0], vs[1]} {
				if err := s.Insert(ctx, r); err != nil {
					t.Fatal(err)
				}
			}
			for _, mv := range tt.moves {
				m := &data.Movement{DelegationID: d.ID, Kind: data.MoveTransfer, Starts: mv.starts, Ends: mv.ends, FromPlace: "Hotel", ToPlace: "JCC"}
				var cars []data.ConvoyCar
				for _, v := range mv.vehicles {
					cars = append(cars, data.ConvoyCar{Role: data.CarVIP, VehicleID: vs[v].ID})
				}
				if err := Save(ctx, s, m, cars, "ID"); err != nil {
					t.Fatal(err)
				}
				if mv.deleted {
					if _, err := s.Delete(ctx, m); err != nil {
						t.Fatal(err)
					}
				}
			}
			p, err := Load(ctx, s, "")
			if err != nil {
				t.Fatal(err)
			}
			got, err := LoadClashes(ctx, s)
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Clashes) != tt.want || fmt.Sprint(clashKeys(got)) != fmt.Sprint(clashKeys(p.Clashes)) {
				t.Errorf("LoadClashes %v, Load %v, want %d", clashKeys(got), clashKeys(p.Clashes), tt.want)
			}
		})
	}
}

func clashKeys(cs []Clash) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.Vehicle.Plate+" "+c.First.ID+" "+c.Second.ID)
	}
	return out
}
