package private

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWriteFileIsPrivate(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pack.pdf")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil { // an earlier, world-readable copy
		t.Fatal(err)
	}
	if err := WriteFile(path, []byte("%PDF passport X1234567")); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(path)
	if err != nil || string(b) != "%PDF passport X1234567" {
		t.Fatalf("%q %v", b, err)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), ".tmp-*")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func TestSyncDir(t *testing.T) {
	dir := t.TempDir()
	if err := WriteFile(filepath.Join(dir, "pack.pdf"), []byte("%PDF")); err != nil {
		t.Fatal(err)
	}
	if err := SyncDir(dir); err != nil {
		t.Fatal(err)
	}
	// A folder that is not there is an error where folders are synced.
	err := SyncDir(filepath.Join(dir, "gone"))
	if runtime.GOOS != "windows" && err == nil {
		t.Error("synced a folder that is not there")
	}
}
