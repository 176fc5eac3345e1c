package field

import (
	"fmt"
	"net/mail"
	"strings"

	"golang.org/x/text/currency"

	"lodesk/app/cldr"
	"lodesk/app/phone"
	"lodesk/data"
)

// Each rule takes the value as typed (spaces around it ignored) and gives
// it back as it is stored; an empty value is fine (whether a field is
// required is the record's rule). The error is a sentinel of this package
// (or of app/phone) with the value quoted, so that the file's row or the
// editor's field can show it.

// Email reads one e-mail address: a mailbox at a domain with a dot, with
// no display name ("a@b" and "Ann <a@b.id>" are refused; "<a@b.id>" is
// a@b.id).
func Email(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	a, err := mail.ParseAddress(s)
	if err != nil || a.Name != "" {
		return "", fmt.Errorf("%q: %w", s, ErrBadEmail)
	}
	_, domain, _ := strings.Cut(a.Address, "@")
	if i := strings.LastIndexByte(domain, '.'); i <= 0 || i == len(domain)-1 {
		return "", fmt.Errorf("%q: %w", s, ErrBadEmail)
	}
	return a.Address, nil
}

// Currency reads an ISO 4217 currency code in any case; "Rp" and "rupiah"
// are IDR.
func Currency(s string) (string, error) {
	s = strings.TrimSpace(s)
	switch strings.ToLower(s) {
	case "":
		return "", nil
	case "rp", "rupiah":
		return "IDR", nil
	}
	u, err := currency.ParseISO(s)
	if err != nil {
		return "", fmt.Errorf("%q: %w", s, ErrBadCurrency)
	}
	return u.String(), nil
}

// Airport reads a three-letter IATA airport code in any case.
func Airport(s string) (string, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return "", nil
	}
	if len(s) != 3 || strings.Trim(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != "" {
		return "", fmt.Errorf("%q: %w", s, ErrBadAirport)
	}
	return s, nil
}

// Country reads an ISO 3166-1 alpha-2 code, or a country's English or
// Indonesian name, as the code.
func Country(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	c, ok := cldr.Country(s)
	if !ok {
		return "", fmt.Errorf("%q: %w", s, ErrUnknownCountry)
	}
	return c, nil
}

// CountryCode reads an ISO 3166-1 alpha-2 code of a country, in any case
// (where a name would not do: the event's host country).
func CountryCode(s string) (string, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return "", nil
	}
	if c, ok := cldr.Country(s); !ok || c != s {
		return "", fmt.Errorf("%q: %w", s, ErrNotCountryCode)
	}
	return s, nil
}

// Language reads an ISO 639 code, or a language's English or Indonesian
// name, as the code.
func Language(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	c, ok := cldr.Language(s)
	if !ok {
		return "", fmt.Errorf("%q: %w", s, ErrUnknownLanguage)
	}
	return c, nil
}

// Languages reads each of a list of languages (data.SplitList's
// separators) as its code; empty entries are dropped.
func Languages(list []string) (data.Codes, error) {
	var out data.Codes
	for _, l := range list {
		c, err := Language(l)
		if err != nil {
			return nil, err
		}
		if c != "" {
			out = append(out, c)
		}
	}
	return out, nil
}

// Phone reads a phone number as E.164, one without a country code as a
// number of region (app/phone). A value still locked by protection
// (data.Locked) is kept as it is.
func Phone(s, region string) (string, error) {
	if data.IsLocked(s) {
		return s, nil
	}
	return phone.E164(s, region)
}
