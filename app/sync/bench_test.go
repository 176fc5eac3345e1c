package sync

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lodesk/app/demo"
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

// largeFolder makes the large demo event and syncs it into a folder once.
func largeFolder(b *testing.B) (path, folder string) {
	b.Helper()
	ctx := context.Background()
	dir := b.TempDir()
	path = filepath.Join(dir, "large.lodesk")
	st, err := data.Create(ctx, path)
	if err != nil {
		b.Fatal(err)
	}
	if err := demo.Generate(ctx, st, demo.Options{Size: demo.Large, Start: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		b.Fatal(err)
	}
	st.Close()
	folder = filepath.Join(dir, "stick")
	if err := os.Mkdir(folder, 0o755); err != nil {
		b.Fatal(err)
	}
	if _, err := SyncFile(ctx, path, Options{Folder: folder}); err != nil {
		b.Fatal(err)
	}
	return path, folder
}

// BenchmarkCompactLarge rewrites the large demo event's packs (every
// change it holds) into one snapshot: what a laptop does after a deletion
// or when its packs grow.
func BenchmarkCompactLarge(b *testing.B) {
	ctx := context.Background()
	path, folder := largeFolder(b)
	st, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer st.Close()
	more := func(i int) { // a second pack, so that there are two to compact
		if err := st.Insert(ctx, &data.Delegation{Code: fmt.Sprint("B", i), Name: "bench"}); err != nil {
			b.Fatal(err)
		}
		if _, err := Run(ctx, st, Options{Folder: folder}); err != nil {
			b.Fatal(err)
		}
	}
	more(0)
	var cpu time.Duration
	var size int64
	changes := 0
	b.ResetTimer()
	for i := range b.N {
		t0 := cpuTime()
		sum, err := Run(ctx, st, Options{Folder: folder, Compact: true})
		if err != nil || len(sum.Written) != 1 {
			b.Fatal(err, sum.Written)
		}
		cpu += cpuTime() - t0
		b.StopTimer()
		fi, err := os.Stat(sum.Written[0])
		if err != nil {
			b.Fatal(err)
		}
		size = fi.Size()
		raw, _ := os.ReadFile(sum.Written[0])
		if p, err := DecodePack(raw, nil, ""); err == nil {
			changes = len(p.Changes)
		}
		more(i + 1)
		b.StartTimer()
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
	b.ReportMetric(float64(size)/(1<<20), "snapshot-MiB")
	b.ReportMetric(float64(changes), "changes")
}

// BenchmarkJoinLarge joins a new laptop from the compacted folder of the
// large demo event.
func BenchmarkJoinLarge(b *testing.B) {
	ctx := context.Background()
	path, folder := largeFolder(b)
	if _, err := SyncFile(ctx, path, Options{Folder: folder, Compact: true}); err != nil {
		b.Fatal(err)
	}
	var cpu time.Duration
	b.ResetTimer()
	for i := range b.N {
		t0 := cpuTime()
		sum, err := SyncFile(ctx, filepath.Join(b.TempDir(), fmt.Sprint("join", i, ".lodesk")), Options{Folder: folder})
		if err != nil || !sum.Joined {
			b.Fatal(err)
		}
		cpu += cpuTime() - t0
		b.ReportMetric(float64(sum.Received), "changes")
	}
	b.ReportMetric(float64(cpu.Milliseconds())/float64(b.N), "cpu-ms/op")
}
