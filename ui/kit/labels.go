package kit

import (
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/cldr"
	"lodesk/app/field"
	"lodesk/data"
)

// Lang is the language the window speaks now, cldr.English ("en") or
// cldr.Indonesian ("id"), as the translations loaded say it (the key
// "language.code" is each language's own code).
func (e Env) Lang() string { return Lang() }

// Lang is Env.Lang for code that has no Env (list rows built once).
func Lang() string {
	if lang.X("language.code", "en") == cldr.Indonesian {
		return cldr.Indonesian
	}
	return cldr.English
}

// EnumLabel translates a stored code with the key "prefix.code"; an
// unknown code is shown as it is, underscores as spaces; "" stays "".
func EnumLabel(prefix, code string) string {
	if code == "" {
		return ""
	}
	return lang.X(prefix+"."+code, strings.ReplaceAll(code, "_", " "))
}

// EnumLabels translates a list of codes.
func EnumLabels(prefix string, codes []string) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = EnumLabel(prefix, c)
	}
	return out
}

// DateTime writes an instant in loc as the editors read it back
// (field.TimeLayout); the zero time is blank.
func DateTime(t time.Time, loc *time.Location) string { return field.FormatTime(t, loc) }

// YesNo is "Yes" or "No" in the window's language.
func YesNo(b bool) string {
	if b {
		return lang.L("Yes")
	}
	return lang.L("No")
}

// IndexOf is the position of s in list, -1 when it is not there.
func IndexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// ByID is a copy of the record of xs whose id is id (for an editor to
// change), nil when there is none.
func ByID[T any, P interface {
	*T
	data.Record
}](xs []T, id string) *T {
	for i := range xs {
		if data.IDOf(P(&xs[i])) == id {
			x := xs[i]
			return &x
		}
	}
	return nil
}

// StepText is a checklist item's text in the window's language (the
// English one where it has no Indonesian text).
func StepText(it *data.ChecklistItem) string {
	if Lang() == cldr.Indonesian && it.TextID != "" {
		return it.TextID
	}
	return it.TextEN
}

// LongDay is e.g. "Monday 14 December 2026" / "Senin 14 Desember 2026".
func LongDay(t time.Time) string {
	wd := strings.ToLower(t.Weekday().String())
	month := lang.X("month."+strings.ToLower(t.Month().String()), t.Month().String())
	return lang.X(wd, t.Weekday().String()) + " " + t.Format("2") + " " + month + " " + t.Format("2006")
}
