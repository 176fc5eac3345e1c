package ui

import (
	"context"
	"errors"
	"log/slog"
	"os"
	gosync "sync"
	"time"

	"lodesk/app/sync"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/syncview"
)

// maxHold is how long the background sync waits for the editors open on
// stored records to close; then it syncs all the same, and an editor
// whose record changed warns before saving (kit.Editor.Track).
const maxHold = 2 * time.Minute

// autoSync is the window's background sync of the open event with its own
// sync folder (issue 15). A sync.Watcher runs it on opening, soon after a
// change here (desk.changed pokes it), when the folder changes, every 30
// seconds, and on closing; always off the UI goroutine, one sync at a time
// (with the dialog's Sync now too); it waits while paused or while an
// editor is open on a stored record (up to maxHold). Failures show in the
// status bar and are retried with back-off.
type autoSync struct {
	d       *desk
	st      *data.Store
	editing *kit.Editing

	one gosync.Mutex // one sync at a time

	mu      gosync.Mutex // guards what follows
	folder  string       // "" until the event has a folder
	w       *sync.Watcher
	stop    context.CancelFunc
	done    chan struct{}
	paused  bool
	pass    string // the passphrase of the last good Sync now (protected events)
	history []syncview.Entry
	laptops []data.Laptop
	status  syncStatus
}

// syncStatus is what the status bar says.
type syncStatus struct {
	syncing   bool
	waiting   bool      // a sync waits for the editor open on a record
	last      time.Time // the last good sync
	in, out   int       // changes in and out since the event was opened
	from      string    // who made the changes that came in last
	fromAt    time.Time // when they came
	conflicts int
	laptops   int // other laptops seen
	err       error
	retryIn   time.Duration
}

// maxHistory is how many syncs the Sync dialog lists.
const maxHistory = 30

func newAutoSync(d *desk, st *data.Store) *autoSync {
	a := &autoSync{d: d, st: st, editing: &kit.Editing{}}
	if f := d.app.Preferences().String(syncview.FolderKey(st.Path())); f != "" {
		a.start(f)
	}
	return a
}

// start watches folder; it replaces the watch of another folder, after
// a last sync with that one.
func (a *autoSync) start(folder string) {
	a.mu.Lock()
	old := a.folder
	a.mu.Unlock()
	if old == folder {
		return
	}
	a.end()
	ctx, cancel := context.WithCancel(context.Background())
	w := sync.NewWatcher(sync.WatchOptions{
		Folder: folder,
		Hold:   a.hold,
		Final:  true,
		OnFail: a.failed,
	}, a.sync)
	done := make(chan struct{})
	a.mu.Lock()
	a.folder, a.w, a.stop, a.done = folder, w, cancel, done
	a.mu.Unlock()
	go func() {
		defer close(done)
		if err := w.Run(ctx); err != nil {
			slog.Error("sync watch", "folder", folder, "err", err)
		}
	}()
}

// end runs the watch's last sync and stops it; it waits for both.
func (a *autoSync) end() {
	a.mu.Lock()
	stop, done := a.stop, a.done
	a.stop, a.done, a.w = nil, nil, nil
	a.mu.Unlock()
	if stop != nil {
		stop()
		<-done
	}
}

// poke tells the watch that this laptop changed the event.
func (a *autoSync) poke(why sync.Reason) {
	a.mu.Lock()
	w := a.w
	a.mu.Unlock()
	if w != nil {
		w.Poke(why)
	}
}

// hold: no sync starts while paused, or while an editor is open on a
// stored record (for at most maxHold).
func (a *autoSync) hold() bool {
	a.mu.Lock()
	paused, waiting := a.paused, a.status.waiting
	a.mu.Unlock()
	open, since := a.editing.Open()
	held := open && time.Since(since) < maxHold
	if held && !paused && !waiting {
		a.set(func(s *syncStatus) { s.waiting = true }) // the status bar says why
	}
	return paused || held
}

// sync is the watch's sync, on its goroutine.
func (a *autoSync) sync(ctx context.Context, why sync.Reason) (sync.Summary, error) {
	a.mu.Lock()
	folder, pass, paused := a.folder, a.pass, a.paused
	a.mu.Unlock()
	if why == sync.ReasonStop && paused {
		return sync.Summary{}, nil
	}
	if why != sync.ReasonStop {
		a.set(func(s *syncStatus) { s.syncing, s.waiting = true, false })
	}
	sum, err := a.run(ctx, sync.Options{Folder: folder, Passphrase: pass})
	if why != sync.ReasonStop {
		a.record(why, sum, err)
	}
	return sum, err
}

// run runs one sync, one at a time.
func (a *autoSync) run(ctx context.Context, opts sync.Options) (sync.Summary, error) {
	a.one.Lock()
	defer a.one.Unlock()
	return sync.Run(ctx, a.st, opts)
}

// record notes a sync's outcome in the status and history, and reloads
// the screens when changes came in.
func (a *autoSync) record(why sync.Reason, sum sync.Summary, err error) {
	var refused *sync.RefusedError
	ok := err == nil || errors.As(err, &refused)
	laptops, lerr := a.st.Laptops(context.Background())
	now := time.Now()
	a.mu.Lock()
	if lerr == nil {
		a.laptops = laptops
	}
	if !ok || sum.Sent > 0 || sum.Received > 0 || why == sync.ReasonStart || why == sync.ReasonRequest {
		a.history = append([]syncview.Entry{{At: now, Why: why, Summary: sum, Err: err}}, a.history...)
		a.history = a.history[:min(len(a.history), maxHistory)]
	}
	a.mu.Unlock()
	a.set(func(s *syncStatus) {
		s.syncing = false
		if !ok {
			s.err = err
			return
		}
		s.err, s.retryIn, s.last = nil, 0, now
		s.in += sum.Received
		s.out += sum.Sent
		if sum.Received > 0 {
			s.from, s.fromAt = syncview.Authors(sum.ByAuthor), now
		}
		s.conflicts = len(sum.Conflicts)
		s.laptops = 0
		for _, l := range laptops {
			if !l.Mine {
				s.laptops++
			}
		}
	})
	if sum.Received > 0 || sum.Reviewed > 0 {
		a.d.do(func() {
			if a.d.auto == a && a.d.shell != nil {
				a.d.shell.reloadAll()
			}
		})
	}
}

// failed notes when the next try comes.
func (a *autoSync) failed(err error, in time.Duration) {
	a.set(func(s *syncStatus) { s.err, s.retryIn = err, in })
}

// set changes the status and shows it.
func (a *autoSync) set(fn func(*syncStatus)) {
	a.mu.Lock()
	fn(&a.status)
	a.mu.Unlock()
	a.d.do(func() {
		if a.d.auto == a && a.d.shell != nil {
			a.d.shell.showSyncStatus()
		}
	})
}

// snapshot is the status, the folder and whether it is paused.
func (a *autoSync) snapshot() (syncStatus, string, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.status, a.folder, a.paused
}

// The dialog's view of the automatic sync (syncview.Live) and its Sync
// now (syncview.Syncer).

func (a *autoSync) History() []syncview.Entry {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]syncview.Entry(nil), a.history...)
}

func (a *autoSync) Laptops() []data.Laptop {
	a.mu.Lock()
	defer a.mu.Unlock()
	return append([]data.Laptop(nil), a.laptops...)
}

func (a *autoSync) Paused() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.paused
}

// SetPaused runs on the UI goroutine (the dialog's switch).
func (a *autoSync) SetPaused(p bool) {
	a.mu.Lock()
	a.paused = p
	a.mu.Unlock()
	if a.d.auto == a && a.d.shell != nil { // on the UI goroutine: not through do
		a.d.shell.showSyncStatus()
	}
	if !p {
		a.poke(sync.ReasonRequest)
	}
}

func (a *autoSync) SetFolder(path string) { a.start(path) }

// Sync is the dialog's Sync now: one sync at a time with the watch's; a
// passphrase that worked is kept for the automatic syncs.
func (a *autoSync) Sync(ctx context.Context, opts sync.Options) (sync.Summary, error) {
	sum, err := a.run(ctx, opts)
	var refused *sync.RefusedError
	if err == nil || errors.As(err, &refused) {
		a.mu.Lock()
		a.pass = opts.Passphrase
		a.mu.Unlock()
	}
	a.record(sync.ReasonRequest, sum, err)
	return sum, err
}

func (a *autoSync) Conflicts(ctx context.Context) ([]data.Conflict, error) {
	return syncview.StoreSyncer{Store: a.st}.Conflicts(ctx)
}

func (a *autoSync) Resolve(ctx context.Context, c data.Conflict, value string) error {
	err := syncview.StoreSyncer{Store: a.st}.Resolve(ctx, c, value)
	if err == nil {
		a.poke(sync.ReasonLocal)
	}
	return err
}

func (a *autoSync) Label(ctx context.Context, table, id string) string {
	return syncview.StoreSyncer{Store: a.st}.Label(ctx, table, id)
}

// folderMissing: the folder is not there (a USB stick taken out).
func folderMissing(err error) bool { return errors.Is(err, os.ErrNotExist) }
