package backup

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Kind is the sort of drive a file is on.
type Kind int

// Kinds of drive. Unknown is treated as Local.
const (
	Local Kind = iota
	Removable
	Network
)

func (k Kind) String() string {
	switch k {
	case Removable:
		return "removable"
	case Network:
		return "network"
	}
	return "local"
}

// Location is where a file lives.
type Location struct {
	Path string
	Kind Kind
	FS   string // what told us: "nfs", "cifs", "fuse.sshfs", "UNC", "DRIVE_REMOTE", ...
}

// ErrNetworkShare means a live event file was asked for on a network share.
var ErrNetworkShare = errors.New("the event file is on a network share")

// NetworkError explains why an event file on a network share is refused:
// SQLite's write-ahead log needs shared memory that every program writing
// the file can see, which a network file system does not give, so two
// laptops (or one, after a dropped connection) could damage the file.
type NetworkError struct {
	Path string
	FS   string
}

func (e *NetworkError) Error() string {
	return fmt.Sprintf("%s is on a network share (%s): LO Desk keeps a live event file only on this computer's own disk; "+
		"copy it to this computer and share changes with a sync folder instead", e.Path, e.FS)
}

func (e *NetworkError) Unwrap() error { return ErrNetworkShare }

// Locate says what sort of drive path (or, for a file not made yet, its
// folder) is on. What cannot be told cheaply is Local.
func Locate(path string) (Location, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Location{}, fmt.Errorf("locate %s: %w", path, err)
	}
	probe := abs
	if _, err := os.Stat(probe); errors.Is(err, os.ErrNotExist) {
		probe = filepath.Dir(abs)
	}
	if real, err := filepath.EvalSymlinks(probe); err == nil {
		probe = real
	}
	kind, fs, err := locate(probe)
	if err != nil {
		return Location{}, fmt.Errorf("locate %s: %w", path, err)
	}
	return Location{Path: abs, Kind: kind, FS: fs}, nil
}

// CheckLive refuses a live event file (one to be opened for writing,
// created or restored into) on a network share with a *NetworkError. A
// removable drive is allowed; the window may warn, and backups go to the
// user's own backup folder anyway.
func CheckLive(path string) error {
	loc, err := Locate(path)
	if err != nil {
		return err
	}
	if loc.Kind == Network {
		return &NetworkError{Path: path, FS: loc.FS}
	}
	return nil
}
