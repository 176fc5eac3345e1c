package sync

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lodesk/data"
)

// A laptop whose clock ran two days fast stamps its changes in the future;
// the others hold them back. Once its clock is right again, opening the
// file re-stamps them now under a new identity: the others receive them at
// the next sync, its old packs leave the folder, and what it writes next
// is stamped now.
func TestClockRecovers(t *testing.T) {
	ctx := context.Background()
	dir, slow, folder := sharedEvent(t)
	fast := filepath.Join(dir, "fast.lodesk")
	syncFile(t, fast, folder, "")

	ahead := func() time.Time { return time.Now().Add(50 * time.Hour) }
	f, err := data.Open(ctx, fast, data.Options{Now: ahead})
	if err != nil {
		t.Fatal(err)
	}
	oldID := f.Replica()
	tl := &data.Delegation{Code: "TL", Name: "Timor-Leste"}
	if err := f.Insert(ctx, tl); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(ctx, f, Options{Folder: folder}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	if sum := syncFile(t, slow, folder, ""); len(sum.Held) != 1 {
		t.Fatalf("the fast laptop's change should be held back: %+v", sum.Held)
	}

	// The clock is right again.
	f, err = data.Open(ctx, fast, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	rec := f.Recovered()
	if rec.Changes == 0 || rec.Old != oldID || f.Replica() == oldID {
		t.Fatalf("no recovery: %+v (replica %s)", rec, f.Replica())
	}
	sum, err := Run(ctx, f, Options{Folder: folder})
	if err != nil || sum.Recovered != rec {
		t.Fatalf("sync after the recovery: %v %+v", err, sum)
	}
	if _, err := os.Stat(filepath.Join(folder, oldID)); !os.IsNotExist(err) {
		t.Errorf("the old identity's packs are still in the folder (%v)", err)
	}
	if err := f.Insert(ctx, &data.Delegation{Code: "MY", Name: "Malaysia"}); err != nil {
		t.Fatal(err)
	}
	if last := f.Clock().Last().Time(); last.After(time.Now().Add(time.Hour)) {
		t.Errorf("still stamping in the future: %s", last)
	}
	if _, err := Run(ctx, f, Options{Folder: folder}); err != nil {
		t.Fatal(err)
	}
	f.Close()
	sum = syncFile(t, slow, folder, "")
	if len(sum.Held) != 0 || sum.Received < 2 {
		t.Fatalf("after the recovery: held %d, received %d", len(sum.Held), sum.Received)
	}
	s := open(t, slow)
	if _, err := data.Get[data.Delegation](ctx, s, tl.ID); err != nil {
		t.Errorf("the change made while the clock was fast: %v", err)
	}
	s.Close()
	syncFile(t, fast, folder, "")
	sameSnapshots(t, []string{"slow", "fast"}, snapshot(t, slow), snapshot(t, fast))
}

// A laptop whose clock is behind (a dead clock battery) does not re-stamp
// anything: its changes would lose to older ones.
func TestClockBehindDoesNotRestamp(t *testing.T) {
	ctx := context.Background()
	dir, _, folder := sharedEvent(t)
	b := filepath.Join(dir, "b.lodesk")
	syncFile(t, b, folder, "")
	s, err := data.Open(ctx, b, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Insert(ctx, &data.Delegation{Code: "BN", Name: "Brunei"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	behind := func() time.Time { return time.Now().AddDate(-3, 0, 0) }
	s, err = data.Open(ctx, b, data.Options{Now: behind})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if rec := s.Recovered(); rec.Changes != 0 {
		t.Fatalf("a clock behind re-stamped %d changes", rec.Changes)
	}
}
