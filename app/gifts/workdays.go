package gifts

import "time"

// WorkingDaysUntil counts the working days (Monday to Friday, not a
// holiday) after day's date up to and including deadline's date: 0 when
// the deadline is that day, 1 when it is the next working day; negative
// (the working days since) when it has passed. Both are read as dates in
// deadline's zone.
func WorkingDaysUntil(day, deadline time.Time, holidays []string) int {
	off := make(map[string]bool, len(holidays))
	for _, h := range holidays {
		off[h] = true
	}
	loc := deadline.Location()
	day = day.In(loc)
	a := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, loc)
	b := time.Date(deadline.Year(), deadline.Month(), deadline.Day(), 0, 0, 0, 0, loc)
	sign := 1
	if b.Before(a) {
		a, b, sign = b, a, -1
	}
	n := 0
	for d := a.AddDate(0, 0, 1); !d.After(b); d = d.AddDate(0, 0, 1) {
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday && !off[d.Format(time.DateOnly)] {
			n++
		}
	}
	return sign * n
}
