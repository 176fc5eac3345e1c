package backup

import (
	"context"
	"sync"
	"time"
)

// Reasons a backup is taken.
const (
	OnOpen   = "open"
	OnTimer  = "timer"
	OnClose  = "close"
	OnDemand = "demand"
)

// DefaultEvery is how often the window backs up an event that changes.
const DefaultEvery = 30 * time.Minute

// Clock is the time as the scheduler sees it; tests pass a fake.
type Clock interface {
	Now() time.Time
	After(d time.Duration) <-chan time.Time
}

type realClock struct{}

func (realClock) Now() time.Time                         { return time.Now() }
func (realClock) After(d time.Duration) <-chan time.Time { return time.After(d) }

// Result is the outcome of one scheduled backup.
type Result struct {
	Reason  string // OnOpen, OnTimer, OnClose, OnDemand
	Info    Info   // the backup taken (zero when skipped or failed)
	Skipped bool   // nothing changed since the last backup
	Pruned  []string
	Err     error // a *data.DamageError when the event file is damaged
}

// Scheduler backs up one open event: when it is opened, every Every while
// its data version changes, and when it is closed if it changed since. It
// knows nothing of the window: results go to OnResult, called on the
// scheduler's goroutine (the window wraps its work in fyne.Do).
type Scheduler struct {
	Source   Source
	Dir      string
	Every    time.Duration // DefaultEvery if 0
	Policy   Policy
	Clock    Clock        // the real clock if nil
	OnResult func(Result) // may be nil

	mu      sync.Mutex // one backup at a time
	version int64      // data version of the last good backup
	have    bool       // whether there is one
	stop    context.CancelFunc
	done    chan struct{}
}

func (sc *Scheduler) clock() Clock {
	if sc.Clock == nil {
		return realClock{}
	}
	return sc.Clock
}

// Start takes the backup on open and then runs the timer, in a goroutine,
// until Stop or until ctx ends.
func (sc *Scheduler) Start(ctx context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	sc.stop = cancel
	sc.done = make(chan struct{})
	go func() {
		defer close(sc.done)
		sc.report(sc.run(ctx, OnOpen, true))
		every := sc.Every
		if every <= 0 {
			every = DefaultEvery
		}
		for {
			select {
			case <-ctx.Done():
				return
			case <-sc.clock().After(every):
				sc.report(sc.run(ctx, OnTimer, false))
			}
		}
	}()
}

// Stop ends the timer, waits for a backup under way, then takes the close
// backup if the event changed since the last good one. It returns that
// result (Skipped when nothing changed) and reports it to OnResult too.
func (sc *Scheduler) Stop(ctx context.Context) Result {
	if sc.stop != nil {
		sc.stop()
		<-sc.done
		sc.stop = nil
	}
	r := sc.run(ctx, OnClose, false)
	sc.report(r)
	return r
}

// Now takes a backup at once (a "Back up now" button), changed or not.
func (sc *Scheduler) Now(ctx context.Context) Result {
	r := sc.run(ctx, OnDemand, true)
	sc.report(r)
	return r
}

func (sc *Scheduler) report(r Result) {
	if sc.OnResult != nil {
		sc.OnResult(r)
	}
}

// run takes one backup; unless always, only if the data version moved
// since the last good backup.
func (sc *Scheduler) run(ctx context.Context, reason string, always bool) Result {
	sc.mu.Lock()
	defer sc.mu.Unlock()
	r := Result{Reason: reason}
	v, err := sc.Source.DataVersion(ctx)
	if err != nil {
		r.Err = err
		return r
	}
	if !always && sc.have && v == sc.version {
		r.Skipped = true
		return r
	}
	r.Info, r.Err = Backup(ctx, sc.Source, sc.Dir, sc.clock().Now())
	if r.Err != nil {
		return r
	}
	sc.version, sc.have = v, true
	r.Pruned, r.Err = Prune(sc.Dir, sc.Source.Name(), sc.Policy, sc.clock().Now())
	return r
}
