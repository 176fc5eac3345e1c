package backup

import (
	"context"
	"errors"
	"os"
	"sync"
	"testing"
	"time"

	"lodesk/data"
)

// fakeClock hands each wait to the test, which fires it.
type fakeClock struct {
	mu    sync.Mutex
	now   time.Time
	waits chan chan time.Time
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) After(d time.Duration) <-chan time.Time {
	ch := make(chan time.Time, 1)
	c.waits <- ch
	return ch
}

// tick waits until the scheduler sleeps, moves time on and wakes it.
func (c *fakeClock) tick(t *testing.T, d time.Duration) {
	t.Helper()
	select {
	case ch := <-c.waits:
		c.mu.Lock()
		c.now = c.now.Add(d)
		now := c.now
		c.mu.Unlock()
		ch <- now
	case <-time.After(5 * time.Second):
		t.Fatal("the scheduler never waited")
	}
}

type fakeSource struct {
	mu      sync.Mutex
	version int64
	fail    error
}

func (f *fakeSource) Name() string { return "Summit" }

func (f *fakeSource) BackupKey(context.Context) (*data.BackupKey, error) { return nil, nil }

func (f *fakeSource) DataVersion(context.Context) (int64, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.version, nil
}

func (f *fakeSource) BackupTo(_ context.Context, dest string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.fail != nil {
		return f.fail
	}
	if _, err := os.Stat(dest); err == nil {
		return data.ErrExists
	}
	return os.WriteFile(dest, []byte("copy"), 0o600)
}

func (f *fakeSource) change() {
	f.mu.Lock()
	f.version++
	f.mu.Unlock()
}

func TestSchedulerBacksUpWhileChanging(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	clk := &fakeClock{now: time.Date(2026, 11, 27, 1, 0, 0, 0, time.UTC), waits: make(chan chan time.Time)}
	src := &fakeSource{version: 7}
	results := make(chan Result, 20)
	sc := &Scheduler{Source: src, Dir: dir, Clock: clk, Policy: Policy{Location: time.UTC}, OnResult: func(r Result) { results <- r }}
	sc.Start(ctx)
	expect := func(reason string, skipped bool) {
		t.Helper()
		select {
		case r := <-results:
			if r.Reason != reason || r.Skipped != skipped || r.Err != nil {
				t.Fatalf("got %+v, want %s skipped=%v", r, reason, skipped)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no %s result", reason)
		}
	}
	expect(OnOpen, false)
	clk.tick(t, DefaultEvery)
	expect(OnTimer, true) // nothing changed
	src.change()
	clk.tick(t, DefaultEvery)
	expect(OnTimer, false)
	clk.tick(t, DefaultEvery)
	expect(OnTimer, true)
	for range 12 { // change every half hour for six hours
		src.change()
		clk.tick(t, DefaultEvery)
		expect(OnTimer, false)
	}
	go func() { <-clk.waits }() // the timer the loop sleeps on when stopped
	if r := sc.Stop(ctx); !r.Skipped {
		t.Errorf("close with no change: %+v, want skipped", r)
	}
	expect(OnClose, true)
	list, _ := List(dir, "Summit")
	if len(list) != 10 { // 14 taken on one day, the last 10 kept
		t.Errorf("%d backups kept, want 10", len(list))
	}

	src.change()
	if r := sc.Stop(ctx); r.Skipped || r.Err != nil {
		t.Errorf("close after a change: %+v, want a backup", r)
	}
	expect(OnClose, false)
}

func TestSchedulerReportsDamage(t *testing.T) {
	dir := t.TempDir()
	src := &fakeSource{fail: &data.DamageError{Path: "Summit.lodesk", Problems: []string{"page 7: btreeInitPage() returns error code 11"}}}
	sc := &Scheduler{Source: src, Dir: dir}
	r := sc.Now(context.Background())
	if !errors.Is(r.Err, data.ErrDamaged) {
		t.Fatalf("Now = %+v, want ErrDamaged", r)
	}
	if list, _ := List(dir, "Summit"); len(list) != 0 {
		t.Errorf("a failed backup left %v", list)
	}
}
