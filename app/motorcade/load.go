package motorcade

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"

	"lodesk/data"
)

// Car is a convoy car as the sheets print it: its vehicle (nil when it
// has none, e.g. a Patwal motorbike) and who drives it (the car's driver,
// else the vehicle's).
type Car struct {
	data.ConvoyCar
	Vehicle     *data.Vehicle
	DriverName  string
	DriverPhone string
}

// Motorcade is a movement with its delegation and its convoy in driving
// order.
type Motorcade struct {
	data.Movement
	Delegation *data.Delegation // nil if removed
	Cars       []Car
}

// End is when the movement is over: its end, or DefaultLength after its
// start.
func (m *Motorcade) End() time.Time {
	if m.Ends.IsZero() {
		return m.Starts.Add(DefaultLength)
	}
	return m.Ends
}

// Clash is a vehicle booked in two movements whose times overlap.
type Clash struct {
	Vehicle *data.Vehicle
	First   *Motorcade
	Second  *Motorcade
}

// String is the clash in one English line (the window translates it).
func (c Clash) String() string {
	return fmt.Sprintf("%s is in two movements at once: %s and %s", c.Vehicle.Plate, label(c.First), label(c.Second))
}

func label(m *Motorcade) string {
	code := "?"
	if m.Delegation != nil {
		code = m.Delegation.Code
	}
	return fmt.Sprintf("%s %s %s→%s %s", code, m.Kind, m.FromPlace, m.ToPlace, m.Starts.UTC().Format("2006-01-02 15:04Z"))
}

// Plan is the event's movements by start time and the vehicles booked
// twice among all of them.
type Plan struct {
	Movements []Motorcade
	Clashes   []Clash
}

// Load reads the movements of a delegation ("" = all) with their convoys,
// and the double bookings among every movement of the event (a clash
// touching the delegation is kept when it is filtered).
func Load(ctx context.Context, s *data.Store, delegationID string) (*Plan, error) {
	ms, err := s.FindMovements(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("movements: %w", err)
	}
	cars, err := s.FindConvoy(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("movements: %w", err)
	}
	vs, err := data.All[data.Vehicle](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("movements: %w", err)
	}
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("movements: %w", err)
	}
	return build(ms, cars, vs, ds, delegationID), nil
}

// LoadClashes finds the vehicles booked in two movements at once, as Load
// does, reading only the movements that share a vehicle with another one
// overlapping them (their Cars are all their cars). The dashboard's
// alerts need nothing else.
func LoadClashes(ctx context.Context, s *data.Store) ([]Clash, error) {
	ms, cars, err := s.FindSharedVehicleMovements(ctx, DefaultLength)
	if err != nil {
		return nil, fmt.Errorf("vehicles booked twice: %w", err)
	}
	if len(ms) == 0 {
		return nil, nil
	}
	// Only the few vehicles and delegations named, not all of them.
	var vs []data.Vehicle
	var ds []data.Delegation
	vids := make([]string, len(cars))
	for i := range cars {
		vids[i] = cars[i].VehicleID
	}
	dids := make([]string, len(ms))
	for i := range ms {
		dids[i] = ms[i].DelegationID
	}
	err = eachID(vids, func(id string) error {
		v, err := data.Get[data.Vehicle](ctx, s, id)
		if err == nil {
			vs = append(vs, *v)
		}
		return err
	})
	if err == nil {
		err = eachID(dids, func(id string) error {
			d, err := data.Get[data.Delegation](ctx, s, id)
			if err == nil {
				ds = append(ds, *d)
			}
			return err
		})
	}
	if err != nil {
		return nil, fmt.Errorf("vehicles booked twice: %w", err)
	}
	return build(ms, cars, vs, ds, "").Clashes, nil
}

// eachID calls get once for each distinct non-empty id; a record gone is
// skipped.
func eachID(ids []string, get func(id string) error) error {
	seen := map[string]bool{}
	for _, id := range ids {
		if id == "" || seen[id] {
			continue
		}
		seen[id] = true
		if err := get(id); err != nil && !errors.Is(err, data.ErrNotFound) {
			return err
		}
	}
	return nil
}

func build(ms []data.Movement, cars []data.ConvoyCar, vs []data.Vehicle, ds []data.Delegation, delegationID string) *Plan {
	vehicle := map[string]*data.Vehicle{}
	for i := range vs {
		vehicle[vs[i].ID] = &vs[i]
	}
	deleg := map[string]*data.Delegation{}
	for i := range ds {
		deleg[ds[i].ID] = &ds[i]
	}
	all := make([]Motorcade, len(ms))
	byID := map[string]*Motorcade{}
	for i := range ms {
		all[i] = Motorcade{Movement: ms[i], Delegation: deleg[ms[i].DelegationID]}
		byID[ms[i].ID] = &all[i]
	}
	for _, c := range cars { // in movement and position order
		m := byID[c.MovementID]
		if m == nil {
			continue
		}
		car := Car{ConvoyCar: c, Vehicle: vehicle[c.VehicleID], DriverName: c.Driver, DriverPhone: c.DriverPhone}
		if car.Vehicle != nil {
			if car.DriverName == "" {
				car.DriverName = car.Vehicle.Driver
			}
			if car.DriverPhone == "" {
				car.DriverPhone = car.Vehicle.DriverPhone
			}
		}
		m.Cars = append(m.Cars, car)
	}
	p := &Plan{Clashes: clashes(all)}
	for i := range all {
		if delegationID == "" || all[i].DelegationID == delegationID {
			p.Movements = append(p.Movements, all[i])
		}
	}
	if delegationID != "" {
		kept := p.Clashes[:0]
		for _, c := range p.Clashes {
			if c.First.DelegationID == delegationID || c.Second.DelegationID == delegationID {
				kept = append(kept, c)
			}
		}
		p.Clashes = kept
	}
	return p
}

// clashes finds each vehicle in two movements whose times overlap, in
// the order of the first movement's start.
func clashes(all []Motorcade) []Clash {
	uses := map[string][]*Motorcade{}
	var order []string
	for i := range all {
		for _, c := range all[i].Cars {
			if c.Vehicle == nil {
				continue
			}
			if _, ok := uses[c.VehicleID]; !ok {
				order = append(order, c.VehicleID)
			}
			uses[c.VehicleID] = append(uses[c.VehicleID], &all[i])
		}
	}
	var out []Clash
	for _, vid := range order {
		ms := uses[vid]
		sort.SliceStable(ms, func(i, j int) bool { return ms[i].Starts.Before(ms[j].Starts) })
		for x := range ms {
			for y := x + 1; y < len(ms) && ms[y].Starts.Before(ms[x].End()); y++ {
				if ms[x] == ms[y] {
					continue
				}
				var v *data.Vehicle
				for _, c := range ms[x].Cars {
					if c.VehicleID == vid {
						v = c.Vehicle
					}
				}
				out = append(out, Clash{Vehicle: v, First: ms[x], Second: ms[y]})
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].First.Starts.Before(out[j].First.Starts) })
	return out
}
