package crashtest

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"lodesk/app/backup"
	"lodesk/app/cli"
	"lodesk/data"
)

// The child reads its orders from the environment.
const (
	envChild   = "LODESK_CRASH_CHILD" // the workload: "store" or "import"
	envFile    = "LODESK_CRASH_FILE"
	envFirst   = "LODESK_CRASH_FIRST" // the first batch number to use
	envWorkDir = "LODESK_CRASH_WORK"  // scratch files and backups
)

const (
	batchRows  = 250 // rows a store transaction inserts, besides its marker
	importRows = 200 // delegations one import brings
	crashDept  = "crash"
)

// say tells the parent something, unbuffered: a line the parent reads was
// written before the kill.
func say(format string, a ...any) {
	_, _ = os.Stdout.WriteString(fmt.Sprintf(format, a...) + "\n")
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "child:", err)
	os.Exit(3)
}

// runChild runs a workload until it is killed.
func runChild(workload string) {
	ctx := context.Background()
	path := os.Getenv(envFile)
	first, err := strconv.Atoi(os.Getenv(envFirst))
	if err != nil {
		fail(err)
	}
	switch workload {
	case "store":
		childStore(ctx, path, first, os.Getenv(envWorkDir))
	case "import":
		childImport(ctx, path, first, os.Getenv(envWorkDir))
	case "sync":
		childSync(ctx, path, first, os.Getenv(envWorkDir))
	case "compact":
		childCompact(ctx, path, first, os.Getenv(envWorkDir))
	default:
		fail(fmt.Errorf("unknown workload %q", workload))
	}
}

// childStore writes batches through the store: batch k inserts batchRows
// contacts named "b<k>-<i>" and a marker "b<k>-marker", all noted "batch
// <k>"; every third batch also rewrites the notes of every row of the
// batch before it to "upd <k>"; every fifth takes a backup.
func childStore(ctx context.Context, path string, first int, work string) {
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		fail(err)
	}
	say("ready")
	var prev []*data.Contact
	prevK := -1
	for k := first; ; k++ {
		var rows []*data.Contact
		say("begin %d", k)
		err := s.Write(ctx, func(tx *data.Tx) error {
			var err error
			rows, err = insertBatchRows(tx, k, batchRows)
			return err
		})
		if err != nil {
			fail(err)
		}
		say("committed %d", k)
		if k%3 == 0 && prevK >= 0 {
			err := s.Write(ctx, func(tx *data.Tx) error {
				for _, c := range prev {
					c.Notes = fmt.Sprintf("upd %d", k)
					if err := tx.Update(c); err != nil {
						return err
					}
				}
				return nil
			})
			if err != nil {
				fail(err)
			}
			say("updated %d by %d", prevK, k)
		}
		if k%5 == 0 {
			// Named by batch, not by the clock: children killed and
			// restarted many times a second would take more backups in one
			// second than Backup's five names a second apart allow.
			at := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC).Add(time.Duration(k) * 10 * time.Second)
			if _, err := backup.Backup(ctx, s, filepath.Join(work, "backups"), at); err != nil {
				fail(err)
			}
		}
		prev, prevK = rows, k
	}
}

// insertBatch inserts batch k: n contacts named "b<k>-<i>" and a marker
// "b<k>-marker", all noted "batch <k>".
func insertBatch(tx *data.Tx, k, n int) error {
	_, err := insertBatchRows(tx, k, n)
	return err
}

func insertBatchRows(tx *data.Tx, k, n int) ([]*data.Contact, error) {
	rows := make([]*data.Contact, 0, n+1)
	for i := range n + 1 {
		name := fmt.Sprintf("b%d-%d", k, i)
		if i == n {
			name = fmt.Sprintf("b%d-marker", k)
		}
		c := &data.Contact{Department: crashDept, Name: name, Phone: "+62 812 3456 7890", Notes: fmt.Sprintf("batch %d", k)}
		if err := tx.Insert(c); err != nil {
			return nil, err
		}
		rows = append(rows, c)
	}
	return rows, nil
}

// childImport runs "lodesk import FILE delegations SOURCE" again and again,
// import k bringing importRows delegations coded "K<k>-<i>".
func childImport(ctx context.Context, path string, first int, work string) {
	say("ready")
	for k := first; ; k++ {
		var b strings.Builder
		b.WriteString("code,name,kind,notes\n")
		for i := range importRows {
			fmt.Fprintf(&b, "K%d-%d,Import %d delegation %d,organisation,import %d\n", k, i, k, i, k)
		}
		src := filepath.Join(work, fmt.Sprintf("import-%d.csv", k))
		if err := os.WriteFile(src, []byte(b.String()), 0o600); err != nil {
			fail(err)
		}
		var stderr strings.Builder
		say("begin %d", k)
		if code := cli.Run(ctx, []string{"import", path, "delegations", src}, io.Discard, &stderr); code != cli.ExitOK {
			fail(fmt.Errorf("import exit %d: %s", code, stderr.String()))
		}
		say("committed %d", k)
		_ = os.Remove(src)
	}
}
