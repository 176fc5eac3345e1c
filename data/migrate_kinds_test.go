package data

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// TestMigrateProgrammeKinds opens a schema-9 file with items of the old
// kinds: kinds are renamed or guessed from the title (so catering by
// kind finds the meals), and hod_only becomes the attendance rule.
func TestMigrateProgrammeKinds(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "old.lodesk")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA journal_mode=WAL; PRAGMA application_id=%d", ApplicationID)); err != nil {
		t.Fatal(err)
	}
	for _, m := range migrations()[:9] {
		if err := applyMigration(ctx, db, m); err != nil {
			t.Fatal(err)
		}
	}
	items := []struct {
		title, kind        string
		hodOnly, photo     int
		wantKind, wantRule string
	}{
		{"Gala Dinner", "gala_dinner", 0, 0, ItemGala, AttendDelegations},
		{"Family Photo", "group_photo", 1, 1, ItemPhoto, AttendHeads},
		{"Batik Workshop", "spouse_programme", 0, 0, ItemVisit, AttendDelegations},
		{"Kota Tua", "site_visit", 0, 0, ItemVisit, AttendDelegations},
		{"Leaders' Working Lunch", "other", 0, 0, ItemMeal, AttendDelegations},
		{"Jamuan Makan Malam Kenegaraan", "other", 0, 0, ItemMeal, AttendDelegations},
		{"Welcome Reception", "other", 0, 0, ItemReception, AttendDelegations},
		{"Bilateral meeting: Indonesia – Japan", "bilateral", 1, 0, ItemBilateral, AttendHeads},
		{"Line-up on the riser", "", 1, 1, ItemPhoto, AttendHeads},
		{"Press Conference", "other", 0, 0, ItemOther, AttendDelegations},
		{"Opening Plenary", "plenary", 0, 0, ItemPlenary, AttendDelegations},
	}
	for i, it := range items {
		if _, err := db.Exec(`INSERT INTO programme_item (id, title, kind, hod_only, photo, hlc, replica) VALUES (?, ?, ?, ?, ?, 1, 'r1')`,
			fmt.Sprintf("0190c2d4-0000-7000-8000-%012d", i), it.title, it.kind, it.hodOnly, it.photo); err != nil {
			t.Fatal(err)
		}
	}
	db.Close()

	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for i, want := range items {
		got, err := Get[ProgrammeItem](ctx, s, fmt.Sprintf("0190c2d4-0000-7000-8000-%012d", i))
		if err != nil {
			t.Fatal(err)
		}
		if got.Kind != want.wantKind || got.AttendanceRule() != want.wantRule || got.SeatsLocked {
			t.Errorf("%q: kind %q rule %q locked %v, want %q %q", want.title, got.Kind, got.AttendanceRule(), got.SeatsLocked, want.wantKind, want.wantRule)
		}
	}
}

func TestAttendanceRuleOfOlderLaptops(t *testing.T) {
	old := ProgrammeItem{HODOnly: true}
	if old.AttendanceRule() != AttendHeads {
		t.Errorf("hod_only item: %q", old.AttendanceRule())
	}
	var it ProgrammeItem
	if it.AttendanceRule() != AttendDelegations {
		t.Errorf("empty item: %q", it.AttendanceRule())
	}
	it.SetAttendance(AttendHeads)
	if !it.HODOnly {
		t.Error("heads does not set the mirror")
	}
	it.SetAttendance(AttendChosen)
	if it.HODOnly || it.AttendanceRule() != AttendChosen {
		t.Errorf("chosen: %+v", it)
	}
}
