package sync

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"lodesk/data"
)

// BenchmarkMerge10k decodes and merges one pack of 10,000 changes (5,000
// new people and 5,000 edits of them) into an empty event file.
func BenchmarkMerge10k(b *testing.B) {
	ctx := context.Background()
	src, err := data.Create(ctx, filepath.Join(b.TempDir(), "src.lodesk"))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	d := &data.Delegation{Code: "MY", Name: "Malaysia"}
	people := make([]*data.Person, 0, 5000)
	err = src.Write(ctx, func(tx *data.Tx) error {
		if err := tx.Insert(d); err != nil {
			return err
		}
		for i := range 4999 {
			p := &data.Person{DelegationID: d.ID, FullName: fmt.Sprint("Delegate ", i), Position: "Adviser", Email: fmt.Sprintf("d%d@example.org", i)}
			if err := tx.Insert(p); err != nil {
				return err
			}
			people = append(people, p)
		}
		for i, p := range people {
			p.Phone = fmt.Sprint("+62 811 ", i)
			if err := tx.Update(p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	cs := allChanges(b, src)
	raw, err := EncodePack(Header{Schema: data.SchemaVersion(), Replica: src.Replica()}, cs, nil)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(cs)), "changes")
	var cpu time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		dst, err := data.Create(ctx, filepath.Join(b.TempDir(), fmt.Sprint(i, ".lodesk")))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0 := cpuTime()
		p, err := DecodePack(raw, nil, "")
		if err != nil {
			b.Fatal(err)
		}
		res, err := dst.Merge(ctx, p.Changes, nil)
		if err != nil || res.Applied != len(cs) {
			b.Fatal(err, res.Applied)
		}
		cpu += cpuTime() - t0
		b.StopTimer()
		dst.Close()
		b.StartTimer()
	}
	// On a shared machine wall time overstates: report the CPU time too.
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
}
