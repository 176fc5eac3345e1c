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

// BenchmarkOpenXLargeDashboard opens the xlarge demo and loads what the
// first screen shows: the dashboard with its alerts, off the UI goroutine
// (target: under 300 ms).
func BenchmarkOpenXLargeDashboard(b *testing.B) {
	path := demotest.File(b, demo.XLarge)
	ctx := context.Background()
	now := demotest.Start.Add(26 * time.Hour)
	defer demotest.CPU(b)()
	for b.Loop() {
		s, err := event.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := LoadDashboard(ctx, s, now); err != nil {
			b.Fatal(err)
		}
		if _, err := LoadAlerts(ctx, s, now); err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkDashboardXLarge loads the dashboard with its alerts from the
// open xlarge demo, as the window does off the UI goroutine (target:
// under 300 ms).
func BenchmarkDashboardXLarge(b *testing.B) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(b, demo.XLarge), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	now := demotest.Start.Add(26 * time.Hour)
	defer demotest.CPU(b)()
	for b.Loop() {
		if _, err := LoadDashboard(ctx, s, now); err != nil {
			b.Fatal(err)
		}
		if _, err := LoadAlerts(ctx, s, now); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAlertsXLarge computes the dashboard's alerts on the xlarge
// demo: 1,622 assignments' conflicts, 48,660 checklist items, incidents,
// gifts.
func BenchmarkAlertsXLarge(b *testing.B) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(b, demo.XLarge), data.Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	now := demotest.Start.Add(26 * time.Hour)
	defer demotest.CPU(b)()
	var a *Alerts
	for b.Loop() {
		if a, err = LoadAlerts(ctx, s, now); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(a.Checklists.All.Total), "items")
	b.ReportMetric(float64(len(a.Checklists.Overdue)), "overdue")
}
