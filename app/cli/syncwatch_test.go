package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	gosync "sync"
	"testing"
	"time"

	"lodesk/data"
)

// lockedBuffer is a bytes.Buffer a command writes to while the test reads.
type lockedBuffer struct {
	mu gosync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// watchPatience is how long the watch test waits for a sync to happen.
const watchPatience = 90 * time.Second

// `lodesk sync B --folder F --watch` prints each sync as it happens, not
// at the end, and ends with status 0 when interrupted.
func TestSyncWatchStreamsAndStops(t *testing.T) {
	dir := t.TempDir()
	a, b, stick := filepath.Join(dir, "a.lodesk"), filepath.Join(dir, "b.lodesk"), filepath.Join(dir, "stick")
	if err := os.Mkdir(stick, 0o755); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := run(t, "demo", a); code != ExitOK {
		t.Fatalf("demo: %d %s", code, errs)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errs lockedBuffer
	done := make(chan int, 1)
	go func() { done <- Run(ctx, []string{"sync", b, "--folder", stick, "--watch"}, &out, &errs) }()
	if code, _, e := run(t, "sync", a, "--folder", stick); code != ExitOK {
		t.Fatalf("sync A: %d %s", code, e)
	}
	// The deadlines are generous so that a loaded machine under -race does
	// not fail the test; how fast the watch is, is logged and measured by
	// .ci/syncthing.sh.
	deadline := time.Now().Add(watchPatience)
	for !strings.Contains(out.String(), "joined from") && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(out.String(), "joined from") {
		t.Fatalf("nothing printed while watching:\n%s\n%s", out.String(), errs.String())
	}

	// A coordinator changes a delegation on A and syncs A into the folder:
	// B's watch brings it in by itself (in about a second and a half idle).
	renameDelegation(t, a, "Japan (changed on A)")
	if code, _, e := run(t, "sync", a, "--folder", stick); code != ExitOK {
		t.Fatalf("sync A: %d %s", code, e)
	}
	start := time.Now()
	for nameOf(t, b, "JP") != "Japan (changed on A)" {
		if time.Since(start) > watchPatience {
			t.Fatalf("A's change not in B within %v:\n%s\n%s", watchPatience, out.String(), errs.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("A's change in B after %.1f s", time.Since(start).Seconds())
	if !strings.Contains(out.String(), "synced (the folder changed)") {
		t.Errorf("the watch did not say why it synced:\n%s", out.String())
	}
	cancel()
	select {
	case code := <-done:
		if code != ExitOK || !strings.Contains(out.String(), "stopped") {
			t.Fatalf("interrupted watch: status %d\n%s\n%s", code, out.String(), errs.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("the watch did not stop")
	}
	if code, _, e := run(t, "check", b); code != ExitOK {
		t.Fatalf("check after the watch: %d %s", code, e)
	}
}

// renameDelegation renames the delegation JP in the event file at path,
// as the window or an import would.
func renameDelegation(t *testing.T, path, name string) {
	t.Helper()
	ctx := context.Background()
	st, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	d, err := st.DelegationByCode(ctx, "JP")
	if err != nil {
		t.Fatal(err)
	}
	d.Name = name
	if err := st.Update(ctx, d); err != nil {
		t.Fatal(err)
	}
}

// nameOf is the name of a delegation in the file at path ("" while the
// file is busy or missing).
func nameOf(t *testing.T, path, code string) string {
	t.Helper()
	ctx := context.Background()
	st, err := data.Open(ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		return ""
	}
	defer st.Close()
	d, err := st.DelegationByCode(ctx, code)
	if err != nil {
		return ""
	}
	return d.Name
}
