package progview

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/itinerary"
	"lodesk/data"
	"lodesk/ui/kit"
)

// enumLabel translates a stored code with the key "prefix.code".
func enumLabel(prefix, code string) string {
	if code == "" {
		return ""
	}
	return lang.X(prefix+"."+code, strings.ReplaceAll(code, "_", " "))
}

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

// Errors of the editors, explained by message.
var (
	errRequired  = errors.New("required")
	errBadDate   = errors.New("not a date")
	errBadTime   = errors.New("not a time")
	errEndBefore = errors.New("ends before it starts")
	errRowSizes  = errors.New("bad row sizes")
	errNoneChose = errors.New("no delegation chosen")
	errMinutes   = errors.New("bad minutes")
	errSameVenue = errors.New("same venue")
)

// fieldError names the field a validation error is about.
type fieldError struct {
	field string // translated
	err   error
}

func (e *fieldError) Error() string { return e.field + ": " + e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

// message explains an error in the window's language.
func (s *Screen) message(err error) string {
	var fe *fieldError
	if errors.As(err, &fe) {
		return fe.field + ": " + problem(fe.err)
	}
	if p := problem(err); p != err.Error() {
		return p
	}
	if s.env.Message != nil {
		return s.env.Message(err)
	}
	return err.Error()
}

// problem explains a validation error.
func problem(err error) string {
	switch {
	case errors.Is(err, errRequired):
		return lang.L("required")
	case errors.Is(err, errBadDate):
		return lang.L("not a date (YYYY-MM-DD)")
	case errors.Is(err, errBadTime):
		return lang.L("not a time (HH:MM, e.g. 09:30)")
	case errors.Is(err, errEndBefore):
		return lang.L("ends before it starts")
	case errors.Is(err, errRowSizes):
		return lang.L("numbers from 1 to 200 separated by semicolons, e.g. 10; 12; 14")
	case errors.Is(err, errNoneChose):
		return lang.L("choose at least one delegation, or All delegations")
	case errors.Is(err, errMinutes):
		return lang.L("a whole number of minutes from 1 to 600")
	case errors.Is(err, errSameVenue):
		return lang.L("choose two different venues")
	case errors.Is(err, data.ErrNotFound):
		return lang.L("It was deleted meanwhile, perhaps on another laptop.")
	}
	return err.Error()
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
