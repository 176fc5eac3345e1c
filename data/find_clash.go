package data

import (
	"context"
	"fmt"
	"time"
)

// FindSharedVehicleMovements lists the live movements that share a
// vehicle with another live movement overlapping in time (one starting
// no later than the other and before the other's end; a movement without
// an end lasts length), by start, with their convoy cars: a superset of
// the movements in a double booking, found with one self-join on
// convoy_car(vehicle_id) instead of reading every movement and car (the
// xlarge demo has 1,892 and 6,058; the dashboard needs only the clashes).
func (s *Store) FindSharedVehicleMovements(ctx context.Context, length time.Duration) ([]Movement, []ConvoyCar, error) {
	const start = `coalesce(%[1]s.starts, '0001-01-01T00:00:00Z')`
	const end = `coalesce(%[1]s.ends, strftime('%%Y-%%m-%%dT%%H:%%M:%%SZ', ` + start + `, '+' || ? || ' seconds'))`
	sa, sb := fmt.Sprintf(start, "ma"), fmt.Sprintf(start, "mb")
	ea, eb := fmt.Sprintf(end, "ma"), fmt.Sprintf(end, "mb")
	in := `id IN (SELECT a.movement_id FROM convoy_car a
		JOIN convoy_car b ON b.vehicle_id = a.vehicle_id AND b.movement_id <> a.movement_id AND b.deleted = 0
		JOIN movement ma ON ma.id = a.movement_id AND ma.deleted = 0
		JOIN movement mb ON mb.id = b.movement_id AND mb.deleted = 0
		WHERE a.deleted = 0 AND a.vehicle_id IS NOT NULL
		AND ((` + sa + ` <= ` + sb + ` AND ` + sb + ` < ` + ea + `) OR (` + sb + ` <= ` + sa + ` AND ` + sa + ` < ` + eb + `)))`
	secs := int64(length / time.Second)
	var w where
	w.add(in, secs, secs)
	ms, err := find[Movement](ctx, s, w, "starts, hlc, id")
	if err != nil || len(ms) == 0 {
		return nil, nil, err
	}
	ids := make([]string, len(ms))
	for i := range ms {
		ids[i] = ms[i].ID
	}
	var cars []ConvoyCar
	const chunk = 500
	for len(ids) > 0 {
		part := ids[:min(chunk, len(ids))]
		ids = ids[len(part):]
		var cw where
		cw.add("movement_id IN ("+placeholders(len(part))+")", anys(part)...)
		cs, err := find[ConvoyCar](ctx, s, cw, "movement_id, position, hlc, id")
		if err != nil {
			return nil, nil, err
		}
		cars = append(cars, cs...)
	}
	return ms, cars, nil
}
