package crashtest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lodesk/app/cli"
	"lodesk/data"
)

// The sync workload: the harness's event file A takes a batch through the
// store, then "lodesk sync A --folder F" sends it and "lodesk sync B
// --folder F" merges it into a second laptop's file B (made by joining from
// the folder on the first round). The child prints "wrote k" when A holds
// batch k, "sent k" when its pack is in the folder and "committed k" when
// B holds it.

func TestCrashSync(t *testing.T) { crashLoop(t, "sync", 900*time.Millisecond) }

func syncPaths(work string) (b, folder string) {
	return filepath.Join(work, "B.lodesk"), filepath.Join(work, "folder")
}

func childSync(ctx context.Context, path string, first int, work string) {
	b, folder := syncPaths(work)
	if err := os.MkdirAll(folder, 0o700); err != nil {
		fail(err)
	}
	say("ready")
	for k := first; ; k++ {
		s, err := data.Open(ctx, path, data.Options{})
		if err != nil {
			fail(err)
		}
		say("begin %d", k)
		err = s.Write(ctx, func(tx *data.Tx) error { return insertBatch(tx, k, syncRows) })
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			fail(err)
		}
		say("wrote %d", k)
		for i, f := range []string{path, b} {
			var stderr strings.Builder
			if code := cli.Run(ctx, []string{"sync", f, "--folder", folder}, io.Discard, &stderr); code != cli.ExitOK {
				fail(fmt.Errorf("sync %s: exit %d: %s", f, code, stderr.String()))
			}
			if i == 0 {
				say("sent %d", k)
			}
		}
		say("committed %d", k)
	}
}

// syncRows is the size of a sync batch: smaller than a store batch, so
// that a round of write, send and merge fits the kill window.
const syncRows = 100

// verifySync checks A and B after a kill, then syncs both once more in
// this process: whatever the kill left in the folder must not stop B from
// catching up with A.
func verifySync(t *testing.T, path, work string, out []string, tl *tally) int {
	t.Helper()
	ctx := context.Background()
	wrote, inB, sent := map[int]bool{}, map[int]bool{}, map[int]bool{}
	for _, l := range out {
		var k int
		if _, err := fmt.Sscanf(l, "wrote %d", &k); err == nil {
			wrote[k] = true
		} else if _, err := fmt.Sscanf(l, "committed %d", &k); err == nil {
			inB[k] = true
		} else if _, err := fmt.Sscanf(l, "sent %d", &k); err == nil {
			sent[k] = true
		} else if _, err := fmt.Sscanf(l, "compacted %d", &k); err == nil {
			sent[k] = true
		}
	}
	tl.committed += len(wrote)
	began := time.Now()
	defer func() { tl.slowest = max(tl.slowest, time.Since(began)) }()
	top := 0
	b, folder := syncPaths(work)
	for k := range wrote {
		top = max(top, k)
	}
	inA := checkBatches(t, path, wrote, syncRows+1, tl)
	for k := range inA {
		top = max(top, k)
	}
	if exists(b) {
		for k := range checkBatches(t, b, inB, syncRows+1, tl) {
			sent[k] = true // B had it from the folder: the folder must still hold it
		}
	}
	if err := os.MkdirAll(folder, 0o700); err != nil { // the kill came first
		t.Fatal(err)
	}
	verifyFolder(t, folder, sent, tl)
	if len(inA) == 0 && !exists(b) {
		return top // nothing written yet, nothing to join from
	}
	for _, f := range []string{path, b} {
		var stderr strings.Builder
		if code := cli.Run(ctx, []string{"sync", f, "--folder", folder}, io.Discard, &stderr); code != cli.ExitOK {
			t.Fatalf("after kill %d: sync %s: exit %d: %s", tl.kills, f, code, stderr.String())
		}
	}
	verifyOwnPacks(t, path, folder, tl)
	caught := checkBatches(t, b, nil, syncRows+1, tl)
	for k := range inA {
		if !caught[k] {
			t.Fatalf("after kill %d: B did not catch up with batch %d of A", tl.kills, k)
		}
	}
	return top
}

// checkBatches opens an event file for writing, checks it, requires every
// batch whole and every batch in must present, and returns the batches.
func checkBatches(t *testing.T, path string, must map[int]bool, want int, tl *tally) map[int]bool {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatalf("after kill %d: open %s: %v", tl.kills, path, err)
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("after kill %d: check %s: %v %v", tl.kills, path, rep.Problems, err)
	}
	batches, _ := storeBatches(t, ctx, s)
	got := map[int]bool{}
	for k, notes := range batches {
		if len(notes) != want {
			t.Fatalf("after kill %d: %s: batch %d has %d of %d rows", tl.kills, filepath.Base(path), k, len(notes), want)
		}
		got[k] = true
	}
	for k := range must {
		if !got[k] {
			t.Fatalf("after kill %d: %s: batch %d was reported and is gone", tl.kills, filepath.Base(path), k)
		}
	}
	return got
}
