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

	"lodesk/app/record"
	"lodesk/data"
)

// save checks r inside one write transaction, then writes it (record.Put:
// an insert for a new record, else an update). A duty record is deleted
// with undo through record.Remove.
func save(ctx context.Context, s *data.Store, r data.Record, check func(tx *data.Tx) error) error {
	return s.Write(ctx, func(tx *data.Tx) error {
		if err := check(tx); err != nil {
			return err
		}
		return record.Put(tx, r)
	})
}
