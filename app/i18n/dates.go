package i18n

import (
	"strconv"
	"time"
)

// indonesianZones are the abbreviations Indonesians write after a time.
// Go's tzdata has them too, but not every system's zone database does.
var indonesianZones = map[string]string{
	"Asia/Jakarta":       "WIB",
	"Asia/Pontianak":     "WIB",
	"Asia/Makassar":      "WITA",
	"Asia/Ujung_Pandang": "WITA",
	"Asia/Jayapura":      "WIT",
}

// in is t in the printer's zone.
func (p *Printer) in(t time.Time) time.Time { return t.In(p.loc) }

func (p *Printer) month(m time.Month) string {
	return p.T("date.month." + strconv.Itoa(int(m)))
}

// Date is t's day as written in full: "Rabu, 2 Desember 2026" or
// "Wednesday, 2 December 2026"; "" for the zero time.
func (p *Printer) Date(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = p.in(t)
	return p.T("date.long", p.T("date.weekday."+strconv.Itoa(int(t.Weekday()))), t.Day(), p.month(t.Month()), t.Year())
}

// Day is Date for a calendar date written YYYY-MM-DD (the event's days);
// any other text prints as it is.
func (p *Printer) Day(date string) string {
	t, err := time.ParseInLocation(time.DateOnly, date, p.loc)
	if err != nil {
		return date
	}
	return p.Date(t)
}

// PlainDate is "2 Desember 2026" or "2 December 2026", without the weekday.
func (p *Printer) PlainDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = p.in(t)
	return p.T("date.plain", t.Day(), p.month(t.Month()), t.Year())
}

// ShortDate is "Rab, 2 Des" or "Wed 2 Dec", for tables.
func (p *Printer) ShortDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	t = p.in(t)
	return p.T("date.short", p.T("date.weekday_short."+strconv.Itoa(int(t.Weekday()))), t.Day(),
		p.T("date.month_short."+strconv.Itoa(int(t.Month()))))
}

// Clock is the 24-hour time "19:30" without the zone, for tables whose
// heading names the zone (see Zone).
func (p *Printer) Clock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return p.in(t).Format("15:04")
}

// Time is the 24-hour time with its zone: "19:30 WITA" in Indonesia,
// "19:30 +08" or "19:30 CET" elsewhere.
func (p *Printer) Time(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return p.Clock(t) + " " + p.Zone(t)
}

// DateTime is ShortDate and Time: "Rab, 2 Des 19:30 WITA".
func (p *Printer) DateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return p.ShortDate(t) + " " + p.Time(t)
}

// Stamp is PlainDate and Time, for "generated at" lines:
// "2 Desember 2026 19:30 WITA".
func (p *Printer) Stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return p.PlainDate(t) + " " + p.Time(t)
}

// Zone is the abbreviation of the printer's zone at t: WIB, WITA or WIT
// for Indonesia's zones, else what the zone database says (which may be
// an offset such as "+04").
func (p *Printer) Zone(t time.Time) string {
	if z, ok := indonesianZones[p.loc.String()]; ok {
		return z
	}
	if t.IsZero() {
		t = time.Now()
	}
	name, _ := p.in(t).Zone()
	return name
}
