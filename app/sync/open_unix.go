//go:build !windows

package sync

import (
	"errors"
	"os"
	"syscall"
)

// openRegular opens path for reading only if it is a regular file: a final
// symbolic link is not followed (O_NOFOLLOW) and a FIFO does not block the
// open (O_NONBLOCK); what was opened is checked again with fstat.
func openRegular(path string) (*os.File, os.FileInfo, error) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW, 0)
	if errors.Is(err, syscall.ELOOP) || errors.Is(err, syscall.EMLINK) {
		return nil, nil, ErrNotRegular
	}
	if err != nil {
		return nil, nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, nil, ErrNotRegular
	}
	return f, fi, nil
}
