package imex

import (
	"errors"

	"lodesk/app/field"
)

// rule reports an error of the record's rules in app/ (a
// *field.Error) against the column its field is imported from:
// cols maps a field to a column key where the names differ, and a field
// with no column falls back to fallback.
func (r *rowCtx) rule(err error, cols map[string]string, fallback string) {
	if err == nil {
		return
	}
	col := fallback
	var fe *field.Error
	if errors.As(err, &fe) {
		col = fe.Field
		if c, ok := cols[fe.Field]; ok {
			col = c
		}
		if !r.has(col) && !r.pl.isColumn(col) {
			col = fallback // the field has no column of its own
		}
		for _, p := range r.rp.Problems {
			if p.Column == col && !p.Warning {
				return // its cell could not be read: that is the problem
			}
		}
		err = fe.Err
		if fe.Other != "" {
			err = &detailError{err: fe.Err, detail: fe.Other}
		}
	}
	r.fail(col, err)
}

// detailError is a rule's error with what it is about ("car 2", a zone).
type detailError struct {
	err    error
	detail string
}

func (e *detailError) Error() string { return e.err.Error() + " (" + e.detail + ")" }
func (e *detailError) Unwrap() error { return e.err }

// isColumn says whether key is a column of the kind imported, mapped or
// not.
func (pl *planner) isColumn(key string) bool {
	for _, c := range columns[pl.plan.Kind] {
		if c.Key == key {
			return true
		}
	}
	return false
}
