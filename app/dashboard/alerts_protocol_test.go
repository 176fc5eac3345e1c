package dashboard

import (
	"context"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

// TestProtocolAlertsOnDemo: the demo's overdue Note Verbale follow-ups and
// its double-booked back-up car are on the dashboard; a note answered is
// off it.
func TestProtocolAlertsOnDemo(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	now := demotest.Start.Add(26 * time.Hour)
	a, err := LoadAlerts(ctx, s, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.NotesOverdue) == 0 || a.NotesOverdue[0].DaysLate <= 0 || a.NotesOverdue[0].Delegation == "" {
		t.Fatalf("overdue notes %+v", a.NotesOverdue)
	}
	if len(a.VehicleClashes) != 1 {
		t.Errorf("vehicle clashes %+v", a.VehicleClashes)
	}
	n := a.NotesOverdue[0].Note
	n.Status = data.NoteAnswered
	if err := s.Update(ctx, &n); err != nil {
		t.Fatal(err)
	}
	b, err := LoadAlerts(ctx, s, now)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.NotesOverdue) != len(a.NotesOverdue)-1 {
		t.Errorf("%d overdue after answering one of %d", len(b.NotesOverdue), len(a.NotesOverdue))
	}
}
