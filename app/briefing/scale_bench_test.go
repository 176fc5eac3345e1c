package briefing

import (
	"context"
	"testing"

	"lodesk/app/demo"
	"lodesk/data"
)

// BenchmarkAllPacksXLarge writes every pack of the xlarge demo (1,622,
// one per assignment) with all cores (target: under 15 s for about
// 2,000 on two cores). It reports pages, for pages per second.
func BenchmarkAllPacksXLarge(b *testing.B) {
	s := openDemo(b, demo.XLarge, false)
	ctx := context.Background()
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{})
	b.ReportMetric(float64(len(as)), "packs")
	b.ResetTimer()
	cpu0 := cpuTime()
	pages := 0
	for b.Loop() {
		rs, err := Generate(ctx, s, Selection{All: true}, Options{Dir: b.TempDir(), NoLog: true, Now: fixedNow})
		if err != nil || len(rs) != len(as) {
			b.Fatal(err, len(rs))
		}
		pages = 0
		for _, r := range rs {
			pages += r.Pages
		}
	}
	b.ReportMetric(float64(pages), "pages")
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}
