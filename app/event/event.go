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

	"lodesk/app/accred"
	"lodesk/app/backup"
	"lodesk/app/field"
	"lodesk/app/phone"
	"lodesk/app/record"
	"lodesk/app/seating"
	"lodesk/data"
)

// Ext is the event file extension.
const Ext = ".lodesk"

// Defaults for a new event in Indonesia.
const (
	DefaultTimeZone = "Asia/Jakarta"
	DefaultHost     = "ID"
)

// Validate checks an event's details before it is saved and tidies them
// (defaults, the host country as its code, the phone as E.164, holidays
// sorted); the error is a *field.Error naming the field.
func Validate(ev *data.Event) error {
	ev.Name = strings.TrimSpace(ev.Name)
	if ev.Name == "" {
		return &field.Error{Field: "name", Err: field.ErrRequired}
	}
	if ev.TimeZone == "" {
		ev.TimeZone = DefaultTimeZone
	}
	loc, err := field.LoadZone(ev.TimeZone)
	if err != nil {
		return &field.Error{Field: "time_zone", Err: field.ErrBadZone, Value: ev.TimeZone}
	}
	ev.TimeZone = loc.String()
	if ev.HostCountry == "" {
		ev.HostCountry = DefaultHost
	}
	host, err := field.CountryCode(ev.HostCountry)
	if err != nil {
		return field.New("host_country", err)
	}
	ev.HostCountry = host
	var start, end string
	if start, err = field.Date(ev.StartDate); err != nil {
		return field.New("start_date", err)
	}
	if end, err = field.Date(ev.EndDate); err != nil {
		return field.New("end_date", err)
	}
	if start != "" && end != "" && end < start {
		return &field.Error{Field: "end_date", Err: field.ErrEndBeforeStart}
	}
	ev.StartDate, ev.EndDate = start, end
	if ev.CoordPhone != "" {
		n, err := field.Phone(ev.CoordPhone, ev.HostCountry)
		if err != nil {
			return &field.Error{Field: "coordinator_phone", Value: ev.CoordPhone, Err: err}
		}
		ev.CoordPhone = n
	}
	switch ev.DefaultLang {
	case "", "en", "id":
	default:
		return &field.Error{Field: "default_lang", Value: ev.DefaultLang, Err: field.ErrBadUILanguage}
	}
	holidays, err := normaliseHolidays(ev.Holidays)
	if err != nil {
		return err
	}
	ev.Holidays = holidays
	zones, err := accred.ZoneList(ev.Zones)
	var fe *field.Error
	if errors.As(err, &fe) {
		return &field.Error{Field: "zones", Value: fe.Other, Err: fe.Err}
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
		d, err := field.Date(h)
		if err != nil {
			return nil, &field.Error{Field: "holidays", Value: strings.TrimSpace(h), Err: field.ErrBadDate}
		}
		if d == "" || seen[d] {
			continue
		}
		seen[d] = true
		out = append(out, d)
	}
	slices.Sort(out)
	return out, nil
}

// Save checks an event's edited details and writes them; nothing is
// written when they are wrong. A new chair or host country stands at the
// centre of every seat map and photo: the seating is regenerated, and
// moved says who moved.
func Save(ctx context.Context, s *data.Store, ev *data.Event) (moved []seating.ItemMoves, err error) {
	if err := Validate(ev); err != nil {
		return nil, err
	}
	old, err := s.Event(ctx)
	if err != nil {
		return nil, fmt.Errorf("save the event's details: %w", err)
	}
	if err := record.Save(ctx, s, ev); err != nil {
		return nil, fmt.Errorf("save the event's details: %w", err)
	}
	if old.ChairID == ev.ChairID && old.HostCountry == ev.HostCountry {
		return nil, nil
	}
	return record.Reseat(ctx, s)
}

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

// Region is where phone numbers typed without a country code are: the
// event's host country (Indonesia when unset).
func Region(ctx context.Context, s *data.Store) (string, error) {
	ev, err := s.Event(ctx)
	switch {
	case errors.Is(err, data.ErrNotFound):
		return phone.DefaultRegion, nil
	case err != nil:
		return "", fmt.Errorf("read the event's host country: %w", err)
	case ev.HostCountry == "":
		return phone.DefaultRegion, nil
	}
	return ev.HostCountry, nil
}
