package sop

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"lodesk/data"
)

func TestDefaultTemplate(t *testing.T) {
	tpl, items, err := DefaultTemplate()
	if err != nil {
		t.Fatal(err)
	}
	if !tpl.IsDefault || tpl.Name == "" {
		t.Errorf("template %+v", tpl)
	}
	perPhase := map[string]int{}
	rechecks := 0
	for i, it := range items {
		perPhase[it.Phase]++
		if it.Position != perPhase[it.Phase] {
			t.Errorf("item %d: position %d, want %d", i, it.Position, perPhase[it.Phase])
		}
		if it.NeedsRecheck {
			rechecks++
		}
	}
	for _, p := range data.Phases {
		if perPhase[p] < 3 {
			t.Errorf("phase %s has %d items", p, perPhase[p])
		}
	}
	if rechecks == 0 || rechecks == len(items) {
		t.Errorf("%d of %d items need a re-check", rechecks, len(items))
	}
}

func TestNewAssignmentMakesChecklist(t *testing.T) {
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := &data.Delegation{Code: "KR", Name: "Korea"}
	lo1, lo2 := &data.LO{FullName: "Sari"}, &data.LO{FullName: "Budi"}
	err = s.Write(ctx, func(tx *data.Tx) error {
		for _, r := range []data.Record{&data.Event{Name: "E"}, d, lo1, lo2} {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		// Two assignments in one transaction share one default template.
		if _, err := AssignTx(tx, &data.Assignment{LOID: lo1.ID, DelegationID: d.ID, Role: data.AssignLead}); err != nil {
			return err
		}
		_, err := AssignTx(tx, &data.Assignment{LOID: lo2.ID, DelegationID: d.ID, Role: data.AssignAssistant})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	third := &data.Assignment{LOID: lo2.ID, DelegationID: d.ID, Role: data.AssignAssistant}
	if err := NewAssignment(ctx, s, third); err != nil {
		t.Fatal(err)
	}
	tpls, _ := data.All[data.SOPTemplate](ctx, s)
	if len(tpls) != 1 {
		t.Fatalf("%d templates, want 1", len(tpls))
	}
	_, items, _ := DefaultTemplate()
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{})
	for _, a := range as {
		cl, err := s.FindChecklist(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(cl) != len(items) || cl[0].Phase != data.PhasePreArrival || cl[0].Status != data.CheckPending || cl[0].TextID == "" {
			t.Errorf("assignment %s: %d items, first %+v", a.ID, len(cl), cl[0])
		}
	}
}

func TestCheckRules(t *testing.T) {
	now := time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC)
	fresh := func(recheck bool) *data.ChecklistItem {
		return &data.ChecklistItem{Status: data.CheckPending, NeedsRecheck: recheck}
	}
	checked := func(by string) *data.ChecklistItem {
		it := fresh(true)
		if err := Check(it, by, now); err != nil {
			t.Fatal(err)
		}
		return it
	}
	tests := []struct {
		name   string
		it     *data.ChecklistItem
		do     func(*data.ChecklistItem) error
		err    error
		status string
		done   bool
	}{
		{"check", fresh(true), func(it *data.ChecklistItem) error { return Check(it, "Ayu", now) }, nil, data.CheckChecked, false},
		{"check without re-check is done", fresh(false), func(it *data.ChecklistItem) error { return Check(it, "Ayu", now) }, nil, data.CheckChecked, true},
		{"check needs a name", fresh(true), func(it *data.ChecklistItem) error { return Check(it, "  ", now) }, ErrNoName, data.CheckPending, false},
		{"check twice", checked("Ayu"), func(it *data.ChecklistItem) error { return Check(it, "Budi", now) }, ErrAlreadyChecked, data.CheckChecked, false},
		{"re-check by another", checked("Ayu"), func(it *data.ChecklistItem) error { return Recheck(it, "Budi", now) }, nil, data.CheckRechecked, true},
		{"re-check by the same", checked("Ayu Lestari"), func(it *data.ChecklistItem) error { return Recheck(it, " ayu  LESTARI ", now) }, ErrSamePerson, data.CheckChecked, false},
		{"re-check before check", fresh(true), func(it *data.ChecklistItem) error { return Recheck(it, "Budi", now) }, ErrNotChecked, data.CheckPending, false},
		{"re-check not needed", func() *data.ChecklistItem {
			it := fresh(false)
			_ = Check(it, "Ayu", now)
			return it
		}(), func(it *data.ChecklistItem) error { return Recheck(it, "Budi", now) }, ErrNoRecheck, data.CheckChecked, true},
		{"not applicable needs a reason", fresh(true), func(it *data.ChecklistItem) error { return NotApplicable(it, "Ayu", " ", now) }, ErrNoReason, data.CheckPending, false},
		{"not applicable", fresh(true), func(it *data.ChecklistItem) error { return NotApplicable(it, "Ayu", "no private jet", now) }, nil, data.CheckNotApplicable, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.do(tt.it)
			if !errors.Is(err, tt.err) {
				t.Fatalf("err = %v, want %v", err, tt.err)
			}
			if tt.it.Status != tt.status || Done(tt.it) != tt.done {
				t.Errorf("status %s done %v, want %s %v", tt.it.Status, Done(tt.it), tt.status, tt.done)
			}
		})
	}
	it := checked("Ayu")
	Reset(it)
	if it.Status != data.CheckPending || it.CheckedBy != "" || !it.CheckedAt.IsZero() {
		t.Errorf("reset: %+v", it)
	}
}

func TestOverdue(t *testing.T) {
	arr := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	m := Milestones{Arrival: arr, EventStart: time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC), Departure: time.Date(2026, 12, 5, 15, 0, 0, 0, time.UTC)}
	pending := func(phase string) *data.ChecklistItem {
		return &data.ChecklistItem{Phase: phase, Status: data.CheckPending, NeedsRecheck: true}
	}
	tests := []struct {
		name string
		it   *data.ChecklistItem
		m    Milestones
		now  time.Time
		want bool
	}{
		{"arrival item, 3 h before", pending(data.PhaseArrival), m, arr.Add(-3 * time.Hour), false},
		{"arrival item, 2 h before", pending(data.PhaseArrival), m, arr.Add(-2 * time.Hour), true},
		{"arrival item, 1 h before", pending(data.PhaseArrival), m, arr.Add(-time.Hour), true},
		{"checked but not re-checked is still due", &data.ChecklistItem{Phase: data.PhaseArrival, Status: data.CheckChecked, NeedsRecheck: true}, m, arr, true},
		{"re-checked is not overdue", &data.ChecklistItem{Phase: data.PhaseArrival, Status: data.CheckRechecked, NeedsRecheck: true}, m, arr, false},
		{"pre-arrival, 25 h before", pending(data.PhasePreArrival), m, arr.Add(-25 * time.Hour), false},
		{"pre-arrival, 23 h before", pending(data.PhasePreArrival), m, arr.Add(-23 * time.Hour), true},
		{"departure item, the day before", pending(data.PhaseDeparture), m, m.Departure.Add(-24 * time.Hour), false},
		{"post-event, 4 days after", pending(data.PhasePostEvent), m, m.Departure.Add(96 * time.Hour), true},
		{"no arrival known", pending(data.PhaseArrival), Milestones{}, arr, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Overdue(tt.it, tt.m, tt.now); got != tt.want {
				t.Errorf("Overdue = %v, want %v (due %v)", got, tt.want, tt.m.Due(tt.it.Phase))
			}
		})
	}
	var p Progress
	for _, it := range []*data.ChecklistItem{
		pending(data.PhaseArrival),
		{Phase: data.PhaseArrival, Status: data.CheckChecked, NeedsRecheck: true},
		{Phase: data.PhaseArrival, Status: data.CheckRechecked, NeedsRecheck: true},
		{Phase: data.PhaseEvent, Status: data.CheckNotApplicable},
	} {
		p.Add(it, m, arr.Add(-time.Hour))
	}
	if p.Total != 4 || p.Done != 2 || p.AwaitingRecheck != 1 || p.Overdue != 2 || p.Percent() != 50 {
		t.Errorf("progress %+v", p)
	}
}

func TestOverview(t *testing.T) {
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	arr := time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)
	d := &data.Delegation{Code: "KR", Name: "Korea"}
	lo := &data.LO{FullName: "Sari"}
	a := &data.Assignment{Role: data.AssignLead}
	err = s.Write(ctx, func(tx *data.Tx) error {
		for _, r := range []data.Record{&data.Event{Name: "E", StartDate: "2026-12-02", TimeZone: "Asia/Jakarta"}, d, lo} {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		if err := tx.Insert(&data.TravelLeg{DelegationID: d.ID, Direction: data.Arrival, Scheduled: arr}); err != nil {
			return err
		}
		a.LOID, a.DelegationID = lo.ID, d.ID
		_, err := AssignTx(tx, a)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	cl, _ := s.FindChecklist(ctx, a.ID)
	first := cl[0]
	if err := Check(&first, "Sari", arr.Add(-30*time.Hour)); err != nil {
		t.Fatal(err)
	}
	if err := s.Update(ctx, &first); err != nil {
		t.Fatal(err)
	}
	ov, err := LoadOverview(ctx, s, arr.Add(-time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	pre, arrival := ov.ByPhase[data.PhasePreArrival], ov.ByPhase[data.PhaseArrival]
	if len(ov.ByLO) != 1 || ov.ByLO[0].Name != "Sari" || ov.ByLO[0].Total != len(cl) {
		t.Errorf("by LO %+v", ov.ByLO)
	}
	if arrival.Overdue != arrival.Total || pre.Overdue != pre.Total-1 {
		t.Errorf("overdue: pre %+v arrival %+v", pre, arrival)
	}
	if ov.ByPhase[data.PhaseEvent].Overdue != 0 || len(ov.Overdue) != pre.Overdue+arrival.Overdue {
		t.Errorf("event phase %+v, %d overdue listed", ov.ByPhase[data.PhaseEvent], len(ov.Overdue))
	}
	if ov.Overdue[0].Item.Phase != data.PhasePreArrival || ov.Overdue[0].Delegation != "Korea" {
		t.Errorf("first overdue %+v", ov.Overdue[0])
	}
}
