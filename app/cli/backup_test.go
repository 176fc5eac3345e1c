package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestBackupRestoreCommands(t *testing.T) {
	dir := t.TempDir()
	ev := filepath.Join(dir, "Summit.lodesk")
	if code, _, stderr := run(t, "demo", ev); code != ExitOK {
		t.Fatalf("demo: %d %s", code, stderr)
	}
	bdir := filepath.Join(dir, "backups")
	code, stdout, stderr := run(t, "backup", ev, bdir)
	if code != ExitOK || !strings.Contains(stdout, "backed up "+ev) {
		t.Fatalf("backup: %d %q %q", code, stdout, stderr)
	}
	list, _ := filepath.Glob(filepath.Join(bdir, "Summit *.lodesk-backup"))
	if len(list) != 1 {
		t.Fatalf("backup folder holds %v", list)
	}
	to := filepath.Join(dir, "Restored.lodesk")
	if code, stdout, stderr := run(t, "restore", list[0], to); code != ExitOK || !strings.Contains(stdout, "ok") {
		t.Fatalf("restore: %d %q %q", code, stdout, stderr)
	}
	if code, _, stderr := run(t, "check", to); code != ExitOK {
		t.Fatalf("check restored: %d %s", code, stderr)
	}
	code, _, stderr = run(t, "restore", list[0], to)
	if code != ExitFail || !strings.Contains(stderr, to) {
		t.Errorf("restore over a file: %d %q, want 1 naming %s", code, stderr, to)
	}
	junk := filepath.Join(dir, "junk.lodesk-backup")
	os.WriteFile(junk, []byte("no"), 0o600)
	code, _, stderr = run(t, "restore", junk, filepath.Join(dir, "x.lodesk"))
	if code != ExitFail || !strings.Contains(stderr, junk) {
		t.Errorf("restore junk: %d %q, want 1 naming %s", code, stderr, junk)
	}
	if code, _, _ := run(t, "backup", ev); code != ExitUsage {
		t.Errorf("backup without DIR: %d, want 2", code)
	}
	if code, _, stderr := run(t, "backup", filepath.Join(dir, "none.lodesk"), bdir); code != ExitFail || !strings.Contains(stderr, "none.lodesk") {
		t.Errorf("backup of a missing file: %d %q", code, stderr)
	}
}

func TestBackupRestoreProtected(t *testing.T) {
	dir := t.TempDir()
	ev := filepath.Join(dir, "Summit.lodesk")
	pf := filepath.Join(dir, "pass.txt")
	os.WriteFile(pf, []byte("correct horse battery\n"), 0o600)
	if code, _, stderr := run(t, "demo", ev); code != ExitOK {
		t.Fatalf("demo: %d %s", code, stderr)
	}
	if code, _, stderr := run(t, "protect", ev, "--passphrase-file", pf); code != ExitOK {
		t.Fatalf("protect: %d %s", code, stderr)
	}
	bdir := filepath.Join(dir, "backups")
	// protect left the event unlocked only in its own process: no key yet.
	if code, _, stderr := run(t, "backup", ev, bdir); code != ExitFail || !strings.Contains(stderr, "--passphrase-file") {
		t.Fatalf("first backup without passphrase: %d %q", code, stderr)
	}
	code, stdout, stderr := run(t, "backup", ev, bdir, "--passphrase-file", pf)
	if code != ExitOK || !strings.Contains(stdout, "encrypted") {
		t.Fatalf("backup: %d %q %q", code, stdout, stderr)
	}
	if code, stdout, _ := run(t, "backup", ev, bdir); code != ExitOK || !strings.Contains(stdout, "encrypted") {
		t.Fatalf("second backup, no passphrase needed: %d %q", code, stdout)
	}
	list, _ := filepath.Glob(filepath.Join(bdir, "Summit *.lodesk-backup"))
	if len(list) != 2 {
		t.Fatalf("backups: %v", list)
	}
	to := filepath.Join(dir, "Restored.lodesk")
	if code, _, stderr := run(t, "restore", list[0], to); code != ExitUsage || !strings.Contains(stderr, "passphrase") {
		t.Errorf("restore without passphrase: %d %q, want 2", code, stderr)
	}
	if code, stdout, stderr := run(t, "restore", list[0], to, "--passphrase-file", pf); code != ExitOK {
		t.Fatalf("restore: %d %q %q", code, stdout, stderr)
	}
}
