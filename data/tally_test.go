package data

import (
	"context"
	"fmt"
	"sort"
	"testing"
)

// TestTallyChecklists: the live items of each assignment and phase,
// counted by status and re-check flag; a status this build does not know
// is counted under its own name.
func TestTallyChecklists(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	d, l := &Delegation{Code: "AU", Name: "Australia"}, &LO{FullName: "Ani"}
	mustInsert(t, s, d, l)
	a1, a2 := &Assignment{LOID: l.ID, DelegationID: d.ID, Role: AssignLead}, &Assignment{LOID: l.ID, DelegationID: d.ID, Role: AssignLead}
	mustInsert(t, s, a1, a2)
	item := func(a *Assignment, phase, status string, recheck bool) *ChecklistItem {
		return &ChecklistItem{AssignmentID: a.ID, Phase: phase, Status: status, NeedsRecheck: recheck, TextEN: "step"}
	}
	gone := item(a1, PhaseArrival, CheckPending, false)
	mustInsert(t, s,
		item(a1, PhaseArrival, CheckPending, false), item(a1, PhaseArrival, CheckPending, false),
		item(a1, PhaseArrival, CheckChecked, true), item(a1, PhaseArrival, CheckChecked, false),
		item(a1, PhaseEvent, CheckRechecked, true), item(a1, PhaseEvent, CheckNotApplicable, false),
		item(a2, PhaseArrival, "someday", false),
		gone,
	)
	if _, err := s.Delete(ctx, gone); err != nil {
		t.Fatal(err)
	}
	ts, err := s.TallyChecklists(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, x := range ts {
		got[fmt.Sprintf("%s %s %s %v", x.AssignmentID, x.Phase, x.Status, x.NeedsRecheck)] += x.Count
	}
	tests := []struct {
		a             *Assignment
		phase, status string
		recheck       bool
		want          int
	}{
		{a1, PhaseArrival, CheckPending, false, 2},
		{a1, PhaseArrival, CheckChecked, true, 1},
		{a1, PhaseArrival, CheckChecked, false, 1},
		{a1, PhaseEvent, CheckRechecked, true, 1},
		{a1, PhaseEvent, CheckNotApplicable, false, 1},
		{a2, PhaseArrival, "someday", false, 1},
	}
	total := 0
	for _, tt := range tests {
		k := fmt.Sprintf("%s %s %s %v", tt.a.ID, tt.phase, tt.status, tt.recheck)
		if got[k] != tt.want {
			t.Errorf("%s: %d, want %d", k, got[k], tt.want)
		}
		total += tt.want
	}
	var keys []string
	sum := 0
	for k, n := range got {
		keys, sum = append(keys, k), sum+n
	}
	sort.Strings(keys)
	if sum != total {
		t.Errorf("%d items counted (%v), want %d", sum, keys, total)
	}
}
