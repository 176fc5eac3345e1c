package dashboard

import (
	"context"
	"time"

	"lodesk/app/motorcade"
	"lodesk/app/noteverbale"
	"lodesk/data"
)

// protocol adds the Notes Verbales whose follow-up is overdue on the
// event's calendar day of now, and the vehicles booked twice.
func (a *Alerts) protocol(ctx context.Context, s *data.Store, now time.Time) error {
	var err error
	if a.NotesOverdue, err = noteverbale.OverdueOn(ctx, s, now); err != nil {
		return err
	}
	a.VehicleClashes, err = motorcade.LoadClashes(ctx, s)
	return err
}
