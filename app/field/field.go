// Package field is what every kind of record shares to say that a value is
// wrong, wherever it was typed: one error type naming the field (Error),
// one set of sentinel errors, which the window translates in one place
// (ui/kit), and one implementation of each value rule (e-mail, currency,
// IATA airport, country, language, phone, date, time). The record rules of
// app/delegations, app/logistics, ... and the importer (app/imex) call
// these, so that the editor and the spreadsheet refuse the same values
// with the same error.
package field

import (
	"errors"
	"fmt"
)

// The sentinel errors of a field; a *Error wraps one of these (or a
// phone.Error, or a record rule's own sentinel) and names the field.
var (
	ErrRequired        = errors.New("required")
	ErrBadValue        = errors.New("not one of the allowed values")
	ErrBadNumber       = errors.New("not a whole number")
	ErrBadAmount       = errors.New("not an amount (e.g. 1500 or 12.50)")
	ErrAmbiguousAmount = errors.New("unclear whether the separator marks thousands or decimals: write 1500 or 1.5")
	ErrBadDate         = errors.New("not a date (YYYY-MM-DD, e.g. 2026-11-27)")
	ErrBadTime         = errors.New("not a time (YYYY-MM-DD HH:MM, or ISO 8601 such as 2026-11-27T14:30+07:00)")
	ErrBadClock        = errors.New("not a time of day (HH:MM)")
	ErrBadZone         = errors.New("unknown time zone")
	ErrEndBeforeStart  = errors.New("the end is before the start")
	ErrBadEmail        = errors.New("not an e-mail address")
	ErrBadCurrency     = errors.New("not an ISO 4217 currency code (e.g. USD, EUR, IDR)")
	ErrBadAirport      = errors.New("not a three-letter IATA airport code")
	ErrUnknownCountry  = errors.New("not a country (ISO 3166 code or English/Indonesian name)")
	ErrNotCountryCode  = errors.New("not a two-letter ISO 3166 country code")
	ErrUnknownLanguage = errors.New("not a language (ISO 639 code or English/Indonesian name)")
	ErrBadUILanguage   = errors.New("not a language of LO Desk (en or id)")

	// Rules of one kind of record that more than one place reports.
	ErrCodeTaken    = errors.New("another delegation has this code")
	ErrSecondHOD    = errors.New("the delegation already has a head of delegation")
	ErrNoDelegation = errors.New("no delegation chosen")
	ErrArrivalAfter = errors.New("the arrival is after the departure")
	ErrOutBeforeIn  = errors.New("the check-out is before the check-in")
)

// Error says which field is wrong and why. Value is the wrong value where
// the field holds several (a language of a list, a holiday); Other names
// the record in the way (the other delegation with the code, the HOD
// already there).
type Error struct {
	Field string
	Err   error
	Value string
	Other string
}

func (e *Error) Error() string {
	s := e.Field
	if e.Value != "" {
		s += fmt.Sprintf(" %q", e.Value)
	}
	s += ": " + e.Err.Error()
	if e.Other != "" {
		s += " (" + e.Other + ")"
	}
	return s
}

func (e *Error) Unwrap() error { return e.Err }

// New is a *Error about name, or nil when err is nil: a value rule's error
// named by the field it was checking.
func New(name string, err error) error {
	if err == nil {
		return nil
	}
	return &Error{Field: name, Err: err}
}

// Of names the field err is about, "" when err is not an *Error.
func Of(err error) string {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

// Join is the errors of errs that are not nil, all at once (errors.Join):
// a record's rules say every field that is wrong, not only the first. One
// error alone is returned as it is; none is nil.
func Join(errs ...error) error {
	var found []error
	for _, err := range errs {
		if err != nil {
			found = append(found, err)
		}
	}
	switch len(found) {
	case 0:
		return nil
	case 1:
		return found[0]
	}
	return errors.Join(found...)
}
