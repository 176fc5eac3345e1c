package checkview

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

// openChecklists shows the Checklists screen at testNow as author.
func openChecklists(f *fixture, author string) *Checklists {
	f.Env.Author = func() string { return author }
	c := NewChecklists(f.Env.Env)
	c.now = func() time.Time { return testNow }
	f.Win.SetContent(c.Content())
	c.Load()
	f.Wait()
	return c
}

// itemRow finds the rendered row of a checklist line by its text and
// returns its buttons.
func itemRow(t *testing.T, c *Checklists, text string) []*widget.Button {
	t.Helper()
	for i, ln := range c.lines {
		if ln.text == text {
			c.itemList.ScrollTo(i)
		}
	}
	for _, x := range test.LaidOutObjects(c.itemList) {
		box, ok := x.(*fyne.Container)
		if !ok || len(box.Objects) != 4 {
			continue
		}
		if l, ok := box.Objects[2].(*widget.Label); !ok || l.Text != text {
			continue
		}
		var bs []*widget.Button
		for _, o := range box.Objects[1].(*fyne.Container).Objects {
			bs = append(bs, o.(*widget.Button))
		}
		return bs
	}
	t.Fatalf("no row shows %q", text)
	return nil
}

// tapItem taps one of an item's buttons, which must be shown.
func tapItem(t *testing.T, c *Checklists, text string, button int) {
	t.Helper()
	b := itemRow(t, c, text)[button]
	if !b.Visible() {
		t.Fatalf("%q: button %q is not shown", text, b.Text)
	}
	test.Tap(b)
}

// firstPending finds a pending item that needs a re-check in the checklist
// shown.
func firstPending(t *testing.T, c *Checklists) data.ChecklistItem {
	t.Helper()
	for _, it := range c.items[c.selected] {
		if it.Status == data.CheckPending && it.NeedsRecheck {
			return it
		}
	}
	t.Fatal("no pending item needing a re-check")
	return data.ChecklistItem{}
}

func stored(t *testing.T, s *data.Store, id string) *data.ChecklistItem {
	t.Helper()
	it, err := data.Get[data.ChecklistItem](context.Background(), s, id)
	if err != nil {
		t.Fatal(err)
	}
	return it
}

func TestCheckRecheckTwoPeople(t *testing.T) {
	f := newFixture(t)
	c := openChecklists(f, "Sari Wulandari")
	if c.selected == "" || c.title.Text == "" {
		t.Fatalf("no assignment shown: %q", c.title.Text)
	}
	if !strings.Contains(c.whoLabel.Text, "Sari Wulandari") {
		t.Errorf("who label %q", c.whoLabel.Text)
	}
	it := firstPending(t, c)
	text := it.TextEN
	if b := itemRow(t, c, text); b[btnRecheck].Visible() || b[btnReset].Visible() {
		t.Error("a pending item offers re-check or reset")
	}
	tapItem(t, c, text, btnCheck)
	f.Wait()
	if got := stored(t, f.Store, it.ID); got.Status != data.CheckChecked || got.CheckedBy != "Sari Wulandari" {
		t.Fatalf("after check: %s by %q", got.Status, got.CheckedBy)
	}
	if !strings.Contains(strings.Join(kittest.Texts(c.itemList), "\n"), "Checked by Sari Wulandari") {
		t.Error("the row does not say who checked")
	}

	// The same name cannot re-check its own check.
	c.env.Author = func() string { return "  sari  wulandari " }
	tapItem(t, c, text, btnRecheck)
	f.Wait()
	if msg := f.OverlayText(); !strings.Contains(msg, "another person than the check") {
		t.Errorf("refusal not shown: %q", msg)
	}
	kittest.CloseOverlays(f.Win)
	if got := stored(t, f.Store, it.ID); got.Status != data.CheckChecked {
		t.Fatalf("refused re-check stored: %s", got.Status)
	}

	// A second coordinator can.
	c.env.Author = func() string { return "Budi Santoso" }
	tapItem(t, c, text, btnRecheck)
	f.Wait()
	got := stored(t, f.Store, it.ID)
	if got.Status != data.CheckRechecked || got.RecheckedBy != "Budi Santoso" || got.CheckedBy != "Sari Wulandari" {
		t.Fatalf("after re-check: %s, checked by %q, re-checked by %q", got.Status, got.CheckedBy, got.RecheckedBy)
	}
	if !strings.Contains(strings.Join(kittest.Texts(c.itemList), "\n"), "re-checked by Budi Santoso") {
		t.Error("the row does not say who re-checked")
	}

	// Reset undoes it.
	tapItem(t, c, text, btnReset)
	f.Wait()
	if got := stored(t, f.Store, it.ID); got.Status != data.CheckPending || got.CheckedBy != "" || got.RecheckedBy != "" {
		t.Fatalf("after reset: %+v", got)
	}
	if f.Env.Changes == 0 {
		t.Error("writes did not tell the window")
	}
}

func TestNotApplicableAsksReason(t *testing.T) {
	f := newFixture(t)
	c := openChecklists(f, "Sari Wulandari")
	it := firstPending(t, c)
	tapItem(t, c, it.TextEN, btnNA)
	save := f.OverlayButton("Save")
	test.Tap(save) // without a reason: refused, the editor stays open
	f.Wait()
	if got := kittest.Problem(f.Win); !strings.Contains(got, "Say why the item does not apply") {
		t.Errorf("without a reason the editor says %q", got)
	}
	if got := stored(t, f.Store, it.ID); got.Status == data.CheckNotApplicable {
		t.Fatal("marked not applicable without a reason")
	}
	test.Type(f.OverlayEntry(), "Arrives by private jet")
	test.Tap(save)
	f.Wait()
	got := stored(t, f.Store, it.ID)
	if got.Status != data.CheckNotApplicable || got.NAReason != "Arrives by private jet" {
		t.Fatalf("not applicable: %s %q", got.Status, got.NAReason)
	}
	if !strings.Contains(strings.Join(kittest.Texts(c.itemList), "\n"), "Not applicable: Arrives by private jet") {
		t.Error("the reason is not shown")
	}
}

func TestAsksNameOnceWithoutSettings(t *testing.T) {
	f := newFixture(t)
	c := openChecklists(f, "")
	if !strings.Contains(c.whoLabel.Text, "Settings") {
		t.Errorf("who label %q does not point to Settings", c.whoLabel.Text)
	}
	it := firstPending(t, c)
	tapItem(t, c, it.TextEN, btnCheck)
	if msg := f.OverlayText(); !strings.Contains(msg, "Who is checking?") || !strings.Contains(msg, "Settings") {
		t.Fatalf("no name asked: %q", msg)
	}
	test.Type(f.OverlayEntry(), "Dewi Lestari")
	test.Tap(f.OverlayButton("OK"))
	f.Wait()
	if got := stored(t, f.Store, it.ID); got.CheckedBy != "Dewi Lestari" {
		t.Fatalf("checked by %q", got.CheckedBy)
	}
	if f.Store.Author() != "Dewi Lestari" {
		t.Errorf("audit trail author %q", f.Store.Author())
	}
	// Not asked twice.
	next := firstPending(t, c)
	tapItem(t, c, next.TextEN, btnCheck)
	f.Wait()
	if f.Win.Canvas().Overlays().Top() != nil {
		t.Fatalf("asked again: %q", f.OverlayText())
	}
	if got := stored(t, f.Store, next.ID); got.CheckedBy != "Dewi Lestari" {
		t.Fatalf("second item checked by %q", got.CheckedBy)
	}
}

func TestOverdueStandsOut(t *testing.T) {
	f := newFixture(t)
	c := openChecklists(f, "Sari Wulandari")
	ov, err := sop.LoadOverview(context.Background(), f.Store, testNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(ov.Overdue) == 0 {
		t.Fatal("the demo has nothing overdue at the test's time")
	}
	o := c.overview
	if len(o.overdue.Shown()) != len(ov.Overdue) || !o.overdue.Shown()[0].Danger {
		t.Errorf("overdue list: %d rows, want %d in red", len(o.overdue.Shown()), len(ov.Overdue))
	}
	if !strings.HasPrefix(o.tabs.Items[0].Text, "Overdue (") {
		t.Errorf("overdue tab %q", o.tabs.Items[0].Text)
	}
	// The assignment list says which have overdue steps; choose one.
	var late *assignRow
	for i := range c.shown {
		if c.shown[i].progress.Overdue > 0 {
			late = &c.shown[i]
			c.assignTo.Select(i)
			break
		}
	}
	if late == nil {
		t.Fatal("no assignment shows overdue steps")
	}
	if c.summary.Importance != widget.DangerImportance || !strings.Contains(c.summary.Text, "overdue") {
		t.Errorf("summary %q not in red", c.summary.Text)
	}
	red := 0
	for _, ln := range c.lines {
		if ln.overdue && !ln.header {
			red++
		}
	}
	if red != late.progress.Overdue {
		t.Errorf("%d items in red, want %d", red, late.progress.Overdue)
	}
	// Per phase, LO and delegation.
	if o.byLO.Cell(0, 0) == "" || len(o.byDel.Shown()) == 0 || o.phaseOf[0].Text == "" {
		t.Error("progress per LO, delegation or phase missing")
	}
}

func TestChecklistInIndonesian(t *testing.T) {
	f := newFixture(t)
	for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		t.Setenv(v, "id_ID.UTF-8")
	}
	kittest.ReloadTranslations(t)
	defer func() {
		for _, v := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
			t.Setenv(v, "en_US.UTF-8")
		}
		kittest.ReloadTranslations(t)
	}()
	c := openChecklists(f, "Sari")
	it := firstPending(t, c)
	if it.TextID == "" {
		t.Fatal("no Indonesian text")
	}
	itemRow(t, c, it.TextID) // shown in Indonesian
	if c.lines[0].text != "Pra-kedatangan" {
		t.Errorf("phase header %q", c.lines[0].text)
	}
}

func TestNoteOnItem(t *testing.T) {
	f := newFixture(t)
	c := openChecklists(f, "Sari Wulandari")
	it := firstPending(t, c)
	ctx := context.Background()

	// Cancel writes nothing.
	v, _ := f.Store.DataVersion(ctx)
	tapItem(t, c, it.TextEN, btnNote)
	test.Type(f.OverlayEntry(), "Not this")
	test.Tap(f.OverlayButton("Cancel"))
	f.Wait()
	if w, _ := f.Store.DataVersion(ctx); w != v {
		t.Fatal("a cancelled note was written")
	}

	tapItem(t, c, it.TextEN, btnNote)
	if msg := f.OverlayText(); !strings.Contains(msg, it.TextEN) {
		t.Errorf("the dialog does not name the step: %q", msg)
	}
	e := f.OverlayEntry()
	if !e.MultiLine || e.Text != "" {
		t.Fatalf("note entry: multi-line %v, text %q", e.MultiLine, e.Text)
	}
	test.Type(e, "Hotel confirmed by phone")
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	test.Type(e, "Key at the front desk  ")
	test.Tap(f.OverlayButton("Save"))
	f.Wait()
	got := stored(t, f.Store, it.ID)
	if got.Notes != "Hotel confirmed by phone\nKey at the front desk" || got.Status != data.CheckPending {
		t.Fatalf("stored %s, note %q", got.Status, got.Notes)
	}
	if all := strings.Join(kittest.Texts(c.itemList), "\n"); !strings.Contains(all, "Note: Hotel confirmed by phone / Key at the front desk") {
		t.Errorf("the row does not show the note:\n%s", all)
	}
	// Through the change log, as the other actions write.
	h, err := f.Store.History(ctx, "checklist_item", it.ID)
	if err != nil || len(h) == 0 || h[len(h)-1].Field != "notes" || h[len(h)-1].Op != "update" {
		t.Errorf("history %+v, %v", h, err)
	}
	if f.Env.Changes == 0 {
		t.Error("the write did not tell the window")
	}

	// Checking keeps the note; the note dialog shows it again; emptied,
	// it is gone.
	tapItem(t, c, it.TextEN, btnCheck)
	f.Wait()
	if got := stored(t, f.Store, it.ID); got.Status != data.CheckChecked || got.Notes == "" {
		t.Fatalf("after check: %s, note %q", got.Status, got.Notes)
	}
	tapItem(t, c, it.TextEN, btnNote)
	e = f.OverlayEntry()
	if e.Text != "Hotel confirmed by phone\nKey at the front desk" {
		t.Errorf("the dialog shows %q", e.Text)
	}
	e.SetText("")
	test.Tap(f.OverlayButton("Save"))
	f.Wait()
	if got := stored(t, f.Store, it.ID); got.Notes != "" || got.Status != data.CheckChecked {
		t.Fatalf("after clearing: %s, note %q", got.Status, got.Notes)
	}
	if all := strings.Join(kittest.Texts(c.itemList), "\n"); strings.Contains(all, "Note: Hotel") {
		t.Error("the cleared note is still shown")
	}
}
