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

// TestAccreditationZoneConflict is issue #21's first "done when": the
// head of a delegation accredited for the apron and their LO without it
// make `lodesk assign` report the missing zone; adding it clears it.
func TestAccreditationZoneConflict(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ktt.lodesk")
	s, err := event.Create(context.Background(), path, data.Event{Name: "KTT", Zones: data.Codes{"apron", "vip", "plenary"}})
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
	steps := []struct {
		args []string
		out  string
	}{
		{[]string{"import", path, "delegations", write("d.csv", "kode;nama;negara\nJPN;Jepang;JP\n")}, "1 new"},
		{[]string{"import", path, "people", write("p.csv", "delegasi;peran;nama_lengkap\nJPN;hod;Sato Kenji\n")}, "1 new"},
		{[]string{"import", path, "los", write("l.csv", "nama_lengkap\nBudi Santoso\n")}, "1 new"},
		{[]string{"import", path, "assignments", write("a.csv", "lo;delegasi;peran\nBudi Santoso;JPN;lead\n")}, "1 new"},
		{[]string{"import", path, "accreditation", write("acc.csv", "delegasi,nama_lengkap,no_badge,kategori,zona\nJPN,Sato Kenji,D-001,VVIP,apron; vip\n,Budi Santoso,LO-001,LO,vip\n")}, "2 updated"},
	}
	for _, st := range steps {
		if code, out, stderr := run(t, st.args...); code != ExitOK || !strings.Contains(out, st.out) {
			t.Fatalf("%v: exit %d\n%s%s", st.args, code, out, stderr)
		}
	}
	const warning = "Budi Santoso lacks the access zone(s) apron that the head of JPN Jepang has"
	if code, out, stderr := run(t, "assign", path); code != ExitOK || !strings.Contains(out, warning) {
		t.Fatalf("assign: exit %d\n%s%s", code, out, stderr)
	}
	fix := write("fix.csv", "delegasi,nama_lengkap,zona\n,Budi Santoso,apron; vip\n")
	if code, out, stderr := run(t, "import", path, "accreditation", fix); code != ExitOK {
		t.Fatalf("import the fix: exit %d\n%s%s", code, out, stderr)
	}
	if code, out, _ := run(t, "assign", path); code != ExitOK || strings.Contains(out, "lacks the access zone") {
		t.Errorf("after adding the zone:\n%s", out)
	}
}
