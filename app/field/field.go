// Package field is what every kind of record shares to say a value is
// wrong: one error type naming the field (Error) and one set of sentinel
// errors, which the window translates in one place, and the value rules
// (times in a zone) that the editors and the importer share.
package field

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Validation errors; the window explains them by errors.Is.
var (
	ErrRequired        = errors.New("required")
	ErrCodeTaken       = errors.New("another delegation has this code")
	ErrSecondHOD       = errors.New("the delegation already has a head of delegation")
	ErrBadValue        = errors.New("not one of the allowed values")
	ErrUnknownCountry  = errors.New("not an ISO 3166 country code")
	ErrUnknownLanguage = errors.New("not an ISO 639 language code")
	ErrBadEmail        = errors.New("not an e-mail address")
	ErrNoDelegation    = errors.New("the person belongs to no delegation")
)

// Error says which field is wrong and why; Other names the record in
// the way (the other delegation with the code, the HOD already there).
type Error struct {
	Field string
	Err   error
	Other string
}

func (e *Error) Error() string {
	if e.Other != "" {
		return fmt.Sprintf("%s: %v (%s)", e.Field, e.Err, e.Other)
	}
	return e.Field + ": " + e.Err.Error()
}

func (e *Error) Unwrap() error { return e.Err }

// Of names the field err is about, "" when err is not an *Error.
func Of(err error) string {
	var fe *Error
	if errors.As(err, &fe) {
		return fe.Field
	}
	return ""
}

// Errors of travel, hotel stays and vehicles.
var (
	ErrBadTime      = errors.New("not a time (YYYY-MM-DD HH:MM)")
	ErrBadZone      = errors.New("unknown time zone")
	ErrBadAirport   = errors.New("not a three-letter IATA airport code")
	ErrArrivalAfter = errors.New("the arrival is after the departure")
	ErrOutBeforeIn  = errors.New("the check-out is before the check-in")
	ErrBadNumber    = errors.New("not a whole number")
)

// TimeLayout is how the window writes a local time.
const TimeLayout = "2006-01-02 15:04"

// ParseLocal reads "YYYY-MM-DD HH:MM" (or with a T) as a time in the IANA
// zone (or WIB, WITA, WIT); an empty text is the zero time.
func ParseLocal(text, zone string) (time.Time, error) {
	text = strings.TrimSpace(strings.Replace(text, "T", " ", 1))
	if text == "" {
		return time.Time{}, nil
	}
	loc, err := LoadZone(zone)
	if err != nil {
		return time.Time{}, err
	}
	t, err := time.ParseInLocation(TimeLayout, text, loc)
	if err != nil {
		return time.Time{}, ErrBadTime
	}
	return t, nil
}

// LoadZone loads an IANA zone, taking Indonesia's WIB, WITA and WIT too.
func LoadZone(zone string) (*time.Location, error) {
	switch strings.ToUpper(strings.TrimSpace(zone)) {
	case "WIB":
		zone = "Asia/Jakarta"
	case "WITA":
		zone = "Asia/Makassar"
	case "WIT":
		zone = "Asia/Jayapura"
	}
	loc, err := time.LoadLocation(strings.TrimSpace(zone))
	if err != nil || strings.TrimSpace(zone) == "" {
		return nil, ErrBadZone
	}
	return loc, nil
}
