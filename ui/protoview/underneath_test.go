package protoview

import (
	"context"
	"strings"
	"testing"

	"lodesk/app/accred"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

// TestBadgeEditorWarnsWhenChangedUnderneath: a badge or car pass changed
// through app/ (as a sync would) while its editor is open is not
// overwritten by Save: the editor warns, and Reload opens it afresh.
func TestBadgeEditorWarnsWhenChangedUnderneath(t *testing.T) {
	for _, tc := range []struct {
		name   string
		kind   int
		field  string
		change func(ctx context.Context, st *data.Store, id string) error
		stored func(ctx context.Context, st *data.Store, id string) string
	}{
		{"person", badgePerson, "Badge number", func(ctx context.Context, st *data.Store, id string) error {
			return accred.SavePersonBadge(ctx, st, id, data.Badge{BadgeNo: "D-THEIRS"})
		}, func(ctx context.Context, st *data.Store, id string) string {
			p, _ := data.Get[data.Person](ctx, st, id)
			return p.BadgeNo
		}},
		{"LO", badgeLO, "Badge number", func(ctx context.Context, st *data.Store, id string) error {
			return accred.SaveLOBadge(ctx, st, id, data.Badge{BadgeNo: "D-THEIRS"})
		}, func(ctx context.Context, st *data.Store, id string) string {
			l, _ := data.Get[data.LO](ctx, st, id)
			return l.BadgeNo
		}},
		{"vehicle", badgeVehicle, "Car pass number", func(ctx context.Context, st *data.Store, id string) error {
			return accred.SaveVehiclePass(ctx, st, id, "D-THEIRS", nil)
		}, func(ctx context.Context, st *data.Store, id string) string {
			v, _ := data.Get[data.Vehicle](ctx, st, id)
			return v.CarPass
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, env, w, st := open(t)
			ctx := context.Background()
			a := s.acc
			row := -1
			for i, r := range a.shown {
				if r.kind == tc.kind {
					row = i
					break
				}
			}
			if row < 0 {
				t.Fatalf("no %s row", tc.name)
			}
			id := a.shown[row].id
			a.table.OnActivated(row)
			env.Wait()
			kittest.Entry(t, w, tc.field).SetText("D-MINE")
			if err := tc.change(ctx, st, id); err != nil {
				t.Fatal(err)
			}
			kittest.Tap(t, w, "Save")
			env.Wait()
			if got := kittest.OverlayText(w); !strings.Contains(got, "This record changed underneath you") {
				t.Fatalf("no warning:\n%s", got)
			}
			if got := tc.stored(ctx, st, id); got != "D-THEIRS" {
				t.Errorf("saved over the change: %q", got)
			}
			kittest.Tap(t, w, "Reload (drop my edits)")
			env.Wait()
			if got := kittest.Entry(t, w, tc.field).Text; got != "D-THEIRS" {
				t.Errorf("reloaded editor shows %q", got)
			}
		})
	}
}
