package backupview

import (
	"context"
	"log/slog"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/backup"
	"lodesk/app/event"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// backupsView is the dialog of BackupsDialog.
type backupsView struct {
	env  kit.Env
	open func(string)
	dlg  dialog.Dialog

	loc      *time.Location // the event's zone
	list     []backup.Info
	selected int

	restoreForm *restoreForm // the restore asked last

	folder  *widget.Label
	table   *widgets.StringTable
	status  *widget.Label
	bar     *widget.ProgressBarInfinite
	now     *widget.Button
	restore *widget.Button
}

// BackupsDialog lists the backups of the open event, newest first (when,
// in the event's time zone; size; encrypted or not), with Back up now and
// Restore into a new file…, which then offers to open the restored file
// with open.
func BackupsDialog(env kit.Env, open func(path string)) { newBackupsView(env, open) }

func newBackupsView(env kit.Env, open func(string)) *backupsView {
	v := &backupsView{env: env, open: open, selected: -1, loc: time.Local}
	v.folder = &widget.Label{Truncation: fyne.TextTruncateEllipsis, Importance: widget.LowImportance}
	v.table = widgets.NewStringTable([]widgets.Column{
		{Title: lang.L("Taken"), Width: 230},
		{Title: lang.L("Size"), Width: 110},
		{Title: lang.L("Protection"), Width: 200},
	})
	v.table.FillWidth() // the selected row marked to the dialog's edge
	v.table.OnSelected = v.choose
	v.table.OnActivated = func(int) { v.askRestore() }
	v.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.bar = widget.NewProgressBarInfinite()
	v.bar.Stop()
	v.bar.Hide()
	v.now = &widget.Button{Text: lang.L("Back up now"), Icon: theme.DocumentSaveIcon(), OnTapped: v.backUp}
	v.restore = &widget.Button{Text: lang.L("Restore into a new file…"), Icon: theme.HistoryIcon(), Importance: widget.HighImportance, OnTapped: v.askRestore}
	v.restore.Disable()
	about := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("LO Desk backs the event up when it is opened, every 30 minutes while it changes, and when it is closed, into a folder on this laptop. It keeps the last 10 backups and one for every day. A backup is never opened directly: it is restored into a new event file.")}
	top := container.NewVBox(about, container.NewBorder(nil, nil, widget.NewLabel(lang.L("Folder:")), nil, v.folder))
	bottom := container.NewVBox(v.bar, v.status, container.NewHBox(v.now, v.restore))
	closeBtn := &widget.Button{Text: lang.L("Close"), OnTapped: func() { v.dlg.Hide() }}
	dlg := dialog.NewCustomWithoutButtons(lang.L("Backups of this event"), container.NewBorder(top, bottom, nil, nil, v.table), env.Win)
	dlg.SetButtons([]fyne.CanvasObject{closeBtn})
	dlg.SetOnClosed(func() {
		withSession(env.Store, func(ss *session) {
			ss.lists = slices.DeleteFunc(ss.lists, func(l *backupsView) bool { return l == v })
		})
	})
	dlg.Resize(kit.Fit(env.Win, 680, 560))
	v.dlg = dlg
	withSession(env.Store, func(ss *session) { ss.lists = append(ss.lists, v) })
	dlg.Show()
	v.load()
	return v
}

// load lists the backups off the UI goroutine and swaps them in.
func (v *backupsView) load() {
	type found struct {
		loc  *time.Location
		dir  string
		list []backup.Info
	}
	kit.Run(v.env, func(ctx context.Context, s *data.Store) (found, error) {
		f := found{loc: time.Local}
		if ev, err := s.Event(ctx); err == nil {
			f.loc = ev.Location()
		}
		var err error
		if f.dir, err = backupDir(); err == nil {
			f.list, err = backup.List(f.dir, s.Name())
		}
		return f, err
	}, func(f found, err error) {
		v.loc = f.loc
		v.folder.SetText(f.dir)
		if err != nil {
			slog.Error("list backups", "err", err)
			v.status.SetText(message(v.env, err))
		}
		v.setList(f.list)
	})
}

func (v *backupsView) setList(list []backup.Info) {
	v.list = list
	rows := make([][]string, len(list))
	for i, b := range list {
		prot := lang.L("Not encrypted")
		if b.Encrypted {
			prot = lang.L("Encrypted")
		}
		rows[i] = []string{b.Time.In(v.loc).Format(stampLayout), sizeText(b.Size), prot}
	}
	v.table.SetRows(rows)
	v.choose(-1)
	if len(list) == 0 && v.status.Text == "" {
		v.status.SetText(lang.L("No backups of this event yet."))
	}
}

func (v *backupsView) choose(row int) {
	v.selected = row
	if row >= 0 && row < len(v.list) {
		v.restore.Enable()
	} else {
		v.restore.Disable()
	}
}

// busy shows the progress bar and disables the buttons while work runs.
func (v *backupsView) busy(on bool, msg string) {
	v.status.SetText(msg)
	if on {
		v.bar.Show()
		v.bar.Start()
		v.now.Disable()
		v.restore.Disable()
		return
	}
	v.bar.Stop()
	v.bar.Hide()
	v.now.Enable()
	v.choose(v.selected)
}

// backUp takes a backup at once.
func (v *backupsView) backUp() {
	v.busy(true, lang.L("Backing up…"))
	v.env.Go(func() {
		info, err := backupNow(context.Background(), v.env)
		v.env.Do(func() {
			if err != nil {
				slog.Error("back up now", "err", err)
				v.busy(false, message(v.env, err))
				return
			}
			v.busy(false, lang.L("Backed up at {{.Time}}.", map[string]any{"Time": info.Time.In(v.loc).Format("15:04:05 MST")}))
			v.load()
		})
	})
}

// askRestore asks where to restore the chosen backup, and its passphrase
// when it is encrypted.
func (v *backupsView) askRestore() {
	if v.selected < 0 || v.selected >= len(v.list) {
		return
	}
	v.restoreForm = newRestoreForm(v.env, v.list[v.selected], v.loc, v.open)
}

// restoreForm asks for the new file's name and folder (and the passphrase
// of an encrypted backup), then restores. It does not use Fyne's save
// dialog, which would empty an existing file the user agrees to replace:
// a restore never replaces anything.
type restoreForm struct {
	env     kit.Env
	b       backup.Info
	loc     *time.Location
	open    func(string)
	dlg     dialog.Dialog
	name    *kit.Input
	folder  *kit.Input
	pass    *kit.Input
	problem *widget.Label
	bar     *widget.ProgressBarInfinite
	ok      *widget.Button
	cancel  *widget.Button
	opened  *dialog.ConfirmDialog // the offer to open the restored file
}

func newRestoreForm(env kit.Env, b backup.Info, loc *time.Location, open func(string)) *restoreForm {
	f := &restoreForm{env: env, b: b, loc: loc, open: open}
	target := restoredPath(env.Store.Path(), nowFunc())
	f.name = kit.InputOf(&widget.Entry{Text: filepath.Base(target), OnSubmitted: func(string) { f.submit() }})
	f.folder = kit.InputOf(&widget.Entry{Text: filepath.Dir(target), OnSubmitted: func(string) { f.submit() }})
	f.pass = kit.InputOf(&widget.Entry{Password: true, OnSubmitted: func(string) { f.submit() }})
	browse := &widget.Button{Text: lang.L("Browse…"), OnTapped: f.browse}
	form := widget.NewForm(
		widget.NewFormItem(lang.L("New file"), f.name),
		widget.NewFormItem(lang.L("Folder"), container.NewBorder(nil, nil, nil, browse, f.folder)),
	)
	if b.Encrypted {
		item := widget.NewFormItem(lang.L("Passphrase"), f.pass)
		item.HintText = lang.L("The event passphrase as it was when the backup was taken")
		form.AppendItem(item)
	}
	intro := &widget.Label{Wrapping: fyne.TextWrapWord, Text: lang.L("The backup taken {{.Time}} becomes a new event file. The open event and the backup are not changed.", map[string]any{"Time": b.Time.In(loc).Format(stampLayout)})}
	f.problem = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord}
	f.problem.Hide()
	f.bar = widget.NewProgressBarInfinite()
	f.bar.Stop()
	f.bar.Hide()
	f.ok = &widget.Button{Text: lang.L("Restore"), Importance: widget.HighImportance, OnTapped: f.submit}
	f.cancel = &widget.Button{Text: lang.L("Cancel"), OnTapped: func() { f.dlg.Hide() }}
	dlg := dialog.NewCustomWithoutButtons(lang.L("Restore into a new file"), container.NewVBox(intro, form, f.problem, f.bar), env.Win)
	dlg.SetButtons([]fyne.CanvasObject{f.cancel, f.ok})
	dlg.Resize(kit.Fit(env.Win, 620, 320))
	f.dlg = dlg
	dlg.Show()
	return f
}

func (f *restoreForm) browse() {
	fd := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err == nil && u != nil {
			f.folder.SetText(u.Path())
		}
	}, f.env.Win)
	fd.Resize(kit.Fit(f.env.Win, 900, 600))
	fd.Show()
}

// path is the new file, with the event file's extension.
func (f *restoreForm) path() string {
	name := strings.TrimSpace(f.name.Text)
	if !strings.EqualFold(filepath.Ext(name), event.Ext) {
		name += event.Ext
	}
	return filepath.Join(strings.TrimSpace(f.folder.Text), name)
}

func (f *restoreForm) say(msg string) {
	f.problem.SetText(msg)
	f.problem.Show()
}

func (f *restoreForm) submit() {
	switch {
	case strings.TrimSpace(f.name.Text) == "":
		f.say(lang.L("Enter a name for the new file."))
		return
	case strings.TrimSpace(f.folder.Text) == "":
		f.say(lang.L("Choose the folder of the new file."))
		return
	case f.b.Encrypted && f.pass.Text == "":
		f.say(lang.L("This backup is encrypted. Enter the event passphrase as it was when the backup was taken."))
		return
	}
	to, pass := f.path(), f.pass.Text
	f.problem.Hide()
	f.ok.Disable()
	f.bar.Show()
	f.bar.Start()
	f.env.Go(func() {
		err := backup.RestoreAs(context.Background(), f.b.Path, to, pass)
		f.env.Do(func() {
			f.bar.Stop()
			f.bar.Hide()
			f.ok.Enable()
			if err != nil {
				slog.Error("restore backup", "from", f.b.Path, "to", to, "err", err)
				f.say(message(f.env, err))
				return
			}
			f.dlg.Hide()
			f.offerOpen(to)
		})
	})
}

// offerOpen says where the backup went and offers to open it.
func (f *restoreForm) offerOpen(to string) {
	msg := lang.L("The backup is now the event file {{.Path}}. Open it now? The open event is closed first.", map[string]any{"Path": to})
	f.opened = dialog.NewConfirm(lang.L("Backup restored"), msg, func(ok bool) {
		if ok && f.open != nil {
			f.open(to)
		}
	}, f.env.Win)
	f.opened.SetConfirmText(lang.L("Open it"))
	f.opened.SetDismissText(lang.L("Not now"))
	f.opened.Show()
}
