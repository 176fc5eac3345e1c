package imex

import (
	"errors"

	"lodesk/app/field"
)

// rule reports the errors of the record's rules in app/ (a *field.Error,
// or several at once by field.Join) against the columns their fields are
// imported from: cols maps a field to a column key where the names differ,
// and a field with no column falls back to fallback. A column whose cell
// already could not be read keeps that problem alone.
func (r *rowCtx) rule(err error, cols map[string]string, fallback string) {
	if err == nil {
		return
	}
	read := map[string]bool{} // columns with a problem before the rules
	for _, p := range r.rp.Problems {
		if !p.Warning {
			read[p.Column] = true
		}
	}
	for _, e := range leaves(err) {
		col, ofField := fallback, false
		var fe *field.Error
		if errors.As(e, &fe) {
			ofField = true
			col = fe.Field
			if c, ok := cols[fe.Field]; ok {
				col = c
			}
			if !r.has(col) && !r.pl.isColumn(col) {
				col = fallback // the field has no column of its own
			}
			e = fe.Err
			if fe.Other != "" {
				e = &detailError{err: fe.Err, detail: fe.Other}
			}
		}
		if !ofField || !read[col] {
			r.fail(col, e)
		}
	}
}

// leaves are the errors joined in err (errors.Join, field.Join), or err
// alone.
func leaves(err error) []error {
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		return []error{err}
	}
	var out []error
	for _, e := range j.Unwrap() {
		out = append(out, leaves(e)...)
	}
	return out
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
