package seating_test

import (
	"context"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/seating"
	"lodesk/data"
)

// BenchmarkRegenerateAllXLarge regenerates every seat plan of the xlarge
// demo (the 5,000-seat plenary, the group photo and the gala dinner of
// the heads: 6,886 seats) when nothing changed (target: under 1 s).
func BenchmarkRegenerateAllXLarge(b *testing.B) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(b, demotest.File(b, demo.XLarge)), data.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if _, err := seating.RegenerateAll(ctx, s); err != nil {
		b.Fatal(err)
	}
	defer demotest.CPU(b)()
	for b.Loop() {
		if _, err := seating.RegenerateAll(ctx, s); err != nil {
			b.Fatal(err)
		}
	}
}
