// Package transfer owns the transfer times between two places (venues,
// hotels, the airport), either way, that the itinerary's transfer check and
// the movement plans use. The window and the importer check and save them
// here.
package transfer

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// Errors of transfer times; the window translates them by errors.Is.
var (
	ErrSamePlace  = errors.New("the two places are the same")
	ErrBadMinutes = errors.New("minutes from 1 to 600")
)

// MaxMinutes is the longest transfer a row may give (ten hours).
const MaxMinutes = 600

// Check tidies and checks a transfer: two different places (trimmed; any
// case) and minutes from 1 to MaxMinutes.
func Check(t *data.Transfer) error {
	t.FromVenue, t.ToVenue = strings.TrimSpace(t.FromVenue), strings.TrimSpace(t.ToVenue)
	t.Notes = strings.TrimSpace(t.Notes)
	switch {
	case t.FromVenue == "":
		return &field.Error{Field: "from", Err: field.ErrRequired}
	case t.ToVenue == "":
		return &field.Error{Field: "to", Err: field.ErrRequired}
	case strings.EqualFold(t.FromVenue, t.ToVenue):
		return &field.Error{Field: "to", Err: ErrSamePlace}
	case t.Minutes < 1 || t.Minutes > MaxMinutes:
		return &field.Error{Field: "minutes", Err: ErrBadMinutes}
	}
	return nil
}

// PairKey is the same for a transfer either way: the two places folded
// and sorted.
func PairKey(a, b string) string {
	a, b = data.Fold(strings.TrimSpace(a)), data.Fold(strings.TrimSpace(b))
	if b < a {
		a, b = b, a
	}
	return a + "\x00" + b
}

// Save checks a transfer and writes it. The same two places either way
// are one transfer: a new one between places that have one changes it
// instead.
func Save(ctx context.Context, s *data.Store, t *data.Transfer) error {
	if err := Check(t); err != nil {
		return err
	}
	err := s.Write(ctx, func(tx *data.Tx) error {
		if t.ID == "" {
			all, err := data.AllIn[data.Transfer](tx)
			if err != nil {
				return err
			}
			for _, r := range all {
				if PairKey(r.FromVenue, r.ToVenue) == PairKey(t.FromVenue, t.ToVenue) {
					t.Base = r.Base
					if t.Notes == "" {
						t.Notes = r.Notes
					}
				}
			}
		}
		return record.Put(tx, t)
	})
	if err != nil {
		return fmt.Errorf("save transfer time: %w", err)
	}
	return nil
}
