package phone

import (
	"errors"
	"testing"
)

func TestE164(t *testing.T) {
	tests := []struct {
		in, region, want string
		err              error
	}{
		{"", "", "", nil},
		{"0812-3456-7890", "", "+6281234567890", nil},
		{"+62 812 3456 7890", "", "+6281234567890", nil},
		{"0062 812 3456 7890", "", "+6281234567890", nil},
		{"(021) 3500-100", "", "+62213500100", nil},
		{"+33 1 42 68 53 00", "", "+33142685300", nil},
		{"01 42 68 53 00", "FR", "+33142685300", nil},
		{"+84 24 3825 3536", "", "+842438253536", nil},
		{"6281234567890", "", "+6281234567890", nil},
		{"call me", "", "", ErrNotNumber},
		{"0812-CALL-ME", "", "", ErrNotNumber},
		{"123", "", "", ErrNotNumber},
		{"+999 1234 5678", "", "", ErrNotNumber},
		{"+62 1", "", "", ErrNotNumber},
		{"+1 555 0100 999", "", "", ErrInvalid},
	}
	for pass := range 2 { // the second pass reads what was remembered
		for _, tt := range tests {
			got, err := E164(tt.in, tt.region)
			if got != tt.want || !errors.Is(err, tt.err) {
				t.Errorf("pass %d: E164(%q, %q) = %q, %v; want %q, %v", pass, tt.in, tt.region, got, err, tt.want, tt.err)
			}
			if tt.want != "" {
				if again, err := E164(got, tt.region); again != got || err != nil {
					t.Errorf("pass %d: E164(%q) = %q, %v; want it unchanged", pass, got, again, err)
				}
			}
		}
	}
	if d := Display("+6281234567890"); d != "+62 812-3456-7890" {
		t.Errorf("Display = %q", d)
	}
}
