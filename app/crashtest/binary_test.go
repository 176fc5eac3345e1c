package crashtest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lodesk/data"
)

// TestCrashImportBinary kills the real binary during "lodesk import", one
// process per import: LODESK_BIN names a built lodesk (skipped without).
// The kill comes at a random moment within 1.5 times the time the first
// import took when left alone (later ones, into a fuller file, take
// longer), so it lands anywhere from start-up to exit; imports run until n
// of them were killed (LODESK_CRASH_KILLS).
func TestCrashImportBinary(t *testing.T) {
	bin := os.Getenv("LODESK_BIN")
	if bin == "" {
		t.Skip("set LODESK_BIN to a built lodesk to kill the real binary")
	}
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 11))
	n := kills(t)
	var path, work string
	var whole time.Duration
	done, killed, late := 0, 0, 0 // late: killed after its commit
	for i := 0; killed < n && i < 3*n; i++ {
		if i%freshEvery == 0 {
			work = t.TempDir()
			path = filepath.Join(work, "event.lodesk")
			s, err := data.Create(ctx, path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
		}
		k := i + 1
		src := filepath.Join(work, fmt.Sprintf("import-%d.csv", k))
		var b strings.Builder
		b.WriteString("code,name,kind,notes\n")
		for j := range importRows {
			fmt.Fprintf(&b, "K%d-%d,Import %d delegation %d,organisation,import %d\n", k, j, k, j, k)
		}
		if err := os.WriteFile(src, []byte(b.String()), 0o600); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(bin, "import", path, "delegations", src)
		cmd.Env = append(os.Environ(), "LANG=en_US.UTF-8")
		var stderr strings.Builder
		cmd.Stderr = &stderr
		began := time.Now()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		if whole == 0 { // the first import runs to the end: the yardstick
			if err := <-exited; err != nil {
				t.Fatalf("lodesk import: %v", err)
			}
			whole = time.Since(began)
			continue
		}
		var err error
		select {
		case err = <-exited:
			if err != nil {
				t.Fatalf("lodesk import failed by itself: %v: %s", err, stderr.String())
			}
		case <-time.After(time.Duration(rng.Int64N(int64(whole) * 3 / 2))):
			_ = cmd.Process.Kill()
			err = <-exited
		}
		ok := err == nil // exited 0, before the kill or as it came
		if !ok {
			killed++
		}
		done++
		s, err := data.Open(ctx, path, data.Options{})
		if err != nil {
			t.Fatalf("after kill %d: open: %v", done, err)
		}
		rep, err := s.Check(ctx)
		if err != nil || !rep.OK() {
			t.Fatalf("after kill %d: check: %v %v", done, rep.Problems, err)
		}
		batches, want := importBatches(t, ctx, s)
		s.Close()
		for kk, notes := range batches {
			if len(notes) != want {
				t.Fatalf("after kill %d: import %d has %d of %d delegations", done, kk, len(notes), want)
			}
		}
		_, there := batches[k]
		if ok && !there {
			t.Fatalf("after kill %d: import %d exited 0 and is gone", done, k)
		}
		if !ok && there {
			late++
		}
	}
	t.Logf("lodesk import (%s): an import takes %s; %d runs, %d killed (%d after the commit, %d before: absent), %d finished first; "+
		"every file passed check, every import whole or absent", bin, whole.Round(time.Millisecond), done, killed, late, killed-late, done-killed)
}
