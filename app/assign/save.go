package assign

import (
	"context"
	"fmt"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/app/sop"
	"lodesk/data"
)

// CheckFields applies the rules an assignment obeys on its own, tidying it
// in place: an LO and a delegation, the role lead (by default) or
// assistant, its days as YYYY-MM-DD (empty: the delegation's stay), the
// last not before the first.
func CheckFields(a *data.Assignment) error {
	if a.Role == "" {
		a.Role = data.AssignLead
	}
	a.Notes = strings.TrimSpace(a.Notes)
	var err error
	switch {
	case a.LOID == "":
		return &field.Error{Field: "lo", Err: field.ErrRequired}
	case a.DelegationID == "":
		return &field.Error{Field: "delegation", Err: field.ErrNoDelegation}
	case a.Role != data.AssignLead && a.Role != data.AssignAssistant:
		return &field.Error{Field: "role", Err: field.ErrBadValue, Value: a.Role}
	}
	if a.FromDate, err = field.Date(a.FromDate); err != nil {
		return field.New("from", err)
	}
	if a.ToDate, err = field.Date(a.ToDate); err != nil {
		return field.New("to", err)
	}
	if a.FromDate != "" && a.ToDate != "" && a.ToDate < a.FromDate {
		return &field.Error{Field: "to", Err: field.ErrEndBeforeStart}
	}
	return nil
}

// Save checks an assignment and writes it; a new one gets its SOP
// checklist from its template in the same transaction (sop.AssignTx).
func Save(ctx context.Context, s *data.Store, a *data.Assignment) error {
	if err := CheckFields(a); err != nil {
		return err
	}
	err := s.Write(ctx, func(tx *data.Tx) error { return Put(tx, a) })
	if err != nil {
		return fmt.Errorf("save assignment: %w", err)
	}
	return nil
}

// Put writes a checked assignment inside tx, with its checklist when it
// is new: what the importer's transaction calls.
func Put(tx *data.Tx, a *data.Assignment) error {
	if a.ID == "" {
		_, err := sop.AssignTx(tx, a)
		return err
	}
	return record.Put(tx, a)
}
