package duty

import (
	"context"
	"time"

	"lodesk/app/field"
	"lodesk/data"
)

// MaxShift is the longest a shift may last.
const MaxShift = 24 * time.Hour

// SaveShift checks a shift and writes it: it belongs to a live
// assignment, ends after it starts and within 24 hours, starts on one of
// the assignment's days (when the assignment names them; a night shift
// may end the next morning), and does not overlap another shift of the
// same LO.
func SaveShift(ctx context.Context, s *data.Store, sh *data.Shift) error {
	return save(ctx, s, sh, func(tx *data.Tx) error { return checkShift(tx, sh) })
}

func checkShift(tx *data.Tx, sh *data.Shift) error {
	if sh.AssignmentID == "" {
		return &field.Error{Field: "assignment", Err: field.ErrRequired}
	}
	var a data.Assignment
	if err := tx.Get(&a, sh.AssignmentID); err != nil {
		return &field.Error{Field: "assignment", Err: err}
	}
	switch {
	case sh.Starts.IsZero():
		return &field.Error{Field: "starts", Err: field.ErrRequired}
	case sh.Ends.IsZero():
		return &field.Error{Field: "ends", Err: field.ErrRequired}
	case !sh.Ends.After(sh.Starts):
		return &field.Error{Field: "ends", Err: field.ErrEndBeforeStart}
	case sh.Ends.Sub(sh.Starts) > MaxShift:
		return &field.Error{Field: "ends", Err: field.ErrTooLong}
	}
	ev, err := eventIn(tx)
	if err != nil {
		return err
	}
	loc := ev.Location()
	day := sh.Starts.In(loc).Format(time.DateOnly)
	if (a.FromDate != "" && day < a.FromDate) || (a.ToDate != "" && day > a.ToDate) {
		return &field.Error{Field: "starts", Err: field.ErrOutsideAssignment, Other: a.FromDate + " – " + a.ToDate}
	}
	as, err := data.AllIn[data.Assignment](tx)
	if err != nil {
		return err
	}
	sameLO := map[string]bool{}
	for _, x := range as {
		if x.LOID == a.LOID {
			sameLO[x.ID] = true
		}
	}
	shifts, err := data.AllIn[data.Shift](tx)
	if err != nil {
		return err
	}
	for _, o := range shifts {
		if o.ID != sh.ID && sameLO[o.AssignmentID] && o.Starts.Before(sh.Ends) && sh.Starts.Before(o.Ends) {
			return &field.Error{Field: "starts", Err: field.ErrOverlap, Other: o.Starts.In(loc).Format("2006-01-02 15:04") + " – " + o.Ends.In(loc).Format("15:04")}
		}
	}
	return nil
}

// eventIn reads the event inside a transaction (its zone says which day a
// time falls on).
func eventIn(tx *data.Tx) (*data.Event, error) {
	evs, err := data.AllIn[data.Event](tx)
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return &data.Event{}, nil
	}
	return &evs[0], nil
}
