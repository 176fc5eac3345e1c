package imex

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/data"
)

var ctx = context.Background()

// newStore makes an event file with an event in Asia/Jakarta.
func newStore(t testing.TB) *data.Store {
	t.Helper()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "event.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	ev := &data.Event{
		Name: "KTT Test", City: "Jakarta", TimeZone: "Asia/Jakarta", HostCountry: "ID",
		StartDate: "2026-11-27", EndDate: "2026-11-30",
	}
	if err := s.Insert(ctx, ev); err != nil {
		t.Fatal(err)
	}
	return s
}

// writeFile writes content into dir/name and returns the path.
func writeFile(t testing.TB, name, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// importCSV reads content as a CSV file named name and imports it.
func importCSV(t testing.TB, s *data.Store, kind, name, content string, dry bool) (*Result, error) {
	t.Helper()
	tab, err := ReadFile(writeFile(t, name, content))
	if err != nil {
		return nil, err
	}
	return Import(ctx, s, kind, tab, dry)
}

func mustImport(t testing.TB, s *data.Store, kind, content string) *Result {
	t.Helper()
	res, err := importCSV(t, s, kind, kind+".csv", content, false)
	if err != nil {
		if inv, ok := err.(*InvalidError); ok {
			var b strings.Builder
			for _, p := range inv.Problems {
				b.WriteString("\n" + p.Error())
			}
			t.Fatalf("import %s: %v%s", kind, err, b.String())
		}
		t.Fatalf("import %s: %v", kind, err)
	}
	return res
}

func version(t testing.TB, s *data.Store) int64 {
	t.Helper()
	v, err := s.DataVersion(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

const delegationsCSV = "code,name,kind,country,precedence,relations,languages,status,notes\n" +
	"FRA,France,country,FR,2,full,fr; en,confirmed,\n" +
	"VNM,Viet Nam,country,VN,3,full,vi,expected,\n" +
	"ASEAN,ASEAN Secretariat,organisation,,1,full,en,confirmed,chair\n"
