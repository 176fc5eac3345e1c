package backupview

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"time"

	"lodesk/app/backup"
	"lodesk/data"
	"lodesk/ui/kit"
)

// StartScheduler backs up the open event into the user's backup folder
// (paths.Default().Backups, made if missing): now, every 30 minutes while
// it changes, and when stop is called. onResult (may be nil) gets the
// outcome of each backup taken while the event is open, nil for a good
// one, off the UI goroutine (through env.Go): wrap UI work in env.Do. Explain an
// error with Message. A protected event's backups wait for its passphrase
// on a laptop that never entered it (data.ErrLocked); once UnlockDialog
// succeeds the backup is taken at once.
//
// stop ends the schedule and takes the closing backup if the event changed,
// on the calling goroutine, before it returns: call it before closing the
// store. Its outcome is logged, not reported to onResult (the window may be
// closing).
func StartScheduler(env kit.Env, onResult func(error)) (stop func()) {
	s := env.Store
	report := func(err error) {
		if onResult != nil {
			onResult(err)
		}
	}
	dir, err := backupDir()
	if err != nil {
		slog.Error("backup folder", "err", err)
		env.Go(func() { report(err) })
		return func() {}
	}
	var closing atomic.Bool
	sc := &backup.Scheduler{Source: s, Dir: dir}
	sc.OnResult = func(r backup.Result) {
		withSession(s, func(ss *session) { ss.needUnlock = errors.Is(r.Err, data.ErrLocked) })
		if r.Err != nil && !(closing.Load() && errors.Is(r.Err, context.Canceled)) {
			slog.Error("backup", "reason", r.Reason, "event", s.Path(), "err", r.Err)
		}
		if r.Skipped || closing.Load() {
			return
		}
		// Not on this goroutine: stop waits for it, and may be called on
		// the UI goroutine.
		env.Go(func() {
			env.Do(func() { refreshLists(s) })
			report(r.Err)
		})
	}
	withSession(s, func(ss *session) { ss.sched = sc })
	sc.Start(context.Background())
	return func() {
		closing.Store(true)
		sc.Stop(context.Background())
		sessions.Lock()
		delete(sessions.m, s)
		sessions.Unlock()
	}
}

// backupNow takes a backup of env's event at once: through its scheduler
// when one runs (one backup at a time), otherwise directly.
func backupNow(ctx context.Context, env kit.Env) (backup.Info, error) {
	var sc *backup.Scheduler
	withSession(env.Store, func(ss *session) { sc = ss.sched })
	if sc != nil {
		r := sc.Now(ctx)
		return r.Info, r.Err
	}
	dir, err := backupDir()
	if err != nil {
		return backup.Info{}, err
	}
	return backup.Backup(ctx, env.Store, dir, nowFunc())
}

// afterUnlock takes the backup the schedule could not take while the event
// was locked.
func afterUnlock(env kit.Env) {
	var sc *backup.Scheduler
	withSession(env.Store, func(ss *session) {
		if ss.needUnlock {
			sc = ss.sched
		}
	})
	if sc != nil {
		env.Go(func() { sc.Now(context.Background()) })
	}
}

// nowFunc is the clock of backups taken without a scheduler (tests).
var nowFunc = time.Now

// refreshLists reloads the open backup lists of s.
func refreshLists(s *data.Store) {
	var ls []*backupsView
	withSession(s, func(ss *session) { ls = append(ls, ss.lists...) })
	for _, l := range ls {
		l.load()
	}
}
