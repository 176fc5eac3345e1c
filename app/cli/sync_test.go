package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/sync"
)

func TestSyncCommand(t *testing.T) {
	dir := t.TempDir()
	a, c := filepath.Join(dir, "a.lodesk"), filepath.Join(dir, "c.lodesk")
	stick := filepath.Join(dir, "stick")
	pf := filepath.Join(dir, "pass.txt")
	if err := os.Mkdir(stick, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(pf, []byte("kopi tubruk 2026\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "demo", a); code != ExitOK {
		t.Fatalf("demo: %d %s", code, errs)
	}
	code, _, errs := run(t, "sync", a, "--folder", stick, "--passphrase-file", pf)
	if code != ExitFail || !strings.Contains(errs, "not protected") {
		t.Fatalf("a passphrase for an event without one: %d %s", code, errs)
	}
	if code, _, errs := run(t, "protect", a, "--passphrase-file", pf); code != ExitOK {
		t.Fatalf("protect: %d %s", code, errs)
	}
	code, out, errs := run(t, "sync", a, "--folder", stick, "--passphrase-file", pf)
	if code != ExitOK || !strings.Contains(out, "out: ") {
		t.Fatalf("sync: %d\n%s\n%s", code, out, errs)
	}
	code, out, errs = run(t, "sync", "--folder", stick, c, "--passphrase-file", pf)
	if code != ExitOK || !strings.Contains(out, "joined") {
		t.Fatalf("join: %d\n%s\n%s", code, out, errs)
	}
	if code, _, errs = run(t, "sync", c, "--folder", stick); code != ExitFail || !strings.Contains(errs, "passphrase") {
		t.Fatalf("no passphrase: %d %s", code, errs)
	}
	if code, _, _ = run(t, "sync", c); code != ExitUsage {
		t.Fatalf("no folder: %d", code)
	}
	if code, _, _ = run(t, "sync", "--folder", stick); code != ExitUsage {
		t.Fatalf("no file: %d", code)
	}
	if code, _, errs = run(t, "sync", filepath.Join(dir, "x.lodesk"), "--folder", filepath.Join(dir, "nowhere")); code != ExitFail {
		t.Fatalf("missing folder: %d %s", code, errs)
	}
}

// TestSyncFailureSaysWhatWasDone: a pack refused whole fails the sync
// after this laptop's changes went out; stdout stays empty and stderr
// says what was kept as well as what failed.
func TestSyncFailureSaysWhatWasDone(t *testing.T) {
	dir := t.TempDir()
	a, stick := filepath.Join(dir, "a.lodesk"), filepath.Join(dir, "stick")
	if err := os.MkdirAll(filepath.Join(stick, "other"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(stick, "other", "0001"+sync.Ext), []byte("not a pack"), 0o600); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "demo", a); code != ExitOK {
		t.Fatalf("demo: %s", errs)
	}
	code, out, errs := run(t, "sync", a, "--folder", stick)
	if code != ExitFail || out != "" {
		t.Fatalf("sync: exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"done before the sync failed (kept)", "out: ", "lodesk sync: sync " + a} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
}
