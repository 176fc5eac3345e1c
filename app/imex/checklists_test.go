package imex

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"lodesk/app/field"
	"lodesk/app/sop"
	"lodesk/data"
)

// written is how many rows an import into a new event file writes: new
// records, except for checklists, whose items the assignments made and
// the import only updates (or leaves as they are).
func written(kind string, res *Result) int {
	if kind != Checklists && kind != Accred { // these two update what is there
		return res.Inserted
	}
	if res.Inserted != 0 {
		return -1
	}
	return res.Updated + res.Unchanged
}

// resetChecklists returns every checklist item of s to pending, without
// notes.
func resetChecklists(t *testing.T, s *data.Store) {
	t.Helper()
	err := s.Write(ctx, func(tx *data.Tx) error {
		its, err := data.AllIn[data.ChecklistItem](tx)
		if err != nil {
			return err
		}
		for i := range its {
			if its[i].Status == data.CheckPending && its[i].Notes == "" {
				continue
			}
			sop.Reset(&its[i])
			its[i].Notes = ""
			if err := tx.Update(&its[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestChecklistRoundTrip: the demo's checklists, exported, reset to
// pending and imported back, export the same rows again, through the
// change log; a second import writes nothing; --dry-run writes nothing.
func TestChecklistRoundTrip(t *testing.T) {
	for _, ext := range []string{".csv", ".xlsx"} {
		t.Run(ext, func(t *testing.T) {
			s := openDemo(t)
			// Notes on a checked and on a not-applicable item, with the
			// characters a spreadsheet makes hard.
			all, _ := s.FindChecklist(ctx, "")
			var checked, na *data.ChecklistItem
			for i := range all {
				switch all[i].Status {
				case data.CheckChecked:
					checked = &all[i]
				case data.CheckNotApplicable:
					na = &all[i]
				}
			}
			if checked == nil || na == nil {
				t.Fatal("the demo has no checked or no not-applicable item")
			}
			checked.Notes = "Called the hotel; \"suite 12\"\nsecond line"
			na.Notes = "=confirmed by phone"
			for _, it := range []*data.ChecklistItem{checked, na} {
				if err := s.Update(ctx, it); err != nil {
					t.Fatal(err)
				}
			}
			want := sortedRows(t, s, Checklists)
			path := filepath.Join(t.TempDir(), "checklists"+ext)
			if _, err := Export(ctx, s, Checklists, path); err != nil {
				t.Fatal(err)
			}
			tab, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			changed := 0
			for _, r := range want[1:] {
				if r[4] != data.CheckPending || r[9] != "" {
					changed++
				}
			}
			resetChecklists(t, s)

			v := version(t, s)
			res, err := Import(ctx, s, Checklists, tab, true)
			if err != nil || res.Updated != changed || version(t, s) != v {
				t.Fatalf("dry run: %+v, %v%s; version %d -> %d", res, err, problems(err), v, version(t, s))
			}

			res, err = Import(ctx, s, Checklists, tab, false)
			if err != nil {
				t.Fatalf("%v%s", err, problems(err))
			}
			if res.Inserted != 0 || res.Updated != changed || res.Updated+res.Unchanged != len(tab.Rows) {
				t.Errorf("import: %+v, want %d updated of %d", res, changed, len(tab.Rows))
			}
			for _, p := range res.Plan.AllProblems() {
				t.Error(p)
			}
			if got := sortedRows(t, s, Checklists); !reflect.DeepEqual(want, got) {
				for i := range want {
					if !reflect.DeepEqual(want[i], got[i]) {
						t.Fatalf("row %d:\nwant %q\ngot  %q", i+1, want[i], got[i])
					}
				}
			}
			if got, _ := data.Get[data.ChecklistItem](ctx, s, na.ID); got.NAReason != na.NAReason || got.Notes != na.Notes {
				t.Errorf("not applicable: reason %q, notes %q; want %q, %q", got.NAReason, got.Notes, na.NAReason, na.Notes)
			}
			// The audit trail has the import's write.
			h, err := s.History(ctx, "checklist_item", checked.ID)
			if err != nil || h[len(h)-1].Op != "update" || h[len(h)-1].Seq <= v {
				t.Errorf("history %+v, %v", h, err)
			}

			v = version(t, s)
			res, err = Import(ctx, s, Checklists, tab, false)
			if err != nil || res.Unchanged != len(tab.Rows) || version(t, s) != v {
				t.Errorf("re-import: %+v, %v; version %d -> %d", res, err, v, version(t, s))
			}
		})
	}
}

// checklistFixture is fieldStore's event (Budi Santoso is lead LO of FRA)
// and two items of his checklist: one that needs a re-check and one that
// does not.
func checklistFixture(t *testing.T) (s *data.Store, recheck, single data.ChecklistItem) {
	t.Helper()
	s = fieldStore(t)
	items, err := s.FindChecklist(ctx, "")
	if err != nil || len(items) == 0 {
		t.Fatalf("%d items, %v", len(items), err)
	}
	var r, o *data.ChecklistItem
	for i := range items {
		if items[i].NeedsRecheck && r == nil {
			r = &items[i]
		}
		if !items[i].NeedsRecheck && o == nil {
			o = &items[i]
		}
	}
	if r == nil || o == nil {
		t.Fatal("the default template lacks an item with or without a re-check")
	}
	return s, *r, *o
}

// fillItems replaces {R}, {RP}, {RI} (the re-check item's English text,
// phase and Indonesian text) and {S}, {SP} (the other item's) in csv.
func fillItems(csv string, r, o data.ChecklistItem) string {
	q := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	return strings.NewReplacer("{RI}", q(r.TextID), "{RP}", r.Phase, "{R}", q(r.TextEN), "{SP}", o.Phase, "{S}", q(o.TextEN)).Replace(csv)
}

func TestImportChecklistWords(t *testing.T) {
	s, r, o := checklistFixture(t)
	if r.TextID == "" || r.TextID == r.TextEN {
		t.Fatal("no Indonesian text")
	}
	phaseID := map[string]string{
		data.PhasePreArrival: "Pra-kedatangan", data.PhaseArrival: "Kedatangan", data.PhaseEvent: "Acara",
		data.PhaseDeparture: "Kepulangan", data.PhasePostEvent: "Pasca-acara",
	}
	csv := "Nama LO;Delegasi;Fase;Butir;Status;Dicek Oleh;Dicek Pada;Dicek Ulang Oleh;Dicek Ulang Pada;Catatan\n" +
		"budi  santoso;fra;" + phaseID[r.Phase] + ";{RI};Sudah dicek ulang;Sari;27/11/2026 09:00;Budi Santoso;2026-11-27 09:30 WIB;Kunci kamar\n" +
		"Budi Santoso;FRA;" + phaseID[o.Phase] + ";{S};tidak berlaku;Sari;2026-11-27T10:00+07:00;;;\"Jet pribadi; slot sudah ada\"\n"
	res := mustImport(t, s, Checklists, fillItems(csv, r, o))
	if res.Updated != 2 {
		t.Errorf("%+v", res)
	}
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	got, _ := data.Get[data.ChecklistItem](ctx, s, r.ID)
	if got.Status != data.CheckRechecked || got.CheckedBy != "Sari" || got.RecheckedBy != "Budi Santoso" ||
		!got.CheckedAt.Equal(time.Date(2026, 11, 27, 9, 0, 0, 0, jkt)) || !got.RecheckedAt.Equal(time.Date(2026, 11, 27, 9, 30, 0, 0, jkt)) ||
		got.Notes != "Kunci kamar" {
		t.Errorf("re-checked item: %+v", got)
	}
	got, _ = data.Get[data.ChecklistItem](ctx, s, o.ID)
	if got.Status != data.CheckNotApplicable || got.CheckedBy != "Sari" || got.NAReason != "Jet pribadi" || got.Notes != "slot sudah ada" {
		t.Errorf("not applicable item: %+v", got)
	}
	// Only the mapped columns change: notes alone, and back to pending.
	mustImport(t, s, Checklists, fillItems("lo,delegation,phase,item,notes\nBudi Santoso,FRA,{RP},{R},Second key at the desk\n", r, o))
	got, _ = data.Get[data.ChecklistItem](ctx, s, r.ID)
	if got.Status != data.CheckRechecked || got.RecheckedBy != "Budi Santoso" || got.Notes != "Second key at the desk" {
		t.Errorf("notes only: %+v", got)
	}
	mustImport(t, s, Checklists, fillItems("lo,delegation,phase,item,status,checked_by,checked_at,rechecked_by,rechecked_at,notes\n"+
		"Budi Santoso,FRA,{SP},{S},pending,,,,,\n", r, o))
	got, _ = data.Get[data.ChecklistItem](ctx, s, o.ID)
	if got.Status != data.CheckPending || got.CheckedBy != "" || !got.CheckedAt.IsZero() || got.NAReason != "" || got.Notes != "" {
		t.Errorf("back to pending: %+v", got)
	}
}

// TestBadChecklistInput: each file is refused whole, the problem names
// file, row and column, and the event file is unchanged.
func TestBadChecklistInput(t *testing.T) {
	const head = "lo,delegation,phase,item,status,checked_by,checked_at,rechecked_by,rechecked_at,notes\n"
	const good = "Budi Santoso,FRA,{SP},{S},checked,Sari,2026-11-27T09:00:00+07:00,,,\n" // row 2 when first
	tests := []struct {
		name, csv string
		row       int
		column    string
		err       error
	}{
		{"unknown LO", head + "Nobody Here,FRA,{RP},{R},pending,,,,,\n", 2, "lo", ErrUnknownLO},
		{"unknown delegation", head + "Budi Santoso,XYZ,{RP},{R},pending,,,,,\n", 2, "delegation", ErrUnknownDelegation},
		{"not assigned", head + "Budi Santoso,VNM,{RP},{R},pending,,,,,\n", 2, "delegation", ErrNotAssigned},
		{"unknown item", head + good + "Budi Santoso,FRA,{RP},Feed the cat,pending,,,,,\n", 3, "item", ErrUnknownItem},
		{"item in another phase", head + "Budi Santoso,FRA,post_event,{R},pending,,,,,\n", 2, "item", ErrUnknownItem},
		{"empty item", head + "Budi Santoso,FRA,{RP},,pending,,,,,\n", 2, "item", field.ErrRequired},
		{"bad phase", head + "Budi Santoso,FRA,tomorrow,{R},pending,,,,,\n", 2, "phase", field.ErrBadValue},
		{"bad status", head + "Budi Santoso,FRA,{RP},{R},done-ish,,,,,\n", 2, "status", field.ErrBadValue},
		{"check without who", head + "Budi Santoso,FRA,{RP},{R},checked,,2026-11-27T09:00:00+07:00,,,\n", 2, "checked_by", sop.ErrNoName},
		{"check without time", head + "Budi Santoso,FRA,{RP},{R},checked,Sari,,,,\n", 2, "checked_at", field.ErrRequired},
		{"bad time", head + "Budi Santoso,FRA,{RP},{R},checked,Sari,yesterday,,,\n", 2, "checked_at", field.ErrBadTime},
		{"re-check by the checker", head + "Budi Santoso,FRA,{RP},{R},rechecked,Sari W,2026-11-27 09:00,  sari   w ,2026-11-27 10:00,\n", 2, "rechecked_by", sop.ErrSamePerson},
		{"re-check without check", head + "Budi Santoso,FRA,{RP},{R},rechecked,,,Budi,2026-11-27 10:00,\n", 2, "checked_by", sop.ErrNotChecked},
		{"re-check not wanted", head + "Budi Santoso,FRA,{SP},{S},rechecked,Sari,2026-11-27 09:00,Budi,2026-11-27 10:00,\n", 2, "status", sop.ErrNoRecheck},
		{"re-check before check", head + "Budi Santoso,FRA,{RP},{R},rechecked,Sari,2026-11-27 09:00,Budi,2026-11-27 08:00,\n", 2, "rechecked_at", ErrRecheckTooSoon},
		{"re-check without who", head + "Budi Santoso,FRA,{RP},{R},rechecked,Sari,2026-11-27 09:00,,2026-11-27 10:00,\n", 2, "rechecked_by", sop.ErrNoName},
		{"not applicable without reason", head + good + "Budi Santoso,FRA,{RP},{R},n/a,Sari,2026-11-27 09:00,,,\n", 3, "notes", sop.ErrNoReason},
		{"pending but checked", head + "Budi Santoso,FRA,{RP},{R},pending,Sari,,,,\n", 2, "checked_by", ErrNotForStatus},
		{"checked with a re-check", head + "Budi Santoso,FRA,{RP},{R},checked,Sari,2026-11-27 09:00,Budi,,\n", 2, "rechecked_by", ErrNotForStatus},
		{"same item twice", head + good + "budi santoso,fra,{SP},{S},pending,,,,,\n", 3, "item", ErrRepeated},
		{"required column", "lo,delegation,phase,status\nBudi Santoso,FRA,{RP},pending\n", 1, "item", ErrMissingColumn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, r, o := checklistFixture(t)
			before := version(t, s)
			for _, dry := range []bool{true, false} {
				_, err := importCSV(t, s, Checklists, "bad.csv", fillItems(tt.csv, r, o), dry)
				var inv *InvalidError
				if !errors.As(err, &inv) {
					t.Fatalf("dry run %v: err = %v, want an InvalidError", dry, err)
				}
				if version(t, s) != before {
					t.Fatal("the event file changed")
				}
				found := false
				for _, p := range inv.Problems {
					if !p.Warning && p.Row == tt.row && p.Column == tt.column && errors.Is(p, tt.err) && p.File == "bad.csv" {
						if msg := p.Error(); !strings.HasPrefix(msg, "bad.csv: row ") || !strings.Contains(msg, tt.column) {
							t.Errorf("message %q", msg)
						}
						found = true
					}
				}
				if !found {
					t.Errorf("no %v at row %d column %s in %v", tt.err, tt.row, tt.column, inv.Problems)
				}
			}
			if got, _ := data.Get[data.ChecklistItem](ctx, s, o.ID); got.Status != data.CheckPending {
				t.Errorf("the good row was written: %s", got.Status)
			}
		})
	}
}

// TestChecklistAmbiguous: an LO who is both lead and assistant of one
// delegation has the item twice; the row is refused rather than guessed.
func TestChecklistAmbiguous(t *testing.T) {
	s, r, o := checklistFixture(t)
	mustImport(t, s, Assignments, "lo,delegation,role\nBudi Santoso,FRA,assistant\n")
	_, err := importCSV(t, s, Checklists, "x.csv", fillItems("lo,delegation,phase,item\nBudi Santoso,FRA,{RP},{R}\n", r, o), false)
	var inv *InvalidError
	if !errors.As(err, &inv) || len(inv.Problems) == 0 || !errors.Is(inv.Problems[0], ErrAmbiguousRow) || inv.Problems[0].Column != "item" {
		t.Errorf("err = %v%s", err, problems(err))
	}
}
