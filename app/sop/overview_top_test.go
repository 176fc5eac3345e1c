package sop_test

import (
	"context"
	"reflect"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/sop"
	"lodesk/data"
)

// TestLoadOverviewTop checks that the dashboard's short list of overdue
// steps is the head of the full list, with every count unchanged.
func TestLoadOverviewTop(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(t, demo.Small), data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := demotest.Start.Add(26 * time.Hour)
	full, err := sop.LoadOverview(ctx, s, now)
	if err != nil {
		t.Fatal(err)
	}
	n := len(full.Overdue)
	if n < 10 || n != full.All.Overdue {
		t.Fatalf("the small demo lists %d overdue steps of %d: the test needs more", n, full.All.Overdue)
	}
	for _, limit := range []int{0, 1, 2, 7, n / 2, n - 1, n, n + 5, -1} {
		top, err := sop.LoadOverviewTop(ctx, s, now, limit)
		if err != nil {
			t.Fatal(err)
		}
		want := full.Overdue
		if limit >= 0 && limit < n {
			want = want[:limit]
		}
		if len(top.Overdue) != len(want) || (len(want) > 0 && !reflect.DeepEqual(top.Overdue, want)) {
			t.Errorf("limit %d: %d overdue listed, want the first %d of the full list", limit, len(top.Overdue), len(want))
		}
		if !reflect.DeepEqual(top.All, full.All) || !reflect.DeepEqual(top.ByPhase, full.ByPhase) || !reflect.DeepEqual(top.ByLO, full.ByLO) {
			t.Errorf("limit %d: the counts changed: %+v, want %+v", limit, top.All, full.All)
		}
	}
}
