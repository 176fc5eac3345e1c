package field

import (
	"errors"
	"testing"
	"time"
)

func TestParseLocal(t *testing.T) {
	tests := []struct {
		text, zone string
		want       string // RFC 3339, "" for the zero time
		err        error
	}{
		{"2026-11-27 14:30", "Asia/Jakarta", "2026-11-27T14:30:00+07:00", nil},
		{"2026-11-27T14:30", "WITA", "2026-11-27T14:30:00+08:00", nil},
		{"", "Asia/Jakarta", "", nil},
		{"27/11/2026", "Asia/Jakarta", "", ErrBadTime},
		{"2026-11-27 14:30", "Mars/Base", "", ErrBadZone},
	}
	for _, tt := range tests {
		got, err := ParseLocal(tt.text, tt.zone)
		if !errors.Is(err, tt.err) {
			t.Errorf("%q %q: err %v, want %v", tt.text, tt.zone, err, tt.err)
			continue
		}
		if tt.err == nil && tt.want != "" && got.Format(time.RFC3339) != tt.want {
			t.Errorf("%q %q: %s, want %s", tt.text, tt.zone, got.Format(time.RFC3339), tt.want)
		}
		if tt.want == "" && err == nil && !got.IsZero() {
			t.Errorf("%q: want the zero time", tt.text)
		}
	}
}
