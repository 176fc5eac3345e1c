package backupview

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/backup"
	"lodesk/data"
	"lodesk/ui/kit"
)

// ExplainOpenError explains why the event file at path could not be
// opened, when err is one of the two causes this package knows: a damaged
// file (data.IsDamaged), with the newest good backup of the event offered
// (restored into "NAME (restored DATE).lodesk" beside it and opened with
// open), or a file on a network share (backup.ErrNetworkShare). It returns
// whether it explained err; the caller explains the others. The damaged
// file is never written to.
func ExplainOpenError(win fyne.Window, path string, err error, open func(path string)) bool {
	ok, _ := explainOpenError(win, path, err, open)
	return ok
}

// explainOpenError is ExplainOpenError, with the damaged-file dialog it
// opened (nil for another error).
func explainOpenError(win fyne.Window, path string, err error, open func(path string)) (bool, *damagedView) {
	switch {
	case errors.Is(err, backup.ErrNetworkShare):
		explainNetwork(win, path, err)
		return true, nil
	case data.IsDamaged(err):
		return true, newDamagedView(win, path, err, open)
	}
	return false, nil
}

func explainNetwork(win fyne.Window, path string, err error) {
	slog.Error("open event file", "path", path, "err", err)
	text := lang.L("{{.File}} is in a shared network folder. LO Desk opens an event file only from this computer's own disk: the database needs shared memory and file locks that a network folder cannot give reliably, so two laptops, or one after the connection drops, could damage the file.", map[string]any{"File": filepath.Base(path)}) +
		"\n\n" + lang.L("Copy the file to this computer (for example into Documents) and open the copy. To share the event with other laptops, use File > Sync…: a sync folder may be on a network share, because LO Desk only adds whole files there.")
	body := &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustom(lang.L("This event file is on a network share"), lang.L("OK"), body, win)
	d.Resize(kit.Fit(win, 560, 320))
	d.Show()
}

// damagedView is the dialog about a damaged event file.
type damagedView struct {
	win  fyne.Window
	path string
	open func(string)
	dlg  dialog.Dialog

	found   backup.Info
	target  string
	status  *widget.Label
	bar     *widget.ProgressBarInfinite
	pass    *kit.Input
	check   *widget.Button // check the encrypted backups with pass
	restore *widget.Button

	mu sync.Mutex // the headless driver runs fyne.Do on the caller
	bg sync.WaitGroup
}

func newDamagedView(win fyne.Window, path string, err error, open func(string)) *damagedView {
	slog.Error("open event file", "path", path, "err", err)
	v := &damagedView{win: win, path: path, open: open}
	what := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("LO Desk could not open {{.File}}: the file is damaged. This happens when a laptop loses power while writing, when a USB stick is pulled out, or when a copy stops half-way.", map[string]any{"File": filepath.Base(path)})}
	safe := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("LO Desk has not changed the file and will not write to it. Keep it: do not delete it.")}
	v.status = &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}, Text: lang.L("Looking for the newest good backup of this event…")}
	v.bar = widget.NewProgressBarInfinite()
	v.pass = kit.InputOf(&widget.Entry{Password: true, PlaceHolder: lang.L("Event passphrase"), OnSubmitted: func(string) { v.find() }})
	v.check = &widget.Button{Text: lang.L("Check backups"), OnTapped: v.find}
	passRow := container.NewBorder(nil, nil, nil, v.check, v.pass)
	v.pass.Hide()
	v.check.Hide()
	v.restore = &widget.Button{Text: lang.L("Restore and open"), Importance: widget.HighImportance, OnTapped: v.doRestore}
	v.restore.Disable()
	items := []fyne.CanvasObject{what, safe, v.status, v.bar, passRow}
	var de *data.DamageError
	if errors.As(err, &de) && len(de.Problems) > 0 {
		details := &widget.Label{Wrapping: fyne.TextWrapWord, Importance: widget.LowImportance, Text: strings.Join(de.Problems, "\n")}
		items = append(items, widget.NewAccordion(widget.NewAccordionItem(lang.L("What SQLite found"), details)))
	}
	closeBtn := &widget.Button{Text: lang.L("Close"), OnTapped: func() { v.dlg.Hide() }}
	d := dialog.NewCustomWithoutButtons(lang.L("The event file is damaged"), container.NewVBox(items...), win)
	d.SetButtons([]fyne.CanvasObject{closeBtn, v.restore})
	d.Resize(kit.Fit(win, 600, 420))
	v.dlg = d
	d.Show()
	v.find()
	return v
}

// do runs fn on the UI goroutine.
func (v *damagedView) do(fn func()) {
	fyne.Do(func() {
		v.mu.Lock()
		defer v.mu.Unlock()
		fn()
	})
}

// find looks for the newest good backup off the UI goroutine.
func (v *damagedView) find() {
	pass := v.pass.Text
	v.bar.Show()
	v.bar.Start()
	v.check.Disable()
	v.restore.Disable()
	v.bg.Add(1)
	go func() {
		defer v.bg.Done()
		dir, err := backupDir()
		var found backup.Info
		var bad []error
		if err == nil {
			found, bad, err = backup.NewestGood(context.Background(), dir, eventName(v.path), pass)
		}
		v.do(func() { v.show(dir, found, bad, err) })
	}()
}

// show says what the search found and what can be done.
func (v *damagedView) show(dir string, found backup.Info, bad []error, err error) {
	v.bar.Stop()
	v.bar.Hide()
	v.check.Enable()
	switch {
	case errors.Is(err, backup.ErrPassphrase) || errors.Is(err, data.ErrWrongPassphrase):
		msg := lang.L("The backups of this event are encrypted. Enter the event passphrase to check them.")
		if pass := v.pass.Text; pass != "" {
			msg = known(data.ErrWrongPassphrase)
		}
		v.status.SetText(msg)
		v.pass.Show()
		v.check.Show()
		v.win.Canvas().Focus(v.pass)
		return
	case errors.Is(err, backup.ErrNoBackup):
		v.status.SetText(lang.L("No good backup of this event was found in {{.Folder}}. Another laptop that syncs this event, or a copy on a USB stick, may still hold it.", map[string]any{"Folder": dir}))
		return
	case err != nil:
		slog.Error("find backups", "err", err)
		v.status.SetText(Message(err))
		return
	}
	v.found = found
	v.target = restoredPath(v.path, nowFunc())
	msg := lang.L("The newest good backup was taken {{.Time}}. Changes made after that are not in it.", map[string]any{"Time": found.Time.Local().Format(stampLayout)})
	if len(bad) > 0 {
		msg += " " + lang.N("{{.Count}} newer backups were damaged too and were passed over.", len(bad), map[string]any{"Count": len(bad)})
	}
	msg += "\n\n" + lang.L("Restore it into the new file {{.File}} beside the damaged one, and open it?", map[string]any{"File": filepath.Base(v.target)})
	v.status.SetText(msg)
	v.pass.Hide()
	v.check.Hide()
	v.restore.Enable()
}

// doRestore restores the backup found into the new file and opens it.
func (v *damagedView) doRestore() {
	from, to, pass := v.found.Path, v.target, v.pass.Text
	if from == "" {
		return
	}
	v.restore.Disable()
	v.bar.Show()
	v.bar.Start()
	v.bg.Add(1)
	go func() {
		defer v.bg.Done()
		err := backup.RestoreAs(context.Background(), from, to, pass)
		v.do(func() {
			v.bar.Stop()
			v.bar.Hide()
			if err != nil {
				slog.Error("restore backup", "from", from, "to", to, "err", err)
				v.status.SetText(Message(err))
				v.restore.Enable()
				return
			}
			v.dlg.Hide()
			if v.open != nil {
				v.open(to)
			}
		})
	}()
}
