package imex

import (
	"fmt"
	"testing"
	"time"

	"lodesk/app/seating"
	"lodesk/data"
)

// TestImportReseats imports a delegation's lower precedence: the seat
// maps and photo line-ups are regenerated after the import and the
// result says who moved; a dry run and a re-import move nobody.
func TestImportReseats(t *testing.T) {
	s := openDemo(t)
	if _, err := seating.RegenerateAll(ctx, s); err != nil {
		t.Fatal(err)
	}
	items, _ := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	var photo *data.ProgrammeItem
	for i := range items {
		if items[i].Photo && items[i].HODOnly {
			photo = &items[i]
		}
	}
	cands, err := seating.Attendees(ctx, s, photo)
	if err != nil {
		t.Fatal(err)
	}
	del, _ := data.Get[data.Delegation](ctx, s, cands[1].DelegationID)
	csv := fmt.Sprintf("code,name,precedence\n%s,%s,999\n", del.Code, del.Name)

	res, err := importCSV(t, s, Delegations, "dels.csv", csv, true)
	if err != nil || len(res.Seating) != 0 {
		t.Fatalf("dry run: seating %+v, %v", res.Seating, err)
	}
	res = mustImport(t, s, Delegations, csv)
	moved := map[string]bool{}
	for _, it := range res.Seating {
		if it.ItemID == photo.ID {
			for _, m := range it.Moves {
				moved[m.Name] = true
			}
		}
	}
	if res.Updated != 1 || !moved[cands[1].Name] || !moved[cands[2].Name] {
		t.Fatalf("updated %d; the photo's moves %v, want %s and %s among them", res.Updated, moved, cands[1].Name, cands[2].Name)
	}
	if res = mustImport(t, s, Delegations, csv); res.Updated != 0 || len(res.Seating) != 0 {
		t.Errorf("re-import: updated %d, seating %+v", res.Updated, res.Seating)
	}
}
