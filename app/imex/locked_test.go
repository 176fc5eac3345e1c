package imex

import (
	"errors"
	"path/filepath"
	"testing"

	"lodesk/data"
)

// TestLockedEvent: with a passphrase not entered, passport numbers and
// medical notes can be neither imported nor exported, the rest can.
func TestLockedEvent(t *testing.T) {
	if testing.Short() {
		t.Skip("Argon2id at full cost")
	}
	s := newStore(t)
	mustImport(t, s, Delegations, delegationsCSV)
	mustImport(t, s, People, "delegation,full_name,passport_no,medical\nFRA,Jean Dupont,P1,Asthma\n")
	if err := s.Protect(ctx, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	path := s.Path()
	s.Close()
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = importCSV(t, s, People, "p.csv", "delegation,full_name,passport_no\nFRA,Jean Dupont,P1\n", false)
	var inv *InvalidError
	if !errors.As(err, &inv) || len(inv.Problems) != 1 || !errors.Is(inv.Problems[0], data.ErrLocked) || inv.Problems[0].Column != "passport_no" {
		t.Fatalf("locked import: %v", err)
	}
	res := mustImport(t, s, People, "delegation,full_name,position\nFRA,Jean Dupont,Minister\n")
	if res.Updated != 1 {
		t.Errorf("locked import without sensitive columns: %+v", res)
	}
	if _, err := Export(ctx, s, People, filepath.Join(t.TempDir(), "p.csv")); !errors.Is(err, data.ErrLocked) {
		t.Errorf("locked export: %v", err)
	}
	if err := s.Unlock(ctx, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	rows, err := ExportRows(ctx, s, People)
	if err != nil || len(rows) != 2 || rows[1][8] != "P1" || rows[1][12] != "Asthma" || rows[1][5] != "Minister" {
		t.Errorf("unlocked export: %q, %v", rows, err)
	}
}
