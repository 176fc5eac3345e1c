package crashtest

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"lodesk/app/backup"
	"lodesk/data"
)

func TestMain(m *testing.M) {
	if w := os.Getenv(envChild); w != "" {
		runChild(w)
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// kills is how many times each workload is killed: LODESK_CRASH_KILLS, or
// a few for an ordinary test run.
func kills(t *testing.T) int {
	if v := os.Getenv("LODESK_CRASH_KILLS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("LODESK_CRASH_KILLS=%q", v)
		}
		return n
	}
	if testing.Short() {
		return 3
	}
	return 8
}

// freshEvery starts a new event file after this many kills, so a long run
// does not spend its time checking an ever larger file.
const freshEvery = 25

// tally is what a run saw, for docs/reliability.md.
type tally struct {
	kills, early, walLeft int
	committed             int // transactions reported committed (all found)
	rolledBack            int // begun, not reported, absent after the kill
	unreported            int // begun, not reported, present whole: killed between commit and report
	backups, partials     map[string]bool
	phases                map[string]int // what the child said last before the kill
	slowest               time.Duration
	packs, tmpPacks       int // sync: named packs checked whole after a kill, cut-short ".tmp-" packs
}

func (t tally) String() string {
	return fmt.Sprintf("%d kills (%d while opening), last words before the kill %v, WAL left to recover %d times; "+
		"%d transactions reported committed, all present; interrupted: %d absent, %d present whole (committed, not yet reported); "+
		"%d backups verified, %d cut-short copies left as .partial; slowest check %s",
		t.kills, t.early, t.phases, t.walLeft, t.committed, t.rolledBack, t.unreported,
		len(t.backups), len(t.partials), t.slowest.Round(time.Millisecond)) +
		fmt.Sprintf("; sync folder: %d named packs checked whole after kills, %d cut-short temporary packs", t.packs, t.tmpPacks)
}

func TestCrashStoreWrites(t *testing.T) { crashLoop(t, "store", 350*time.Millisecond) }

func TestCrashImport(t *testing.T) { crashLoop(t, "import", 600*time.Millisecond) }

func crashLoop(t *testing.T, workload string, maxDelay time.Duration) {
	if testing.Short() && os.Getenv("LODESK_CRASH_KILLS") == "" {
		t.Skip("crash harness: skipped with -short")
	}
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 9))
	tl := tally{backups: map[string]bool{}, partials: map[string]bool{}, phases: map[string]int{}}
	var path, work string
	first := 1
	n := kills(t)
	for i := range n {
		if i%freshEvery == 0 {
			work = t.TempDir()
			path = filepath.Join(work, "event.lodesk")
			s, err := data.Create(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
		}
		out := killChild(t, workload, path, work, first, rng, maxDelay, &tl)
		first = verify(t, workload, path, work, out, &tl) + 1
	}
	t.Logf("%s: %s", workload, tl)
}

// killChild starts the workload and kills it: a quarter of the time while
// it opens the file, otherwise after it is ready, at a random moment up to
// maxDelay. It returns the lines the child printed.
func killChild(t *testing.T, workload, path, work string, first int, rng *rand.Rand, maxDelay time.Duration, tl *tally) []string {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envChild+"="+workload, envFile+"="+path, envFirst+"="+strconv.Itoa(first), envWorkDir+"="+work)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := make(chan string, 4096)
	go func() {
		sc := bufio.NewScanner(pipe)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	var got []string
	if rng.IntN(4) == 0 {
		tl.early++
		time.Sleep(time.Duration(rng.Int64N(int64(60 * time.Millisecond))))
	} else {
		ready := false
		deadline := time.After(20 * time.Second)
		for !ready {
			select {
			case l, ok := <-lines:
				if !ok {
					cmd.Wait()
					t.Fatalf("child ended before ready: %s", stderr.String())
				}
				got = append(got, l)
				ready = l == "ready"
			case <-deadline:
				cmd.Process.Kill()
				t.Fatal("child never ready")
			}
		}
		time.Sleep(time.Duration(rng.Int64N(int64(maxDelay))))
	}
	_ = cmd.Process.Kill() // SIGKILL on Unix, TerminateProcess on Windows
	err = cmd.Wait()
	var ee *exec.ExitError
	if !errors.As(err, &ee) || ee.ExitCode() == 3 {
		t.Fatalf("child was not killed (%v): %s", err, stderr.String())
	}
	for l := range lines {
		got = append(got, l)
	}
	last := "nothing"
	if len(got) > 0 {
		last = strings.Fields(got[len(got)-1])[0]
	}
	tl.phases[last]++
	tl.kills++
	return got
}

// verify checks the file after a kill and returns the highest batch number
// seen.
func verify(t *testing.T, workload, path, work string, out []string, tl *tally) int {
	t.Helper()
	if workload == "sync" || workload == "compact" {
		return verifySync(t, path, work, out, tl)
	}
	ctx := context.Background()
	committed := map[int]bool{}
	updated := map[int]int{} // batch -> the batch that rewrote it
	begun := -1              // the batch begun last
	for _, l := range out {
		var a, b int
		if _, err := fmt.Sscanf(l, "begin %d", &a); err == nil {
			begun = a
		} else if _, err := fmt.Sscanf(l, "committed %d", &a); err == nil {
			committed[a] = true
		} else if _, err := fmt.Sscanf(l, "updated %d by %d", &a, &b); err == nil {
			updated[a] = b
		}
	}
	tl.committed += len(committed)
	if fi, err := os.Stat(path + "-wal"); err == nil && fi.Size() > 0 {
		tl.walLeft++
	}
	began := time.Now()
	if err := data.VerifyFile(ctx, path); err != nil && !walPending(path) {
		t.Fatalf("after kill %d: %v", tl.kills, err)
	}
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatalf("after kill %d: open: %v", tl.kills, err)
	}
	defer s.Close()
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("after kill %d: check: %v %v", tl.kills, rep.Problems, err)
	}
	var batches map[int][]string // batch -> notes of its rows
	var want int
	switch workload {
	case "store":
		batches, want = storeBatches(t, ctx, s)
	case "import":
		batches, want = importBatches(t, ctx, s)
	}
	tl.slowest = max(tl.slowest, time.Since(began))
	top := 0
	for k, notes := range batches {
		top = max(top, k)
		if len(notes) != want {
			t.Fatalf("after kill %d: batch %d has %d of %d rows", tl.kills, k, len(notes), want)
		}
		for _, n := range notes[1:] {
			if n != notes[0] {
				t.Fatalf("after kill %d: batch %d half rewritten: %q and %q", tl.kills, k, notes[0], n)
			}
		}
		if by, ok := updated[k]; ok && notes[0] != fmt.Sprintf("upd %d", by) {
			t.Fatalf("after kill %d: batch %d reported rewritten by %d, notes %q", tl.kills, k, by, notes[0])
		}
	}
	for k := range committed {
		if _, ok := batches[k]; !ok {
			t.Fatalf("after kill %d: batch %d was reported committed and is gone", tl.kills, k)
		}
		top = max(top, k)
	}
	if begun >= 0 && !committed[begun] {
		if _, ok := batches[begun]; ok {
			tl.unreported++
		} else {
			tl.rolledBack++
		}
	}
	verifyBackups(t, ctx, filepath.Join(work, "backups"), tl)
	return top
}

func exists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// walPending says whether a -wal holds commits the main file does not yet:
// VerifyFile reads the main file alone, so it is only meaningful without.
func walPending(path string) bool {
	fi, err := os.Stat(path + "-wal")
	return err == nil && fi.Size() > 0
}

func storeBatches(t *testing.T, ctx context.Context, s *data.Store) (map[int][]string, int) {
	t.Helper()
	all, err := data.All[data.Contact](ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]string{}
	for _, c := range all {
		if c.Department != crashDept {
			continue
		}
		k, err := strconv.Atoi(strings.TrimPrefix(strings.SplitN(c.Name, "-", 2)[0], "b"))
		if err != nil {
			t.Fatalf("contact %q", c.Name)
		}
		out[k] = append(out[k], c.Notes)
	}
	return out, batchRows + 1
}

func importBatches(t *testing.T, ctx context.Context, s *data.Store) (map[int][]string, int) {
	t.Helper()
	all, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		t.Fatal(err)
	}
	out := map[int][]string{}
	for _, d := range all {
		k, err := strconv.Atoi(strings.TrimPrefix(strings.SplitN(d.Code, "-", 2)[0], "K"))
		if err != nil {
			t.Fatalf("delegation %q", d.Code)
		}
		out[k] = append(out[k], d.Notes)
	}
	return out, importRows
}

// verifyBackups checks that every file under a backup's name is sound: a
// kill during a backup leaves only a .partial copy.
func verifyBackups(t *testing.T, ctx context.Context, dir string, tl *tally) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		switch {
		case strings.HasSuffix(e.Name(), backup.Ext):
			if tl.backups[p] {
				continue
			}
			if err := data.VerifyFile(ctx, p); err != nil {
				t.Fatalf("backup %s: %v", e.Name(), err)
			}
			tl.backups[p] = true
		case strings.HasSuffix(e.Name(), ".partial"):
			tl.partials[p] = true
		}
	}
}
