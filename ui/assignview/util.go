// Package assignview is the liaison officers' roster (list, filters,
// editor, import and export) and the assignment board (assignments with
// their conflicts, the editor, auto-match with a preview, and a timeline
// of LOs by day) of the main window.
package assignview

import (
	"errors"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/assign"
	"lodesk/app/cldr"
	"lodesk/app/field"
	"lodesk/app/imex"
	"lodesk/app/phone"
	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit"
)

// curLang is the language the window speaks, "en" or "id": the key
// "assignview.lang" is translated to the language's own code.
func curLang() string {
	if lang.X("assignview.lang", "en") == "id" {
		return cldr.Indonesian
	}
	return cldr.English
}

// enumLabel translates a stored code with the key "prefix.code", as the
// window does; an unknown code is shown as it is.
func enumLabel(prefix, code string) string {
	if code == "" {
		return ""
	}
	return lang.X(prefix+"."+code, strings.ReplaceAll(code, "_", " "))
}

// langName names an ISO 639 code in the window's language.
func langName(code string) string { return cldr.LanguageName(code, curLang()) }

// langSkills is "English (fluent), Arabic (native)".
func langSkills(ls data.LangSkills) string {
	parts := make([]string, len(ls))
	for i, x := range ls {
		parts[i] = langName(x.Code) + " (" + enumLabel("level", x.Level) + ")"
	}
	return strings.Join(parts, ", ")
}

// fold is data.Fold, for search as the user types.
func fold(s string) string { return data.Fold(s) }

// matches says whether folded text holds every word of the query.
func matches(folded string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(folded, w) {
			return false
		}
	}
	return true
}

// validDate checks a YYYY-MM-DD day; empty is allowed.
func validDate(s string) error {
	if s == "" {
		return nil
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return errors.New(lang.L("Write the date as YYYY-MM-DD, e.g. 2026-11-27."))
	}
	return nil
}

// message explains an error of this package's calls in the user's
// language, falling back to the window's.
func message(env *kit.Env, err error) string {
	var inv *imex.InvalidError
	switch {
	case errors.As(err, &inv):
		return lang.L("The file has problems; nothing was imported.")
	case errors.Is(err, assign.ErrTooLarge):
		return lang.L("There are too many open delegations to plan at once (over 1,500).")
	case errors.Is(err, sop.ErrNoName):
		return lang.L("Set your name in Settings first.")
	case errors.Is(err, phone.ErrNotNumber):
		return lang.L("This is not a phone number.")
	case errors.Is(err, phone.ErrInvalid):
		return lang.L("This phone number is not valid for its country.")
	case errors.Is(err, data.ErrNotFound):
		return lang.L("It was deleted meanwhile.")
	}
	if msg, ok := imexMessage(err); ok {
		return msg
	}
	return env.Message(err)
}

// imexMessage explains an import error.
func imexMessage(err error) (string, bool) {
	for _, c := range []struct {
		err error
		msg string
	}{
		{imex.ErrTooLarge, "The file is larger than 20 MB."},
		{imex.ErrNotCSV, "This is not a CSV text file."},
		{imex.ErrNotUTF8, "The file is not UTF-8 text: save it as \"CSV UTF-8\" or as .xlsx."},
		{imex.ErrNotXLSX, "This is not a readable XLSX workbook."},
		{imex.ErrFormat, "Choose a .csv or .xlsx file."},
		{imex.ErrEmpty, "The file has no header row."},
		{imex.ErrTooMany, "The file has too many rows or columns."},
		{imex.ErrOldExcel, "This is an old Excel .xls file: save it as .xlsx."},
		{imex.ErrMappedTwice, "Two columns of the file fill the same field."},
		{imex.ErrMissingColumn, "A required column is missing."},
		{imex.ErrUnknownColumn, "No such column."},
		{imex.ErrIgnoredColumn, "This column is not imported."},
		{field.ErrRequired, "Required, but empty."},
		{field.ErrRequired, "The name is empty."},
		{field.ErrUnknownLanguage, "Not a language (ISO 639 code or English/Indonesian name)."},
		{imex.ErrBadLevel, "Not a proficiency level (native, fluent, working, basic)."},
		{field.ErrBadValue, "Not one of the allowed values."},
		{field.ErrBadNumber, "Not a whole number."},
		{field.ErrBadDate, "Not a date (YYYY-MM-DD)."},
		{field.ErrEndBeforeStart, "The end is before the start."},
		{field.ErrBadEmail, "Not an e-mail address."},
		{imex.ErrRepeated, "The same record as an earlier row."},
		{imex.ErrAmbiguousRow, "Two records in the event file fit this row: tell them apart first."},
		{imex.ErrLikelyDuplicate, "Likely duplicate."},
		{phone.ErrNotNumber, "This is not a phone number."},
		{phone.ErrInvalid, "This phone number is not valid for its country."},
	} {
		if errors.Is(err, c.err) {
			return lang.L(c.msg), true
		}
	}
	return "", false
}

// Both screens are kit.Screens.
var (
	_ kit.Screen = (*Roster)(nil)
	_ kit.Screen = (*Board)(nil)
)
