package sync

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// Reason is why a watched sync runs.
type Reason string

// The reasons a Watcher syncs.
const (
	ReasonStart   Reason = "start"   // the watch began (the window opened the event)
	ReasonLocal   Reason = "local"   // this laptop changed the event
	ReasonFolder  Reason = "folder"  // a pack arrived or went in the folder
	ReasonTimer   Reason = "timer"   // nothing announced a change for a while
	ReasonRetry   Reason = "retry"   // the last sync failed
	ReasonRequest Reason = "request" // someone asked for a sync now
	ReasonStop    Reason = "stop"    // the watch is ending (the window closes)
)

// WatchOptions tune a Watcher; zero values take the defaults.
type WatchOptions struct {
	Folder string
	// File is the event file whose changes (its own and its -wal's) are
	// local changes, for a watch that does not hold it open between syncs
	// (the command line). The window, which writes through its own store,
	// calls Poke instead.
	File string

	// A burst of changes is over once nothing changed for Quiet (1 s); a
	// sync then starts, and at most MaxDelay (10 s) after the first change
	// of a burst that goes on.
	Quiet, MaxDelay time.Duration
	// Every is how often a sync runs when nothing announced a change (30
	// s): for shares that send no events, and for anything missed.
	Every time.Duration
	// Retry is the first wait after a failed sync (5 s); each failure in a
	// row doubles it, up to MaxRetry (5 min). A success resets it.
	Retry, MaxRetry time.Duration
	// Hold, if set, is asked before each sync: while it says true (sync
	// paused, an editor open), the sync waits, asking again every second.
	Hold func() bool
	// Final: when the watch ends, run one last sync (the window, closing).
	Final bool
	// OnFail, if set, is told of each failed sync and when the next try
	// comes.
	OnFail func(err error, retryIn time.Duration)
}

func (o *WatchOptions) defaults() {
	set := func(d *time.Duration, v time.Duration) {
		if *d <= 0 {
			*d = v
		}
	}
	set(&o.Quiet, time.Second)
	set(&o.MaxDelay, 10*time.Second)
	set(&o.Every, 30*time.Second)
	set(&o.Retry, 5*time.Second)
	set(&o.MaxRetry, 5*time.Minute)
}

// SyncFunc runs one sync for a Watcher. The Watcher calls it from its own
// goroutine, one at a time, with the context Run was given (or, for the
// last sync, one that is not cancelled).
type SyncFunc func(ctx context.Context, why Reason) (Summary, error)

// Watcher syncs whenever something changes: this laptop's event (Poke,
// or its file), the folder (fsnotify events for packs of other laptops),
// and every so often when nothing announced a change. Bursts are
// debounced; failures are retried with back-off.
type Watcher struct {
	opts WatchOptions
	fn   SyncFunc
	poke chan Reason

	own      string    // this laptop's subfolder: its own writes are no news
	print    fileprint // the event file as the last sync left it
	fsw      *fsnotify.Watcher
	watching bool // the folder is watched (it may be missing at first: a USB stick)
}

// NewWatcher returns a Watcher of opts.Folder (and opts.File) that syncs
// with fn; Run starts it.
func NewWatcher(opts WatchOptions, fn SyncFunc) *Watcher {
	opts.defaults()
	return &Watcher{opts: opts, fn: fn, poke: make(chan Reason, 1)}
}

// Poke tells the watcher that something changed (ReasonLocal: debounced)
// or asks for a sync now (ReasonRequest). It never blocks.
func (w *Watcher) Poke(why Reason) {
	select {
	case w.poke <- why:
	default: // one already waiting: it will do
	}
}

// Run syncs at once, then whenever something changes, until ctx ends; a
// sync under way when ctx ends is finished first (it is never cut short),
// and with Final one more sync runs. Run returns nil then, or an error if
// the folder cannot be watched at all.
func (w *Watcher) Run(ctx context.Context) error {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		// No events (e.g. the system's limit of watches is reached): the
		// timer still syncs.
		fsw = nil
	} else {
		defer fsw.Close()
		w.fsw = fsw
		w.watchFolder()
		if w.opts.File != "" {
			_ = fsw.Add(filepath.Dir(w.opts.File))
		}
	}
	var events <-chan fsnotify.Event
	var errs <-chan error
	if fsw != nil {
		events, errs = fsw.Events, fsw.Errors
	}
	d := debounce{opts: &w.opts}
	d.note(ReasonStart, time.Now())
	tick := time.NewTicker(w.opts.Every)
	defer tick.Stop()
	due := time.NewTimer(0)
	defer due.Stop()
	for {
		select {
		case <-ctx.Done():
			if w.opts.Final {
				w.once(context.WithoutCancel(ctx), ReasonStop, &d)
			}
			return nil
		case ev := <-events:
			if why, ok := w.classify(ev); ok {
				d.note(why, time.Now())
			}
		case <-errs: // the kernel dropped events: look for ourselves
			d.note(ReasonFolder, time.Now())
		case why := <-w.poke:
			d.note(why, time.Now())
		case <-tick.C:
			d.note(ReasonTimer, time.Now())
		case <-due.C:
		}
		now := time.Now()
		at, why := d.next(now)
		if why == "" {
			continue
		}
		if at.After(now) {
			due.Reset(at.Sub(now))
			continue
		}
		if w.opts.Hold != nil && w.opts.Hold() {
			due.Reset(time.Second)
			continue
		}
		if why == ReasonLocal && w.opts.File != "" && w.print.same(w.opts.File) {
			d.clear() // the file is as the last sync left it: our own write
			continue
		}
		w.once(ctx, why, &d)
		if at, why := d.next(time.Now()); why != "" {
			due.Reset(max(time.Until(at), 0))
		}
	}
}

// once runs one sync and notes how it went.
func (w *Watcher) once(ctx context.Context, why Reason, d *debounce) {
	d.clear()
	sum, err := w.fn(ctx, why)
	if sum.Replica != "" {
		w.own = sum.Replica
	}
	if w.opts.File != "" {
		w.print = printOf(w.opts.File)
	}
	var refused *RefusedError
	if errors.As(err, &refused) {
		err = nil // finished; the packs left out are reported, and retrying changes nothing
	}
	if err == nil && !w.watching {
		w.watchFolder() // the folder is back
	}
	wait := d.done(err)
	if err != nil && w.opts.OnFail != nil {
		w.opts.OnFail(err, wait)
	}
}

// watchFolder watches the folder and each laptop's subfolder in it.
func (w *Watcher) watchFolder() {
	if w.fsw == nil || w.fsw.Add(w.opts.Folder) != nil {
		return
	}
	w.watching = true
	subs, err := os.ReadDir(w.opts.Folder)
	if err != nil {
		return
	}
	for _, s := range subs {
		if s.IsDir() && !hidden(s.Name()) {
			_ = w.fsw.Add(filepath.Join(w.opts.Folder, s.Name()))
		}
	}
}

// classify says whether an event is news, and of what kind: a change of
// the event file, or of another laptop's packs (a new subfolder is
// watched too). Hidden names (temporary files of LO Desk and Syncthing,
// Syncthing's own .stfolder and .stignore) and this laptop's own
// subfolder are not news.
func (w *Watcher) classify(ev fsnotify.Event) (Reason, bool) {
	if ev.Op == fsnotify.Chmod {
		return "", false
	}
	if f := w.opts.File; f != "" && (ev.Name == f || ev.Name == f+"-wal") {
		return ReasonLocal, true
	}
	if ev.Name == w.opts.Folder && ev.Op.Has(fsnotify.Remove|fsnotify.Rename) {
		w.watching = false // watched again once a sync finds it back
	}
	rel, err := filepath.Rel(w.opts.Folder, ev.Name)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") {
		return "", false
	}
	parts := strings.Split(rel, string(filepath.Separator))
	for _, p := range parts {
		if hidden(p) {
			return "", false
		}
	}
	if parts[0] == w.own && w.own != "" {
		return "", false
	}
	if len(parts) == 1 && ev.Op.Has(fsnotify.Create) {
		if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
			_ = w.fsw.Add(ev.Name) // a laptop's first packs
		}
	}
	return ReasonFolder, true
}

// hidden: names no laptop's packs have (dot files, Syncthing's temporary
// files on Windows).
func hidden(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~syncthing~")
}

// debounce decides when the next sync is due.
type debounce struct {
	opts        *WatchOptions
	why         Reason    // what is waiting ("" nothing)
	first, last time.Time // of the burst waiting
	now         bool      // due at once (start, timer, request)
	notBefore   time.Time // after a failure
	wait        time.Duration
}

func (d *debounce) note(why Reason, at time.Time) {
	switch {
	case d.why == "" || d.why == ReasonRetry || d.why == ReasonLocal && why != ReasonLocal:
		// A new burst; a local change may be our own write, news of
		// another kind is not.
		d.why, d.first, d.last = why, at, at
	case why == d.why:
		d.last = at
	}
	// Else a local change while other news waits: that sync sends it too.
	switch why {
	case ReasonStart, ReasonTimer, ReasonRequest:
		d.now = true
	}
	if why == ReasonRequest {
		d.why, d.notBefore = why, time.Time{}
	}
}

// next is when the waiting sync is due, and why ("" if none waits).
func (d *debounce) next(now time.Time) (time.Time, Reason) {
	if d.why == "" {
		return time.Time{}, ""
	}
	at := now
	if !d.now {
		at = d.last.Add(d.opts.Quiet)
		if latest := d.first.Add(d.opts.MaxDelay); latest.Before(at) {
			at = latest
		}
	}
	if at.Before(d.notBefore) {
		at = d.notBefore
	}
	return at, d.why
}

// clear: the waiting sync starts; what happens meanwhile waits again.
func (d *debounce) clear() { d.why, d.now = "", false }

// done notes a sync's outcome and returns the wait before a retry.
func (d *debounce) done(err error) time.Duration {
	if err == nil {
		d.wait, d.notBefore = 0, time.Time{}
		return 0
	}
	if d.wait == 0 {
		d.wait = d.opts.Retry
	} else {
		d.wait = min(2*d.wait, d.opts.MaxRetry)
	}
	d.notBefore = time.Now().Add(d.wait)
	if d.why == "" {
		d.why, d.first, d.last = ReasonRetry, d.notBefore, d.notBefore
	}
	return d.wait
}

// fileprint is what a file and its -wal look like (size and time): equal
// prints mean nobody wrote since.
type fileprint [2]struct {
	size int64
	mod  time.Time
	ok   bool
}

func printOf(path string) fileprint {
	var p fileprint
	for i, n := range []string{path, path + "-wal"} {
		if fi, err := os.Stat(n); err == nil {
			p[i].size, p[i].mod, p[i].ok = fi.Size(), fi.ModTime(), true
		} else if !errors.Is(err, fs.ErrNotExist) {
			p[i].ok = true // unknown: treat as changed
			p[i].size = -1
		}
	}
	return p
}

func (p fileprint) same(path string) bool {
	q := printOf(path)
	for i := range p {
		if p[i].ok != q[i].ok || p[i].size != q[i].size || !p[i].mod.Equal(q[i].mod) || p[i].size < 0 {
			return false
		}
	}
	return true
}
