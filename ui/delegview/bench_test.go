package delegview

import (
	"context"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

func largeStore(b *testing.B) *data.Store {
	b.Helper()
	s, err := data.Open(context.Background(), demotest.File(b, demo.Large), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkLoadLarge reads and formats the delegations and the people of
// the large demo (300 and 2,991): what runs off the UI goroutine.
func BenchmarkLoadLarge(b *testing.B) {
	s := largeStore(b)
	ctx := context.Background()
	for b.Loop() {
		snap, err := loadSnapshot(ctx, s)
		if err != nil || len(snap.people) < 2500 {
			b.Fatal(err)
		}
	}
}

// BenchmarkFilterPeople is one keystroke of search-as-you-type over the
// large demo's people, in memory: what runs on the UI goroutine.
func BenchmarkFilterPeople(b *testing.B) {
	s := largeStore(b)
	snap, err := loadSnapshot(context.Background(), s)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"a", "ngu", "minister", "zzzz"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				filterPeople(snap.people, q)
			}
		})
	}
}
