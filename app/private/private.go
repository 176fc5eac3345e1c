// Package private writes the files LO Desk makes that hold personal data
// (briefing packs with passport numbers, exports): readable and writable by
// their owner only (0600 on Unix; on Windows a new file inherits its
// folder's access list, which in the user's own folders is the user's), and
// whole or not at all.
package private

import (
	"fmt"
	"os"
	"path/filepath"
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
