// Package programme owns the rules and writes of the programme's items (a
// title, a kind, a start and a later end, who attends, row sizes for a
// seat map or photo); transfer times between venues are app/transfer's. Saving an item with a seat map or a group photo
// regenerates its positions. The window and the importer (app/imex) both
// call it (app/record describes the shape). Field names are the
// spreadsheet columns' keys.
package programme

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/app/seating"
	"lodesk/data"
)

// Errors of programme items.
var (
	ErrNoAttendees = errors.New("no delegation chosen to attend")
	ErrRowSizes    = errors.New("row sizes are numbers from 1 to 200 separated by semicolons")
)

// CheckFields applies the rules of a programme item, tidying it in place
// (trimmed texts, "other" as the kind by default, the attendance rule
// set, seating.DefaultRowSizes for a seat plan or line-up that names no
// rows): a title, a kind and an attendance rule of the lists, a start and
// an end after it, attendees ("all" or delegation codes) and row sizes
// that read.
func CheckFields(it *data.ProgrammeItem) error {
	it.Title = strings.TrimSpace(it.Title)
	it.Venue, it.Room = strings.TrimSpace(it.Venue), strings.TrimSpace(it.Room)
	it.DressCode, it.RowSizes = strings.TrimSpace(it.DressCode), strings.TrimSpace(it.RowSizes)
	it.Notes = strings.TrimSpace(it.Notes)
	if it.Kind == "" {
		it.Kind = data.ItemOther
	}
	if it.RowSizes == "" && (it.Seating || it.Photo) {
		it.RowSizes = seating.DefaultRowSizes
	}
	it.SetAttendance(it.AttendanceRule()) // an older laptop's item gets its rule
	switch {
	case !slices.Contains(data.AttendanceRules, it.Attendance):
		return &field.Error{Field: "seating", Err: field.ErrBadValue, Value: it.Attendance}
	case it.Title == "":
		return &field.Error{Field: "title", Err: field.ErrRequired}
	case !slices.Contains(data.ProgrammeKinds, it.Kind):
		return &field.Error{Field: "kind", Err: field.ErrBadValue, Value: it.Kind}
	case it.Starts.IsZero():
		return &field.Error{Field: "starts", Err: field.ErrRequired}
	case it.Ends.IsZero():
		return &field.Error{Field: "ends", Err: field.ErrRequired}
	case !it.Ends.After(it.Starts):
		return &field.Error{Field: "ends", Err: field.ErrEndBeforeStart}
	case len(it.Attendees) == 0:
		return &field.Error{Field: "attendees", Err: ErrNoAttendees}
	}
	if _, err := seating.ParseRowSizes(it.RowSizes); err != nil {
		return &field.Error{Field: "row_sizes", Err: fmt.Errorf("%w: %v", ErrRowSizes, err)}
	}
	return nil
}

// Save checks an item and writes it; an item with a seat map or a group
// photo has its positions regenerated (what was placed by hand stays),
// and moves says who moved.
func Save(ctx context.Context, s *data.Store, it *data.ProgrammeItem) (moves []seating.Move, err error) {
	if err := CheckFields(it); err != nil {
		return nil, err
	}
	if err := record.Save(ctx, s, it); err != nil {
		return nil, fmt.Errorf("save programme item %s: %w", it.Title, err)
	}
	if !it.Photo && !it.Seating {
		return nil, nil
	}
	if moves, err = seating.Regenerate(ctx, s, it.ID); err != nil {
		return nil, fmt.Errorf("saved, but regenerating the seating failed: %w", err)
	}
	return moves, nil
}

// LockSeating locks or unlocks an item's seating. Locked, its seats never
// move again: newcomers take the next free seats of their tier and are
// flagged for review (see app/seating). Unlocking keeps the places; the
// next regeneration may move people again.
func LockSeating(ctx context.Context, s *data.Store, itemID string, locked bool) error {
	it, err := data.Get[data.ProgrammeItem](ctx, s, itemID)
	if err != nil {
		return fmt.Errorf("lock seating: %w", err)
	}
	if it.SeatsLocked == locked {
		return nil
	}
	it.SeatsLocked = locked
	return record.Save(ctx, s, it)
}

// ErrNotChosen is an item whose rule is not "chosen people".
var ErrNotChosen = errors.New("the item's attendance rule is not chosen people")

// Choose adds a person to the people an item of rule "chosen" seats, or
// takes them off, and regenerates its seating; moves says who moved.
func Choose(ctx context.Context, s *data.Store, itemID, personID string, chosen bool) ([]seating.Move, error) {
	it, err := data.Get[data.ProgrammeItem](ctx, s, itemID)
	if err != nil {
		return nil, fmt.Errorf("choose: %w", err)
	}
	if it.AttendanceRule() != data.AttendChosen {
		return nil, fmt.Errorf("%s: %w", it.Title, ErrNotChosen)
	}
	has := slices.Contains(it.Chosen, personID)
	switch {
	case chosen && !has:
		it.Chosen = append(it.Chosen, personID)
	case !chosen && has:
		it.Chosen = slices.DeleteFunc(it.Chosen, func(id string) bool { return id == personID })
	default:
		return nil, nil
	}
	return Save(ctx, s, it)
}
