// Package demotest gives tests and benchmarks a demo event file, written
// once per test binary and size, on a fixed start date.
package demotest

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/data"
)

// Start is the demo's first arrival day.
var Start = time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)

var (
	mu    sync.Mutex
	files = map[demo.Size]string{}
)

// File returns the path of a demo event of the given size. Callers must
// not write to it; copy it (Copy) for a test that writes.
func File(tb testing.TB, size demo.Size) string {
	tb.Helper()
	mu.Lock()
	defer mu.Unlock()
	if p, ok := files[size]; ok {
		return p
	}
	if dir := os.Getenv(CacheEnv); dir != "" {
		// Named by the schema: a file of an older one lacks its indexes.
		name := fmt.Sprintf("%s-v%d", size, data.SchemaVersion())
		p := filepath.Join(dir, name+".lodesk")
		if _, err := os.Stat(p); err == nil {
			files[size] = p
			return p
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			tb.Fatal(err)
		}
		tmp := filepath.Join(dir, "writing-"+name+".lodesk")
		os.Remove(tmp) // left by a run that was stopped
		write(tb, tmp, size)
		if err := os.Rename(tmp, p); err != nil {
			tb.Fatal(err)
		}
		files[size] = p
		return p
	}
	dir, err := os.MkdirTemp("", "lodesk-demo-")
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(dir, size.String()+".lodesk")
	write(tb, p, size)
	files[size] = p
	return p
}

// CacheEnv names a folder where File keeps the demo files between runs
// (benchmarks on the xlarge demo, which takes seconds to write). Empty it
// when the demo generator changes; a new schema writes new files by
// itself.
const CacheEnv = "LODESK_DEMO_CACHE"

func write(tb testing.TB, p string, size demo.Size) {
	tb.Helper()
	ctx := context.Background()
	s, err := data.Create(ctx, p)
	if err != nil {
		tb.Fatal(err)
	}
	err = demo.Generate(ctx, s, demo.Options{Size: size, Start: Start})
	if cerr := s.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(p)
		tb.Fatal(err)
	}
}

// Copy copies a closed event file into the test's temporary folder.
func Copy(tb testing.TB, path string) string {
	tb.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	dst := filepath.Join(tb.TempDir(), filepath.Base(path))
	if err := os.WriteFile(dst, raw, 0o600); err != nil {
		tb.Fatal(err)
	}
	return dst
}

// CPU starts counting the process's CPU time; the function it returns
// reports it per op as cpu-ms/op. On a shared machine the CPU time says
// more than the wall clock: call it after the benchmark's setup and defer
// the result.
func CPU(b *testing.B) func() {
	t0 := cpuTime()
	return func() {
		if b.N > 0 {
			b.ReportMetric(float64((cpuTime()-t0).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		}
	}
}

// Open opens a copy of the demo of size for writing; the test's cleanup
// closes it.
func Open(tb testing.TB, size demo.Size) *data.Store {
	tb.Helper()
	s, err := data.Open(context.Background(), Copy(tb, File(tb, size)), data.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// CPUTime is the process's CPU time so far (user and system), for a
// benchmark that counts only part of each op (between StopTimer and
// StartTimer): subtract two readings and report with ReportCPU.
func CPUTime() time.Duration { return cpuTime() }

// ReportCPU reports d, the CPU time of all ops, as cpu-ms/op.
func ReportCPU(b *testing.B, d time.Duration) {
	if b.N > 0 {
		b.ReportMetric(float64(d.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
}

// TypeKeys types word into in (a window's search box) a key at a time,
// then clears it, as long as b runs, and reports the CPU time of one
// keystroke as cpu-ms/key.
func TypeKeys(b *testing.B, in interface{ SetText(string) }, word string) {
	b.Helper()
	keys := 0
	t0 := cpuTime()
	for b.Loop() {
		for i := 1; i <= len(word); i++ {
			in.SetText(word[:i])
			keys++
		}
		in.SetText("")
		keys++
	}
	b.ReportMetric(float64((cpuTime()-t0).Microseconds())/1000/float64(keys), "cpu-ms/key")
}
