// Package ui is LO Desk's window: the welcome screen, the main window with
// its screens (dashboard, delegations, liaison officers, assignments,
// programme, checklists, requests and incidents, print), menus, settings,
// themes and the English and Bahasa Indonesia translations. It calls app/
// and reads data/ types; it never runs SQL itself.
package ui

import (
	"context"
	"errors"
	"log/slog"
	"runtime/debug"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/lang"

	"lodesk/assets"
	"lodesk/data"
	"lodesk/ui/backupview"
	"lodesk/ui/delegview"
	"lodesk/ui/internal/frameprobe"
	"lodesk/ui/kit"
	"lodesk/ui/syncview"
)

// AppID is the application id: it names the preferences and storage folder.
const AppID = "org.lodesk.app"

// The window's first size: it fits a 1366×768 laptop, or a 1920×1080 one
// at 150 % (1280×720), with the taskbar and title bar. Every screen must
// fit in it (TestScreensFitALaptop).
const windowW, windowH = 1180, 680

// The smallest window size remembered: every screen reads at 1024×640.
const minWindowW, minWindowH = 800, 560

// Run opens the window on the event file at path, or on the welcome screen
// when path is empty, and returns when the window closes.
func Run(path string) {
	frameprobe.StartCPUProfile()
	a := app.NewWithID(AppID)
	a.SetIcon(fyne.NewStaticResource(assets.IconName, assets.Icon))
	d := newDesk(a)
	d.showWelcome() // stays if path is empty or fails to open
	frameprobe.Mark(d.win, "window")
	if path != "" {
		d.openPath(path)
	}
	d.win.ShowAndRun()
	d.closeStore()
}

// desk is the one window and what it shows: the welcome screen, or the
// main window on an open event file.
type desk struct {
	app   fyne.App
	win   fyne.Window
	prefs prefs

	store  *data.Store // nil on the welcome screen
	ctx    context.Context
	cancel context.CancelFunc

	shell    *shell        // the main window's content when a store is open
	welcome  *welcome      // the welcome screen's content when none is
	newForm  *newEventForm // the last New event dialog (tests)
	settings *settingsForm // the last Settings dialog (tests)
	guide    *guideView    // the last User guide dialog (tests)

	stopBackups func()            // stops the open event's backup schedule
	delegView   *delegview.Screen // imports and exports every kind (File menu)

	auto     *autoSync      // the open event's background sync (autosync.go)
	syncView *syncview.View // the last Sync dialog (tests)

	bg    tracker    // background work; tests wait on it
	users tracker    // background reads of the open store
	uiMu  sync.Mutex // see do
}

// newDesk applies the saved language and theme and makes the window.
func newDesk(a fyne.App) *desk {
	d := &desk{app: a, prefs: prefs{a.Preferences()}}
	d.applyLanguage(d.prefs.language())
	d.applyTheme(d.prefs.theme())
	d.win = a.NewWindow(lang.L("LO Desk"))
	// The size the user left it at (Fyne cannot place a window: the
	// desktop chooses where).
	d.win.Resize(d.prefs.windowSize())
	d.win.SetOnClosed(func() { d.prefs.setWindowSize(d.win.Canvas().Size()) })
	d.win.SetMaster()
	kit.Keys(d.win) // Escape and Enter in every dialog
	return d
}

// goBackground runs fn off the UI goroutine; tests wait for it with wait.
func (d *desk) goBackground(fn func()) {
	d.bg.Add()
	go func() {
		defer d.bg.Done()
		fn()
	}()
}

// wait blocks until the background work started so far is done.
func (d *desk) wait() { d.bg.Wait() }

// do runs fn on the UI goroutine (fyne.Do). The lock changes nothing in the
// window, where fyne.Do already runs one function at a time; it keeps the
// headless test driver, which runs fn on the calling goroutine, from
// running two at once. fn must not call do itself.
func (d *desk) do(fn func()) {
	fyne.Do(func() {
		d.uiMu.Lock()
		defer d.uiMu.Unlock()
		fn()
	})
}

// setStore makes s the open event and shows the main window on it.
func (d *desk) setStore(s *data.Store) {
	d.closeStore()
	d.store = s
	d.ctx, d.cancel = context.WithCancel(context.Background())
	if name := d.prefs.author(); name != "" {
		s.SetAuthor(name)
	}
	d.prefs.addRecent(s.Path())
	d.startAutoSync()
	d.showMain()
	// The first screen's loads leave 100 MB and more of garbage behind on
	// the large demo: once they are shown, give it back to the system
	// (the window holds about 40 MB less; see docs/performance.md).
	d.freeWhenShown()
	d.stopBackups = backupview.StartScheduler(d.env(), func(err error) {
		// Locked: the banner asks for the passphrase; the backup follows.
		if err != nil && !errors.Is(err, data.ErrLocked) {
			d.do(func() { d.showError("back up event", err) })
		}
	})
}

// freeWhenShown returns the garbage of the reads under way to the system
// once they are done and shown: the heap would keep it resident until it
// reaches its goal, about twice what is live.
func (d *desk) freeWhenShown() {
	go func() {
		d.users.Wait()
		d.do(func() { go debug.FreeOSMemory() })
	}()
}

// useStore runs read with the open store off the UI goroutine, then the
// function it returns on the UI goroutine. closeStore cancels the context
// and waits for the reads, not for what they show.
func (d *desk) useStore(read func(context.Context, *data.Store) func()) {
	st, ctx := d.store, d.ctx
	if st == nil {
		return
	}
	d.users.Add()
	d.goBackground(func() {
		show := read(ctx, st)
		d.users.Done()
		d.do(show)
	})
}

// closeStore closes the open event, if any, once the reads under way have
// stopped.
func (d *desk) closeStore() {
	if d.cancel != nil {
		d.cancel()
	}
	if d.store == nil {
		return
	}
	d.users.Wait()
	d.stopAutoSync() // its last sync
	if d.stopBackups != nil {
		d.stopBackups() // takes the closing backup
		d.stopBackups = nil
	}
	s := d.store
	d.store, d.shell = nil, nil
	if err := s.Close(); err != nil {
		slog.Error("close event file", "path", s.Path(), "err", err)
	}
}

// closeEvent closes the open event and returns to the welcome screen.
func (d *desk) closeEvent() {
	d.closeStore()
	d.showWelcome()
}

// rebuild redraws the window's content, e.g. after a language switch.
func (d *desk) rebuild() {
	if d.store != nil {
		d.showMain()
		return
	}
	d.showWelcome()
}

// tracker counts work under way. Unlike a sync.WaitGroup, new work may
// start while Wait is returning: background work started from work that
// just finished, as the screens' loads do.
type tracker struct {
	mu   sync.Mutex
	n    int
	zero *sync.Cond
}

// Add counts one more piece of work.
func (t *tracker) Add() {
	t.mu.Lock()
	t.n++
	t.mu.Unlock()
}

// Done counts one piece of work finished.
func (t *tracker) Done() {
	t.mu.Lock()
	t.n--
	if t.n == 0 && t.zero != nil {
		t.zero.Broadcast()
	}
	t.mu.Unlock()
}

// Wait blocks until no work is under way.
func (t *tracker) Wait() {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.zero == nil {
		t.zero = sync.NewCond(&t.mu)
	}
	for t.n > 0 {
		t.zero.Wait()
	}
}
