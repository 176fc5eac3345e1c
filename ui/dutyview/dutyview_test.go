package dutyview

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/app/assign"
	"lodesk/app/duty"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

func TestMain(m *testing.M) {
	for _, env := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		_ = os.Setenv(env, "en_US.UTF-8")
	}
	os.Exit(m.Run())
}

// fixture is an event with a delegation, its head, two LOs, the lead's
// assignment and a gala dinner on the evening of 2 December.
type fixture struct {
	env       *kit.TestEnv
	s         *data.Store
	lead      data.Assignment
	dewi, adi *data.LO
	th        *data.Delegation
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	test.NewTempApp(t)
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	f := &fixture{s: s, th: &data.Delegation{Code: "TH", Name: "Thailand"}, dewi: &data.LO{FullName: "Dewi Lestari", Status: data.LOActive}, adi: &data.LO{FullName: "Adi Nugroho", Status: data.LOActive}}
	err = s.Write(ctx, func(tx *data.Tx) error {
		for _, r := range []data.Record{&data.Event{Name: "Summit", TimeZone: "Asia/Jakarta", StartDate: "2026-12-01", EndDate: "2026-12-03"}, f.th, f.dewi, f.adi} {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		f.lead = data.Assignment{LOID: f.dewi.ID, DelegationID: f.th.ID, Role: data.AssignLead, FromDate: "2026-12-01", ToDate: "2026-12-03"}
		for _, r := range []data.Record{
			&data.Person{DelegationID: f.th.ID, Role: data.RoleHOD, FullName: "Somchai"},
			&f.lead,
			&data.Assignment{LOID: f.adi.ID, DelegationID: f.th.ID, Role: data.AssignAssistant, FromDate: "2026-12-01", ToDate: "2026-12-03"},
			&data.ProgrammeItem{Title: "Gala dinner", Attendees: data.Codes{"all"}, Starts: time.Date(2026, 12, 2, 19, 30, 0, 0, jkt), Ends: time.Date(2026, 12, 2, 22, 30, 0, 0, jkt)},
		} {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1180, 680))
	f.env = kit.NewTestEnv(w, s)
	return f
}

func setEntry(t *testing.T, w fyne.Window, label, text string) {
	t.Helper()
	e := kittest.Entry(t, w, label)
	e.SetText(text)
}

// TestShiftsMakeACoverGap splits both LOs' assignments into shifts from
// the assignment's dialog, as a coordinator would: the lead until 18:00
// and the assistant only in the morning leaves the gala dinner uncovered,
// a cover conflict on the board; an evening shift for the assistant
// clears it. An overlapping shift is refused beside its field.
func TestShiftsMakeACoverGap(t *testing.T) {
	f := newFixture(t)
	w := f.env.Win
	ctx := context.Background()
	gaps := func() int {
		b, err := assign.LoadBoard(ctx, f.s)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, c := range b.Conflicts {
			if c.Kind == assign.CoverGap {
				n++
			}
		}
		return n
	}
	addShift := func(a data.Assignment, from, to string) string {
		ShowAssignment(f.env.Env, a, "Shifts")
		f.env.Wait()
		kittest.Tap(t, w, "Add shift")
		setEntry(t, w, "Starts", from)
		setEntry(t, w, "Ends", to)
		kittest.Tap(t, w, "Save")
		f.env.Wait()
		problem := kittest.Problem(w)
		kittest.CloseOverlays(w)
		return problem
	}
	if p := addShift(f.lead, "2026-12-02 07:00", "2026-12-02 18:00"); p != "" {
		t.Fatalf("lead's shift refused: %s", p)
	}
	var assistant data.Assignment
	as, _ := f.s.FindAssignments(ctx, data.AssignmentFilter{LOID: f.adi.ID})
	assistant = as[0]
	if p := addShift(assistant, "2026-12-02 06:00", "2026-12-02 12:00"); p != "" {
		t.Fatalf("assistant's shift refused: %s", p)
	}
	if n := gaps(); n != 1 {
		t.Fatalf("%d cover gaps with nobody after 18:00, want 1", n)
	}
	if p := addShift(f.lead, "2026-12-02 17:00", "2026-12-02 23:00"); !strings.Contains(p, "overlaps another shift") {
		t.Errorf("an overlapping shift: problem %q", p)
	}
	if p := addShift(assistant, "2026-12-02 18:00", "2026-12-02 23:30"); p != "" {
		t.Fatalf("evening shift refused: %s", p)
	}
	if n := gaps(); n != 0 {
		t.Errorf("%d cover gaps after the evening shift, want 0", n)
	}

	// The dialog lists the lead's shift, and a hand-over is recorded.
	v := ShowAssignment(f.env.Env, f.lead, "Shifts")
	f.env.Wait()
	if rows := v.shifts.Rows(); len(rows) != 1 || rows[0][1] != "07:00" || rows[0][2] != "18:00" {
		t.Errorf("shifts shown %v", rows)
	}
	kittest.Tap(t, w, "Add hand-over")
	if got := kittest.FormWidget(kittest.Top(w), "Incoming LO").(*kit.Select).Selected; got != "Adi Nugroho" {
		t.Errorf("incoming LO offered %q", got)
	}
	if got := kittest.Entry(t, w, "Time").Text; got != "2026-12-02 18:00" {
		t.Errorf("hand-over time offered %q, want the end of the lead's shift", got)
	}
	kittest.FormWidget(kittest.Top(w), "Note").(*kit.Input).SetText("HOD rests until 19:00; halal dinner confirmed.")
	kittest.Tap(t, w, "Save")
	f.env.Wait()
	hs, _ := data.All[data.HandOver](ctx, f.s)
	if len(hs) != 1 || hs[0].FromLOID != f.dewi.ID || hs[0].ToLOID != f.adi.ID || hs[0].Note == "" {
		t.Fatalf("hand-overs stored %+v", hs)
	}
	if rows := v.handovers.Rows(); len(rows) != 1 || rows[0][2] != "Adi Nugroho" {
		t.Errorf("hand-overs shown %v", rows)
	}
}

// TestEvaluationsAndLessons fills an LO's evaluation and records, then
// deletes and restores, a lesson.
func TestEvaluationsAndLessons(t *testing.T) {
	f := newFixture(t)
	w := f.env.Win
	ctx := context.Background()
	ev := NewEvaluations(f.env.Env)
	w.SetContent(ev.Content())
	ev.Load()
	f.env.Wait()
	if n := len(ev.table.Rows()); n != 2 {
		t.Fatalf("%d LOs listed, want the 2 with duty", n)
	}
	ev.table.OnActivated(0) // Adi Nugroho, by name
	kittest.FormWidget(kittest.Top(w), "Overall").(*kit.Select).SetSelected("4")
	kittest.FormWidget(kittest.Top(w), "Punctuality").(*kit.Select).SetSelected("5")
	kittest.FormWidget(kittest.Top(w), "Comments").(*kit.Input).SetText("Calm and punctual.")
	kittest.Tap(t, w, "Save")
	f.env.Wait()
	evals, _ := data.All[data.LOEvaluation](ctx, f.s)
	if len(evals) != 1 || evals[0].Overall != 4 || evals[0].Punctuality != 5 || evals[0].EvaluatedBy != "Test Coordinator" || evals[0].LOID != f.adi.ID {
		t.Fatalf("evaluations stored %+v", evals)
	}
	if row := ev.table.Rows()[0]; row[6] != "4" || row[3] != "–" {
		t.Errorf("row shown %v", row)
	}
	if !strings.Contains(ev.count.Text, "1 of 2") {
		t.Errorf("count %q", ev.count.Text)
	}

	ls := NewLessons(f.env.Env)
	w.SetContent(ls.Content())
	ls.Load()
	f.env.Wait()
	kittest.Tap(t, w, "Record a lesson")
	kittest.Tap(t, w, "Save")
	f.env.Wait()
	if p := kittest.Problem(w); !strings.Contains(p, "What happened") {
		t.Errorf("an empty lesson: problem %q", p)
	}
	kittest.FormWidget(kittest.Top(w), "What happened").(*kit.Input).SetText("Cars left late on the first morning.")
	kittest.FormWidget(kittest.Top(w), "Department").(*kit.Select).SetSelected(kit.EnumLabel("department", "transport"))
	kittest.Tap(t, w, "Save")
	f.env.Wait()
	if rows := ls.table.Rows(); len(rows) != 1 || rows[0][1] != kit.EnumLabel("department", "transport") || rows[0][5] != "Test Coordinator" {
		t.Fatalf("lessons shown %v", rows)
	}
	ls.table.OnActivated(0)
	kittest.Tap(t, w, "Delete")
	f.env.Wait()
	kittest.Tap(t, w, "Delete") // the confirmation
	f.env.Wait()
	if rows := ls.table.Rows(); len(rows) != 0 {
		t.Fatalf("lesson still shown after delete: %v", rows)
	}
	kittest.Tap(t, w, "Undo")
	f.env.Wait()
	if rows := ls.table.Rows(); len(rows) != 1 {
		t.Errorf("lesson not back after undo: %v", rows)
	}

	// The lessons show oldest first, whatever order they were recorded in.
	for _, at := range []string{"2100-01-01T09:00:00Z", "2020-01-01T09:00:00Z"} {
		when, _ := time.Parse(time.RFC3339, at)
		if err := duty.SaveLesson(ctx, f.s, &data.Lesson{RecordedAt: when, What: "Lesson of " + at[:4]}); err != nil {
			t.Fatal(err)
		}
	}
	ls.Load()
	f.env.Wait()
	if rows := ls.table.Rows(); len(rows) != 3 || !strings.HasPrefix(rows[0][0], "2020") || !strings.HasPrefix(rows[2][0], "2100") {
		t.Errorf("lessons not oldest first: %v", rows)
	}
}
