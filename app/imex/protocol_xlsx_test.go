package imex

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/data"
)

// TestImportProtocolKindsXLSXRefused: an .xlsx with Indonesian headers
// whose third row is bad is refused as a CSV is: the problem names the
// file, the row and the column, and not even the good row is written.
func TestImportProtocolKindsXLSXRefused(t *testing.T) {
	tests := []struct {
		kind   string
		rows   [][]any
		column string
		count  func(*data.Store) int
	}{
		{Vehicles, [][]any{{"No Polisi", "Kursi", "Zona"}, {"B 1 RI", 4, "apron"}, {"B 2 RI", "enam", ""}}, "seats", nVehicles},
		{Hotels, [][]any{{"Delegasi", "Hotel", "Check In"}, {"FRA", "Mulia", "2026-11-26 14:00"}, {"FRA", "Borobudur", "besok"}}, "check_in", nStays},
		{Briefs, [][]any{{"Negara", "Hubungan"}, {"Prancis", "Mitra"}, {"Atlantis", "-"}}, "country", nBriefs},
		{Transfers, [][]any{{"Dari", "Ke", "Menit"}, {"JCC", "CGK", 55}, {"JCC", "Istana", 0}}, "minutes", nTransfers},
		{Accred, [][]any{{"Delegasi", "Nama Lengkap", "No Badge", "Zona"}, {"FRA", "Jean Dupont", "D-1", "apron"}, {"FRA", "Jean Dupont", "D-2", "dapur"}}, "full_name", nBadges},
	}
	for _, tt := range tests {
		t.Run(tt.kind, func(t *testing.T) {
			s := fieldStore(t)
			setZones(t, s)
			before, n := version(t, s), tt.count(s)
			path := filepath.Join(t.TempDir(), "Data "+tt.kind+".xlsx")
			if err := os.WriteFile(path, xlsxBytes(t, tt.rows), 0o600); err != nil {
				t.Fatal(err)
			}
			tab, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			_, err = Import(ctx, s, tt.kind, tab, false)
			var inv *InvalidError
			if !errors.As(err, &inv) {
				t.Fatalf("err = %v, want an InvalidError", err)
			}
			found := false
			for _, p := range inv.Problems {
				msg := p.Error()
				if !p.Warning && p.Row == 3 && p.Column == tt.column && strings.HasPrefix(msg, filepath.Base(path)+": row 3, column ") {
					found = true
				}
			}
			if !found {
				t.Errorf("no problem on row 3, column %s: %v", tt.column, inv.Problems)
			}
			if version(t, s) != before || tt.count(s) != n {
				t.Error("the event file changed")
			}
		})
	}
}

func nVehicles(s *data.Store) int  { rs, _ := data.All[data.Vehicle](ctx, s); return len(rs) }
func nStays(s *data.Store) int     { rs, _ := data.All[data.Accommodation](ctx, s); return len(rs) }
func nBriefs(s *data.Store) int    { rs, _ := data.All[data.CountryBrief](ctx, s); return len(rs) }
func nTransfers(s *data.Store) int { rs, _ := data.All[data.Transfer](ctx, s); return len(rs) }

// nBadges counts the people with a badge number.
func nBadges(s *data.Store) int {
	n := 0
	ps, _ := data.All[data.Person](ctx, s)
	for _, p := range ps {
		if p.BadgeNo != "" {
			n++
		}
	}
	return n
}
