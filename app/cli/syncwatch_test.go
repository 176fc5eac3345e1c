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
	deadline := time.Now().Add(15 * time.Second)
	for !strings.Contains(out.String(), "joined from") && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if !strings.Contains(out.String(), "joined from") {
		t.Fatalf("nothing printed while watching:\n%s\n%s", out.String(), errs.String())
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
