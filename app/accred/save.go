package accred

import (
	"context"
	"fmt"

	"lodesk/data"
)

// SavePersonBadge checks b and writes it as the badge of person id,
// leaving the person's other fields as they are.
func SavePersonBadge(ctx context.Context, s *data.Store, id string, b data.Badge) error {
	return saveBadge(ctx, s, &data.Person{}, id, b)
}

// SaveLOBadge checks b and writes it as the badge of LO id.
func SaveLOBadge(ctx context.Context, s *data.Store, id string, b data.Badge) error {
	return saveBadge(ctx, s, &data.LO{}, id, b)
}

func saveBadge(ctx context.Context, s *data.Store, rec data.Record, id string, b data.Badge) error {
	r, err := Load(ctx, s)
	if err != nil {
		return err
	}
	if err := r.Badge(id, &b); err != nil {
		return err
	}
	err = s.Write(ctx, func(tx *data.Tx) error {
		if err := tx.Get(rec, id); err != nil {
			return err
		}
		switch x := rec.(type) {
		case *data.Person:
			x.Badge = b
		case *data.LO:
			x.Badge = b
		}
		return tx.Update(rec)
	})
	if err != nil {
		return fmt.Errorf("save badge: %w", err)
	}
	return nil
}

// SaveVehiclePass checks a car pass number and zones and writes them as
// vehicle id's, leaving its other fields as they are.
func SaveVehiclePass(ctx context.Context, s *data.Store, id, pass string, zones data.Codes) error {
	r, err := Load(ctx, s)
	if err != nil {
		return err
	}
	v := data.Vehicle{Base: data.Base{ID: id}, CarPass: pass, Zones: zones}
	if err := r.Pass(&v); err != nil {
		return err
	}
	err = s.Write(ctx, func(tx *data.Tx) error {
		cur := &data.Vehicle{}
		if err := tx.Get(cur, id); err != nil {
			return err
		}
		cur.CarPass, cur.Zones = v.CarPass, v.Zones
		return tx.Update(cur)
	})
	if err != nil {
		return fmt.Errorf("save car pass: %w", err)
	}
	return nil
}
