// Package event creates and opens event files and composes what the
// dashboard shows.
package event

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"strings"
	"time"

	"lodesk/app/backup"
	"lodesk/data"
)

// Ext is the event file extension.
const Ext = ".lodesk"

// Defaults for a new event in Indonesia.
const (
	DefaultTimeZone = "Asia/Jakarta"
	DefaultHost     = "ID"
)

// Validate checks an event's details before it is saved; the error names
// the field.
func Validate(ev *data.Event) error {
	ev.Name = strings.TrimSpace(ev.Name)
	if ev.Name == "" {
		return &FieldError{Field: "name", Err: ErrRequired}
	}
	if ev.TimeZone == "" {
		ev.TimeZone = DefaultTimeZone
	}
	if _, err := time.LoadLocation(ev.TimeZone); err != nil {
		return &FieldError{Field: "time_zone", Err: ErrBadTimeZone}
	}
	if ev.HostCountry == "" {
		ev.HostCountry = DefaultHost
	}
	var start, end time.Time
	var err error
	if ev.StartDate != "" {
		if start, err = time.Parse(time.DateOnly, ev.StartDate); err != nil {
			return &FieldError{Field: "start_date", Err: ErrBadDate}
		}
	}
	if ev.EndDate != "" {
		if end, err = time.Parse(time.DateOnly, ev.EndDate); err != nil {
			return &FieldError{Field: "end_date", Err: ErrBadDate}
		}
	}
	if !start.IsZero() && !end.IsZero() && end.Before(start) {
		return &FieldError{Field: "end_date", Err: ErrEndBeforeStart}
	}
	return nil
}

// Validation errors the window translates.
var (
	ErrRequired       = errors.New("required")
	ErrBadTimeZone    = errors.New("unknown time zone")
	ErrBadDate        = errors.New("not a date (YYYY-MM-DD)")
	ErrEndBeforeStart = errors.New("ends before it starts")
)

// FieldError names the field that failed validation.
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }
func (e *FieldError) Unwrap() error { return e.Err }

// Create makes a new event file holding ev, adding the extension if the
// path has none.
func Create(ctx context.Context, path string, ev data.Event) (*data.Store, error) {
	if err := Validate(&ev); err != nil {
		return nil, err
	}
	if filepath.Ext(path) == "" {
		path += Ext
	}
	if err := backup.CheckLive(path); err != nil {
		return nil, err
	}
	s, err := data.Create(ctx, path)
	if err != nil {
		return nil, err
	}
	s.SetAuthor(DefaultAuthor())
	if err := s.Insert(ctx, &ev); err != nil {
		s.Close()
		_ = os.Remove(path)
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return s, nil
}

// Open opens an event file for writing.
func Open(ctx context.Context, path string) (*data.Store, error) {
	if err := backup.CheckLive(path); err != nil {
		return nil, err
	}
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		return nil, err
	}
	s.SetAuthor(DefaultAuthor())
	return s, nil
}

// DefaultAuthor is the name writes are recorded under until the coordinator
// sets one: the operating-system user.
func DefaultAuthor() string {
	if u, err := user.Current(); err == nil {
		if u.Name != "" {
			return u.Name
		}
		return u.Username
	}
	return "coordinator"
}
