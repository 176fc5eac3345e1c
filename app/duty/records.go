package duty

import (
	"context"
	"slices"
	"strings"
	"time"

	"lodesk/app/field"
	"lodesk/data"
)

// SaveHandOver checks a hand-over and writes it: the delegation, the
// incoming LO and the time are required, and the outgoing LO (if named)
// is another.
func SaveHandOver(ctx context.Context, s *data.Store, h *data.HandOver) error {
	h.Note = strings.TrimSpace(h.Note)
	return save(ctx, s, h, func(tx *data.Tx) error {
		switch {
		case h.DelegationID == "":
			return &field.Error{Field: "delegation", Err: field.ErrRequired}
		case h.ToLOID == "":
			return &field.Error{Field: "to_lo", Err: field.ErrRequired}
		case h.FromLOID == h.ToLOID:
			return &field.Error{Field: "to_lo", Err: field.ErrSameLO}
		case h.HandedAt.IsZero():
			return &field.Error{Field: "handed_at", Err: field.ErrRequired}
		}
		if err := exists[data.Delegation](tx, "delegation", h.DelegationID); err != nil {
			return err
		}
		if err := exists[data.LO](tx, "to_lo", h.ToLOID); err != nil {
			return err
		}
		if h.FromLOID != "" {
			return exists[data.LO](tx, "from_lo", h.FromLOID)
		}
		return nil
	})
}

// SaveLONote checks an LO's note for a day and writes it.
func SaveLONote(ctx context.Context, s *data.Store, n *data.LONote) error {
	n.Text, n.Day = strings.TrimSpace(n.Text), strings.TrimSpace(n.Day)
	return save(ctx, s, n, func(tx *data.Tx) error {
		if n.LOID == "" {
			return &field.Error{Field: "lo", Err: field.ErrRequired}
		}
		if _, err := time.Parse(time.DateOnly, n.Day); err != nil {
			return &field.Error{Field: "day", Err: field.ErrBadDate}
		}
		if n.Text == "" {
			return &field.Error{Field: "text", Err: field.ErrRequired}
		}
		return exists[data.LO](tx, "lo", n.LOID)
	})
}

// SaveEvaluation checks an LO evaluation and writes it: one per LO, each
// score 0 (not rated) or 1 to 5. An empty time is now.
func SaveEvaluation(ctx context.Context, s *data.Store, e *data.LOEvaluation) error {
	e.Comments, e.EvaluatedBy = strings.TrimSpace(e.Comments), strings.TrimSpace(e.EvaluatedBy)
	if e.EvaluatedAt.IsZero() {
		e.EvaluatedAt = time.Now().UTC().Truncate(time.Second)
	}
	return save(ctx, s, e, func(tx *data.Tx) error {
		if e.LOID == "" {
			return &field.Error{Field: "lo", Err: field.ErrRequired}
		}
		for _, sc := range []struct {
			field string
			v     int
		}{{"punctuality", e.Punctuality}, {"protocol", e.Protocol}, {"communication", e.Communication}, {"initiative", e.Initiative}, {"overall", e.Overall}} {
			if sc.v < 0 || sc.v > 5 {
				return &field.Error{Field: sc.field, Err: field.ErrScore}
			}
		}
		if err := exists[data.LO](tx, "lo", e.LOID); err != nil {
			return err
		}
		all, err := data.AllIn[data.LOEvaluation](tx)
		if err != nil {
			return err
		}
		for _, o := range all {
			if o.LOID == e.LOID && o.ID != e.ID {
				return &field.Error{Field: "lo", Err: field.ErrSecondEvaluation, Other: o.EvaluatedBy}
			}
		}
		return nil
	})
}

// SaveLesson checks a lesson and writes it: what was learnt is required,
// the department is one of data.Departments or none. An empty time is
// now.
func SaveLesson(ctx context.Context, s *data.Store, l *data.Lesson) error {
	l.What, l.Recommendation, l.RecordedBy = strings.TrimSpace(l.What), strings.TrimSpace(l.Recommendation), strings.TrimSpace(l.RecordedBy)
	if l.RecordedAt.IsZero() {
		l.RecordedAt = time.Now().UTC().Truncate(time.Second)
	}
	return save(ctx, s, l, func(tx *data.Tx) error {
		if l.What == "" {
			return &field.Error{Field: "what", Err: field.ErrRequired}
		}
		if l.Department != "" && !slices.Contains(data.Departments, l.Department) {
			return &field.Error{Field: "department", Err: field.ErrBadValue}
		}
		if l.DelegationID != "" {
			return exists[data.Delegation](tx, "delegation", l.DelegationID)
		}
		return nil
	})
}

// exists checks that a referenced row is live.
func exists[T any, P interface {
	*T
	data.Record
}](tx *data.Tx, name, id string) error {
	if err := tx.Get(P(new(T)), id); err != nil {
		return &field.Error{Field: name, Err: err}
	}
	return nil
}
