package data

import (
	"os"
	"path/filepath"
	"strings"
)

// RemoveLeftovers removes what a killed program left beside the event file
// at path: the hidden file of an unfinished Create (".NAME.new-*", with
// SQLite's sidecars) and the temporary copies of an unfinished restore
// ("NAME.*.partial"). A file that some process still holds (its lock) is
// left alone. Opening an event for writing and restoring into one call it.
func RemoveLeftovers(path string) {
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		created := strings.HasPrefix(name, "."+base+".new-")
		restored := strings.HasPrefix(name, base+".") && strings.HasSuffix(name, ".partial")
		if (!created && !restored) || !e.Type().IsRegular() || sidecar(name) {
			continue
		}
		p := filepath.Join(dir, name)
		lock, err := acquireLock(p)
		if err != nil {
			continue // in use
		}
		removeSQLite(p)
		_ = releaseLock(lock)
	}
}

// sidecar says whether a name is one SQLite or the lock keep beside a
// database (removed with it).
func sidecar(name string) bool {
	for _, s := range []string{"-wal", "-shm", "-journal", "-lock"} {
		if strings.HasSuffix(name, s) {
			return true
		}
	}
	return false
}
