package sync

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// Report is what WatchFile says of each sync it ran.
type Report struct {
	Why     Reason
	Summary Summary
	Err     error         // nil, a *RefusedError (finished, packs left out), or the failure
	RetryIn time.Duration // after a failure: when the next try comes
	// Waiting: the event file does not exist yet and the folder holds no
	// packs to join from; the watch waits for them.
	Waiting bool
}

// WatchFile keeps the event file at path in step with opts.Folder until ctx
// ends: a sync at once, then one after every change of the file (another
// command wrote to it) or of the folder (Syncthing brought a pack), and
// every wopts.Every. A missing file joins from the folder, as SyncFile
// does, as soon as the folder holds packs. The file is open only during a
// sync, so other commands can write to it in between.
//
// If the first sync fails, WatchFile returns its error; later failures are
// reported and retried with back-off. When ctx ends (Ctrl-C), a sync under
// way is finished, never cut short, and WatchFile returns nil. report is
// called after each sync, on the watch's goroutine.
func WatchFile(ctx context.Context, path string, opts Options, wopts WatchOptions, report func(Report)) error {
	if fi, err := os.Stat(opts.Folder); err != nil {
		return fmt.Errorf("sync folder: %w", err)
	} else if !fi.IsDir() {
		return fmt.Errorf("sync folder %s: not a folder", opts.Folder)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return err
	}
	wopts.Folder, wopts.File = opts.Folder, abs
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var first error
	synced := false
	w := NewWatcher(wopts, func(_ context.Context, why Reason) (Summary, error) {
		// Not cut short by ctx: a sync once started finishes.
		if _, err := os.Stat(abs); errors.Is(err, fs.ErrNotExist) && hasPacks(opts.Folder) != nil {
			report(Report{Why: why, Waiting: true})
			return Summary{}, nil
		}
		sum, err := SyncFile(context.WithoutCancel(ctx), abs, opts)
		var refused *RefusedError
		if err != nil && !errors.As(err, &refused) && !synced {
			first = err
			cancel()
			return sum, err
		}
		synced = true
		if err == nil || errors.As(err, &refused) {
			report(Report{Why: why, Summary: sum, Err: err})
		}
		return sum, err
	})
	w.opts.OnFail = func(err error, in time.Duration) {
		if first == nil {
			report(Report{Why: ReasonRetry, Err: err, RetryIn: in})
		}
	}
	if err := w.Run(ctx); err != nil {
		return err
	}
	return first
}
