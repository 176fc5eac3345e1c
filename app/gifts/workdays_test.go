package gifts

import (
	"testing"
	"time"
)

func TestWorkingDaysUntil(t *testing.T) {
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	day := func(s string) time.Time {
		d, err := time.ParseInLocation(time.DateOnly, s, jkt)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name, from, to string
		holidays       []string
		want           int
	}{
		{"same day", "2026-12-02", "2026-12-02", nil, 0},
		{"next day", "2026-12-02", "2026-12-03", nil, 1},
		{"over a weekend", "2026-12-04", "2026-12-08", nil, 2},                       // Fri -> Tue
		{"five working days", "2026-12-02", "2026-12-09", nil, 5},                    // Wed -> Wed
		{"christmas skipped", "2026-12-23", "2026-12-29", []string{"2026-12-25"}, 3}, // Thu, (Fri off), Mon, Tue
		{"passed", "2026-12-09", "2026-12-02", nil, -5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := WorkingDaysUntil(day(tt.from).Add(15*time.Hour), day(tt.to), tt.holidays); got != tt.want {
				t.Errorf("WorkingDaysUntil(%s, %s) = %d, want %d", tt.from, tt.to, got, tt.want)
			}
		})
	}
}
