// Package assignview is the liaison officers' roster (list, filters,
// editor, import and export) and the assignment board (assignments with
// their conflicts, the editor, auto-match with a preview, and a timeline
// of LOs by day) of the main window.
package assignview

import (
	"strings"

	"lodesk/app/cldr"
	"lodesk/app/field"
	"lodesk/data"
	"lodesk/ui/kit"
)

// langName names an ISO 639 code in the window's language.
func langName(code string) string { return cldr.LanguageName(code, kit.Lang()) }

// langSkills is "English (fluent), Arabic (native)".
func langSkills(ls data.LangSkills) string {
	parts := make([]string, len(ls))
	for i, x := range ls {
		parts[i] = langName(x.Code) + " (" + kit.EnumLabel("level", x.Level) + ")"
	}
	return strings.Join(parts, ", ")
}

// validDate checks a YYYY-MM-DD day as it is typed; empty is allowed.
var validDate = kit.Validator(func(s string) error { _, err := field.Date(s); return err })

// Both screens are kit.Screens.
var (
	_ kit.Screen = (*Roster)(nil)
	_ kit.Screen = (*Board)(nil)
)
