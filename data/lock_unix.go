//go:build !windows

package data

import (
	"errors"
	"os"
	"syscall"
)

// acquireLock takes a non-blocking exclusive flock on the sidecar
// "FILE-lock". The event file itself is never opened outside SQLite:
// closing any other descriptor of it would drop SQLite's POSIX locks.
func acquireLock(path string) (*os.File, error) {
	for range 3 {
		f, err := os.OpenFile(path+"-lock", os.O_RDWR|os.O_CREATE, 0o600)
		if err != nil {
			return nil, err
		}
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if errors.Is(err, syscall.EWOULDBLOCK) {
			f.Close()
			return nil, ErrInUse
		}
		if err != nil {
			f.Close()
			return nil, err
		}
		// The holder before us may have removed the file while we waited:
		// then our lock is on a stale inode; take the new one.
		held, err1 := f.Stat()
		now, err2 := os.Stat(path + "-lock")
		if err1 == nil && err2 == nil && os.SameFile(held, now) {
			return f, nil
		}
		f.Close()
	}
	return nil, ErrInUse
}

// releaseLock removes the sidecar while still holding it, then unlocks.
func releaseLock(f *os.File) error {
	_ = os.Remove(f.Name())
	return f.Close()
}
