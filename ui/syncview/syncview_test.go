package syncview

import (
	"context"
	"errors"
	"fmt"
	"strings"
	gosync "sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sync"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

type fakeSyncer struct {
	mu        gosync.Mutex
	opts      sync.Options
	err       error
	conflicts []data.Conflict
	resolved  []string
}

func (f *fakeSyncer) Sync(_ context.Context, opts sync.Options) (sync.Summary, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.opts = opts
	opts.Progress("read", 1, 2)
	return sync.Summary{
		Replica: "r1", Sent: 2, SentByTable: map[string]int{"person": 2},
		Received: 5, ByTable: map[string]int{"person": 4, "delegation": 1}, ByAuthor: map[string]int{"Ayu": 5},
		Held: make([]data.SyncChange, 1), Duplicates: 3, Reviewed: 1,
	}, f.err
}

func (f *fakeSyncer) Conflicts(context.Context) ([]data.Conflict, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]data.Conflict(nil), f.conflicts...), nil
}

func (f *fakeSyncer) Resolve(_ context.Context, c data.Conflict, value string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.resolved = append(f.resolved, value)
	f.conflicts = nil
	return nil
}

func (f *fakeSyncer) Label(context.Context, string, string) string { return "Siti Rahma" }

func newView(t *testing.T, f *fakeSyncer) (*View, chan struct{}) {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8")
	a := test.NewTempApp(t)
	w := a.NewWindow("test")
	w.Resize(fyne.NewSize(800, 700))
	v := New(w, f, a.Preferences())
	done := make(chan struct{}, 8)
	v.done = func() { done <- struct{}{} }
	return v, done
}

func wait(t *testing.T, done chan struct{}) {
	t.Helper()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the dialog did not finish")
	}
}

func TestSyncViewRunsAndShowsTheSummary(t *testing.T) {
	f := &fakeSyncer{conflicts: []data.Conflict{{
		Table: "person", RowID: "p1", Field: "medical",
		Current: data.Version{Value: "diabetic, insulin", Author: "Budi"},
		Other:   data.Version{Value: "diabetic", Author: "Ayu"},
	}}}
	v, done := newView(t, f)
	v.Show()
	wait(t, done) // the conflicts already waiting
	if !v.run.Disabled() {
		t.Error("sync is possible without a folder")
	}
	v.setFolder("/media/stick/lodesk")
	v.pass.SetText("kopi tubruk")
	synced := 0
	v.OnSynced = func() { synced++ }
	test.Tap(v.run)
	wait(t, done)
	if synced != 1 {
		t.Errorf("OnSynced called %d times", synced)
	}
	if f.opts.Folder != "/media/stick/lodesk" || f.opts.Passphrase != "kopi tubruk" {
		t.Errorf("options: %+v", f.opts)
	}
	for _, want := range []string{"Sent: 2 changes (people 2)", "Received: 5 changes (people 4, delegations 1)", "Ayu 5", "Held back: 1", "Already here: 3 changes", "To review: 1 fields"} {
		if !strings.Contains(v.summary.Text, want) {
			t.Errorf("summary lacks %q:\n%s", want, v.summary.Text)
		}
	}
	if v.status.Text != "Sync finished." {
		t.Errorf("status %q", v.status.Text)
	}
	// The coordinator keeps the other laptop's version.
	card := v.conflicts.Objects[1].(*widget.Card)
	if card.Title != "Siti Rahma" || card.Subtitle != "Medical notes" {
		t.Errorf("card %q %q", card.Title, card.Subtitle)
	}
	var use *widget.Button
	for _, b := range buttons(card) {
		if b.Text == "Use this" {
			use = b
		}
	}
	test.Tap(use)
	wait(t, done)
	if len(f.resolved) != 1 || f.resolved[0] != "diabetic" {
		t.Fatalf("resolved %v", f.resolved)
	}
	if len(v.conflicts.Objects) != 0 {
		t.Error("the settled conflict is still shown")
	}
}

func TestSyncViewExplainsErrors(t *testing.T) {
	f := &fakeSyncer{err: &sync.PackError{File: "/stick/r2/3.lodeskpack", Err: sync.ErrWrongPass}}
	v, done := newView(t, f)
	v.Show()
	wait(t, done)
	v.setFolder("/stick")
	test.Tap(v.run)
	wait(t, done)
	if !strings.Contains(v.status.Text, "passphrase") || !strings.Contains(v.status.Text, "3.lodeskpack") {
		t.Errorf("status %q", v.status.Text)
	}
	if s := statusText(errors.New("disk full")); !strings.Contains(s, "disk full") {
		t.Errorf("other errors: %q", s)
	}
	for err, want := range map[error]string{
		fmt.Errorf("sync: %w", data.ErrWrongPassphrase): "does not open this event",
		sync.ErrNotProtected:                            "protect the event first",
		&sync.RefusedError{Files: []error{&sync.PackError{File: "/stick/r3/1.lodeskpack", Err: sync.ErrUnprotected}}}:   "before it had the event's passphrase",
		&sync.RefusedError{Files: []error{&sync.PackError{File: "/stick/r3/2.lodeskpack", Err: sync.ErrWrongFolder}}}:   "can trust",
		&sync.RefusedError{Files: []error{&sync.PackError{File: "/stick/r3/fifo.lodeskpack", Err: sync.ErrNotRegular}}}: "can trust",
	} {
		if s := statusText(err); !strings.Contains(s, want) {
			t.Errorf("%v: %q, want %q", err, s, want)
		}
	}
	sum := &sync.Summary{Replica: "r1", Recovered: data.Restamped{Old: "r0", New: "r1", Changes: 3}, Forked: data.Restamped{Old: "r1", New: "r2", Changes: 1}}
	if s := summaryText(sum); !strings.Contains(s, "clock had been more than a day fast: 3 changes") || !strings.Contains(s, "Another copy of this event file") {
		t.Errorf("summary of a recovery and a copy: %q", s)
	}
}

// buttons lists the buttons under o, in order.
func buttons(o fyne.CanvasObject) []*widget.Button { return kittest.Find[*widget.Button](o) }

type fakeLive struct {
	paused bool
	folder string
}

func (f *fakeLive) History() []Entry {
	at := time.Date(2026, 11, 24, 14, 32, 5, 0, time.Local)
	return []Entry{
		{At: at, Why: sync.ReasonFolder, Summary: sync.Summary{Received: 12, ByAuthor: map[string]int{"Budi": 10, "Sari": 2}}},
		{At: at.Add(-time.Minute), Why: sync.ReasonLocal, Err: errors.New("disk full")},
	}
}

func (f *fakeLive) Laptops() []data.Laptop {
	return []data.Laptop{
		{Author: "Budi", Last: data.MakeHLC(time.Now(), 0)},
		{Author: "Ayu", Last: data.MakeHLC(time.Now(), 0), Mine: true},
	}
}
func (f *fakeLive) Paused() bool          { return f.paused }
func (f *fakeLive) SetPaused(p bool)      { f.paused = p }
func (f *fakeLive) SetFolder(path string) { f.folder = path }

// With the window's automatic sync, the dialog shows the laptops seen, the
// recent syncs and a switch to pause; a folder chosen becomes the event's.
func TestSyncViewShowsTheAutomaticSync(t *testing.T) {
	v, _ := newView(t, &fakeSyncer{})
	l := &fakeLive{}
	v.SetLive(l, "/events/ktt.lodesk")
	content := v.Content()
	var got []string
	for _, o := range test.LaidOutObjects(content) {
		if lbl, ok := o.(*widget.Label); ok {
			got = append(got, lbl.Text)
		}
	}
	all := strings.Join(got, "\n")
	for _, want := range []string{"Laptops seen", "Budi: last change ", "Ayu: last change ", "(this laptop)", "Recent syncs", "14:32:05 (folder changed): 12 in, 0 out — from Budi, Sari", "14:31:05 failed: Sync failed: disk full"} {
		if !strings.Contains(all, want) {
			t.Errorf("missing %q in:\n%s", want, all)
		}
	}
	if !v.pause.Disabled() {
		t.Error("pause offered before the event has a folder")
	}
	v.setFolder("/media/stick/KTT")
	if l.folder != "/media/stick/KTT" || v.prefs.String(FolderKey("/events/ktt.lodesk")) != "/media/stick/KTT" {
		t.Fatalf("the folder chosen is not the event's: %q", l.folder)
	}
	v.showLive()
	test.Tap(v.pause)
	if !l.paused {
		t.Error("unticking the switch does not pause")
	}
}
