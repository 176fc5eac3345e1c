// Package event owns the event file's life: it creates and opens event
// files and checks and saves the event's own details. What the dashboard
// reads is in app/dashboard.
package event

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/user"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"lodesk/app/accred"
	"lodesk/app/backup"
	"lodesk/app/field"
	"lodesk/app/phone"
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
	if ev.CoordPhone != "" {
		n, err := phone.E164(ev.CoordPhone, ev.HostCountry)
		if err != nil {
			return &FieldError{Field: "coordinator_phone", Value: ev.CoordPhone, Err: err}
		}
		ev.CoordPhone = n
	}
	switch ev.DefaultLang {
	case "", "en", "id":
	default:
		return &FieldError{Field: "default_lang", Value: ev.DefaultLang, Err: ErrBadLanguage}
	}
	holidays, err := normaliseHolidays(ev.Holidays)
	if err != nil {
		return err
	}
	ev.Holidays = holidays
	zones, err := accred.ZoneList(ev.Zones)
	var fe *field.Error
	if errors.As(err, &fe) {
		return &FieldError{Field: "zones", Value: fe.Other, Err: ErrBadZone}
	}
	ev.Zones = zones
	return nil
}

// normaliseHolidays checks each holiday is a date and sorts them, once
// each.
func normaliseHolidays(in data.Codes) (data.Codes, error) {
	seen := make(map[string]bool, len(in))
	out := make(data.Codes, 0, len(in))
	for _, h := range in {
		h = strings.TrimSpace(h)
		if h == "" || seen[h] {
			continue
		}
		if _, err := time.Parse(time.DateOnly, h); err != nil {
			return nil, &FieldError{Field: "holidays", Value: h, Err: ErrBadDate}
		}
		seen[h] = true
		out = append(out, h)
	}
	slices.Sort(out)
	return out, nil
}

// Update saves an event's edited details after validating them; nothing
// is written when they are wrong.
func Update(ctx context.Context, s *data.Store, ev *data.Event) error {
	if err := Validate(ev); err != nil {
		return err
	}
	if err := s.Update(ctx, ev); err != nil {
		return fmt.Errorf("save the event's details: %w", err)
	}
	return nil
}

// Validation errors the window translates.
var (
	ErrRequired       = errors.New("required")
	ErrBadTimeZone    = errors.New("unknown time zone")
	ErrBadDate        = errors.New("not a date (YYYY-MM-DD)")
	ErrEndBeforeStart = errors.New("ends before it starts")
	ErrBadLanguage    = errors.New("not a language of LO Desk (en or id)")
	ErrBadZone        = errors.New("an access zone is a code of letters, digits, - or _")
)

// FieldError names the field that failed validation, and the value when
// the field holds several.
type FieldError struct {
	Field string
	Value string
	Err   error
}

func (e *FieldError) Error() string {
	if e.Value != "" {
		return fmt.Sprintf("%s %q: %v", e.Field, e.Value, e.Err)
	}
	return e.Field + ": " + e.Err.Error()
}
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
