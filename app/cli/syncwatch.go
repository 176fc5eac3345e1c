package cli

import (
	"fmt"
	"time"

	"lodesk/app/sync"
)

// runWatch is `lodesk sync FILE --folder DIR --watch`: it syncs at once,
// then on every change of the folder or the file, until interrupted
// (Ctrl-C, or SIGTERM from a service manager). Each sync that changed
// something is printed as it happens, on the real standard output (not
// held until the end like other commands' output); failures go to stderr
// with when the next try comes. Interrupted, it finishes the sync under
// way and ends with status 0.
func runWatch(e *Env, folder, pass string) error {
	path := e.Args.Pos[0]
	out := e.Live
	if out == nil {
		out = e.Stdout
	}
	fmt.Fprintf(out, "%s: watching %s and the file; Ctrl-C stops\n", path, folder)
	waiting := false
	report := func(r sync.Report) {
		now := time.Now().Format("15:04:05")
		switch {
		case r.Waiting:
			if !waiting {
				fmt.Fprintf(out, "%s %s: no packs in %s yet; joining when they come\n", now, path, folder)
			}
			waiting = true
			return
		case r.Err != nil && r.RetryIn > 0:
			fmt.Fprintf(e.Stderr, "%s %s: sync failed: %v; trying again in %s\n", now, path, r.Err, r.RetryIn.Round(time.Second))
			return
		}
		waiting = false
		s := &r.Summary
		if !news(s) && r.Err == nil {
			return
		}
		fmt.Fprintf(out, "%s %s: synced (%s)\n", now, path, reasonText(r.Why))
		printSummary(out, path, s)
		if r.Err != nil {
			fmt.Fprintf(e.Stderr, "%s %s: left out: %v\n", now, path, r.Err)
		}
	}
	err := sync.WatchFile(e.Ctx, path, sync.Options{Folder: folder, Passphrase: pass}, sync.WatchOptions{}, report)
	if err != nil {
		return fmt.Errorf("sync %s: %w", path, err)
	}
	fmt.Fprintf(out, "%s: stopped\n", path)
	return nil
}

// news: the sync changed something worth a line.
func news(s *sync.Summary) bool {
	return s.Joined || s.Sent > 0 || s.Received > 0 || len(s.Held) > 0 || s.Reviewed > 0 || len(s.Refused) > 0
}

func reasonText(why sync.Reason) string {
	switch why {
	case sync.ReasonStart:
		return "on start"
	case sync.ReasonLocal:
		return "the file changed"
	case sync.ReasonFolder:
		return "the folder changed"
	case sync.ReasonTimer:
		return "timer"
	case sync.ReasonRetry:
		return "retry"
	}
	return string(why)
}
