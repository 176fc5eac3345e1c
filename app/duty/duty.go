// Package duty owns the records of an LO's duty beyond the assignment
// itself: the shifts an assignment is split into, the hand-over between
// two LOs, the LO's own daily notes, the coordinator's evaluation of each
// LO and the lessons recorded during the event. Each has its rules and
// its writes here, for the window and the command line alike; the
// reports that read them are in package report.
package duty

import (
	"context"
	"errors"
	"fmt"

	"lodesk/data"
)

// Validation errors; the window explains them by errors.Is.
var (
	ErrRequired          = errors.New("required")
	ErrEndBeforeStart    = errors.New("ends before it starts")
	ErrTooLong           = errors.New("a shift lasts at most 24 hours")
	ErrOutsideAssignment = errors.New("outside the assignment's days")
	ErrOverlap           = errors.New("overlaps another shift of the same LO")
	ErrSameLO            = errors.New("the incoming LO is the outgoing one")
	ErrBadDate           = errors.New("not a date (YYYY-MM-DD)")
	ErrScore             = errors.New("a score runs from 1 to 5 (0: not rated)")
	ErrSecondEvaluation  = errors.New("the LO already has an evaluation")
	ErrBadValue          = errors.New("not one of the allowed values")
)

// FieldError says which field is wrong and why; Other names the record in
// the way (the overlapping shift, the evaluation already there).
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
