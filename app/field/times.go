package field

import (
	"fmt"
	"strings"
	"time"
)

// TimeLayout is how the window writes and reads a local time.
const TimeLayout = "2006-01-02 15:04"

// Layouts a time may come in. Those without an offset are in the zone the
// caller gives (the event's, or the one a travel leg was given in).
var (
	offsetLayouts = []string{time.RFC3339, "2006-01-02T15:04Z07:00", "2006-01-02 15:04:05Z07:00", "2006-01-02 15:04Z07:00"}
	localLayouts  = []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", TimeLayout}
	// Indonesia's zone abbreviations, as people write them after a time.
	indonesianZones = map[string]string{"WIB": "Asia/Jakarta", "WITA": "Asia/Makassar", "WIT": "Asia/Jayapura"}
)

// Time reads a time to the second: ISO 8601 with an offset, a local
// "YYYY-MM-DD HH:MM" (or with a T, or seconds), which is in loc, or a
// local time followed by WIB, WITA or WIT. zone is the IANA zone the time
// was given in ("" when only an offset was given). An empty text is the
// zero time.
func Time(s string, loc *time.Location) (t time.Time, zone string, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, "", nil
	}
	for _, l := range offsetLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t.Truncate(time.Second), "", nil
		}
	}
	if i := strings.LastIndexByte(s, ' '); i > 0 {
		if z, ok := indonesianZones[strings.ToUpper(s[i+1:])]; ok {
			if zl, err := time.LoadLocation(z); err == nil {
				if t, ok := local(s[:i], zl); ok {
					return t, z, nil
				}
			}
		}
	}
	if t, ok := local(s, loc); ok {
		return t, loc.String(), nil
	}
	return time.Time{}, "", fmt.Errorf("%q: %w", s, ErrBadTime)
}

func local(s string, loc *time.Location) (time.Time, bool) {
	for _, l := range localLayouts {
		if t, err := time.ParseInLocation(l, strings.TrimSpace(s), loc); err == nil {
			return t.Truncate(time.Second), true
		}
	}
	return time.Time{}, false
}

// ParseLocal is Time in a zone given by name (an IANA zone, or WIB, WITA,
// WIT).
func ParseLocal(text, zone string) (time.Time, error) {
	if strings.TrimSpace(text) == "" {
		return time.Time{}, nil
	}
	loc, err := LoadZone(zone)
	if err != nil {
		return time.Time{}, err
	}
	t, _, err := Time(text, loc)
	return t, err
}

// LoadZone loads an IANA zone, taking Indonesia's WIB, WITA and WIT too.
func LoadZone(zone string) (*time.Location, error) {
	zone = strings.TrimSpace(zone)
	if z, ok := indonesianZones[strings.ToUpper(zone)]; ok {
		zone = z
	}
	loc, err := time.LoadLocation(zone)
	if err != nil || zone == "" {
		return nil, fmt.Errorf("%q: %w", zone, ErrBadZone)
	}
	return loc, nil
}

// FormatTime writes t in loc as TimeLayout; the zero time is "".
func FormatTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(TimeLayout)
}

// Date reads a calendar day written YYYY-MM-DD (a single-digit month or
// day too); an empty text is "". How a spreadsheet renders a date in its
// locale (27/11/2026) is the importer's to read first.
func Date(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	for _, l := range []string{time.DateOnly, "2006-1-2"} {
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return "", fmt.Errorf("%q: %w", s, ErrBadDate)
}
