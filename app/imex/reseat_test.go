package imex

import (
	"errors"
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

	dry, err := importCSV(t, s, Delegations, "dels.csv", csv, true)
	if err != nil {
		t.Fatal(err)
	}
	res := mustImport(t, s, Delegations, csv)
	if fmt.Sprint(dry.Seating) != fmt.Sprint(res.Seating) {
		t.Errorf("the dry run foresaw\n%+v\nthe import moved\n%+v", dry.Seating, res.Seating)
	}
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

// TestImportHostMemberMovesNoHead imports one member into the host
// delegation: no head or deputy moves in any session, and the report says
// who moved.
func TestImportHostMemberMovesNoHead(t *testing.T) {
	s := openDemo(t)
	if _, err := seating.RegenerateAll(ctx, s); err != nil {
		t.Fatal(err)
	}
	ev, _ := s.Event(ctx)
	dels, _ := data.All[data.Delegation](ctx, s)
	host, _ := data.Get[data.Delegation](ctx, s, seating.HostID(ev, dels))
	res := mustImport(t, s, People, "delegasi,peran,nama_lengkap\n"+host.Code+",anggota,Rina Wulandari\n")
	if res.Inserted != 1 {
		t.Fatalf("inserted %d", res.Inserted)
	}
	placed := 0
	for _, it := range res.Seating {
		for _, m := range it.Moves {
			if m.Tier <= seating.TierDeputy && m.From != nil {
				t.Errorf("%s: %s (tier %d) moved %v -> %v", it.Title, m.Name, m.Tier, m.From, m.To)
			}
			if m.Name == "Rina Wulandari" && m.From == nil && m.To != nil {
				placed++
			}
		}
	}
	if placed == 0 {
		t.Errorf("the report does not say where the newcomer sits: %+v", res.Seating)
	}
}

// TestImportBlankPrecedence imports a delegation without precedence: it is
// seated after every other head, and the import warns.
func TestImportBlankPrecedence(t *testing.T) {
	s := openDemo(t)
	res := mustImport(t, s, Delegations, "code,name,country,precedence,status\nARG,Argentina,AR,,confirmed\n")
	var warned bool
	for _, p := range res.Plan.AllProblems() {
		warned = warned || p.Warning && p.Column == "precedence" && errors.Is(p.Err, ErrNoPrecedence)
	}
	if !warned {
		t.Errorf("no precedence warning: %v", res.Plan.AllProblems())
	}
	mustImport(t, s, People, "delegation,role,full_name\nARG,hod,Santiago Cafiero\n")
	dels, _ := data.All[data.Delegation](ctx, s)
	hostCountry := map[string]bool{}
	for _, d := range dels {
		hostCountry[d.ID] = d.Country == "ID"
	}
	items, _ := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	checked := 0
	for i := range items {
		it := &items[i]
		if !it.Seating && !it.Photo || !seating.Attends(it, &data.Delegation{Code: "ARG"}) {
			continue
		}
		cands, err := seating.Attendees(ctx, s, it)
		if err != nil {
			t.Fatal(err)
		}
		after := false
		for _, c := range cands {
			switch {
			case c.Tier != seating.TierHead:
			case c.Name == "Santiago Cafiero":
				after = true
				checked++
			case after && !hostCountry[c.DelegationID]:
				t.Errorf("%s: %s sits after Argentina's head", it.Title, c.Name)
			}
		}
	}
	if checked == 0 {
		t.Error("Argentina's head is seated nowhere")
	}
}

// TestImportSeatedItemGetsRows imports a seated item that names no row
// sizes: it gets seating.DefaultRowSizes, so its heads sit in rows of 11
// and 12, not in one row as wide as the event; a re-import changes
// nothing.
func TestImportSeatedItemGetsRows(t *testing.T) {
	s := openDemo(t)
	csv := "judul;mulai;selesai;jenis;tempat;tempat_duduk\n" +
		"Jamuan Makan Malam Kenegaraan;2026-12-05 19:00;2026-12-05 21:00;jamuan;Istana Bogor;ketua\n"
	if res := mustImport(t, s, Programme, csv); res.Inserted != 1 {
		t.Fatalf("inserted %d", res.Inserted)
	}
	items, _ := s.FindProgramme(ctx, "Jamuan Makan Malam", time.Time{}, time.Time{})
	if len(items) != 1 || items[0].RowSizes != seating.DefaultRowSizes {
		t.Fatalf("items %+v, want one with rows %q", items, seating.DefaultRowSizes)
	}
	seats, _ := data.ByParent[data.Seat](ctx, s, "item_id", items[0].ID)
	perRow := map[int]int{}
	for _, st := range seats {
		perRow[st.PhotoRow]++
	}
	if len(seats) < 13 || perRow[1] != 11 || perRow[2] > 12 {
		t.Errorf("%d seats, %d in the front row, %d in the second", len(seats), perRow[1], perRow[2])
	}
	if res := mustImport(t, s, Programme, csv); res.Unchanged != 1 || len(res.Seating) != 0 {
		t.Errorf("re-import: %d unchanged, seating %+v", res.Unchanged, res.Seating)
	}
}
