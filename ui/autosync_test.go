package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lodesk/app/sync"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/syncview"
)

// onUI runs fn as the UI goroutine would: one at a time with what the
// background sync hands to the window.
func onUI(d *desk, fn func()) {
	d.uiMu.Lock()
	defer d.uiMu.Unlock()
	fn()
}

// eventually polls cond on the UI for up to limit.
func eventually(d *desk, limit time.Duration, cond func() bool) bool {
	for end := time.Now().Add(limit); ; time.Sleep(100 * time.Millisecond) {
		ok := false
		onUI(d, func() { ok = cond() })
		if ok || time.Now().After(end) {
			return ok
		}
	}
}

// renameOnB changes Japan's name on laptop B, as Budi, and syncs B.
func renameOnB(t *testing.T, bPath, folder, name string) {
	t.Helper()
	ctx := context.Background()
	b, err := data.Open(ctx, bPath, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.SetAuthor("Budi")
	jp, err := b.DelegationByCode(ctx, "JP")
	if err != nil {
		t.Fatal(err)
	}
	jp.Name = name
	if err := b.Update(ctx, jp); err != nil {
		t.Fatal(err)
	}
	if _, err := sync.Run(ctx, b, sync.Options{Folder: folder}); err != nil {
		t.Fatal(err)
	}
}

// With a sync folder set, an edit made on another laptop appears in the
// window without a click, and the status bar says when and from whom;
// paused, nothing comes in until sync resumes.
func TestWindowSyncsByItself(t *testing.T) {
	ctx := context.Background()
	d := newTestDesk(t)
	path := testEvent(t)
	folder := t.TempDir()
	d.app.Preferences().SetString(syncview.FolderKey(path), folder)
	openTestEvent(t, d, path)
	if !eventually(d, 15*time.Second, func() bool { return strings.HasPrefix(d.shell.syncItem.Text, "Synced ") }) {
		t.Fatalf("the window did not sync on opening: %q", d.shell.syncItem.Text)
	}
	bPath := filepath.Join(t.TempDir(), "b.lodesk")
	if _, err := sync.SyncFile(ctx, bPath, sync.Options{Folder: folder}); err != nil {
		t.Fatal(err)
	}
	onUI(d, func() { d.shell.show(scrDelegations) })
	d.wait()

	renameOnB(t, bPath, folder, "Japan (from Budi)")
	if !eventually(d, 15*time.Second, func() bool { return containsText(texts(d.win.Content()), "Japan (from Budi)") }) {
		t.Fatalf("B's edit did not appear within 15 s; status %q", d.shell.syncItem.Text)
	}
	onUI(d, func() {
		if s := d.shell.syncItem.Text; !strings.Contains(s, "latest from Budi at ") || !strings.Contains(s, "other laptops: 1") {
			t.Errorf("the status bar does not say from whom: %q", s)
		}
	})

	onUI(d, func() { d.auto.SetPaused(true) })
	renameOnB(t, bPath, folder, "Japan (paused)")
	time.Sleep(3 * time.Second)
	onUI(d, func() {
		if containsText(texts(d.win.Content()), "Japan (paused)") {
			t.Error("synced while paused")
		}
		if s := d.shell.syncItem.Text; !strings.HasPrefix(s, "Sync paused") {
			t.Errorf("status while paused: %q", s)
		}
	})
	onUI(d, func() { d.auto.SetPaused(false) })
	if !eventually(d, 15*time.Second, func() bool { return containsText(texts(d.win.Content()), "Japan (paused)") }) {
		t.Fatal("nothing came in once sync resumed")
	}

	// A change here goes out by itself.
	jp, err := d.store.DelegationByCode(ctx, "JP")
	if err != nil {
		t.Fatal(err)
	}
	jp.Notes = "changed in the window"
	if err := d.store.Update(ctx, jp); err != nil {
		t.Fatal(err)
	}
	onUI(d, d.changed)
	ok := false
	for end := time.Now().Add(20 * time.Second); !ok && time.Now().Before(end); time.Sleep(200 * time.Millisecond) {
		sum, err := sync.SyncFile(ctx, bPath, sync.Options{Folder: folder})
		if err != nil {
			t.Fatal(err)
		}
		ok = sum.Received > 0
	}
	if !ok {
		t.Fatal("the window's change did not go out")
	}
	// What the Sync dialog lists (syncview's tests show how).
	var budi bool
	for _, l := range d.auto.Laptops() {
		budi = budi || l.Author == "Budi" && !l.Mine
	}
	if h := d.auto.History(); !budi || len(h) < 3 {
		t.Errorf("laptops %+v, history of %d syncs", d.auto.Laptops(), len(h))
	}
}

// The window's sync waits while an editor is open on a stored record,
// and the status bar says so.
func TestAutoSyncHoldsForEditors(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	if d.auto.hold() {
		t.Fatal("held with nothing open")
	}
	jp, err := d.store.DelegationByCode(context.Background(), "JP")
	if err != nil {
		t.Fatal(err)
	}
	e := kit.NewEditor(d.env(), "Japan", nil)
	kit.TrackRecord(e, jp, func(*data.Delegation) {})
	onUI(d, func() { e.Show(nil) })
	d.wait()
	if !d.auto.hold() {
		t.Fatal("not held while an editor is open on a delegation")
	}
	if st, _, _ := d.auto.snapshot(); !st.waiting {
		t.Error("the status does not say that the sync waits for the editor")
	}
	onUI(d, e.Hide)
	if d.auto.hold() {
		t.Fatal("still held once the editor closed")
	}
}

// The status bar's words, case by case.
func TestSyncStatusText(t *testing.T) {
	now := time.Date(2026, 11, 24, 14, 40, 0, 0, time.Local)
	tests := []struct {
		st     syncStatus
		folder string
		paused bool
		want   string
	}{
		{folder: "", want: "Not syncing: choose a sync folder (File > Sync…)"},
		{st: syncStatus{syncing: true}, folder: "F", want: "Syncing…"},
		{
			st: syncStatus{last: now.Add(-time.Minute), in: 12, out: 3, from: "Budi, Sari", fromAt: now.Add(-8 * time.Minute), laptops: 2, conflicts: 1}, folder: "F",
			want: "Synced 14:39 · in 12, out 3 · latest from Budi, Sari at 14:32 · other laptops: 2 · to review: 1",
		},
		{st: syncStatus{last: now}, folder: "F", paused: true, want: "Sync paused · Synced 14:40 · in 0, out 0 · other laptops: 0"},
		{st: syncStatus{last: now, waiting: true}, folder: "F", want: "Synced 14:40 · in 0, out 0 · other laptops: 0 · sync waits until the open editor is closed"},
		{st: syncStatus{err: context.DeadlineExceeded, retryIn: 40 * time.Second}, folder: "F", want: "Sync failed: context deadline exceeded Next try in 40s."},
	}
	for _, tt := range tests {
		if got, _ := syncStatusText(tt.st, tt.folder, tt.paused, now); got != tt.want {
			t.Errorf("got  %q\nwant %q", got, tt.want)
		}
	}
}
