package assign

import (
	"context"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

// BenchmarkPlanXLarge re-plans every lead of the xlarge demo: 1,000
// delegations against 2,000 LOs, the optimal matching (target: under 2 s).
func BenchmarkPlanXLarge(b *testing.B) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(b, demo.XLarge), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	defer demotest.CPU(b)()
	var plan *Plan
	for b.Loop() {
		if plan, err = MakePlan(ctx, s, Options{Replace: true}); err != nil {
			b.Fatal(err)
		}
	}
	// The assistants keep about a thousand LOs busy: about 950 delegations
	// against the other 900 or so.
	if len(plan.Proposals) < 700 {
		b.Fatal("proposals:", len(plan.Proposals))
	}
	b.ReportMetric(float64(len(plan.Proposals)), "leads")
	b.ReportMetric(float64(len(plan.Unmatched)), "unmatched")
}
