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
	"lodesk/app/sync"
	"lodesk/data"
)

// The compact workload: as the sync workload, but A rewrites its whole
// subfolder into a snapshot at every sync (Options.Compact), so that kills
// land inside compaction: while the snapshot is written, before it has its
// name, after, while the packs it replaces are removed. The child prints
// "compacting k" before A's sync and "compacted k" after it.

func TestCrashCompact(t *testing.T) { crashLoop(t, "compact", 900*time.Millisecond) }

func childCompact(ctx context.Context, path string, first int, work string) {
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
		if err == nil {
			say("wrote %d", k)
			say("compacting %d", k)
			_, err = sync.Run(ctx, s, sync.Options{Folder: folder, Compact: true})
		}
		if cerr := s.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			fail(err)
		}
		say("compacted %d", k)
		var stderr strings.Builder
		if code := cli.Run(ctx, []string{"sync", b, "--folder", folder}, io.Discard, &stderr); code != cli.ExitOK {
			fail(fmt.Errorf("sync %s: exit %d: %s", b, code, stderr.String()))
		}
		say("committed %d", k)
	}
}

// verifyFolder checks, before anything repairs it, that every pack under
// its name in the folder is whole (only ".tmp-" files may be cut short),
// and that a laptop joining from (a copy of) the folder as the kill left it
// gets every batch in must: nothing the folder held is lost by a kill.
func verifyFolder(t *testing.T, folder string, must map[int]bool, tl *tally) {
	t.Helper()
	cp := filepath.Join(t.TempDir(), "folder")
	err := filepath.WalkDir(folder, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(folder, path)
		if d.IsDir() {
			return os.MkdirAll(filepath.Join(cp, rel), 0o700)
		}
		if strings.HasPrefix(d.Name(), ".tmp-") {
			tl.tmpPacks++
			return nil
		}
		if d.Name() == sync.IgnoreFile { // Syncthing's patterns, not a pack
			return nil
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if _, err := sync.DecodePack(raw, nil, ""); err != nil {
			t.Fatalf("after kill %d: %s: %v", tl.kills, path, err)
		}
		tl.packs++
		return os.WriteFile(filepath.Join(cp, rel), raw, 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(must) == 0 {
		return
	}
	c := filepath.Join(t.TempDir(), "C.lodesk")
	if _, err := sync.SyncFile(context.Background(), c, sync.Options{Folder: cp}); err != nil {
		t.Fatalf("after kill %d: join from the folder: %v", tl.kills, err)
	}
	checkBatches(t, c, must, syncRows+1, tl)
}

// verifyOwnPacks checks that, after the sync that follows a kill, A keeps
// no pack that its newest snapshot replaced.
func verifyOwnPacks(t *testing.T, path, folder string, tl *tally) {
	t.Helper()
	s, err := data.Open(context.Background(), path, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := s.PackRecords(context.Background())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	// (A snapshot is in the ledger before it has its name: one killed in
	// between is in the ledger and not in the folder, and replaces nothing.)
	inFolder := func(r *data.PackRecord) bool {
		_, err := os.Stat(filepath.Join(folder, r.Replica, fmt.Sprint(r.Number)+sync.Ext))
		return err == nil
	}
	snap := 0
	var own []*data.PackRecord
	for _, r := range recs {
		if r.Mine && !r.Removed && inFolder(r) {
			own = append(own, r)
			if r.Snapshot {
				snap = max(snap, r.Number)
			}
		}
	}
	for _, r := range own {
		if r.Number < snap {
			t.Fatalf("after kill %d: pack %d of A outlived snapshot %d", tl.kills, r.Number, snap)
		}
	}
}
