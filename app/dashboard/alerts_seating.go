package dashboard

import (
	"context"
	"time"

	"lodesk/app/seating"
	"lodesk/data"
)

// RelationsAlert is an attending delegation without diplomatic relations
// with the host, and the organiser's guidance for it (its relations notes,
// else its country brief's relations text).
type RelationsAlert struct {
	Delegation data.Delegation
	Guidance   string
}

// ReviewAlert is a newcomer placed into a locked session: the coordinator
// checks the seat (seating.Reviewed clears it).
type ReviewAlert struct {
	ItemID, Item, PersonID, Person string
	Starts                         time.Time
	Place                          seating.Position
}

// seatingAlerts loads the protocol alerts: precedence left blank or
// shared, delegations without diplomatic relations, seats to review.
func (a *Alerts) seatingAlerts(ctx context.Context, s *data.Store) error {
	dels, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	a.Precedence = seating.PrecedenceProblems(dels)
	for _, d := range dels {
		if d.Relations != data.RelationsNone || d.Status == data.StatusCancelled {
			continue
		}
		g := d.RelationsNotes
		if g == "" && d.Country != "" {
			if b, err := s.CountryBriefFor(ctx, d.Country); err == nil {
				g = b.Relations
			}
		}
		a.NoRelations = append(a.NoRelations, RelationsAlert{Delegation: d, Guidance: g})
	}
	seats, err := s.FindSeatsToReview(ctx)
	if err != nil {
		return err
	}
	for _, st := range seats {
		r := ReviewAlert{ItemID: st.ItemID, PersonID: st.PersonID, Place: seating.Position{Row: st.PhotoRow, Place: st.PhotoPlace}}
		if it, err := data.Get[data.ProgrammeItem](ctx, s, st.ItemID); err == nil {
			r.Item, r.Starts = it.Title, it.Starts
		}
		if p, err := data.Get[data.Person](ctx, s, st.PersonID); err == nil {
			r.Person = p.FullName
		}
		a.SeatsToReview = append(a.SeatsToReview, r)
	}
	return nil
}
