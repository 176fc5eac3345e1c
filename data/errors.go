package data

import (
	"errors"
	"strconv"
)

// Sentinel errors the window and the command line explain to the user.
var (
	ErrNotEventFile = errors.New("not an LO Desk event file")
	ErrNewerVersion = errors.New("the event file was made by a newer LO Desk")
	ErrInUse        = errors.New("the event file is open for writing in another LO Desk")
	ErrNotFound     = errors.New("not found")
	ErrExists       = errors.New("the file already exists")
	ErrReadOnly     = errors.New("the event file is open read-only")
)

// VersionError says which schema the file has and which this build knows.
type VersionError struct {
	File, Known int
}

func (e *VersionError) Error() string {
	return "schema version " + strconv.Itoa(e.File) + " is newer than " + strconv.Itoa(e.Known)
}

func (e *VersionError) Unwrap() error { return ErrNewerVersion }
