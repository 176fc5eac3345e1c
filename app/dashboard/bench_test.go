package dashboard

import (
	"context"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/event"
	"lodesk/data"
)

// BenchmarkOpenLargeDashboard opens the large demo and loads what the first
// screen shows: the dashboard and the delegation list.
func BenchmarkOpenLargeDashboard(b *testing.B) {
	path := demotest.File(b, demo.Large)
	ctx := context.Background()
	now := time.Date(2026, 12, 2, 3, 0, 0, 0, time.UTC)
	for b.Loop() {
		s, err := event.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := LoadDashboard(ctx, s, now); err != nil {
			b.Fatal(err)
		}
		if ds, err := s.FindDelegations(ctx, data.DelegationFilter{}); err != nil || len(ds) < 300 {
			b.Fatal(len(ds), err)
		}
		s.Close()
	}
}

// BenchmarkSearchPeopleAsYouType types "nguyen" one key at a time over the
// large demo's 3,000 people; one op is the whole word (six queries).
func BenchmarkSearchPeopleAsYouType(b *testing.B) {
	path := demotest.File(b, demo.Large)
	ctx := context.Background()
	s, err := data.Open(ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	word := []rune("nguyen")
	for b.Loop() {
		for i := 1; i <= len(word); i++ {
			if _, err := s.FindPeople(ctx, data.PersonFilter{Search: string(word[:i])}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkAlertsLarge computes the dashboard's alerts on the large demo:
// assignment conflicts, 7,000 checklist items' progress, incidents, gifts.
func BenchmarkAlertsLarge(b *testing.B) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(b, demo.Large), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	now := demotest.Start.Add(26 * time.Hour)
	for b.Loop() {
		if _, err := LoadAlerts(ctx, s, now); err != nil {
			b.Fatal(err)
		}
	}
}
