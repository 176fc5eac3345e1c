package progview

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/itinerary"
	"lodesk/ui/kit"
)

// shortDay is e.g. "Tue 1 Dec" in the window's language.
func shortDay(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	wd := lang.X(strings.ToLower(t.Weekday().String()), t.Weekday().String())
	month := lang.X("month."+strings.ToLower(t.Month().String()), t.Month().String())
	return string([]rune(wd)[:3]) + " " + t.Format("2") + " " + string([]rune(month)[:3])
}

// dayLabel names a YYYY-MM-DD day.
func dayLabel(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return kit.LongDay(t)
}

// span is "09:00–11:30" in loc.
func span(a, b time.Time, loc *time.Location) string {
	if a.IsZero() {
		return ""
	}
	s := a.In(loc).Format("15:04")
	if b.After(a) {
		s += "–" + b.In(loc).Format("15:04")
	}
	return s
}

// clashText explains a clash.
func clashText(c itinerary.Clash) string {
	a := map[string]any{"A": entryTitle(c.A), "B": entryTitle(c.B)}
	switch c.Kind {
	case itinerary.ClashOverlap:
		return lang.L("“{{.A}}” and “{{.B}}” overlap", a)
	case itinerary.ClashBeforeArrival:
		return lang.L("“{{.A}}” starts before the arrival ({{.B}})", a)
	case itinerary.ClashAfterDeparture:
		return lang.L("“{{.A}}” ends after the departure ({{.B}})", a)
	case itinerary.ClashTransfer:
		return lang.L("Too little time to get from “{{.A}}” to “{{.B}}”", a)
	}
	return c.String()
}

// entryTitle translates the composed titles of travel and hotel entries.
func entryTitle(e itinerary.Entry) string {
	for kind, prefix := range map[string]string{
		itinerary.KindArrival: "Arrival ", itinerary.KindDeparture: "Departure ",
		itinerary.KindCheckIn: "Check-in ", itinerary.KindCheckOut: "Check-out ",
	} {
		if e.Kind == kind && strings.HasPrefix(e.Title, prefix) {
			return lang.X("itinerary."+kind, strings.TrimSpace(prefix)) + " " + strings.TrimPrefix(e.Title, prefix)
		}
	}
	return e.Title
}

// detailText translates the details the itinerary composes in English.
func detailText(d string) string {
	switch d {
	case "HOD only":
		return lang.L("Heads of delegation only")
	case "VIP lounge":
		return lang.L("VIP lounge")
	}
	for prefix, key := range map[string]string{
		"dress: ": "Dress: {{.V}}", "local time ": "Local time {{.V}}", "meet at ": "Meet at {{.V}}", "rooms ": "Rooms {{.V}}",
	} {
		if v, ok := strings.CutPrefix(d, prefix); ok {
			return lang.L(key, map[string]any{"V": v})
		}
	}
	if who, pos, ok := strings.Cut(d, ": photo "); ok {
		return lang.L("{{.Who}}: photo position {{.Pos}}", map[string]any{"Who": who, "Pos": pos})
	}
	if who, pos, ok := strings.Cut(d, ": seat "); ok {
		return lang.L("{{.Who}}: seat {{.Pos}}", map[string]any{"Who": who, "Pos": pos})
	}
	d = strings.Replace(d, ", driver ", ", "+lang.L("driver")+" ", 1)
	return strings.Replace(d, ", Patwal escort", ", "+lang.L("Patwal escort"), 1)
}
