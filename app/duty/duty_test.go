package duty

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

type fixture struct {
	s           *data.Store
	loc         *time.Location
	lo, lo2     *data.LO
	del         *data.Delegation
	lead, other *data.Assignment
	morning     *data.Shift
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	f := &fixture{s: s, lo: &data.LO{FullName: "Dewi"}, lo2: &data.LO{FullName: "Budi"}, del: &data.Delegation{Code: "TH", Name: "Thailand"}}
	f.loc, _ = time.LoadLocation("Asia/Jakarta")
	ins := []data.Record{&data.Event{Name: "Summit", TimeZone: "Asia/Jakarta"}, f.lo, f.lo2, f.del, &data.Delegation{Code: "FR", Name: "France"}}
	for _, r := range ins {
		if err := s.Insert(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	f.lead = &data.Assignment{LOID: f.lo.ID, DelegationID: f.del.ID, Role: data.AssignLead, FromDate: "2026-12-01", ToDate: "2026-12-04"}
	f.other = &data.Assignment{LOID: f.lo.ID, DelegationID: ins[4].(*data.Delegation).ID, Role: data.AssignAssistant}
	for _, r := range []data.Record{f.lead, f.other} {
		if err := s.Insert(ctx, r); err != nil {
			t.Fatal(err)
		}
	}
	f.morning = &data.Shift{AssignmentID: f.lead.ID, Starts: f.at("2026-12-02 07:00"), Ends: f.at("2026-12-02 18:00")}
	if err := SaveShift(ctx, s, f.morning); err != nil {
		t.Fatal(err)
	}
	return f
}

func (f *fixture) at(s string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", s, f.loc)
	if err != nil {
		panic(err)
	}
	return t
}

func wantField(t *testing.T, err error, name string, want error) {
	t.Helper()
	var fe *field.Error
	if want == nil {
		if err != nil {
			t.Fatalf("unexpected error %v", err)
		}
		return
	}
	if !errors.As(err, &fe) || fe.Field != name || !errors.Is(err, want) {
		t.Fatalf("error %v, want %s: %v", err, name, want)
	}
}

func TestSaveShift(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		name       string
		assignment string
		from, to   string
		field      string
		err        error
	}{
		{"evening after the morning", f.lead.ID, "2026-12-02 18:00", "2026-12-02 23:00", "", nil},
		{"night into the next day", f.lead.ID, "2026-12-03 22:00", "2026-12-04 06:00", "", nil},
		{"no assignment", "", "2026-12-02 18:00", "2026-12-02 23:00", "assignment", field.ErrRequired},
		{"removed assignment", "nope", "2026-12-02 18:00", "2026-12-02 23:00", "assignment", data.ErrNotFound},
		{"no start", f.lead.ID, "", "2026-12-02 23:00", "starts", field.ErrRequired},
		{"end before start", f.lead.ID, "2026-12-02 20:00", "2026-12-02 19:00", "ends", field.ErrEndBeforeStart},
		{"too long", f.lead.ID, "2026-12-01 07:00", "2026-12-02 08:00", "ends", field.ErrTooLong},
		{"before the assignment", f.lead.ID, "2026-11-30 07:00", "2026-11-30 18:00", "starts", field.ErrOutsideAssignment},
		{"overlaps the morning", f.lead.ID, "2026-12-02 17:00", "2026-12-02 20:00", "starts", field.ErrOverlap},
		{"same LO, other delegation", f.other.ID, "2026-12-02 12:00", "2026-12-02 13:00", "starts", field.ErrOverlap},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sh := &data.Shift{AssignmentID: tt.assignment}
			if tt.from != "" {
				sh.Starts = f.at(tt.from)
			}
			sh.Ends = f.at(tt.to)
			err := SaveShift(context.Background(), f.s, sh)
			wantField(t, err, tt.field, tt.err)
			if err != nil {
				return
			}
			if _, err := record.Remove(context.Background(), f.s, sh); err != nil {
				t.Fatal(err)
			}
		})
	}
	// Moving the morning shift is not an overlap with itself.
	f.morning.Ends = f.at("2026-12-02 17:00")
	wantField(t, SaveShift(context.Background(), f.s, f.morning), "", nil)
}

func TestSaveRecords(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	now := f.at("2026-12-02 18:00")
	tests := []struct {
		name  string
		save  func() error
		field string
		err   error
	}{
		{"hand-over", func() error {
			return SaveHandOver(ctx, f.s, &data.HandOver{DelegationID: f.del.ID, FromLOID: f.lo.ID, ToLOID: f.lo2.ID, HandedAt: now, Note: " HOD tired "})
		}, "", nil},
		{"hand-over to oneself", func() error {
			return SaveHandOver(ctx, f.s, &data.HandOver{DelegationID: f.del.ID, FromLOID: f.lo.ID, ToLOID: f.lo.ID, HandedAt: now})
		}, "to_lo", field.ErrSameLO},
		{"hand-over without time", func() error {
			return SaveHandOver(ctx, f.s, &data.HandOver{DelegationID: f.del.ID, ToLOID: f.lo.ID})
		}, "handed_at", field.ErrRequired},
		{"hand-over to a removed LO", func() error {
			return SaveHandOver(ctx, f.s, &data.HandOver{DelegationID: f.del.ID, ToLOID: "gone", HandedAt: now})
		}, "to_lo", data.ErrNotFound},
		{"note", func() error {
			return SaveLONote(ctx, f.s, &data.LONote{LOID: f.lo.ID, Day: "2026-12-02", Text: "All well"})
		}, "", nil},
		{"note with a bad day", func() error {
			return SaveLONote(ctx, f.s, &data.LONote{LOID: f.lo.ID, Day: "2 Dec", Text: "x"})
		}, "day", field.ErrBadDate},
		{"empty note", func() error {
			return SaveLONote(ctx, f.s, &data.LONote{LOID: f.lo.ID, Day: "2026-12-02", Text: "  "})
		}, "text", field.ErrRequired},
		{"evaluation", func() error {
			return SaveEvaluation(ctx, f.s, &data.LOEvaluation{LOID: f.lo.ID, Overall: 5, EvaluatedBy: "Ratna"})
		}, "", nil},
		{"second evaluation", func() error {
			return SaveEvaluation(ctx, f.s, &data.LOEvaluation{LOID: f.lo.ID, Overall: 3})
		}, "lo", field.ErrSecondEvaluation},
		{"score out of range", func() error {
			return SaveEvaluation(ctx, f.s, &data.LOEvaluation{LOID: f.lo2.ID, Initiative: 6})
		}, "initiative", field.ErrScore},
		{"lesson", func() error {
			return SaveLesson(ctx, f.s, &data.Lesson{What: "Buses came late", Department: "transport"})
		}, "", nil},
		{"lesson without text", func() error { return SaveLesson(ctx, f.s, &data.Lesson{}) }, "what", field.ErrRequired},
		{"lesson with a bad department", func() error {
			return SaveLesson(ctx, f.s, &data.Lesson{What: "x", Department: "kitchen"})
		}, "department", field.ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantField(t, tt.save(), tt.field, tt.err) })
	}
	hs, _ := data.All[data.HandOver](ctx, f.s)
	if len(hs) != 1 || hs[0].Note != "HOD tired" {
		t.Errorf("hand-overs stored: %+v", hs)
	}
	ls, _ := data.All[data.Lesson](ctx, f.s)
	if len(ls) != 1 || ls[0].RecordedAt.IsZero() {
		t.Errorf("lessons stored: %+v", ls)
	}
}

func TestDeleteAssignmentTakesShifts(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	rm, err := record.Remove(ctx, f.s, f.lead)
	if err != nil {
		t.Fatal(err)
	}
	if shs, _ := data.All[data.Shift](ctx, f.s); len(shs) != 0 {
		t.Errorf("%d shifts outlive their assignment", len(shs))
	}
	if _, err := rm.Undo(ctx, f.s); err != nil {
		t.Fatal(err)
	}
	if shs, _ := data.All[data.Shift](ctx, f.s); len(shs) != 1 {
		t.Errorf("%d shifts after undo, want 1", len(shs))
	}
}

// TestDemoKeepsTheRules saves every shift, hand-over, note, evaluation and
// lesson of the demo again through the rules: the demo shows nothing the
// window would refuse.
func TestDemoKeepsTheRules(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n := 0
	check := func(err error) {
		t.Helper()
		n++
		if err != nil {
			t.Fatal(err)
		}
	}
	shifts, _ := data.All[data.Shift](ctx, s)
	for i := range shifts {
		check(SaveShift(ctx, s, &shifts[i]))
	}
	hs, _ := data.All[data.HandOver](ctx, s)
	for i := range hs {
		check(SaveHandOver(ctx, s, &hs[i]))
	}
	ns, _ := data.All[data.LONote](ctx, s)
	for i := range ns {
		check(SaveLONote(ctx, s, &ns[i]))
	}
	es, _ := data.All[data.LOEvaluation](ctx, s)
	for i := range es {
		check(SaveEvaluation(ctx, s, &es[i]))
	}
	ls, _ := data.All[data.Lesson](ctx, s)
	for i := range ls {
		check(SaveLesson(ctx, s, &ls[i]))
	}
	if len(shifts) == 0 || len(hs) == 0 || len(ns) == 0 || len(es) == 0 || len(ls) == 0 {
		t.Errorf("demo: %d shifts, %d hand-overs, %d notes, %d evaluations, %d lessons", len(shifts), len(hs), len(ns), len(es), len(ls))
	}
}
