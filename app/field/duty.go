package field

import "errors"

// Errors of shifts, hand-overs, LO notes and evaluations (app/duty);
// ErrEndBeforeStart and ErrBadDate are field.go's.
var (
	ErrTooLong           = errors.New("a shift lasts at most 24 hours")
	ErrOutsideAssignment = errors.New("outside the assignment's days")
	ErrOverlap           = errors.New("overlaps another shift of the same LO")
	ErrSameLO            = errors.New("the incoming LO is the outgoing one")
	ErrScore             = errors.New("a score runs from 1 to 5 (0: not rated)")
	ErrSecondEvaluation  = errors.New("the LO already has an evaluation")
)
