package gifts

import (
	"testing"
	"time"

	"lodesk/data"
)

func TestDeadline(t *testing.T) {
	jkt, err := time.LoadLocation("Asia/Jakarta")
	if err != nil {
		t.Fatal(err)
	}
	day := func(s string) time.Time {
		d, err := time.ParseInLocation(time.DateOnly, s, jkt)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name     string
		received time.Time
		holidays []string
		want     string
	}{
		// Tue 1 Dec 2026: 30 working days = 6 weeks: Tue 12 Jan 2027.
		{"tuesday", day("2026-12-01").Add(15 * time.Hour), nil, "2027-01-12"},
		// Sat 5 Dec: the count starts on Monday 7 Dec; 30th is Fri 15 Jan.
		{"saturday", day("2026-12-05"), nil, "2027-01-15"},
		// Christmas and New Year's Day push it by two working days.
		{"with holidays", day("2026-12-01"), []string{"2026-12-25", "2027-01-01"}, "2027-01-14"},
		// A holiday on a weekend changes nothing.
		{"weekend holiday", day("2026-12-01"), []string{"2026-12-26"}, "2027-01-12"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Deadline(tt.received, tt.holidays)
			if got.Format(time.DateOnly) != tt.want {
				t.Errorf("Deadline = %s (%s), want %s", got.Format(time.DateOnly), got.Weekday(), tt.want)
			}
		})
	}
	dl := day("2027-01-12")
	if n := DaysLeft(dl, day("2027-01-10").Add(20*time.Hour)); n != 2 {
		t.Errorf("DaysLeft = %d, want 2", n)
	}
	if n := DaysLeft(dl, day("2027-01-13")); n != -1 {
		t.Errorf("DaysLeft late = %d, want -1", n)
	}
	if Reported(&data.Gift{Status: "received"}) || !Reported(&data.Gift{Status: "reported_kpk"}) {
		t.Error("Reported")
	}
}
