package itinerary

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// ICS writes an itinerary as an iCalendar file (RFC 5545) for a phone:
// one event per entry, times in UTC so every calendar shows them in its
// own zone, stable UIDs so a re-import updates rather than duplicates.
func ICS(it *Itinerary, now time.Time) string {
	cal := ics.NewCalendar()
	cal.SetProductId("-//LO Desk//Itinerary//EN")
	cal.SetMethod(ics.MethodPublish)
	cal.SetXWRCalName(it.Title)
	for _, d := range it.Days {
		for _, e := range d.Entries {
			ev := cal.AddEvent(uid(e))
			ev.SetDtStampTime(now)
			ev.SetStartAt(e.Start)
			if e.End.After(e.Start) {
				ev.SetEndAt(e.End)
			}
			ev.SetSummary(e.Title)
			if e.Place != "" {
				ev.SetLocation(e.Place)
			}
			if len(e.Details) > 0 {
				ev.SetDescription(strings.Join(e.Details, "\n"))
			}
		}
	}
	return cal.Serialize()
}

func uid(e Entry) string {
	h := sha256.Sum256([]byte(e.Kind + "|" + e.Delegation + "|" + e.ItemID + "|" + e.Title + "|" + e.Start.UTC().Format(time.RFC3339)))
	return hex.EncodeToString(h[:12]) + "@lodesk"
}
