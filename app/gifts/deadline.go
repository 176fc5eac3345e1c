// Package gifts owns the gift and gratuity register's rules: an LO who
// receives a gift reports it to the anti-corruption commission (KPK)
// within 30 working days of receiving it.
package gifts

import (
	"time"

	"lodesk/data"
)

// ReportWorkingDays is the KPK reporting period.
const ReportWorkingDays = 30

// Deadline is the last day to report a gift received at received: the 30th
// working day after the day of receipt, counting Monday to Friday and
// skipping the given holidays ("YYYY-MM-DD", in the event's calendar).
// Without the year's holidays the deadline comes early, never late.
func Deadline(received time.Time, holidays []string) time.Time {
	off := make(map[string]bool, len(holidays))
	for _, h := range holidays {
		off[h] = true
	}
	d := time.Date(received.Year(), received.Month(), received.Day(), 0, 0, 0, 0, received.Location())
	for n := 0; n < ReportWorkingDays; {
		d = d.AddDate(0, 0, 1)
		if wd := d.Weekday(); wd != time.Saturday && wd != time.Sunday && !off[d.Format(time.DateOnly)] {
			n++
		}
	}
	return d
}

// Reported says whether a gift's status closes its reporting duty.
func Reported(g *data.Gift) bool {
	return g.Status == "reported_kpk" || g.Status == "handed_to_committee"
}

// DaysLeft is the number of calendar days from now's date to the deadline
// (negative when late).
func DaysLeft(deadline, now time.Time) int {
	n := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, deadline.Location())
	return int(deadline.Sub(n).Hours() / 24)
}
