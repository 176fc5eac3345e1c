package delegations

import (
	"context"

	"lodesk/app/event"
	"lodesk/app/seating"
	"lodesk/data"
)

// WouldMove checks d as Save would and says, without writing, who saving
// it would move in the seat maps and photo line-ups; the window asks
// before a save that moves more than a few people already seated.
func WouldMove(ctx context.Context, s *data.Store, d data.Delegation) ([]seating.ItemMoves, error) {
	if err := Check(ctx, s, &d); err != nil {
		return nil, err
	}
	return seating.Preview(ctx, s, []data.Record{&d})
}

// WouldMovePerson is WouldMove for a person, checked as SavePerson would.
func WouldMovePerson(ctx context.Context, s *data.Store, p data.Person) ([]seating.ItemMoves, error) {
	region, err := event.Region(ctx, s)
	if err != nil {
		return nil, err
	}
	if err := CheckPerson(ctx, s, &p, region); err != nil {
		return nil, err
	}
	return seating.Preview(ctx, s, []data.Record{&p})
}
