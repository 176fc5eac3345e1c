package imex

import (
	"context"

	"lodesk/app/seating"
	"lodesk/data"
)

// SeatingPreview is who the plan would move in the seat maps and photo
// line-ups if it were committed: the import preview shows it before the
// coordinator applies the file.
func (p *Plan) SeatingPreview(ctx context.Context, s *data.Store) ([]seating.ItemMoves, error) {
	if !reseats(p.Kind) {
		return nil, nil
	}
	var recs []data.Record
	for _, rp := range p.Rows {
		if rp.OK() && (rp.Action == Insert || rp.Action == Update) && rp.Record != nil {
			recs = append(recs, rp.Record)
		}
	}
	if len(recs) == 0 {
		return nil, nil
	}
	return seating.Preview(ctx, s, recs)
}
