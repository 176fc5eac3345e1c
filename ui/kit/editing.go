package kit

import (
	"context"
	"sync"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
)

// Editing counts the editors open on stored records (Editor.Track): the
// window's background sync waits while one is open, so that it does not
// change a record under a coordinator's hands. A nil *Editing counts
// nothing.
type Editing struct {
	mu    sync.Mutex
	open  int
	since time.Time
}

// Open says whether an editor is open on a stored record, and since when
// the first of them was.
func (e *Editing) Open() (bool, time.Time) {
	if e == nil {
		return false, time.Time{}
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.open > 0, e.since
}

func (e *Editing) add() {
	if e == nil {
		return
	}
	e.mu.Lock()
	if e.open == 0 {
		e.since = time.Now()
	}
	e.open++
	e.mu.Unlock()
}

func (e *Editing) done() {
	if e == nil {
		return
	}
	e.mu.Lock()
	e.open = max(e.open-1, 0)
	e.mu.Unlock()
}

// tracked is the stored record an editor edits.
type tracked struct {
	table, id string
	reopen    func()
	seen      int64 // the record's version (data.Store.RowVersion) when the editor opened
	open      bool
}

// Track says which stored record the editor edits. While the editor is
// open the window's sync waits (Env.Editing); if the record changed all the
// same (a sync that could wait no longer, a Sync now), Save says so before
// writing and offers to reload it (reopen opens a new editor on it as it
// now is; what was typed is dropped) or to save what was typed over it.
// An editor that loads another record while open (the country brief of
// another country) calls Track again, or Untrack for a record not stored
// yet.
func (e *Editor) Track(table, id string, reopen func()) {
	e.Untrack()
	e.track = &tracked{table: table, id: id, reopen: reopen}
	if e.shown {
		e.opened()
	}
}

// Untrack says the editor edits no stored record (any more).
func (e *Editor) Untrack() {
	if tr := e.track; tr != nil && tr.open {
		tr.open = false
		e.env.Editing.done()
	}
	e.track = nil
}

// TrackRecord is Track for rec, a stored record; reloading reads it afresh
// and calls open with it, as the screen opens an editor.
func TrackRecord[T any, P interface {
	*T
	data.Record
}](e *Editor, rec P, open func(P)) {
	id := data.IDOf(rec)
	env := e.env
	e.Track(rec.Table(), id, func() {
		Load(env, "reload record", func(ctx context.Context, st *data.Store) (*T, error) {
			return data.Get[T, P](ctx, st, id)
		}, func(fresh *T) { open(P(fresh)) })
	})
}

// opened notes the tracked record as open and reads its version, off the
// UI goroutine.
func (e *Editor) opened() {
	tr := e.track
	if tr == nil || tr.open {
		return
	}
	tr.open = true
	e.env.Editing.add()
	e.env.Go(func() {
		v, err := e.env.Store.RowVersion(context.Background(), tr.table, tr.id)
		if err == nil {
			e.env.Do(func() { tr.seen = v.Seq })
		}
	})
}

// underneath runs off the UI goroutine before Save: if the tracked record
// changed since the editor opened (seen), it shows the warning and
// returns true; Save waits for the coordinator's choice.
func (e *Editor) underneath(seen int64) bool {
	tr := e.track
	if tr == nil || seen == 0 {
		return false
	}
	v, err := e.env.Store.RowVersion(context.Background(), tr.table, tr.id)
	if err != nil || v.Seq <= seen {
		return false
	}
	e.env.Do(func() {
		e.saveBtn.Enable()
		e.warnChanged(v)
	})
	return true
}

// seenVersion is the tracked record's version when the editor opened (0:
// not tracked, or not read yet).
func (e *Editor) seenVersion() int64 {
	if e.track == nil {
		return 0
	}
	return e.track.seen
}

// ChangedDialog is the warning that the record changed underneath the
// editor (tests find it by its type).
type ChangedDialog struct {
	*dialog.CustomDialog
	Message            *widget.Label
	Reload, Keep, Back *widget.Button
}

// warnChanged says who changed the record and when, and asks what to do.
func (e *Editor) warnChanged(v data.Change) {
	who := v.Author
	if who == "" {
		who = lang.L("someone")
	}
	msg := lang.L("{{.Who}} changed this record on another laptop at {{.Time}}, while you were editing it. Saving now would put back what you see here over their change.",
		map[string]any{"Who": who, "Time": v.HLC.Time().Local().Format("15:04")})
	if v.Replica == e.env.Store.Replica() {
		msg = lang.L("This record changed in this window while you were editing it. Saving now would put back what you see here over that change.")
	}
	w := &ChangedDialog{Message: &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}}
	w.Reload = &widget.Button{Text: lang.L("Reload (drop my edits)"), Icon: theme.ViewRefreshIcon()}
	w.Keep = &widget.Button{Text: lang.L("Save mine over it"), Icon: theme.DocumentSaveIcon(), Importance: widget.WarningImportance}
	w.Back = &widget.Button{Text: lang.L("Back to editing"), Icon: theme.CancelIcon()}
	body := container.NewVBox(
		w.Message,
		container.NewHBox(layout.NewSpacer(), w.Back, w.Reload, w.Keep),
	)
	w.CustomDialog = dialog.NewCustomWithoutButtons(lang.L("This record changed underneath you"), body, e.env.Win)
	w.Back.OnTapped = w.Hide
	w.Reload.OnTapped = func() {
		w.Hide()
		e.dlg.Hide()
		if e.track.reopen != nil {
			e.track.reopen()
		}
	}
	w.Keep.OnTapped = func() {
		w.Hide()
		e.track.seen = v.Seq
		e.Submit()
	}
	w.Resize(Fit(e.env.Win, 560, 220))
	e.changed = w
	w.Show()
}

// Changed is the open warning that the record changed underneath the
// editor, nil if none was shown (tests).
func (e *Editor) Changed() *ChangedDialog { return e.changed }
