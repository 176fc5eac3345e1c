// Package private writes the files LO Desk makes that hold personal data
// (briefing packs with passport numbers, exports): readable and writable by
// their owner only (0600 on Unix; on Windows a new file inherits its
// folder's access list, which in the user's own folders is the user's), and
// whole or not at all.
package private

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
)

// WriteFile writes b as path: a temporary file beside it (created 0600),
// synced, then renamed over path, so that an earlier copy with wider
// permissions is replaced rather than rewritten in place.
func WriteFile(path string, b []byte) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+".*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if _, err = f.Write(b); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Sync(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err = os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// SyncDir makes the names WriteFile gave in dir durable: WriteFile syncs
// each file's bytes before its rename, so that a name never shows a torn
// file, but the rename itself is only on disk once the directory is
// synced. A directory's sync commits every rename made in it before, so a
// batch of files (the briefing packs of a whole event) syncs it once,
// after its last file, rather than once per file; a crash before then can
// lose some of the new names (an earlier copy or a .tmp- file stays),
// never a file's content. Where directories cannot be synced (Windows),
// it does nothing.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	defer d.Close()
	// Some file systems (network and FUSE mounts) refuse to sync a
	// directory: the files are still whole there.
	if err := d.Sync(); err != nil && !errors.Is(err, syscall.EINVAL) && !errors.Is(err, errors.ErrUnsupported) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
