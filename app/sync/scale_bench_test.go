package sync

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

// BenchmarkMerge100k merges a folder holding 100,001 changes (a
// delegation, 50,000 new people and an edit of each) into an event file that has none of them
// (target: under 3 s).
func BenchmarkMerge100k(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	folder := filepath.Join(dir, "folder")
	if err := os.Mkdir(folder, 0o700); err != nil {
		b.Fatal(err)
	}
	src, err := data.Create(ctx, filepath.Join(dir, "src.lodesk"))
	if err != nil {
		b.Fatal(err)
	}
	d := &data.Delegation{Code: "MY", Name: "Malaysia"}
	err = src.Write(ctx, func(tx *data.Tx) error {
		if err := tx.Insert(d); err != nil {
			return err
		}
		people := make([]*data.Person, 0, 50000)
		for i := range 50000 {
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
	if err == nil {
		_, err = Sync(ctx, src, folder, "")
	}
	src.Close()
	if err != nil {
		b.Fatal(err)
	}
	got := 0
	// Only the merging laptop's sync is timed, in CPU as in wall time: not
	// the other laptop's writes (their garbage is collected first), nor
	// creating and closing the empty event file.
	runtime.GC()
	var cpu time.Duration
	for i := 0; b.Loop(); i++ {
		b.StopTimer()
		dst, err := data.Create(ctx, filepath.Join(dir, fmt.Sprint(i, ".lodesk")))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0 := demotest.CPUTime()
		sum, err := Sync(ctx, dst, folder, "")
		cpu += demotest.CPUTime() - t0
		if err != nil {
			b.Fatal(err)
		}
		got = sum.Received
		b.StopTimer()
		dst.Close()
		b.StartTimer()
	}
	demotest.ReportCPU(b, cpu)
	if got < 100000 {
		b.Fatalf("merged %d changes, want 100,000", got)
	}
	b.ReportMetric(float64(got), "changes")
}

// BenchmarkJoinXLarge is a new laptop joining the xlarge demo from its
// sync folder: a new event file made from the folder's 140,000 changes
// (target: under 10 s).
func BenchmarkJoinXLarge(b *testing.B) {
	ctx := context.Background()
	dir := b.TempDir()
	folder := filepath.Join(dir, "folder")
	if err := os.Mkdir(folder, 0o700); err != nil {
		b.Fatal(err)
	}
	st, err := data.Open(ctx, demotest.Copy(b, demotest.File(b, demo.XLarge)), data.Options{})
	if err != nil {
		b.Fatal(err)
	}
	_, err = Sync(ctx, st, folder, "")
	st.Close()
	if err != nil {
		b.Fatal(err)
	}
	got := 0
	defer demotest.CPU(b)()
	for i := 0; b.Loop(); i++ {
		sum, err := SyncFile(ctx, filepath.Join(dir, fmt.Sprint("joined", i, ".lodesk")), Options{Folder: folder})
		if err != nil {
			b.Fatal(err)
		}
		got = sum.Received
	}
	b.ReportMetric(float64(got), "changes")
}
