package imex

import (
	"testing"
	"time"

	"lodesk/data"
)

// TestProgrammeKindAndSeating imports kinds and seating rules in English
// and Indonesian: a jamuan is a meal, whatever its title says.
func TestProgrammeKindAndSeating(t *testing.T) {
	s := newStore(t)
	mustImport(t, s, Programme, "judul;mulai;selesai;jenis;tempat_duduk\n"+
		"Jamuan Makan Malam Kenegaraan;2026-11-27 19:00;2026-11-27 21:00;jamuan;delegasi\n"+
		"Sidang Pleno;2026-11-28 09:00;2026-11-28 11:00;pleno;ketua+1\n"+
		"Foto Bersama;2026-11-28 11:15;2026-11-28 11:30;foto;\n"+
		"Kunjungan Kota Tua;2026-11-28 14:00;2026-11-28 17:00;kunjungan;tidak\n"+
		"Gala;2026-11-29 19:00;2026-11-29 22:00;GALA;Heads\n"+
		"Coffee;2026-11-29 10:00;2026-11-29 10:30;lainnya;\n")
	items, err := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		kind, rule string
		seated     bool
	}
	want := map[string]got{
		"Jamuan Makan Malam Kenegaraan": {data.ItemMeal, data.AttendDelegations, true},
		"Sidang Pleno":                  {data.ItemPlenary, data.AttendHeadsPlus1, true},
		"Foto Bersama":                  {data.ItemPhoto, data.AttendDelegations, false},
		"Kunjungan Kota Tua":            {data.ItemVisit, data.AttendDelegations, false},
		"Gala":                          {data.ItemGala, data.AttendHeads, true},
		"Coffee":                        {data.ItemOther, data.AttendDelegations, false},
	}
	for _, it := range items {
		g := got{it.Kind, it.AttendanceRule(), it.Seating}
		if g != want[it.Title] {
			t.Errorf("%s: %+v, want %+v", it.Title, g, want[it.Title])
		}
		if it.HODOnly != (it.AttendanceRule() == data.AttendHeads) {
			t.Errorf("%s: hod_only mirror %v", it.Title, it.HODOnly)
		}
	}
	// Round trip: the export writes what the import reads.
	rows, err := ExportRows(ctx, s, Programme)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows[1:] {
		if r[0] == "Sidang Pleno" && (r[9] != "plenary" || r[10] != "heads+1") {
			t.Errorf("exported %q", r)
		}
		if r[0] == "Kunjungan Kota Tua" && (r[9] != "visit" || r[10] != "") {
			t.Errorf("exported %q", r)
		}
	}
	// An empty cell keeps the rule; "tidak" takes the seat plan away.
	mustImport(t, s, Programme, "title,starts,ends,seating\nSidang Pleno,2026-11-28 09:00,2026-11-28 11:00,\nGala,2026-11-29 19:00,2026-11-29 22:00,tidak\n")
	items, _ = s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	for _, it := range items {
		if it.Title == "Sidang Pleno" && (!it.Seating || it.AttendanceRule() != data.AttendHeadsPlus1) {
			t.Errorf("empty cell changed the plenary: %+v", it)
		}
		if it.Title == "Gala" && it.Seating {
			t.Errorf("tidak kept the gala's seat plan")
		}
	}
}
