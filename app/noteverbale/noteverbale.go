// Package noteverbale owns the log of Notes Verbales exchanged between
// the organiser and each delegation's embassy: reference, date, direction,
// subject, status and the date a follow-up is due, and which follow-ups
// are overdue (the dashboard shows them).
package noteverbale

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// Errors of Notes Verbales; the window translates them by errors.Is.
var (
	ErrDueBefore     = errors.New("the follow-up is due before the note's date")
	ErrReferenceUsed = errors.New("the delegation already has a note with this reference")
)

// Check tidies and checks a note: a delegation, a reference, a date, a
// direction (outgoing when empty) and a status (draft for an outgoing
// note, received for an incoming one, when empty), a follow-up not due
// before the note's date.
func Check(n *data.NoteVerbale) error {
	n.Reference = strings.TrimSpace(n.Reference)
	n.Subject = strings.TrimSpace(n.Subject)
	n.Notes = strings.TrimSpace(n.Notes)
	var errDate, errDue error
	if n.Date, errDate = field.Date(n.Date); errDate != nil {
		n.Date = strings.TrimSpace(n.Date)
	}
	if n.FollowUpDue, errDue = field.Date(n.FollowUpDue); errDue != nil {
		n.FollowUpDue = strings.TrimSpace(n.FollowUpDue)
	}
	if n.Direction == "" {
		n.Direction = data.NoteOutgoing
	}
	if n.Status == "" {
		n.Status = data.NoteDraft
		if n.Direction == data.NoteIncoming {
			n.Status = data.NoteReceived
		}
	}
	switch {
	case n.DelegationID == "":
		return &field.Error{Field: "delegation", Err: field.ErrNoDelegation}
	case n.Reference == "":
		return &field.Error{Field: "reference", Err: field.ErrRequired}
	case errDate != nil:
		return field.New("date", errDate)
	case n.Date == "":
		return &field.Error{Field: "date", Err: field.ErrRequired}
	case !slices.Contains(data.NoteDirections, n.Direction):
		return &field.Error{Field: "direction", Err: field.ErrBadValue}
	case !slices.Contains(data.NoteStatuses, n.Status):
		return &field.Error{Field: "status", Err: field.ErrBadValue}
	case errDue != nil:
		return field.New("follow_up_due", errDue)
	case n.FollowUpDue != "" && n.FollowUpDue < n.Date:
		return &field.Error{Field: "follow_up_due", Err: ErrDueBefore}
	}
	return nil
}

// Save checks a note, and that its delegation has no other note with the
// same reference and direction, and inserts or updates it.
func Save(ctx context.Context, s *data.Store, n *data.NoteVerbale) error {
	if err := Check(n); err != nil {
		return err
	}
	err := s.Write(ctx, func(tx *data.Tx) error {
		others, err := data.ByParentIn[data.NoteVerbale](tx, "delegation_id", n.DelegationID)
		if err != nil {
			return err
		}
		for _, o := range others {
			if o.ID != n.ID && o.Direction == n.Direction && strings.EqualFold(o.Reference, n.Reference) {
				return &field.Error{Field: "reference", Err: ErrReferenceUsed}
			}
		}
		if n.ID == "" {
			return tx.Insert(n)
		}
		return tx.Update(n)
	})
	var fe *field.Error
	if err != nil && !errors.As(err, &fe) {
		return fmt.Errorf("save note verbale: %w", err)
	}
	return err
}

// Remove deletes a Note Verbale (record.Remove); Removal.Undo brings it back.
func Remove(ctx context.Context, s *data.Store, id string) (*record.Removal, error) {
	return record.Remove(ctx, s, &data.NoteVerbale{Base: data.Base{ID: id}})
}

// Overdue is an open note whose follow-up is past due.
type Overdue struct {
	Note       data.NoteVerbale
	Delegation string // "CODE Name"
	DaysLate   int
}

// OverdueOn lists the open notes whose follow-up was due before day (in
// the event's calendar), the longest overdue first.
func OverdueOn(ctx context.Context, s *data.Store, day time.Time) ([]Overdue, error) {
	today := day.Format(time.DateOnly)
	ns, err := s.OverdueNotes(ctx, today)
	if err != nil {
		return nil, fmt.Errorf("overdue notes verbales: %w", err)
	}
	if len(ns) == 0 {
		return nil, nil
	}
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("overdue notes verbales: %w", err)
	}
	name := map[string]string{}
	for _, d := range ds {
		name[d.ID] = d.Code + " " + d.Name
	}
	d0, _ := time.Parse(time.DateOnly, today)
	out := make([]Overdue, 0, len(ns))
	for _, n := range ns {
		due, _ := time.Parse(time.DateOnly, n.FollowUpDue)
		out = append(out, Overdue{Note: n, Delegation: name[n.DelegationID], DaysLate: int(d0.Sub(due).Hours() / 24)})
	}
	return out, nil
}
