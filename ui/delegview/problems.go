package delegview

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/imex"
	"lodesk/app/phone"
	"lodesk/app/sop"
)

// importErrors pairs imex's sentinel errors with their explanation.
var importErrors = []struct {
	err error
	msg func() string
}{
	{imex.ErrMappedTwice, func() string { return lang.L("two file columns are mapped to this column: ignore one") }},
	{imex.ErrMissingColumn, func() string { return lang.L("a required column is not mapped") }},
	{imex.ErrUnknownColumn, func() string { return lang.L("no such column") }},
	{imex.ErrIgnoredColumn, func() string { return lang.L("this column is not imported") }},
	{imex.ErrRequired, func() string { return lang.L("required, but empty") }},
	{imex.ErrEmptyName, func() string { return lang.L("the name is empty") }},
	{imex.ErrUnknownDelegation, func() string { return lang.L("no delegation with this code: import the delegations first") }},
	{imex.ErrSharedCode, func() string { return lang.L("two delegations have this code: give one another code") }},
	{imex.ErrUnknownPerson, func() string { return lang.L("no such person in the delegation") }},
	{imex.ErrAmbiguousPerson, func() string { return lang.L("two people in the delegation have this name") }},
	{imex.ErrAmbiguousRow, func() string { return lang.L("two records fit this row: tell them apart first") }},
	{imex.ErrUnknownCountry, func() string { return lang.L("not a country (ISO code or English/Indonesian name)") }},
	{imex.ErrUnknownLanguage, func() string { return lang.L("not a language (ISO code or English/Indonesian name)") }},
	{imex.ErrBadValue, func() string { return lang.L("not one of the allowed values") }},
	{imex.ErrBadNumber, func() string { return lang.L("not a whole number") }},
	{imex.ErrBadTime, func() string { return lang.L("not a time, e.g. 2026-11-27T14:30+07:00") }},
	{imex.ErrBadEmail, func() string { return lang.L("not an e-mail address, e.g. name@example.org") }},
	{imex.ErrTwoHODs, func() string { return lang.L("a delegation has exactly one head of delegation") }},
	{imex.ErrArrivalAfter, func() string { return lang.L("the arrival is after the departure") }},
	{imex.ErrRepeated, func() string { return lang.L("the same record as an earlier row") }},
	{imex.ErrLikelyDuplicate, func() string { return lang.L("likely duplicate") }},
	{imex.ErrUnknownLO, func() string { return lang.L("no LO with this full name: import the LOs first") }},
	{imex.ErrAmbiguousLO, func() string { return lang.L("two LOs have this name") }},
	{imex.ErrBadDate, func() string { return lang.L("not a date (YYYY-MM-DD, e.g. 2026-11-27)") }},
	{imex.ErrBadLevel, func() string { return lang.L("not a proficiency level (native, fluent, working, basic)") }},
	{imex.ErrEndBefore, func() string { return lang.L("the end is before the start") }},
	{imex.ErrBadAmount, func() string { return lang.L("not an amount, e.g. 1500 or 12.50") }},
	{imex.ErrAmbiguousNum, func() string {
		return lang.L("unclear whether the separator marks thousands or decimals: write 1500 or 1.5")
	}},
	{imex.ErrBadCurrency, func() string { return lang.L("not a currency code, e.g. USD, EUR, IDR") }},
	{imex.ErrMappingTooLong, func() string { return lang.L("the mapping has more columns than the file") }},
	{imex.ErrNotAssigned, func() string {
		return lang.L("the LO is not assigned to this delegation: import or make the assignment first")
	}},
	{imex.ErrUnknownItem, func() string { return lang.L("no item with this text in this phase of the checklist") }},
	{imex.ErrNotForStatus, func() string { return lang.L("this status keeps no name or time: clear the cell or change the status") }},
	{imex.ErrRecheckTooSoon, func() string { return lang.L("the re-check is before the check") }},
	{sop.ErrNoName, func() string { return lang.L("say who checked") }},
	{sop.ErrSamePerson, func() string { return lang.L("a re-check must be done by another person than the check") }},
	{sop.ErrNotChecked, func() string { return lang.L("a re-check needs a check first") }},
	{sop.ErrNoRecheck, func() string { return lang.L("this item needs no re-check") }},
	{sop.ErrNoReason, func() string { return lang.L("say why the item does not apply") }},
	{phone.ErrNotNumber, func() string { return lang.L("not a phone number") }},
	{phone.ErrInvalid, func() string { return lang.L("no country uses this phone number") }},
}

// problemText explains one problem: where, what and, for a value, which.
func problemText(p imex.Problem) string {
	var b strings.Builder
	if p.Row > 0 {
		b.WriteString(lang.L("row {{.Row}}", map[string]any{"Row": p.Row}))
		b.WriteString(", ")
	}
	if p.Col >= 0 {
		b.WriteString(lang.L("column {{.Col}}", map[string]any{"Col": imex.ColumnName(p.Col)}))
		if p.Column != "" {
			b.WriteString(" (" + p.Column + ")")
		}
		b.WriteString(": ")
	} else if p.Column != "" {
		b.WriteString(p.Column + ": ")
	}
	if p.Warning {
		b.WriteString(lang.L("warning") + ": ")
	}
	b.WriteString(problemMessage(p.Err))
	if p.Value != "" && !errors.Is(p.Err, imex.ErrIgnoredColumn) {
		b.WriteString(" (“" + p.Value + "”)")
	}
	return b.String()
}

func problemMessage(err error) string {
	for _, e := range importErrors {
		if errors.Is(err, e.err) {
			return e.msg()
		}
	}
	if err == nil {
		return ""
	}
	return err.Error()
}
