// Package roster checks a delegation or a person before the window writes
// it: a unique delegation code, required names, exactly one head of
// delegation, a phone number that is a number (stored as E.164), known
// countries and languages. It reads the event file through data and knows
// nothing of Fyne.
package roster

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"strings"

	"lodesk/app/cldr"
	"lodesk/app/phone"
	"lodesk/data"
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

// FieldError says which field is wrong and why; Other names the record in
// the way (the other delegation with the code, the HOD already there).
type FieldError struct {
	Field string
	Err   error
	Other string
}

func (e *FieldError) Error() string {
	if e.Other != "" {
		return fmt.Sprintf("%s: %v (%s)", e.Field, e.Err, e.Other)
	}
	return e.Field + ": " + e.Err.Error()
}

func (e *FieldError) Unwrap() error { return e.Err }

// Delegation checks d against the event file and tidies it in place
// (trimmed code and name, upper-case country, defaults for empty choices).
// The first problem found is returned as a *FieldError.
func Delegation(ctx context.Context, s *data.Store, d *data.Delegation) error {
	d.Code = strings.TrimSpace(d.Code)
	d.Name = strings.TrimSpace(d.Name)
	d.Country = strings.ToUpper(strings.TrimSpace(d.Country))
	if d.Kind == "" {
		d.Kind = data.KindCountry
	}
	if d.Status == "" {
		d.Status = data.StatusExpected
	}
	if d.Relations == "" {
		d.Relations = data.RelationsFull
	}
	switch {
	case d.Code == "":
		return &FieldError{Field: "code", Err: ErrRequired}
	case d.Name == "":
		return &FieldError{Field: "name", Err: ErrRequired}
	}
	other, err := s.DelegationByCode(ctx, d.Code)
	switch {
	case errors.Is(err, data.ErrNotFound):
	case err != nil:
		return fmt.Errorf("check delegation code: %w", err)
	case other.ID != d.ID:
		return &FieldError{Field: "code", Err: ErrCodeTaken, Other: other.Name}
	}
	switch {
	case !in(data.DelegationKinds, d.Kind):
		return &FieldError{Field: "kind", Err: ErrBadValue}
	case !in(data.DelegationStatuses, d.Status):
		return &FieldError{Field: "status", Err: ErrBadValue}
	case !in(data.Relations, d.Relations):
		return &FieldError{Field: "relations", Err: ErrBadValue}
	case d.Kind == data.KindCountry && d.Country == "":
		return &FieldError{Field: "country", Err: ErrRequired}
	}
	if d.Country != "" {
		if c, ok := cldr.Country(d.Country); !ok || c != d.Country {
			return &FieldError{Field: "country", Err: ErrUnknownCountry}
		}
	}
	for _, l := range d.Languages {
		if _, ok := cldr.Language(l); !ok {
			return &FieldError{Field: "languages", Err: ErrUnknownLanguage, Other: l}
		}
	}
	return nil
}

// Person checks p against the event file and tidies it in place: trimmed
// names, the phone as E.164 (read in region when it has no country code),
// allergies without empty substances. Fields that read as data.Locked are
// left alone.
func Person(ctx context.Context, s *data.Store, p *data.Person, region string) error {
	p.FullName = strings.TrimSpace(p.FullName)
	p.NativeName = strings.TrimSpace(p.NativeName)
	p.Email = strings.TrimSpace(p.Email)
	if p.Role == "" {
		p.Role = data.RoleMember
	}
	switch {
	case p.DelegationID == "":
		return &FieldError{Field: "delegation", Err: ErrNoDelegation}
	case p.FullName == "":
		return &FieldError{Field: "full_name", Err: ErrRequired}
	case !in(data.PersonRoles, p.Role):
		return &FieldError{Field: "role", Err: ErrBadValue}
	}
	if p.Nationality != "" {
		p.Nationality = strings.ToUpper(strings.TrimSpace(p.Nationality))
		if c, ok := cldr.Country(p.Nationality); !ok || c != p.Nationality {
			return &FieldError{Field: "nationality", Err: ErrUnknownCountry}
		}
	}
	for _, l := range p.Languages {
		if _, ok := cldr.Language(l); !ok {
			return &FieldError{Field: "languages", Err: ErrUnknownLanguage, Other: l}
		}
	}
	allergies := p.Allergies[:0:0]
	for _, a := range p.Allergies {
		a.Substance = strings.TrimSpace(a.Substance)
		if a.Substance == "" {
			continue
		}
		if a.Severity != "" && !in(data.AllergySeverities, a.Severity) {
			return &FieldError{Field: "allergies", Err: ErrBadValue, Other: a.Substance}
		}
		allergies = append(allergies, a)
	}
	p.Allergies = allergies
	if !data.IsLocked(p.Phone) {
		e, err := phone.E164(p.Phone, region)
		if err != nil {
			return &FieldError{Field: "phone", Err: err}
		}
		p.Phone = e
	}
	if p.Email != "" && !data.IsLocked(p.Email) {
		if a, err := mail.ParseAddress(p.Email); err != nil || a.Address != p.Email {
			return &FieldError{Field: "email", Err: ErrBadEmail}
		}
	}
	if p.Role != data.RoleHOD {
		return nil
	}
	hods, err := s.FindPeople(ctx, data.PersonFilter{DelegationID: p.DelegationID, Role: data.RoleHOD})
	if err != nil {
		return fmt.Errorf("check head of delegation: %w", err)
	}
	for _, h := range hods {
		if h.ID != p.ID {
			return &FieldError{Field: "role", Err: ErrSecondHOD, Other: h.FullName}
		}
	}
	return nil
}

func in(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
