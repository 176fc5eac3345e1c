package sync

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	gosync "sync"
	"sync/atomic"
	"testing"
	"time"

	"lodesk/data"
)

// positionIn reads a person's position from an event file without taking
// it from whoever holds it ("" while it cannot be read).
func positionIn(path, id string) string {
	st, err := data.Open(context.Background(), path, data.Options{ReadOnly: true})
	if err != nil {
		return ""
	}
	defer st.Close()
	p, err := data.Get[data.Person](context.Background(), st, id)
	if err != nil {
		return ""
	}
	return p.Position
}

// waitFor polls cond every 100 ms for up to limit.
func waitFor(limit time.Duration, cond func() bool) bool {
	for end := time.Now().Add(limit); time.Now().Before(end); time.Sleep(100 * time.Millisecond) {
		if cond() {
			return true
		}
	}
	return cond()
}

// watchOf starts WatchFile on path in folder, with no timer fallback to
// speak of: what it does, it does because it was told of a change. It
// returns what it reported, and stop, which ends it and returns its error.
func watchOf(t *testing.T, path, folder string) (reports func() []Report, stop func() error) {
	ctx, cancel := context.WithCancel(t.Context())
	var mu gosync.Mutex
	var got []Report
	done := make(chan error, 1)
	go func() {
		done <- WatchFile(ctx, path, Options{Folder: folder}, WatchOptions{Every: time.Hour}, func(r Report) {
			mu.Lock()
			got = append(got, r)
			mu.Unlock()
		})
	}()
	stopped := false
	stop = func() error {
		if stopped {
			return nil
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			return err
		case <-time.After(20 * time.Second):
			return errors.New("the watch did not end")
		}
	}
	t.Cleanup(func() { _ = stop() })
	return func() []Report {
		mu.Lock()
		defer mu.Unlock()
		return append([]Report(nil), got...)
	}, stop
}

// A laptop at the desk runs `lodesk sync B --folder F --watch`: it joins
// once A's packs are in the folder, takes in a change A syncs into the
// folder within seconds with nobody asking, and sends out a change another
// command made to B; interrupted, it stops cleanly.
func TestWatchFile(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	folder := filepath.Join(dir, "folder")
	must(t, os.Mkdir(folder, 0o755))
	a, p := newTeamEvent(t, filepath.Join(dir, "a.lodesk"))
	bPath := filepath.Join(dir, "b.lodesk")

	reports, stop := watchOf(t, bPath, folder)
	if !waitFor(10*time.Second, func() bool { r := reports(); return len(r) > 0 && r[0].Waiting }) {
		t.Fatalf("no wait for packs to join from: %+v", reports())
	}
	_, err := Run(ctx, a, Options{Folder: folder})
	must(t, err)
	if !waitFor(15*time.Second, func() bool { return positionIn(bPath, p.ID) == "Minister" }) {
		t.Fatalf("B did not join from the folder: %+v", reports())
	}

	p.Position = "Deputy Minister"
	must(t, a.Update(ctx, p))
	_, err = Run(ctx, a, Options{Folder: folder})
	must(t, err)
	if !waitFor(15*time.Second, func() bool { return positionIn(bPath, p.ID) == "Deputy Minister" }) {
		t.Fatalf("A's change did not reach B within 15 s: %+v", reports())
	}

	// Another command writes to B between two syncs.
	var b *data.Store
	if !waitFor(10*time.Second, func() bool { b, err = data.Open(ctx, bPath, data.Options{}); return err == nil }) {
		t.Fatal(err)
	}
	q, err := data.Get[data.Person](ctx, b, p.ID)
	must(t, err)
	q.Position = "Ambassador"
	must(t, b.Update(ctx, q))
	must(t, b.Close())
	if !waitFor(15*time.Second, func() bool {
		_, err := Run(ctx, a, Options{Folder: folder})
		got, gerr := data.Get[data.Person](ctx, a, p.ID)
		return err == nil && gerr == nil && got.Position == "Ambassador"
	}) {
		t.Fatalf("B's change did not go out within 15 s: %+v", reports())
	}
	must(t, stop())
	for _, r := range reports() {
		if r.Err != nil {
			t.Errorf("a sync failed: %v", r.Err)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(folder, "*", tmpPrefix+"*")); len(left) > 0 {
		t.Errorf("half-written files left: %v", left)
	}
}

// A watch whose first sync fails says why and ends; it does not retry
// something that cannot work (a file that is not an event file).
func TestWatchFileFirstFailureEnds(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "folder")
	must(t, os.Mkdir(folder, 0o755))
	bad := filepath.Join(dir, "bad.lodesk")
	must(t, os.WriteFile(bad, []byte("not a database"), 0o600))
	_, stop := watchOf(t, bad, folder)
	time.Sleep(500 * time.Millisecond)
	if err := stop(); err == nil {
		t.Fatal("no error for a file that is not an event file")
	}
	if err := WatchFile(t.Context(), bad, Options{Folder: filepath.Join(dir, "none")}, WatchOptions{}, func(Report) {}); err == nil {
		t.Fatal("no error for a missing folder")
	}
}

// Debouncing: a burst of changes syncs once it is quiet, and at most
// MaxDelay after it began; failures wait longer each time, up to MaxRetry.
func TestDebounce(t *testing.T) {
	o := WatchOptions{}
	o.defaults()
	d := debounce{opts: &o}
	t0 := time.Now()
	if _, why := d.next(t0); why != "" {
		t.Fatal("something due with nothing noted")
	}
	d.note(ReasonLocal, t0)
	d.note(ReasonLocal, t0.Add(500*time.Millisecond))
	if at, why := d.next(t0); why != ReasonLocal || !at.Equal(t0.Add(1500*time.Millisecond)) {
		t.Fatalf("quiet: %v %v", at.Sub(t0), why)
	}
	for i := range 40 {
		d.note(ReasonLocal, t0.Add(time.Duration(i)*500*time.Millisecond))
	}
	if at, _ := d.next(t0); !at.Equal(t0.Add(o.MaxDelay)) {
		t.Fatalf("a burst that goes on waits %v, want %v", at.Sub(t0), o.MaxDelay)
	}
	d.note(ReasonFolder, t0)
	if _, why := d.next(t0); why != ReasonFolder {
		t.Fatalf("a folder change after a local one is %q", why)
	}
	d.clear()
	var waits []time.Duration
	for range 9 {
		waits = append(waits, d.done(errors.New("share gone")))
	}
	want := []time.Duration{5, 10, 20, 40, 80, 160, 300, 300, 300}
	for i, w := range want {
		if waits[i] != w*time.Second {
			t.Fatalf("back-off %v, want %v", waits, want)
		}
	}
	if _, why := d.next(time.Now()); why != ReasonRetry {
		t.Fatalf("no retry after a failure: %q", why)
	}
	d.clear()
	if d.done(nil) != 0 || !d.notBefore.IsZero() {
		t.Fatal("success does not reset the back-off")
	}
	d.note(ReasonRequest, t0)
	if at, why := d.next(t0); why != ReasonRequest || !at.Equal(t0) {
		t.Fatal("a request waits")
	}
}

// While Hold says so (paused, an editor open), nothing syncs; then it does.
func TestWatcherHolds(t *testing.T) {
	var held atomic.Bool
	held.Store(true)
	var calls atomic.Int32
	w := NewWatcher(WatchOptions{Folder: t.TempDir(), Every: time.Hour, Hold: held.Load, Final: true},
		func(context.Context, Reason) (Summary, error) { calls.Add(1); return Summary{}, nil })
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error)
	go func() { done <- w.Run(ctx) }()
	time.Sleep(1500 * time.Millisecond)
	if calls.Load() != 0 {
		t.Fatal("synced while held")
	}
	held.Store(false)
	if !waitFor(5*time.Second, func() bool { return calls.Load() == 1 }) {
		t.Fatal("did not sync once released")
	}
	w.Poke(ReasonRequest)
	if !waitFor(5*time.Second, func() bool { return calls.Load() == 2 }) {
		t.Fatal("a request did not sync")
	}
	cancel()
	must(t, <-done)
	if calls.Load() != 3 {
		t.Fatalf("no last sync when the watch ended: %d", calls.Load())
	}
}
