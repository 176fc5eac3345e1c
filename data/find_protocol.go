package data

import (
	"context"
)

// FindMovements lists the movements of a delegation ("" = all) by start
// time.
func (s *Store) FindMovements(ctx context.Context, delegationID string) ([]Movement, error) {
	var w where
	if delegationID != "" {
		w.add("delegation_id = ?", delegationID)
	}
	return find[Movement](ctx, s, w, "starts, hlc, id")
}

// FindConvoy lists a movement's cars ("" = every movement's) in driving
// order.
func (s *Store) FindConvoy(ctx context.Context, movementID string) ([]ConvoyCar, error) {
	var w where
	if movementID != "" {
		w.add("movement_id = ?", movementID)
	}
	return find[ConvoyCar](ctx, s, w, "movement_id, position, hlc, id")
}

// FindNotesVerbales lists the Notes Verbales of a delegation ("" = all),
// newest first.
func (s *Store) FindNotesVerbales(ctx context.Context, delegationID string) ([]NoteVerbale, error) {
	var w where
	if delegationID != "" {
		w.add("delegation_id = ?", delegationID)
	}
	return find[NoteVerbale](ctx, s, w, "date DESC, reference, id")
}

// OverdueNotes lists the open Notes Verbales (neither answered nor closed)
// whose follow-up was due before day (YYYY-MM-DD), oldest due first.
func (s *Store) OverdueNotes(ctx context.Context, day string) ([]NoteVerbale, error) {
	var w where
	w.add("follow_up_due != '' AND follow_up_due < ? AND status NOT IN (?, ?)", day, NoteAnswered, NoteClosed)
	return find[NoteVerbale](ctx, s, w, "follow_up_due, reference, id")
}

// FindContacts lists the contacts of a delegation, or with "" the
// departments' (those with no delegation), in creation order.
func (s *Store) FindContacts(ctx context.Context, delegationID string) ([]Contact, error) {
	var w where
	if delegationID != "" {
		w.add("delegation_id = ?", delegationID)
	} else {
		w.add("delegation_id IS NULL")
	}
	return find[Contact](ctx, s, w, "hlc, id")
}

// ByParentIn is ByParent inside a write transaction.
func ByParentIn[T any, P recordPtr[T]](tx *Tx, column, id string) ([]T, error) {
	if _, err := refColumn[T, P](column); err != nil {
		return nil, err
	}
	var w where
	w.add(column+" = ?", id)
	return findOn[T, P](tx.ctx, tx.s, tx.tx, w, "hlc, id")
}
