package cli

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

// Every file a command prints or exports holds personal data (names,
// seats, passport numbers): it is readable by the user only, even where an
// earlier, world-readable copy stood (#13).
func TestWrittenFilesArePrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Unix permissions")
	}
	file := demotest.Copy(t, demotest.File(t, demo.Small))
	session := seatedSession(t, file)
	dir := t.TempDir()
	out := func(name string) string { return filepath.Join(dir, name) }
	tests := []struct {
		name string
		args []string
		file string
	}{
		{"seating cards", []string{"seating", file, session, "--cards", "--out", out("cards.pdf")}, out("cards.pdf")},
		{"seating plan", []string{"seating", file, session, "--plan", "--out", out("plan.pdf")}, out("plan.pdf")},
		{"manifest", []string{"manifest", file, "arrivals", "--out", out("arrivals.pdf")}, out("arrivals.pdf")},
		{"briefing pack", []string{"pack", file, "--lo", "Lestari Nugroho", "--out", out("pack.pdf")}, out("pack.pdf")},
		{"export", []string{"export", file, "people", out("people.csv")}, out("people.csv")},
		{"report", []string{"report", file, "final", "--out", out("final.pdf")}, out("final.pdf")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if err := os.WriteFile(tc.file, []byte("an older copy"), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, _, stderr := run(t, tc.args...); code != ExitOK {
				t.Fatalf("%v: exit %d: %s", tc.args, code, stderr)
			}
			fi, err := os.Stat(tc.file)
			if err != nil {
				t.Fatal(err)
			}
			if fi.Size() <= int64(len("an older copy")) {
				t.Fatalf("%s was not written", tc.file)
			}
			if perm := fi.Mode().Perm(); perm != 0o600 {
				t.Errorf("%s: mode %v, want 0600", tc.file, perm)
			}
		})
	}
}

// seatedSession is the title of a programme item of the event that has
// its seating done.
func seatedSession(t *testing.T, file string) string {
	t.Helper()
	ctx := context.Background()
	st, err := data.Open(ctx, file, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	items, err := st.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		if it.Seating {
			return it.Title
		}
	}
	t.Fatal("the demo has no seated session")
	return ""
}
