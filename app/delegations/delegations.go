// Package delegations owns the rules and writes of a delegation and of its
// people (country briefs are app/brief's): a unique delegation code, required names, a country for a
// country delegation, exactly one head of delegation, known countries and
// languages, a phone number that is a number (stored as E.164), an e-mail
// address that is one. A change of precedence, status, role or delegation
// regenerates the seating. The window and the importer (app/imex) both
// call it (app/record describes the shape). It knows nothing of Fyne.
package delegations

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"lodesk/app/event"
	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/app/seating"
	"lodesk/data"
)

// CheckFields applies the rules a delegation obeys on its own, tidying it
// in place (trimmed code and name, the country and languages as codes,
// the default kind and status when empty; relations may stay unsaid); each problem is a *field.Error, all of them
// at once (field.Join). The
// importer calls it on each row; Check adds what needs the event file.
func CheckFields(d *data.Delegation) error {
	d.Code = strings.TrimSpace(d.Code)
	d.Name = strings.TrimSpace(d.Name)
	if d.Kind == "" {
		d.Kind = data.KindCountry
	}
	if d.Status == "" {
		d.Status = data.StatusExpected
	}
	var errs []error
	if d.Code == "" {
		errs = append(errs, &field.Error{Field: "code", Err: field.ErrRequired})
	}
	if d.Name == "" {
		errs = append(errs, &field.Error{Field: "name", Err: field.ErrRequired})
	}
	if !slices.Contains(data.DelegationKinds, d.Kind) {
		errs = append(errs, &field.Error{Field: "kind", Err: field.ErrBadValue, Value: d.Kind})
	}
	if !slices.Contains(data.DelegationStatuses, d.Status) {
		errs = append(errs, &field.Error{Field: "status", Err: field.ErrBadValue, Value: d.Status})
	}
	if d.Relations != "" && !slices.Contains(data.Relations, d.Relations) { // "": not said
		errs = append(errs, &field.Error{Field: "relations", Err: field.ErrBadValue, Value: d.Relations})
	}
	var err error
	if d.Country, err = field.Country(d.Country); err != nil {
		errs = append(errs, field.New("country", err))
	} else if d.Kind == data.KindCountry && d.Country == "" {
		errs = append(errs, &field.Error{Field: "country", Err: field.ErrRequired})
	}
	if d.Languages, err = field.Languages(d.Languages); err != nil {
		errs = append(errs, field.New("languages", err))
	}
	return field.Join(errs...)
}

// Check is CheckFields and a code no other delegation in the event file
// has.
func Check(ctx context.Context, s *data.Store, d *data.Delegation) error {
	if code := strings.TrimSpace(d.Code); code != "" {
		other, err := s.DelegationByCode(ctx, code)
		switch {
		case errors.Is(err, data.ErrNotFound):
		case err != nil:
			return fmt.Errorf("check delegation code: %w", err)
		case other.ID != d.ID:
			return &field.Error{Field: "code", Err: field.ErrCodeTaken, Other: other.Name}
		}
	}
	return CheckFields(d)
}

// Save checks d and writes it (a new one gets its id). When a stored
// delegation's precedence or status changed, the seat maps and photo
// line-ups are regenerated; moved says who moved.
func Save(ctx context.Context, s *data.Store, d *data.Delegation) (moved []seating.ItemMoves, err error) {
	if err := Check(ctx, s, d); err != nil {
		return nil, err
	}
	var old *data.Delegation
	if d.ID != "" {
		if old, err = data.Get[data.Delegation](ctx, s, d.ID); err != nil {
			return nil, fmt.Errorf("save delegation: %w", err)
		}
	}
	if err := record.Save(ctx, s, d); err != nil {
		return nil, fmt.Errorf("save delegation %s: %w", d.Code, err)
	}
	if old == nil || (old.Precedence == d.Precedence && old.Status == d.Status) {
		return nil, nil // a new delegation has nobody to seat yet
	}
	return record.Reseat(ctx, s)
}

// CheckPersonFields applies the rules a person obeys on their own, tidying
// p in place: trimmed names, the nationality and languages as codes,
// allergies without empty substances, the phone as E.164 (read in region
// when it has no country code), the e-mail address. Fields that read as
// data.Locked are left alone. Every field that is wrong is said at once
// (field.Join).
func CheckPersonFields(p *data.Person, region string) error {
	p.FullName = strings.TrimSpace(p.FullName)
	p.NativeName = strings.TrimSpace(p.NativeName)
	if p.Role == "" {
		p.Role = data.RoleMember
	}
	var errs []error
	if p.DelegationID == "" {
		errs = append(errs, &field.Error{Field: "delegation", Err: field.ErrNoDelegation})
	}
	if p.FullName == "" {
		errs = append(errs, &field.Error{Field: "full_name", Err: field.ErrRequired})
	}
	if !slices.Contains(data.PersonRoles, p.Role) {
		errs = append(errs, &field.Error{Field: "role", Err: field.ErrBadValue, Value: p.Role})
	}
	var err error
	if p.Nationality, err = field.Country(p.Nationality); err != nil {
		errs = append(errs, field.New("nationality", err))
	}
	if p.Languages, err = field.Languages(p.Languages); err != nil {
		errs = append(errs, field.New("languages", err))
	}
	allergies := p.Allergies[:0:0]
	for _, a := range p.Allergies {
		a.Substance = strings.TrimSpace(a.Substance)
		if a.Substance == "" {
			continue
		}
		if a.Severity != "" && !slices.Contains(data.AllergySeverities, a.Severity) {
			errs = append(errs, &field.Error{Field: "allergies", Err: field.ErrBadValue, Value: a.Severity, Other: a.Substance})
			break
		}
		allergies = append(allergies, a)
	}
	p.Allergies = allergies
	if p.Phone, err = field.Phone(p.Phone, region); err != nil {
		errs = append(errs, field.New("phone", err))
	}
	if !data.IsLocked(p.Email) {
		if p.Email, err = field.Email(p.Email); err != nil {
			errs = append(errs, field.New("email", err))
		}
	}
	return field.Join(errs...)
}

// CheckPerson is CheckPersonFields and no second head of delegation in the
// person's delegation.
func CheckPerson(ctx context.Context, s *data.Store, p *data.Person, region string) error {
	if err := CheckPersonFields(p, region); err != nil {
		return err
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

// CheckPersonIn is CheckPerson with phone numbers read as the event's
// host country's: what SavePerson checks, without writing (an editor
// checks a field when it is left).
func CheckPersonIn(ctx context.Context, s *data.Store, p *data.Person) error {
	region, err := event.Region(ctx, s)
	if err != nil {
		return err
	}
	return CheckPerson(ctx, s, p, region)
}

// SavePerson checks p and writes it, phone numbers without a country code
// being read as numbers of the event's host country. A new person, or one
// whose role or delegation changed, regenerates the seat maps and photo
// line-ups; moved says who moved.
func SavePerson(ctx context.Context, s *data.Store, p *data.Person) (moved []seating.ItemMoves, err error) {
	region, err := event.Region(ctx, s)
	if err != nil {
		return nil, err
	}
	if err := CheckPerson(ctx, s, p, region); err != nil {
		return nil, err
	}
	var old *data.Person
	if p.ID != "" {
		if old, err = data.Get[data.Person](ctx, s, p.ID); err != nil {
			return nil, fmt.Errorf("save person: %w", err)
		}
	}
	if err := record.Save(ctx, s, p); err != nil {
		return nil, fmt.Errorf("save person %s: %w", p.FullName, err)
	}
	if old != nil && old.Role == p.Role && old.DelegationID == p.DelegationID {
		return nil, nil // attendance is unchanged: nobody moves
	}
	return record.Reseat(ctx, s)
}
