// Package contacts owns the contact people LO Desk prints: a department's
// (Ground Handling, Transport, Patwal, ...) and a delegation's own focal
// points (its embassy in the host country, the protecting power where
// there are no relations, its protocol officer). The window and the
// importer both check and save contacts here.
package contacts

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// ErrBothOwners is a contact given both a department and a delegation.
var ErrBothOwners = errors.New("a contact belongs to a department or to a delegation, not both")

// Check tidies and checks a contact: a name; a department of
// data.Departments or a delegation (with a role of data.ContactRoles,
// embassy when empty), not both; the phone as E.164 (region: where numbers
// without a country code are); an e-mail address.
func Check(c *data.Contact, region string) error {
	c.Name = strings.TrimSpace(c.Name)
	c.RadioChannel = strings.TrimSpace(c.RadioChannel)
	c.Email = strings.TrimSpace(c.Email)
	c.Notes = strings.TrimSpace(c.Notes)
	switch {
	case c.DelegationID != "" && c.Department != "":
		return &field.Error{Field: "department", Err: ErrBothOwners}
	case c.DelegationID == "" && c.Department == "":
		return &field.Error{Field: "department", Err: field.ErrRequired}
	case c.Department != "" && !slices.Contains(data.Departments, c.Department):
		return &field.Error{Field: "department", Err: field.ErrBadValue}
	case c.Name == "":
		return &field.Error{Field: "name", Err: field.ErrRequired}
	}
	if c.DelegationID != "" {
		if c.Role == "" {
			c.Role = data.ContactEmbassy
		}
		if !slices.Contains(data.ContactRoles, c.Role) {
			return &field.Error{Field: "role", Err: field.ErrBadValue}
		}
	} else {
		c.Role = strings.TrimSpace(c.Role) // a department contact's role is their job
	}
	p, err := field.Phone(c.Phone, region)
	if err != nil {
		return field.New("phone", err)
	}
	c.Phone = p
	if c.Email, err = field.Email(c.Email); err != nil {
		return field.New("email", err)
	}
	return nil
}

// Save checks a contact and inserts or updates it.
func Save(ctx context.Context, s *data.Store, c *data.Contact, region string) error {
	if err := Check(c, region); err != nil {
		return err
	}
	if err := record.Save(ctx, s, c); err != nil {
		return fmt.Errorf("save contact: %w", err)
	}
	return nil
}

// Remove deletes a contact (record.Remove); Removal.Undo brings it back.
func Remove(ctx context.Context, s *data.Store, id string) (*record.Removal, error) {
	return record.Remove(ctx, s, &data.Contact{Base: data.Base{ID: id}})
}

// ForDelegation lists a delegation's contacts in print order: embassy,
// protecting power, protocol officer, other; then by name.
func ForDelegation(ctx context.Context, s *data.Store, delegationID string) ([]data.Contact, error) {
	cs, err := s.FindContacts(ctx, delegationID)
	if err != nil {
		return nil, fmt.Errorf("contacts: %w", err)
	}
	Sort(cs)
	return cs, nil
}

// Sort orders a delegation's contacts by role (data.ContactRoles), then
// name.
func Sort(cs []data.Contact) {
	sort.SliceStable(cs, func(i, j int) bool {
		ri, rj := slices.Index(data.ContactRoles, cs[i].Role), slices.Index(data.ContactRoles, cs[j].Role)
		if ri != rj {
			return ri < rj
		}
		return data.Fold(cs[i].Name) < data.Fold(cs[j].Name)
	})
}
