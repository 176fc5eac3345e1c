package sync

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/data"
)

// The folder's .stignore gets LO Desk's patterns once, beside the
// coordinator's own; a link in its place is left alone.
func TestWriteIgnore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, IgnoreFile)
	must(t, WriteIgnore(dir))
	b, err := os.ReadFile(path)
	must(t, err)
	for _, p := range []string{"(?d).tmp-*", "(?d)Thumbs.db"} {
		if !strings.Contains(string(b), p+"\n") {
			t.Errorf(".stignore lacks %s:\n%s", p, b)
		}
	}
	must(t, WriteIgnore(dir))
	again, err := os.ReadFile(path)
	must(t, err)
	if string(again) != string(b) {
		t.Errorf("written twice:\n%s", again)
	}

	own := "// mine\n*.bak\n(?d)Thumbs.db"
	must(t, os.WriteFile(path, []byte(own), 0o600))
	must(t, WriteIgnore(dir))
	b, err = os.ReadFile(path)
	must(t, err)
	if !strings.HasPrefix(string(b), own+"\n") || strings.Count(string(b), "Thumbs.db") != 1 || !strings.Contains(string(b), "(?d).tmp-*\n") {
		t.Errorf("the coordinator's patterns not kept as they were:\n%s", b)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}

	link := t.TempDir()
	target := filepath.Join(dir, "elsewhere")
	must(t, os.WriteFile(target, []byte("x"), 0o600))
	must(t, os.Symlink(target, filepath.Join(link, IgnoreFile)))
	must(t, WriteIgnore(link))
	if b, _ := os.ReadFile(target); string(b) != "x" {
		t.Errorf("wrote through a link: %q", b)
	}
}

// Every sync leaves a .stignore in the folder, and Syncthing's files there
// (its folder marker, its temporary files) change nothing.
func TestSyncWritesIgnoreAndSkipsSyncthingFiles(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	folder := filepath.Join(dir, "folder")
	must(t, os.MkdirAll(filepath.Join(folder, ".stfolder"), 0o755))
	st, _ := newTeamEvent(t, filepath.Join(dir, "a.lodesk"))
	_, err := Run(ctx, st, Options{Folder: folder})
	must(t, err)
	if _, err := os.Stat(filepath.Join(folder, IgnoreFile)); err != nil {
		t.Fatalf("no .stignore: %v", err)
	}
	sub := filepath.Join(folder, st.Replica())
	must(t, os.WriteFile(filepath.Join(sub, ".syncthing.2"+Ext+".tmp"), []byte("LODESK-PACK 2\nhalf"), 0o600))
	must(t, os.WriteFile(filepath.Join(sub, "~syncthing~3"+Ext+".tmp"), []byte("LODESK-PACK 2\nhalf"), 0o600))
	b, err := data.Create(ctx, filepath.Join(dir, "b.lodesk"))
	must(t, err)
	defer b.Close()
	sum, err := Run(ctx, b, Options{Folder: folder})
	if err != nil || len(sum.Refused) > 0 {
		t.Fatalf("Syncthing's temporary files were not skipped: %v %v", err, sum.Refused)
	}
}
