package briefing

import (
	"context"
	"syscall"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/data"
)

// BenchmarkAllPacksLarge writes every pack of the large demo (one per
// assignment) with all cores (run with -cpu 2 for the two-core figure).
func BenchmarkAllPacksLarge(b *testing.B) {
	s := openDemo(b, demo.Large, false)
	ctx := context.Background()
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{})
	b.ReportMetric(float64(len(as)), "packs")
	b.ResetTimer()
	cpu0 := cpuTime()
	for b.Loop() {
		rs, err := Generate(ctx, s, Selection{All: true}, Options{Dir: b.TempDir(), NoLog: true, Now: fixedNow})
		if err != nil || len(rs) != len(as) {
			b.Fatal(err, len(rs))
		}
	}
	// The machine may be shared: CPU seconds per run say more than the
	// wall clock there.
	b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkOnePack writes one pack of the large demo.
func BenchmarkOnePack(b *testing.B) {
	s := openDemo(b, demo.Large, false)
	ctx := context.Background()
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{})
	b.ResetTimer()
	for b.Loop() {
		var w countWriter
		if _, err := WritePack(ctx, s, as[0].ID, &w, Options{NoLog: true, Now: fixedNow}); err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(w), "bytes")
	}
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

// BenchmarkPreview draws the first page of one pack of the large demo as
// the Print screen does: the pack laid out with page 1 recorded, then
// rasterised (no PDF written).
func BenchmarkPreview(b *testing.B) {
	s := openDemo(b, demo.Large, false)
	ctx := context.Background()
	id := firstPack(b, s)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := Preview(ctx, s, id, Options{NoLog: true, Now: fixedNow}, previewW); err != nil {
			b.Fatal(err)
		}
	}
}
