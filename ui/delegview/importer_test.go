package delegview

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/imex"
	"lodesk/data"
)

func TestImportPreview(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "kedutaan.csv")
	csv := "\ufeffdelegasi;peran;nama_lengkap;nama_asli;telepon;surel;kolom_lain\n" +
		"FR;anggota;Claire Dubois;;+33 6 12 34 56 78;claire@example.fr;x\n" +
		"FR;hod;Jean Martin;;0612;jean@;\n" +
		"XX;member;Nobody Known;;;;\n" +
		"JP;member;Sato Hanako;佐藤 花子;+81 90 1234 5678;;\n"
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	before, _ := f.st.FindPeople(ctx, data.PersonFilter{})
	f.s.ImportFile(path)
	f.env.Wait()
	dlg := f.top()
	got := text(dlg)
	for _, want := range []string{"2 new, 0 to update, 0 unchanged, 2 with problems", "column G: warning: this column is not imported"} {
		if !strings.Contains(got, want) {
			t.Errorf("preview lacks %q:\n%s", want, got)
		}
	}
	wiz := find[*widgetsStringTable](dlg)
	if len(wiz) == 0 {
		t.Fatal("no preview table")
	}
	tbl := wiz[len(wiz)-1]
	if tbl.Cell(0, 1) != "New" || tbl.Cell(1, 1) != "Skipped" || !strings.Contains(tbl.Cell(2, 2), "no delegation with this code") {
		t.Errorf("rows: %v", tbl.Rows())
	}
	if !f.button(dlg, "Import").Disabled() {
		t.Error("Import is enabled with bad rows")
	}
	// Mapping a second column to full_name is a file problem.
	sel := findSelects(dlg)
	sel[4].SetSelected("full_name *") // nama_asli
	f.env.Wait()
	if got := text(dlg); !strings.Contains(got, "two file columns are mapped to this column") {
		t.Errorf("no problem for a column mapped twice:\n%s", got)
	}
	sel[4].SetSelected("native_name")
	f.env.Wait()
	f.tap(f.button(dlg, "Import good rows only"))
	// Two members join the gala's tables: the members after them move one
	// seat each, and the window asks first.
	f.tap(f.button(f.top(), "Move them"))
	after, _ := f.st.FindPeople(ctx, data.PersonFilter{})
	if len(after) != len(before)+2 {
		t.Fatalf("imported %d people, want 2", len(after)-len(before))
	}
	ps, _ := f.st.FindPeople(ctx, data.PersonFilter{Search: "佐藤 花子"})
	if len(ps) != 1 || ps[0].Phone != "+819012345678" {
		t.Errorf("stored %v", ps)
	}
	// The new members attend the gala dinner: the result says where they sit.
	if got := text(f.top()); !strings.Contains(got, "2 new, 0 updated, 0 unchanged, 2 skipped") ||
		!strings.Contains(got, "Seating and photo positions updated") || !strings.Contains(got, ": placed at ") {
		t.Errorf("result:\n%s", got)
	}
}

// TestGuessEveryKind: the window imports every kind the command line
// does, and recognises each from its own headers, English or Indonesian.
func TestGuessEveryKind(t *testing.T) {
	for _, k := range importKinds {
		if got := guessKind(imex.Headers(k)); got != k {
			t.Errorf("headers of %s guessed as %s", k, got)
		}
		// The same sheet as a department keeps it in Bahasa Indonesia.
		cols, err := imex.Columns(k)
		if err != nil {
			t.Fatal(err)
		}
		id := make([]string, len(cols))
		for i, c := range cols {
			id[i] = c.Key
			if len(c.Aliases) > 0 {
				id[i] = c.Aliases[0]
			}
		}
		if got := guessKind(id); got != k {
			t.Errorf("Indonesian headers of %s %q guessed as %s", k, id, got)
		}
		if kindLabel(k) == k {
			t.Errorf("%s has no label", k)
		}
	}
	if len(importKinds) < 10 || len(exportKinds) != 17 {
		t.Errorf("%d import and %d export kinds", len(importKinds), len(exportKinds))
	}
}

// TestImportAsksBeforeMovingMany imports a precedence that sends the first
// guest to the end: the import shows who would move and writes only when
// the coordinator agrees.
func TestImportAsksBeforeMovingMany(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	_, before, cands := f.seatedPhoto()
	first, _ := data.Get[data.Delegation](ctx, f.st, cands[1].DelegationID)
	path := filepath.Join(t.TempDir(), "urutan.csv")
	if err := os.WriteFile(path, []byte("code,precedence\n"+first.Code+",999\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	f.s.ImportFile(path)
	f.env.Wait()
	f.tap(f.button(f.top(), "Import"))
	if q := text(f.top()); !strings.Contains(q, "already seated") || !strings.Contains(q, cands[1].Name) {
		t.Fatalf("no question before the import moves people:\n%s", q)
	}
	if d, _ := data.Get[data.Delegation](ctx, f.st, first.ID); d.Precedence == 999 {
		t.Fatal("imported before the coordinator agreed")
	}
	f.tap(f.button(f.top(), "Move them"))
	f.env.Wait()
	if _, after := f.photoSeats(); after[cands[1].PersonID] == before[cands[1].PersonID] {
		t.Error("the import did not move the delegation's head")
	}
}
