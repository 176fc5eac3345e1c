//go:build !windows

package imex

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestReadFileRegularOnly: a pipe or a folder named like a spreadsheet is
// refused at once (a pipe would block the open), naming the file.
func TestReadFileRegularOnly(t *testing.T) {
	dir := t.TempDir()
	pipe := filepath.Join(dir, "people.csv")
	if err := syscall.Mkfifo(pipe, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	folder := filepath.Join(dir, "lo.xlsx")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{pipe, folder} {
		done := make(chan error, 1)
		go func() {
			_, err := ReadFile(path)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, ErrNotFile) {
				t.Errorf("%s: err = %v, want %v", filepath.Base(path), err, ErrNotFile)
			}
			if err != nil && err.Error()[:len(filepath.Base(path))] != filepath.Base(path) {
				t.Errorf("the error does not name the file: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: ReadFile blocked", filepath.Base(path))
		}
	}
}
