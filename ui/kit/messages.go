package kit

import (
	"errors"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/accred"
	"lodesk/app/assign"
	"lodesk/app/contacts"
	"lodesk/app/field"
	"lodesk/app/gifts"
	"lodesk/app/imex"
	"lodesk/app/motorcade"
	"lodesk/app/noteverbale"
	"lodesk/app/phone"
	"lodesk/app/photo"
	"lodesk/app/programme"
	"lodesk/app/requests"
	"lodesk/app/sop"
	"lodesk/app/transfer"
	"lodesk/data"
)

// explanations pair the sentinel errors of app/ and data/ with what the
// window says about them: the one place they are translated. The first
// that err is (errors.Is) wins. A message is short and lower-case where
// it follows a field's label ("E-mail: not an e-mail address, ...").
var explanations = []struct {
	err error
	msg func(fe *field.Error) string
}{
	// Rules that wrap a more general error come first.
	{gifts.ErrItemOrAmount, func(*field.Error) string { return lang.L("give the item or the amount") }},

	// One field's value (app/field, app/phone).
	{field.ErrRequired, func(*field.Error) string { return lang.L("required") }},
	{field.ErrBadValue, func(*field.Error) string { return lang.L("not one of the allowed values") }},
	{field.ErrBadNumber, func(*field.Error) string { return lang.L("not a whole number") }},
	{field.ErrBadAmount, func(*field.Error) string { return lang.L("not an amount, e.g. 1500 or 12.50") }},
	{field.ErrBadDate, func(*field.Error) string { return lang.L("not a date (YYYY-MM-DD)") }},
	{field.ErrBadTime, func(*field.Error) string { return lang.L("write it as YYYY-MM-DD HH:MM, e.g. 2026-11-27 14:30") }},
	{field.ErrBadClock, func(*field.Error) string { return lang.L("not a time (HH:MM, e.g. 09:30)") }},
	{field.ErrBadZone, func(*field.Error) string { return lang.L("unknown time zone, e.g. Asia/Jakarta or WIB") }},
	{field.ErrEndBeforeStart, func(*field.Error) string { return lang.L("ends before it starts") }},
	{field.ErrBadEmail, func(*field.Error) string { return lang.L("not an e-mail address, e.g. name@example.org") }},
	{field.ErrBadCurrency, func(*field.Error) string { return lang.L("three-letter currency code, e.g. USD") }},
	{field.ErrBadAirport, func(*field.Error) string { return lang.L("a three-letter IATA code, e.g. CGK") }},
	{field.ErrUnknownCountry, func(*field.Error) string { return lang.L("not a country (ISO code or English/Indonesian name)") }},
	{field.ErrNotCountryCode, func(*field.Error) string { return lang.L("two-letter ISO country code, e.g. ID") }},
	{field.ErrUnknownLanguage, func(*field.Error) string {
		return lang.L("not a language (ISO code or English/Indonesian name)")
	}},
	{field.ErrBadUILanguage, func(*field.Error) string { return lang.L("English (en) or Bahasa Indonesia (id)") }},
	{photo.ErrNotImage, func(*field.Error) string { return lang.L("choose a PNG or JPEG image") }},
	{phone.ErrNotNumber, func(*field.Error) string {
		return lang.L("not a phone number")
	}},
	{phone.ErrInvalid, func(*field.Error) string {
		return lang.L("no country uses this number: check the country code and the digits")
	}},

	// Rules of a record.
	{field.ErrCodeTaken, func(fe *field.Error) string {
		return lang.L("{{.Name}} already has this code: choose another", map[string]any{"Name": other(fe)})
	}},
	{field.ErrSecondHOD, func(fe *field.Error) string {
		if fe == nil || fe.Other == "" {
			return lang.L("a delegation has exactly one head of delegation")
		}
		return lang.L("{{.Name}} is already the head of this delegation: make them deputy or member first", map[string]any{"Name": fe.Other})
	}},
	{field.ErrNoDelegation, func(*field.Error) string { return lang.L("choose a delegation") }},
	{field.ErrArrivalAfter, func(*field.Error) string {
		return lang.L("the arrival would be after the departure: check both times")
	}},
	{field.ErrOutBeforeIn, func(*field.Error) string { return lang.L("before the check-in: check both dates") }},
	{sop.ErrNoName, func(*field.Error) string { return lang.L("Say who checks: set your name in Settings.") }},
	{sop.ErrSamePerson, func(*field.Error) string {
		return lang.L("A re-check must be done by another person than the check. Ask a colleague to re-check this item.")
	}},
	{sop.ErrNotChecked, func(*field.Error) string { return lang.L("Check the item before re-checking it.") }},
	{sop.ErrNoRecheck, func(*field.Error) string { return lang.L("This item needs no re-check.") }},
	{sop.ErrNoReason, func(*field.Error) string { return lang.L("Say why the item does not apply.") }},
	{sop.ErrAlreadyChecked, func(*field.Error) string { return lang.L("The item is already checked.") }},
	{requests.ErrNoText, func(*field.Error) string { return lang.L("Say what is requested.") }},
	{requests.ErrNoRequester, func(*field.Error) string { return lang.L("Choose the delegation that asks.") }},
	{requests.ErrCategory, func(*field.Error) string { return lang.L("Choose a category.") }},
	{requests.ErrStatus, func(*field.Error) string { return lang.L("Choose a status.") }},
	{requests.ErrDepartment, func(*field.Error) string { return lang.L("Choose a department.") }},
	{requests.ErrNeedResponse, func(*field.Error) string {
		return lang.L("A fulfilled or declined request needs the response given: write it, or pick a polite decline.")
	}},

	{contacts.ErrBothOwners, func(*field.Error) string {
		return lang.L("a contact belongs to a department or to a delegation, not both")
	}},
	{accred.ErrBadZoneCode, func(*field.Error) string { return lang.L("not a zone code (letters, digits, - or _)") }},
	{accred.ErrUnknownZone, func(*field.Error) string { return lang.L("not one of the event's access zones (Event details)") }},
	{accred.ErrBadgeTaken, func(*field.Error) string { return lang.L("another badge or car pass has this number") }},
	{motorcade.ErrSameVehicle, func(*field.Error) string { return lang.L("the vehicle is already in this convoy") }},
	{motorcade.ErrNoCar, func(*field.Error) string { return lang.L("a convoy car needs a vehicle or a driver") }},
	{noteverbale.ErrDueBefore, func(*field.Error) string { return lang.L("the follow-up is due before the note's date") }},
	{noteverbale.ErrReferenceUsed, func(*field.Error) string {
		return lang.L("the delegation already has a note with this reference")
	}},
	{imex.ErrUnknownVehicle, func(*field.Error) string { return lang.L("no vehicle with this plate: import the vehicles first") }},
	{field.ErrTooLong, func(*field.Error) string { return lang.L("a shift lasts at most 24 hours") }},
	{field.ErrOutsideAssignment, func(*field.Error) string { return lang.L("outside the assignment's days") }},
	{field.ErrOverlap, func(*field.Error) string { return lang.L("overlaps another shift of the same LO") }},
	{field.ErrSameLO, func(*field.Error) string { return lang.L("the incoming LO is the outgoing one") }},
	{field.ErrScore, func(*field.Error) string { return lang.L("a score runs from 1 to 5 (0: not rated)") }},
	{field.ErrSecondEvaluation, func(*field.Error) string { return lang.L("the LO already has an evaluation") }},

	{programme.ErrNoAttendees, func(*field.Error) string { return lang.L("choose at least one delegation, or All delegations") }},
	{programme.ErrRowSizes, func(*field.Error) string {
		return lang.L("numbers from 1 to 200 separated by semicolons, e.g. 10; 12; 14")
	}},
	{transfer.ErrSamePlace, func(*field.Error) string { return lang.L("choose two different venues") }},
	{transfer.ErrBadMinutes, func(*field.Error) string { return lang.L("a whole number of minutes from 1 to 600") }},
	{assign.ErrTooLarge, func(*field.Error) string {
		return lang.L("There are too many open delegations to plan at once (over 1,500).")
	}},

	// A spreadsheet (app/imex): the file, then its rows.
	{imex.ErrTooLarge, func(*field.Error) string { return lang.L("The file is larger than 20 MB.") }},
	{imex.ErrFormat, func(*field.Error) string { return lang.L("Choose a .csv or .xlsx file.") }},
	{imex.ErrNotFile, func(*field.Error) string {
		return lang.L("This is not a file (a folder, a device or a pipe): choose a .csv or .xlsx file.")
	}},
	{imex.ErrOldExcel, func(*field.Error) string { return lang.L("This is an old Excel .xls file: save it as .xlsx first.") }},
	{imex.ErrNotXLSX, func(*field.Error) string {
		return lang.L("This XLSX workbook cannot be read: it is damaged, truncated or of another format.")
	}},
	{imex.ErrNotUTF8, func(*field.Error) string {
		return lang.L("This CSV file is not UTF-8 text: save it as “CSV UTF-8” or as .xlsx.")
	}},
	{imex.ErrNotCSV, func(*field.Error) string {
		return lang.L("This CSV file is not UTF-8 text: save it as “CSV UTF-8” or as .xlsx.")
	}},
	{imex.ErrEmpty, func(*field.Error) string { return lang.L("The file has no header row.") }},
	{imex.ErrTooMany, func(*field.Error) string { return lang.L("The file has too many rows or columns.") }},
	{imex.ErrInvalid, func(*field.Error) string { return lang.L("The file has problems: nothing was imported.") }},
	{imex.ErrMappedTwice, func(*field.Error) string { return lang.L("two file columns are mapped to this column: ignore one") }},
	{imex.ErrMissingColumn, func(*field.Error) string { return lang.L("a required column is not mapped") }},
	{imex.ErrUnknownColumn, func(*field.Error) string { return lang.L("no such column") }},
	{imex.ErrIgnoredColumn, func(*field.Error) string { return lang.L("this column is not imported") }},
	{imex.ErrMappingTooLong, func(*field.Error) string { return lang.L("the mapping has more columns than the file") }},
	{imex.ErrUnknownDelegation, func(*field.Error) string {
		return lang.L("no delegation with this code: import the delegations first")
	}},
	{imex.ErrSharedCode, func(*field.Error) string { return lang.L("two delegations have this code: give one another code") }},
	{imex.ErrUnknownPerson, func(*field.Error) string { return lang.L("no such person in the delegation") }},
	{imex.ErrAmbiguousPerson, func(*field.Error) string { return lang.L("two people in the delegation have this name") }},
	{imex.ErrAmbiguousRow, func(*field.Error) string { return lang.L("two records fit this row: tell them apart first") }},
	{imex.ErrRepeated, func(*field.Error) string { return lang.L("the same record as an earlier row") }},
	{imex.ErrLikelyDuplicate, func(*field.Error) string { return lang.L("likely duplicate") }},
	{imex.ErrUnknownLO, func(*field.Error) string { return lang.L("no LO with this full name: import the LOs first") }},
	{imex.ErrAmbiguousLO, func(*field.Error) string { return lang.L("two LOs have this name") }},
	{imex.ErrBadLevel, func(*field.Error) string {
		return lang.L("not a proficiency level (native, fluent, working, basic)")
	}},
	{field.ErrAmbiguousAmount, func(*field.Error) string {
		return lang.L("unclear whether the separator marks thousands or decimals: write 1500 or 1.5")
	}},
	{imex.ErrNotAssigned, func(*field.Error) string {
		return lang.L("the LO is not assigned to this delegation: import or make the assignment first")
	}},
	{imex.ErrUnknownItem, func(*field.Error) string { return lang.L("no item with this text in this phase of the checklist") }},
	{imex.ErrNotForStatus, func(*field.Error) string {
		return lang.L("this status keeps no name or time: clear the cell or change the status")
	}},
	{imex.ErrRecheckTooSoon, func(*field.Error) string { return lang.L("the re-check is before the check") }},

	// The event file.
	{data.ErrNotEventFile, func(*field.Error) string { return lang.L("This file is not an LO Desk event file.") }},
	{data.ErrNewerVersion, func(*field.Error) string {
		return lang.L("This event file was made by a newer version of LO Desk. Update LO Desk to open it.")
	}},
	{data.ErrInUse, func(*field.Error) string {
		return lang.L("This event file is already open in another LO Desk window. Close it there first.")
	}},
	{data.ErrExists, func(*field.Error) string {
		return lang.L("A file with this name already exists. Choose another name or folder.")
	}},
	{data.ErrReadOnly, func(*field.Error) string { return lang.L("This event file is open read-only.") }},
	{data.ErrNotFound, func(*field.Error) string { return lang.L("It was deleted meanwhile, perhaps on another laptop.") }},
	{os.ErrNotExist, func(*field.Error) string { return lang.L("The file does not exist.") }},
	{os.ErrPermission, func(*field.Error) string {
		return lang.L("You do not have permission to use this file or folder.")
	}},
}

func other(fe *field.Error) string {
	if fe == nil {
		return ""
	}
	return fe.Other
}

// Explain says what is wrong in the window's language, "" for an error it
// does not know; a *field.Error is explained without its field and value
// (FieldText adds them).
func Explain(err error) string {
	if err == nil {
		return ""
	}
	var fe *field.Error
	errors.As(err, &fe)
	for _, x := range explanations {
		if errors.Is(err, x.err) {
			return x.msg(fe)
		}
	}
	return ""
}

// FieldText is a field's problem as the window says it: "Label: what",
// or "Label “value”: what" for a field of several values; an explanation
// that is a whole sentence ("Say what is requested.") stands alone.
func FieldText(label string, err error, what string) string {
	if r, _ := utf8.DecodeRuneInString(what); unicode.IsUpper(r) && strings.HasSuffix(what, ".") {
		return what
	}
	var fe *field.Error
	if errors.As(err, &fe) && fe.Value != "" {
		return label + " “" + fe.Value + "”: " + what
	}
	return label + ": " + what
}

// ErrorText explains err in the window's language: a *field.Error with
// the field's name (an editor puts its own label), a known error by its
// explanation, any other through the window's Message.
func (e Env) ErrorText(err error) string {
	msg := Explain(err)
	if name := field.Of(err); name != "" && msg != "" {
		return FieldText(name, err, msg)
	}
	if msg != "" {
		return msg
	}
	if e.Message != nil {
		return e.Message(err)
	}
	return err.Error()
}
