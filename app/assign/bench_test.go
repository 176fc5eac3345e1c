package assign

import (
	"context"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

// BenchmarkPlanLarge re-plans every lead of the large demo: 300 delegations
// against 500 LOs.
func BenchmarkPlanLarge(b *testing.B) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(b, demo.Large), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	for b.Loop() {
		plan, err := MakePlan(ctx, s, Options{Replace: true})
		if err != nil {
			b.Fatal(err)
		}
		if len(plan.Proposals) == 0 {
			b.Fatal("no proposals")
		}
	}
}

// TestLargeDemoCoverage: on the large demo, auto-match gives a lead sharing
// a language to every delegation for which one exists, with no double
// booking.
func TestLargeDemoCoverage(t *testing.T) {
	if testing.Short() {
		t.Skip("writes the large demo")
	}
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(t, demotest.File(t, demo.Large)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	plan, err := MakePlan(ctx, s, Options{Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	if err := Apply(ctx, s, plan); err != nil {
		t.Fatal(err)
	}
	b, err := LoadBoard(ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	// The demo's own assistants may break availability; the new leads
	// must not.
	lead := map[string]bool{}
	for _, r := range b.Rows {
		lead[r.Assignment.ID] = r.Assignment.Role == data.AssignLead
	}
	for _, c := range b.Conflicts {
		switch c.Kind {
		case NoLead:
			t.Errorf("after auto-match: %s", c)
		case DoubleBooked, OutsideAvailable:
			for _, id := range c.AssignmentIDs {
				if lead[id] {
					t.Errorf("after auto-match: %s", c)
				}
			}
		}
	}
	// Every delegation left without a shared language has no available LO
	// who speaks one of its languages at all.
	in, err := load(ctx, s, Options{Replace: true})
	if err != nil {
		t.Fatal(err)
	}
	ps, _ := pairs(in)
	covered := map[string]bool{}
	for _, p := range plan.Proposals {
		covered[p.Delegation.ID] = p.Reason.Language != ""
	}
	for i, d := range in.open {
		if covered[d.ID] {
			continue
		}
		for j := range in.los {
			if ps[i][j].ok && ps[i][j].fit > 0 {
				t.Errorf("%s has no LO sharing a language, but %s speaks one", d.Code, in.los[j].FullName)
				break
			}
		}
	}
	t.Logf("%d delegations, %d covered by language", len(plan.Proposals), plan.Covered)
}
