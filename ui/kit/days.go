package kit

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"
)

// LongDay is e.g. "Monday 14 December 2026" / "Senin 14 Desember 2026"
// in the window's language.
func LongDay(t time.Time) string {
	wd := strings.ToLower(t.Weekday().String())
	month := lang.X("month."+strings.ToLower(t.Month().String()), t.Month().String())
	return lang.X(wd, t.Weekday().String()) + " " + t.Format("2") + " " + month + " " + t.Format("2006")
}
