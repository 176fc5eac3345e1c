// Package record is the shape every kind of record's rules take in app/,
// and what they share. Each kind has one package (app/delegations,
// app/logistics, app/los, app/assign, app/programme, app/sop,
// app/requests, app/registers, ...) that owns, for its records:
//
//   - Check: the rules, the first problem as a *field.Error naming the
//     field (the values through app/field, so the importer refuses the
//     same values with the same error);
//   - Save: Check, then the write through the store (insert when the
//     record has no id yet, else update), then what follows a save (the
//     seating regenerated, a checklist made), returning what moved;
//   - Remove: delete with undo, through Remove here (or a kind's own
//     refusal first, e.g. the default SOP template).
//
// The window (ui/) and the importer (app/imex) both call these; ui/ never
// writes to the store itself.
package record

import (
	"context"
	"errors"
	"fmt"

	"lodesk/app/seating"
	"lodesk/data"
)

// errDryRun rolls back the trial delete of Preview.
var errDryRun = errors.New("dry run")

// Preview lists the rows deleting r would take with it, r among them, by
// deleting in a transaction that is rolled back.
func Preview(ctx context.Context, st *data.Store, r data.Record) ([]data.Record, error) {
	var gone []data.Record
	err := st.Write(ctx, func(tx *data.Tx) error {
		var err error
		if gone, err = tx.Delete(r); err != nil {
			return err
		}
		return errDryRun
	})
	if !errors.Is(err, errDryRun) {
		return nil, fmt.Errorf("list what deleting %s takes: %w", r.Table(), err)
	}
	return gone, nil
}

// Removal is a delete that can be undone: the record and every row that
// went with it, and what closing the gaps in the seat maps moved.
type Removal struct {
	Rows    []data.Record
	Seating []seating.ItemMoves
}

// Remove deletes r and the rows that cannot live without it, in one
// transaction; when seats went with them, the seat maps and photo line-ups
// close up (Removal.Seating). A failure of that regeneration comes back
// with the Removal, which can still be undone.
func Remove(ctx context.Context, st *data.Store, r data.Record) (*Removal, error) {
	gone, err := st.Delete(ctx, r)
	if err != nil {
		return nil, fmt.Errorf("delete %s: %w", r.Table(), err)
	}
	rm := &Removal{Rows: gone}
	if seated(gone) {
		rm.Seating, err = Reseat(ctx, st)
	}
	return rm, err
}

// Undo brings the rows back with the values they had; when seats came
// back, the seat maps are regenerated and what moved is returned.
func (rm *Removal) Undo(ctx context.Context, st *data.Store) ([]seating.ItemMoves, error) {
	if err := st.Restore(ctx, rm.Rows); err != nil {
		return nil, fmt.Errorf("undo delete: %w", err)
	}
	if !seated(rm.Rows) {
		return nil, nil
	}
	return Reseat(ctx, st)
}

// seated says whether rows hold seats of a programme item that is not
// among them, so that its seat map must change.
func seated(rows []data.Record) bool {
	items := map[string]bool{}
	for _, r := range rows {
		if it, ok := r.(*data.ProgrammeItem); ok {
			items[it.ID] = true
		}
	}
	for _, r := range rows {
		if s, ok := r.(*data.Seat); ok && !items[s.ItemID] {
			return true
		}
	}
	return false
}

// Reseat regenerates the seat maps and photo line-ups after a change of
// precedence or attendance, keeping what was placed by hand.
func Reseat(ctx context.Context, st *data.Store) ([]seating.ItemMoves, error) {
	moved, err := seating.RegenerateAll(ctx, st)
	if err != nil {
		return moved, fmt.Errorf("saved, but regenerating the seating failed: %w", err)
	}
	return moved, nil
}

// Put writes rec inside tx: an insert when it has no id yet, else an
// update of the fields that changed.
func Put(tx *data.Tx, rec data.Record) error {
	if data.IDOf(rec) == "" {
		return tx.Insert(rec)
	}
	return tx.Update(rec)
}

// SaveChecked writes rec (Save) when checkErr, the result of its kind's
// check, is nil; otherwise it returns checkErr and writes nothing.
func SaveChecked(ctx context.Context, st *data.Store, rec data.Record, checkErr error) error {
	if checkErr != nil {
		return checkErr
	}
	if err := Save(ctx, st, rec); err != nil {
		return fmt.Errorf("save %s: %w", rec.Table(), err)
	}
	return nil
}

// Save writes rec in a transaction of its own, as Put does.
func Save(ctx context.Context, st *data.Store, rec data.Record) error {
	return st.Write(ctx, func(tx *data.Tx) error { return Put(tx, rec) })
}
