// Package kit is the seam between the main window (package ui) and the
// screen packages of each area (ui/delegview, ui/assignview, ...): what a
// screen gets from the window (Env) and what it gives back (Screen). It
// holds no domain logic.
package kit

import (
	"context"
	"errors"
	"log/slog"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"lodesk/data"
)

// Screen is one area of the main window, built once per open event.
type Screen interface {
	// Content builds the screen's widgets.
	Content() fyne.CanvasObject
	// Load fetches the data off the UI goroutine (Env.Read) and swaps it in.
	Load()
	// SearchEntry is what View > Find focuses, or nil.
	SearchEntry() *Input
}

// Env is what a screen gets from the window.
type Env struct {
	Win   fyne.Window
	Store *data.Store
	// Read runs read with the store off the UI goroutine, then the function
	// it returns on the UI goroutine; closing the event cancels ctx and
	// waits for the reads under way.
	Read func(read func(ctx context.Context, s *data.Store) func())
	// Go runs fn off the UI goroutine (tests wait for it).
	Go func(fn func())
	// Do runs fn on the UI goroutine.
	Do func(fn func())
	// Changed tells the window that data changed: every screen reloads.
	Changed func()
	// Author is the coordinator's name (Settings), "" if not set.
	Author func() string
	// Message explains an error in the user's language; screens add their
	// own cases before falling back to it.
	Message func(err error) string
	// Import asks for a .csv or .xlsx file of kind (an imex kind, e.g.
	// imex.LOs) and opens the window's import preview (File > Import...)
	// with that kind chosen; nil where the window has none.
	Import func(kind string)
	// Editing counts the editors open on stored records (the background
	// sync waits while one is); nil counts nothing.
	Editing *Editing
}

// ShowError logs err with what was being done and shows the user msg.
func (e *Env) ShowError(op string, err error, msg string) {
	slog.Error(op, "err", err)
	dialog.ShowError(errors.New(msg), e.Win)
}

// TestEnv is an Env for headless tests over s in win. Background work
// runs on goroutines, but what it hands to Do is queued and run by Wait on
// the test's goroutine, which is also the one that taps and types: the
// window is only ever touched from one goroutine, as in the application.
type TestEnv struct {
	Env
	wg      sync.WaitGroup
	mu      sync.Mutex
	queue   []func()
	Changes int
}

// NewTestEnv returns an Env for tests.
func NewTestEnv(win fyne.Window, s *data.Store) *TestEnv {
	t := &TestEnv{}
	t.Env = Env{
		Win:   win,
		Store: s,
		Go: func(fn func()) {
			t.wg.Add(1)
			go func() { defer t.wg.Done(); fn() }()
		},
		Do: func(fn func()) {
			t.mu.Lock()
			t.queue = append(t.queue, fn)
			t.mu.Unlock()
		},
		Changed: func() { t.Changes++ },
		Author:  func() string { return "Test Coordinator" },
		Message: func(err error) string { return err.Error() },
	}
	t.Read = func(read func(context.Context, *data.Store) func()) {
		t.Go(func() { show := read(context.Background(), s); t.Do(show) })
	}
	return t
}

// Wait runs the background work started so far to its end, and what it
// handed to Do, on the calling goroutine, until nothing is left.
func (t *TestEnv) Wait() {
	for {
		t.wg.Wait()
		t.mu.Lock()
		q := t.queue
		t.queue = nil
		t.mu.Unlock()
		if len(q) == 0 {
			return
		}
		for _, fn := range q {
			fn()
		}
	}
}
