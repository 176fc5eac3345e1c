//go:build windows

package data

import (
	"errors"
	"os"

	"golang.org/x/sys/windows"
)

// lockOffset is far beyond any byte SQLite locks (its lock page sits at 1 GiB).
const lockOffset = 1 << 62

// lockFile takes a non-blocking exclusive lock on one byte of the event file
// that SQLite never locks.
func lockFile(f *os.File) error {
	ol := new(windows.Overlapped)
	ol.Offset = uint32(lockOffset & 0xffffffff)
	ol.OffsetHigh = uint32(lockOffset >> 32)
	err := windows.LockFileEx(windows.Handle(f.Fd()),
		windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, ol)
	if errors.Is(err, windows.ERROR_LOCK_VIOLATION) || errors.Is(err, windows.ERROR_IO_PENDING) {
		return ErrInUse
	}
	return err
}
