package demo

import (
	"context"
	"testing"

	"lodesk/app/assign"
	"lodesk/app/motorcade"
	"lodesk/app/noteverbale"
	"lodesk/data"
)

// TestProtocolDemo: the demo has badges and zones (some people still
// without a badge, some LOs lacking their head's apron), convoys with a
// double-booked car, embassy focal points, overdue Notes Verbales and
// transfer times.
func TestProtocolDemo(t *testing.T) {
	ctx := context.Background()
	s := generate(t, Small)
	ev, _ := s.Event(ctx)
	if len(ev.Zones) != 5 {
		t.Errorf("zones %v", ev.Zones)
	}
	ps, _ := data.All[data.Person](ctx, s)
	var badged int
	for _, p := range ps {
		if p.BadgeNo != "" {
			badged++
		}
	}
	if badged < len(ps)*8/10 || badged == len(ps) {
		t.Errorf("%d of %d people have a badge", badged, len(ps))
	}
	b, err := assign.LoadBoard(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	var missing int
	for _, c := range b.Conflicts {
		if c.Kind == assign.MissingZone {
			missing++
		}
	}
	if missing == 0 || missing > 10 {
		t.Errorf("%d LOs lack a zone of their head", missing)
	}
	p, err := motorcade.Load(ctx, s, "")
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Movements) < 100 || len(p.Clashes) != 1 || p.Clashes[0].Vehicle.Plate != "B 1945 RFR" {
		t.Errorf("%d movements, clashes %v", len(p.Movements), p.Clashes)
	}
	for _, m := range p.Movements[:10] {
		if len(m.Cars) == 0 || m.FromPlace == "" || m.ToPlace == "" {
			t.Errorf("movement %+v", m)
		}
	}
	cs, _ := data.All[data.Contact](ctx, s)
	roles := map[string]int{}
	for _, c := range cs {
		roles[c.Role]++
	}
	if roles[data.ContactEmbassy] < 20 || roles[data.ContactProtectingPower] == 0 || roles[data.ContactProtocolOfficer] < 20 {
		t.Errorf("contact roles %v", roles)
	}
	late, err := noteverbale.OverdueOn(ctx, s, start)
	if err != nil || len(late) == 0 {
		t.Errorf("overdue notes on the first day: %d, %v", len(late), err)
	}
	if ts, _ := data.All[data.Transfer](ctx, s); len(ts) < 10 {
		t.Errorf("%d transfer times", len(ts))
	}
}
