//go:build !windows

package data

import (
	"errors"
	"os"
	"syscall"
)

// lockFile takes an advisory, non-blocking exclusive lock on the open event
// file. flock locks are independent of the POSIX record locks SQLite uses,
// so they do not disturb SQLite's own locking.
func lockFile(f *os.File) error {
	err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		return ErrInUse
	}
	return err
}
