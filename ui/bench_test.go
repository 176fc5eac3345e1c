package ui

import (
	"context"
	"path/filepath"
	"sync"
	"testing"

	"lodesk/app/demo"
	"lodesk/data"
)

var (
	largeOnce sync.Once
	largePath string
	largeErr  error
)

// largeDemo writes the large demo event (3,000 people) once per run.
func largeDemo(b *testing.B) *data.Store {
	b.Helper()
	largeOnce.Do(func() {
		dir, err := mkdirTemp()
		if err != nil {
			largeErr = err
			return
		}
		largePath = filepath.Join(dir, "large.lodesk")
		s, err := data.Create(context.Background(), largePath)
		if err != nil {
			largeErr = err
			return
		}
		largeErr = demo.Generate(context.Background(), s, demo.Options{Size: demo.Large})
		s.Close()
	})
	if largeErr != nil {
		b.Fatal(largeErr)
	}
	s, err := data.Open(context.Background(), largePath, data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkLoadDelegations reads and formats the delegations and people
// screen of the large demo: what runs off the UI goroutine.
func BenchmarkLoadDelegations(b *testing.B) {
	s := largeDemo(b)
	ctx := context.Background()
	b.ResetTimer()
	for b.Loop() {
		v, err := loadDelegations(ctx, s)
		if err != nil || len(v.people) < 2500 {
			b.Fatalf("%d people, %v", len(v.people), err)
		}
	}
}

// BenchmarkFilterPeople is one keystroke of search-as-you-type over the
// large demo's 3,000 people: what runs on the UI goroutine.
func BenchmarkFilterPeople(b *testing.B) {
	s := largeDemo(b)
	v, err := loadDelegations(context.Background(), s)
	if err != nil {
		b.Fatal(err)
	}
	for _, q := range []string{"a", "ngu", "minister hod", "zzzz"} {
		b.Run(q, func(b *testing.B) {
			for b.Loop() {
				filterRows(v.people, q)
			}
		})
	}
}

// BenchmarkSearchStore is the same search through the store, for
// comparison: a LIKE over the folded column.
func BenchmarkSearchStore(b *testing.B) {
	s := largeDemo(b)
	ctx := context.Background()
	for b.Loop() {
		if _, err := s.FindPeople(ctx, data.PersonFilter{Search: "ngu"}); err != nil {
			b.Fatal(err)
		}
	}
}
