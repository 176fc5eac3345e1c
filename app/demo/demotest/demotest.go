// Package demotest gives tests and benchmarks a demo event file, written
// once per test binary and size, on a fixed start date.
package demotest

import (
	"context"
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
	dir, err := os.MkdirTemp("", "lodesk-demo-")
	if err != nil {
		tb.Fatal(err)
	}
	p := filepath.Join(dir, size.String()+".lodesk")
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
		tb.Fatal(err)
	}
	files[size] = p
	return p
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
