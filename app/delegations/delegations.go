// Package delegations holds the rules of a delegation and of its people:
// a unique delegation code, required names, exactly one head of
// delegation, a phone number that is a number (stored as E.164), known
// countries and languages. It reads the event file through data and knows
// nothing of Fyne.
package delegations

import (
	"context"
	"errors"
	"fmt"
	"net/mail"
	"slices"
	"strings"

	"lodesk/app/cldr"
	"lodesk/app/field"
	"lodesk/app/phone"
	"lodesk/data"
)

// Check checks d against the event file and tidies it in place
// (trimmed code and name, upper-case country, defaults for empty choices).
// The first problem found is returned as a *FieldError.
func Check(ctx context.Context, s *data.Store, d *data.Delegation) error {
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
		return &field.Error{Field: "code", Err: field.ErrRequired}
	case d.Name == "":
		return &field.Error{Field: "name", Err: field.ErrRequired}
	}
	other, err := s.DelegationByCode(ctx, d.Code)
	switch {
	case errors.Is(err, data.ErrNotFound):
	case err != nil:
		return fmt.Errorf("check delegation code: %w", err)
	case other.ID != d.ID:
		return &field.Error{Field: "code", Err: field.ErrCodeTaken, Other: other.Name}
	}
	switch {
	case !slices.Contains(data.DelegationKinds, d.Kind):
		return &field.Error{Field: "kind", Err: field.ErrBadValue}
	case !slices.Contains(data.DelegationStatuses, d.Status):
		return &field.Error{Field: "status", Err: field.ErrBadValue}
	case !slices.Contains(data.Relations, d.Relations):
		return &field.Error{Field: "relations", Err: field.ErrBadValue}
	case d.Kind == data.KindCountry && d.Country == "":
		return &field.Error{Field: "country", Err: field.ErrRequired}
	}
	if d.Country != "" {
		if c, ok := cldr.Country(d.Country); !ok || c != d.Country {
			return &field.Error{Field: "country", Err: field.ErrUnknownCountry}
		}
	}
	for _, l := range d.Languages {
		if _, ok := cldr.Language(l); !ok {
			return &field.Error{Field: "languages", Err: field.ErrUnknownLanguage, Other: l}
		}
	}
	return nil
}

// CheckPerson checks p against the event file and tidies it in place: trimmed
// names, the phone as E.164 (read in region when it has no country code),
// allergies without empty substances. Fields that read as data.Locked are
// left alone.
func CheckPerson(ctx context.Context, s *data.Store, p *data.Person, region string) error {
	p.FullName = strings.TrimSpace(p.FullName)
	p.NativeName = strings.TrimSpace(p.NativeName)
	p.Email = strings.TrimSpace(p.Email)
	if p.Role == "" {
		p.Role = data.RoleMember
	}
	switch {
	case p.DelegationID == "":
		return &field.Error{Field: "delegation", Err: field.ErrNoDelegation}
	case p.FullName == "":
		return &field.Error{Field: "full_name", Err: field.ErrRequired}
	case !slices.Contains(data.PersonRoles, p.Role):
		return &field.Error{Field: "role", Err: field.ErrBadValue}
	}
	if p.Nationality != "" {
		p.Nationality = strings.ToUpper(strings.TrimSpace(p.Nationality))
		if c, ok := cldr.Country(p.Nationality); !ok || c != p.Nationality {
			return &field.Error{Field: "nationality", Err: field.ErrUnknownCountry}
		}
	}
	for _, l := range p.Languages {
		if _, ok := cldr.Language(l); !ok {
			return &field.Error{Field: "languages", Err: field.ErrUnknownLanguage, Other: l}
		}
	}
	allergies := p.Allergies[:0:0]
	for _, a := range p.Allergies {
		a.Substance = strings.TrimSpace(a.Substance)
		if a.Substance == "" {
			continue
		}
		if a.Severity != "" && !slices.Contains(data.AllergySeverities, a.Severity) {
			return &field.Error{Field: "allergies", Err: field.ErrBadValue, Other: a.Substance}
		}
		allergies = append(allergies, a)
	}
	p.Allergies = allergies
	if !data.IsLocked(p.Phone) {
		e, err := phone.E164(p.Phone, region)
		if err != nil {
			return &field.Error{Field: "phone", Err: err}
		}
		p.Phone = e
	}
	if p.Email != "" && !data.IsLocked(p.Email) {
		if a, err := mail.ParseAddress(p.Email); err != nil || a.Address != p.Email {
			return &field.Error{Field: "email", Err: field.ErrBadEmail}
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
			return &field.Error{Field: "role", Err: field.ErrSecondHOD, Other: h.FullName}
		}
	}
	return nil
}
