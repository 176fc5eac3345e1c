package cli

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/event"
	"lodesk/data"
)

func TestImportExport(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ktt.lodesk")
	s, err := event.Create(context.Background(), path, data.Event{Name: "KTT"})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dels := write("d.csv", "\ufeffKode;Nama;Negara\r\nFRA;Prancis;Prancis\r\nVNM;Vietnam;VN\r\n")
	bad := write("bad.csv", "delegasi;nama_lengkap\nFRA;A B\nXYZ;C D\n")
	changes := func() int64 {
		s, err := data.Open(context.Background(), path, data.Options{ReadOnly: true})
		if err != nil {
			t.Fatal(err)
		}
		defer s.Close()
		v, _ := s.DataVersion(context.Background())
		return v
	}
	steps := []struct {
		args     []string
		code     int
		out, err string
		writes   bool
	}{
		{[]string{"import", path, "delegations", dels, "--dry-run"}, ExitOK, "2 new", "", false},
		{[]string{"import", "--dry-run", path, "people", bad}, ExitFail, "", "bad.csv: row 3, column A (delegation)", false},
		{[]string{"import", path, "delegations", dels}, ExitOK, "imported 2 delegations: 2 new", "", true},
		{[]string{"import", path, "people", bad}, ExitFail, "", "nothing imported", false},
		{[]string{"import", path, "delegations", dels}, ExitOK, "2 unchanged", "", false},
		{[]string{"import", path, "seating", dels}, ExitUsage, "", "want one of", false},
		{[]string{"import", path, "people"}, ExitUsage, "", "want 3 argument", false},
		{[]string{"import", path, "people", write("x.pdf", "")}, ExitFail, "", "not a .csv or .xlsx", false},
		{[]string{"export", path, "delegations", filepath.Join(dir, "out.xlsx")}, ExitOK, "wrote 2 delegations", "", false},
		{[]string{"export", path, "people", filepath.Join(dir, "template.xlsx")}, ExitOK, "wrote 0 people", "", false},
		{[]string{"export", path, "people", filepath.Join(dir, "out.txt.pdf")}, ExitUsage, "", "not a .csv or .xlsx", false},
		{[]string{"import", path, "delegations", filepath.Join(dir, "out.xlsx")}, ExitOK, "2 unchanged", "", false},
	}
	for _, st := range steps {
		before := changes()
		code, out, stderr := run(t, st.args...)
		if code != st.code || !strings.Contains(out, st.out) || !strings.Contains(stderr, st.err) {
			t.Errorf("%v: exit %d\nstdout %q\nstderr %q", st.args, code, out, stderr)
		}
		if wrote := changes() != before; wrote != st.writes {
			t.Errorf("%v: wrote = %v", st.args, wrote)
		}
	}
}
