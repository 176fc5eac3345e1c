package field

import (
	"errors"
	"testing"
	"time"

	"lodesk/app/phone"
)

// TestValues: each value rule takes what a user types and gives back what
// is stored, or its sentinel error.
func TestValues(t *testing.T) {
	tests := []struct {
		name string
		rule func(string) (string, error)
		in   string
		want string
		err  error
	}{
		{"email", Email, " ann@example.org ", "ann@example.org", nil},
		{"email angle brackets", Email, "<ann@example.org>", "ann@example.org", nil},
		{"email no dot", Email, "a@b", "", ErrBadEmail},
		{"email trailing dot", Email, "a@b.", "", ErrBadEmail},
		{"email display name", Email, "Ann <a@b.id>", "", ErrBadEmail},
		{"email empty", Email, "", "", nil},
		{"currency", Currency, "usd", "USD", nil},
		{"currency rupiah", Currency, "Rp", "IDR", nil},
		{"currency made up", Currency, "ABC", "", ErrBadCurrency},
		{"currency long", Currency, "DOLLAR", "", ErrBadCurrency},
		{"airport", Airport, " cgk", "CGK", nil},
		{"airport name", Airport, "Soekarno", "", ErrBadAirport},
		{"airport digits", Airport, "C6K", "", ErrBadAirport},
		{"country code", Country, "fr", "FR", nil},
		{"country name", Country, "Indonesia", "ID", nil},
		{"country two letters unknown", Country, "XQ", "", ErrUnknownCountry},
		{"country nonsense", Country, "Atlantis", "", ErrUnknownCountry},
		{"language", Language, "Arabic", "ar", nil},
		{"language unknown", Language, "Klingonese", "", ErrUnknownLanguage},
		{"phone", func(s string) (string, error) { return Phone(s, "ID") }, "0812 3456 7890", "+6281234567890", nil},
		{"phone letters", func(s string) (string, error) { return Phone(s, "ID") }, "ring ring", "", phone.ErrNotNumber},
		{"date", Date, "2026-11-27", "2026-11-27", nil},
		{"date day first", Date, "27/11/2026", "", ErrBadDate},
		{"date impossible", Date, "2026-02-30", "", ErrBadDate},
		{"date words", Date, "next Friday", "", ErrBadDate},
	}
	for _, tt := range tests {
		got, err := tt.rule(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("%s: %q: err %v, want %v", tt.name, tt.in, err, tt.err)
			continue
		}
		if got != tt.want {
			t.Errorf("%s: %q = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestTime(t *testing.T) {
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	tests := []struct {
		in, want, zone string
		err            error
	}{
		{"2026-11-27 14:30", "2026-11-27T14:30:00+07:00", "Asia/Jakarta", nil},
		{"2026-11-27T14:30+08:00", "2026-11-27T14:30:00+08:00", "", nil},
		{"2026-11-27 14:30 WITA", "2026-11-27T14:30:00+08:00", "Asia/Makassar", nil},
		{"2026-11-27 25:30", "", "", ErrBadTime},
		{"tomorrow", "", "", ErrBadTime},
	}
	for _, tt := range tests {
		got, zone, err := Time(tt.in, jkt)
		if !errors.Is(err, tt.err) || (tt.err == nil && err != nil) {
			t.Errorf("%q: err %v, want %v", tt.in, err, tt.err)
			continue
		}
		if tt.err == nil && (got.Format(time.RFC3339) != tt.want || zone != tt.zone) {
			t.Errorf("%q = %s in %q, want %s in %q", tt.in, got.Format(time.RFC3339), zone, tt.want, tt.zone)
		}
	}
}
