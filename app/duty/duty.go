// Package duty owns the records of an LO's duty beyond the assignment
// itself: the shifts an assignment is split into, the hand-over between
// two LOs, the LO's own daily notes, the coordinator's evaluation of each
// LO and the lessons recorded during the event. Each has its rules and
// its writes here, for the window and the command line alike; a value
// it refuses is a *field.Error with one of field's sentinel errors. The
// reports that read them are in package report.
package duty

import (
	"context"
	"fmt"

	"lodesk/data"
)

// save validates r inside one write transaction, then inserts it (id ""
// for a new record) or updates it.
func save(ctx context.Context, s *data.Store, r data.Record, id string, check func(tx *data.Tx) error) error {
	return s.Write(ctx, func(tx *data.Tx) error {
		if err := check(tx); err != nil {
			return err
		}
		if id == "" {
			return tx.Insert(r)
		}
		return tx.Update(r)
	})
}

// Delete removes a duty record (a shift, hand-over, note, evaluation or
// lesson), returning what Restore needs to undo it.
func Delete(ctx context.Context, s *data.Store, r data.Record) ([]data.Record, error) {
	gone, err := s.Delete(ctx, r)
	if err != nil {
		return nil, fmt.Errorf("delete %s: %w", r.Table(), err)
	}
	return gone, nil
}

// Restore undoes Delete.
func Restore(ctx context.Context, s *data.Store, gone []data.Record) error {
	return s.Restore(ctx, gone)
}
