//go:build windows

package data

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// acquireLock takes a non-blocking exclusive lock on the sidecar
// "FILE-lock". The sidecar is left in place on Windows, where an open file
// cannot be removed by its holder.
func acquireLock(path string) (*os.File, error) {
	f, err := os.OpenFile(path+"-lock", os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	ol := new(windows.Overlapped)
	err = windows.LockFileEx(windows.Handle(f.Fd()),
		windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	if err != nil {
		f.Close()
		if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
			return nil, ErrInUse
		}
		return nil, err
	}
	return f, nil
}

func releaseLock(f *os.File) error { return f.Close() }
