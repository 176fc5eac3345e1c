package assignview

import (
	"context"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"

	"lodesk/app/assign"
	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

func loadedBoard(t *testing.T) (*Board, *kit.TestEnv, fyne.Window, *data.Store) {
	t.Helper()
	env, w, s := setup(t)
	b := NewBoard(env.Env)
	w.SetContent(b.Content())
	b.Load()
	env.Wait()
	return b, env, w, s
}

func countKind(b *Board, kind string) int {
	n := 0
	for _, c := range b.d.board.Conflicts {
		if c.Kind == kind {
			n++
		}
	}
	return n
}

func TestBoardRowsAndConflicts(t *testing.T) {
	b, _, _, s := loadedBoard(t)
	as, _ := s.FindAssignments(context.Background(), data.AssignmentFilter{})
	if len(b.table.Rows()) != len(as) || len(as) == 0 {
		t.Fatalf("board shows %d rows, the file has %d assignments", len(b.table.Rows()), len(as))
	}
	if b.table.Cell(0, 2) != "Lead" && b.table.Cell(0, 2) != "Assistant" {
		t.Fatalf("role shown as %q", b.table.Cell(0, 2))
	}
	if !strings.Contains(b.table.Cell(0, 4), "2026-") {
		t.Fatalf("period shown as %q", b.table.Cell(0, 4))
	}
	if len(b.lines) == 0 || b.conflictN.Text != "Conflicts: "+strconv.Itoa(len(b.lines)) {
		t.Fatalf("conflicts header %q for %d lines", b.conflictN.Text, len(b.lines))
	}
	joined := strings.Join(b.lines, "\n")
	if !strings.Contains(joined, "has no lead LO") || !strings.Contains(joined, "has no assignment") {
		t.Fatalf("conflicts lack no-lead / idle lines:\n%s", joined)
	}
	// The demo leaves a few LOs without the apron their head has.
	if countKind(b, assign.MissingZone) == 0 || !strings.Contains(joined, "lacks the access zone(s) apron") {
		t.Fatalf("no missing-zone line:\n%s", joined)
	}
	for _, l := range b.lines {
		if strings.Contains(l, "needed") && strings.Contains(l, "..") {
			t.Fatalf("the English detail leaked: %q", l)
		}
	}
}

// TestBoardEditorShowsConflictsBeforeSaving gives an LO who already leads
// a delegation a second one at the same time: the editor says so before
// saving, and the board lists the double booking after.
func TestBoardEditorShowsConflictsBeforeSaving(t *testing.T) {
	b, env, w, s := loadedBoard(t)
	var busy assign.Row
	for _, r := range b.d.board.Rows {
		if r.Assignment.Role == data.AssignLead {
			busy = r
			break
		}
	}
	var open string
	for _, c := range b.d.board.Conflicts {
		if c.Kind == assign.NoLead && b.d.stay(c.DelegationID).Overlaps(busy.Period) {
			open = c.DelegationID
			break
		}
	}
	if open == "" {
		t.Fatal("no delegation without lead overlapping a lead's period in the demo")
	}
	noLead, double := countKind(b, assign.NoLead), countKind(b, assign.DoubleBooked)
	e := b.edit(nil, busy.Assignment.LOID, open)
	if !strings.Contains(kittest.OverlayText(w), "New assignment") {
		t.Fatalf("no editor:\n%s", kittest.OverlayText(w))
	}
	if !strings.Contains(e.warn.Text, "is already assigned then: "+busy.Delegation) {
		t.Fatalf("editor warning %q, want the double booking with %s", e.warn.Text, busy.Delegation)
	}
	if !strings.Contains(e.stay.Text, "the delegation's stay") {
		t.Fatalf("stay hint %q", e.stay.Text)
	}
	test.Type(e.to, "2001-01-01")
	if e.to.Validate() == nil {
		t.Fatal("a last day before the first day passed")
	}
	e.to.SetText("")
	e.person.SetSelectedIndex(1)
	e.dlg.Submit()
	env.Wait()
	if got := countKind(b, assign.DoubleBooked); got != double+1 {
		t.Fatalf("double bookings %d, want %d", got, double+1)
	}
	if got := countKind(b, assign.NoLead); got != noLead-1 {
		t.Fatalf("delegations without lead %d, want %d", got, noLead-1)
	}
	if !strings.Contains(strings.Join(b.lines, "\n"), "is double-booked: ") {
		t.Fatalf("no double booking listed:\n%s", strings.Join(b.lines, "\n"))
	}
	as, _ := s.FindAssignments(context.Background(), data.AssignmentFilter{DelegationID: open})
	if len(as) != 1 || as[0].PersonID == "" || as[0].Role != data.AssignLead || as[0].TemplateID == "" {
		t.Fatalf("stored %+v", as)
	}
	items, _ := s.FindChecklist(context.Background(), as[0].ID)
	if len(items) == 0 {
		t.Fatal("the new assignment has no SOP checklist")
	}
	// The timeline shows the clash in red.
	red := false
	for _, r := range b.timeline.rows {
		red = red || len(r.clashes) > 0
	}
	if !red {
		t.Fatal("the timeline shows no double booking")
	}
}

func TestBoardDeleteAndUndo(t *testing.T) {
	b, env, w, s := loadedBoard(t)
	before := len(b.table.Rows())
	first := b.table.Cell(0, 1)
	b.table.OnActivated(0)
	kittest.Tap(t, w, "Delete assignment…")
	if !strings.Contains(kittest.OverlayText(w), first) {
		t.Fatalf("confirmation does not name %q:\n%s", first, kittest.OverlayText(w))
	}
	kittest.Tap(t, w, "Delete")
	env.Wait()
	if len(b.table.Rows()) != before-1 {
		t.Fatalf("rows %d after delete, want %d", len(b.table.Rows()), before-1)
	}
	test.Tap(kittest.MustButton(t, b.undo.View(), "Undo"))
	env.Wait()
	as, _ := s.FindAssignments(context.Background(), data.AssignmentFilter{})
	if len(b.table.Rows()) != before || len(as) != before {
		t.Fatalf("rows %d, stored %d after undo, want %d", len(b.table.Rows()), len(as), before)
	}
}

func TestAutoMatchPreviewAndAccept(t *testing.T) {
	b, env, w, _ := loadedBoard(t)
	noLead := countKind(b, assign.NoLead)
	leads := 0
	for _, r := range b.d.board.Rows {
		if r.Assignment.Role == data.AssignLead {
			leads++
		}
	}
	m := b.newMatcher()
	m.run()
	env.Wait()
	if len(m.lines) == 0 || len(m.lines) > noLead {
		t.Fatalf("%d proposals for %d delegations without lead", len(m.lines), noLead)
	}
	for _, l := range m.lines {
		if !strings.Contains(l[1], "speaks ") && !strings.Contains(l[1], "no shared language") || !strings.Contains(l[1], "experience") {
			t.Fatalf("reason %q", l[1])
		}
	}
	if !strings.Contains(m.status.Text, "proposals") || !strings.Contains(kittest.OverlayText(w), "Re-plan leads set by hand too") {
		t.Fatalf("status %q", m.status.Text)
	}
	m.checkAll(false)
	if !m.accept.Disabled() {
		t.Fatal("Accept is enabled with nothing checked")
	}
	m.checked[0], m.checked[1] = true, true
	m.counted()
	if !strings.Contains(m.status.Text, "2 checked") {
		t.Fatalf("status %q", m.status.Text)
	}
	kittest.Tap(t, w, "Accept")
	env.Wait()
	if got := countKind(b, assign.NoLead); got != noLead-2 {
		t.Fatalf("delegations without lead: %d, want %d", got, noLead-2)
	}
	n := 0
	for _, r := range b.d.board.Rows {
		if r.Assignment.Role == data.AssignLead {
			n++
		}
	}
	if n != leads+2 {
		t.Fatalf("leads %d, want %d", n, leads+2)
	}

	// Re-planning the hand-set leads too proposes replacements.
	m = b.newMatcher()
	m.replace.SetChecked(true)
	env.Wait()
	if m.plan == nil || len(m.plan.Replaced) == 0 {
		t.Fatal("re-planning kept every hand-set lead")
	}
}

// TestTimelineDrawsVisibleRowsOnly: on the large demo (500 LOs) the
// timeline makes objects for a screenful of rows only.
func TestTimelineDrawsVisibleRowsOnly(t *testing.T) {
	tl, d := largeTimeline(t)
	tl.SetData(d)
	if len(tl.rows) < 500 {
		t.Fatalf("%d rows", len(tl.rows))
	}
	r := test.WidgetRenderer(tl)
	r.Refresh()
	texts := func() []string {
		var out []string
		for _, o := range r.Objects() {
			if x, ok := o.(*canvas.Text); ok && x.Position().X < tlNameW {
				out = append(out, x.Text)
			}
		}
		return out
	}
	if n := len(texts()); n == 0 || n > 30 {
		t.Fatalf("%d row names drawn of %d rows", n, len(tl.rows))
	}
	tl.scroll.ScrollToBottom()
	r.Refresh()
	names := texts()
	if len(names) == 0 || names[len(names)-1] != tl.rows[len(tl.rows)-1].name {
		t.Fatalf("after scrolling to the end, drawn %v; last row %q", names, tl.rows[len(tl.rows)-1].name)
	}
	if tl.MinSize().Height < float32(len(tl.rows))*tlRowH {
		t.Fatal("the timeline is not as tall as its rows")
	}
}

// TestTimelineReadsAtAGlance: on the large demo the LOs come first and the
// delegations without a lead after them; the days say their weekday; a
// line marks today; the search finds an LO and says when nothing matches.
func TestTimelineReadsAtAGlance(t *testing.T) {
	tl, d := largeTimeline(t)
	start, _ := time.ParseInLocation(time.DateOnly, d.ev.StartDate, d.ev.Location())
	tl.now = func() time.Time { return start.AddDate(0, 0, 2).Add(10 * time.Hour) }
	tl.SetData(d)

	noLead := lang.L("(no lead)")
	seen := false
	for i, r := range tl.rows {
		if strings.Contains(r.name, noLead) {
			seen = true
		} else if seen {
			t.Fatalf("row %d, LO %q, comes after a delegation without lead", i, r.name)
		}
	}
	if !seen || strings.Contains(tl.rows[0].name, noLead) {
		t.Fatalf("first row %q; delegations without lead shown: %v", tl.rows[0].name, seen)
	}

	var head []string
	for _, o := range test.WidgetRenderer(tl.head).Objects() {
		if x, ok := o.(*canvas.Text); ok {
			head = append(head, x.Text)
		}
	}
	if want := tl.days[0].Weekday().String()[:3]; !kittest.Contains(head, want) {
		t.Errorf("the day headers do not say %q: %q", want, head)
	}
	if want := start.AddDate(0, 0, 2).Format(time.DateOnly); tl.today < 0 || tl.days[tl.today].Format(time.DateOnly) != want {
		t.Errorf("today is day %d of %v, want %s", tl.today, tl.days, want)
	}
	line := false
	for _, o := range test.WidgetRenderer(tl).Objects() {
		if x, ok := o.(*canvas.Rectangle); ok && x.Size().Width == 2 && x.Position().X > tlNameW {
			line = true
		}
	}
	if !line {
		t.Error("no line marks today")
	}

	lo := tl.rows[len(tl.rows)/3].name
	test.Type(tl.search, lo)
	if len(tl.rows) == 0 || tl.rows[0].name != lo || tl.empty.Visible() {
		t.Errorf("searching %q shows %d rows", lo, len(tl.rows))
	}
	tl.search.SetText("zzz no such name")
	if len(tl.rows) != 0 || !tl.empty.Visible() || !strings.Contains(tl.empty.Text, "Nothing matches") {
		t.Errorf("a search matching nothing: %d rows, %q", len(tl.rows), tl.empty.Text)
	}
	tl.search.SetText("")
	if len(tl.rows) != len(tl.all) {
		t.Errorf("cleared search shows %d of %d rows", len(tl.rows), len(tl.all))
	}
}

// largeTimeline is a timeline in a 1000x500 test window and the board of
// the large demo (500 LOs) to show in it.
func largeTimeline(t *testing.T) (*Timeline, *boardData) {
	t.Helper()
	test.NewTempApp(t)
	s, err := data.Open(context.Background(), demotest.Copy(t, demotest.File(t, demo.Large)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	d, err := loadBoard(context.Background(), s)
	if err != nil {
		t.Fatal(err)
	}
	tl := NewTimeline()
	w := test.NewWindow(tl.Content())
	t.Cleanup(w.Close)
	w.Resize(fyne.NewSize(1000, 500))
	return tl, d
}
