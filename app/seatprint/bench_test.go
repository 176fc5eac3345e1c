package seatprint

import (
	"context"
	"io"
	"testing"
)

// BenchmarkGalaCards prints the small demo's gala tent cards (398).
func BenchmarkGalaCards(b *testing.B) {
	ctx := context.Background()
	s := open(b)
	gala, err := FindSession(ctx, s, "gala dinner")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := Cards(ctx, s, gala.ID, io.Discard, Options{Now: fixedNow}); err != nil {
			b.Fatal(err)
		}
	}
}
