// Package syncview is the window's sync dialog: choose (and remember) the
// sync folder, run the sync off the UI goroutine with progress, show what
// went out and came in, and let a coordinator choose between the versions
// of a medical note or allergy list edited on two laptops at once.
package syncview

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/sync"
	"lodesk/data"
	"lodesk/ui/kit"
)

// PrefFolder is the preference under which the sync folder is remembered.
const PrefFolder = "sync.folder"

// Syncer is what the dialog needs from the rest of the app.
type Syncer interface {
	Sync(ctx context.Context, opts sync.Options) (sync.Summary, error)
	Conflicts(ctx context.Context) ([]data.Conflict, error)
	Resolve(ctx context.Context, c data.Conflict, value string) error
	// Label names a row for the coordinator (a person's full name).
	Label(ctx context.Context, table, id string) string
}

// StoreSyncer is the Syncer of an open event file.
type StoreSyncer struct{ Store *data.Store }

func (s StoreSyncer) Sync(ctx context.Context, opts sync.Options) (sync.Summary, error) {
	return sync.Run(ctx, s.Store, opts)
}

func (s StoreSyncer) Conflicts(ctx context.Context) ([]data.Conflict, error) {
	return s.Store.Conflicts(ctx)
}

func (s StoreSyncer) Resolve(ctx context.Context, c data.Conflict, value string) error {
	return s.Store.ResolveConflict(ctx, c.Table, c.RowID, c.Field, value)
}

func (s StoreSyncer) Label(ctx context.Context, table, id string) string {
	if table == "person" {
		if p, err := data.Get[data.Person](ctx, s.Store, id); err == nil && p.FullName != "" {
			return p.FullName
		}
	}
	return id
}

// View is the sync dialog.
type View struct {
	win   fyne.Window
	s     Syncer
	prefs fyne.Preferences
	dlg   dialog.Dialog

	folder    *widget.Label
	choose    *widget.Button
	pass      *kit.Input
	run       *widget.Button
	bar       *widget.ProgressBar
	status    *widget.Label
	summary   *widget.Label
	conflicts *fyne.Container

	// Go runs work off the UI goroutine; the window sets it to its own
	// tracked runner, so that closing the event waits for a sync or a
	// conflict list still reading it. By default, a plain goroutine.
	Go func(func())

	// OnSynced, if set, is called on the UI goroutine after a sync that
	// brought changes in or settled a conflict, so the screens can reload.
	OnSynced func()

	// done, if set, is called on the UI goroutine when a sync or a choice
	// has finished (tests wait on it).
	done func()

	// The window's automatic sync (live.go); nil without one.
	live    Live
	key     string // preference of this event's own folder
	liveBox *fyne.Container
	pause   *widget.Check
}

// New builds the dialog; Show opens it.
func New(win fyne.Window, s Syncer, prefs fyne.Preferences) *View {
	v := &View{win: win, s: s, prefs: prefs, Go: func(fn func()) { go fn() }}
	v.folder = &widget.Label{Text: prefs.String(PrefFolder), Truncation: fyne.TextTruncateEllipsis}
	if v.folder.Text == "" {
		v.folder.Text = lang.L("No sync folder chosen yet")
	}
	v.choose = &widget.Button{Text: lang.L("Choose folder…"), Icon: theme.FolderOpenIcon(), OnTapped: v.chooseFolder}
	v.pass = kit.InputOf(&widget.Entry{Password: true, PlaceHolder: lang.L("Event passphrase (if the event is protected)")})
	v.run = &widget.Button{Text: lang.L("Sync now"), Icon: theme.ViewRefreshIcon(), Importance: widget.HighImportance, OnTapped: v.start}
	v.bar = &widget.ProgressBar{}
	v.bar.Hide()
	v.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.summary = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.conflicts = container.NewVBox()
	if prefs.String(PrefFolder) == "" {
		v.run.Disable()
	}
	return v
}

// Content is the dialog's body.
func (v *View) Content() fyne.CanvasObject {
	top := container.NewVBox(
		&widget.Label{Text: lang.L("Sync folder"), TextStyle: fyne.TextStyle{Bold: true}},
		container.NewBorder(nil, nil, nil, v.choose, v.folder),
		v.pass,
		&widget.Label{Text: lang.L("Use a USB stick, a shared folder or a Syncthing folder that every laptop of the event syncs with."), Wrapping: fyne.TextWrapWord},
		container.NewBorder(nil, nil, nil, v.run, v.bar),
		v.status,
	)
	body := container.NewVBox(v.liveContent(), v.summary, v.conflicts)
	return container.NewBorder(top, nil, nil, nil, container.NewVScroll(body))
}

// Show opens the dialog and lists the fields already awaiting review.
func (v *View) Show() {
	v.dlg = dialog.NewCustom(lang.L("Sync with other laptops"), lang.L("Close"), v.Content(), v.win)
	v.dlg.Resize(kit.Fit(v.win, 760, 660))
	v.dlg.Show()
	v.loadConflicts()
}

func (v *View) chooseFolder() {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		v.setFolder(u.Path())
	}, v.win)
	if cur := v.prefs.String(PrefFolder); cur != "" {
		if l, err := storage.ListerForURI(storage.NewFileURI(cur)); err == nil {
			d.SetLocation(l)
		}
	}
	d.Show()
}

// setFolder remembers the folder.
func (v *View) setFolder(path string) {
	v.prefs.SetString(PrefFolder, path)
	v.folder.SetText(path)
	v.run.Enable()
	v.folderChosen(path)
}

// start runs the sync in the background; only fyne.Do touches the UI.
func (v *View) start() {
	folder := v.folderPath()
	if folder == "" {
		return
	}
	v.run.Disable()
	v.choose.Disable()
	v.bar.SetValue(0)
	v.bar.Show()
	v.status.SetText(lang.L("Syncing…"))
	opts := sync.Options{Folder: folder, Passphrase: v.pass.Text, Progress: v.progress}
	v.Go(func() {
		sum, err := v.s.Sync(context.Background(), opts)
		cs, cerr := v.s.Conflicts(context.Background())
		labels := v.labels(cs)
		fyne.Do(func() {
			v.bar.Hide()
			v.run.Enable()
			v.choose.Enable()
			v.status.SetText(statusText(err))
			v.summary.SetText(summaryText(&sum))
			if err == nil {
				v.synced(folder)
			}
			if cerr == nil {
				v.showConflicts(cs, labels)
			}
			if v.OnSynced != nil && sum.Received > 0 {
				v.OnSynced()
			}
			if v.done != nil {
				v.done()
			}
		})
	})
}

func (v *View) progress(step string, done, total int) {
	f := float64(done) / float64(max(total, 1))
	text := stepText(step)
	fyne.Do(func() {
		v.bar.SetValue(f)
		v.status.SetText(text)
	})
}

func stepText(step string) string {
	switch step {
	case "scan":
		return lang.L("Reading the sync folder…")
	case "write":
		return lang.L("Writing this laptop's changes…")
	case "read":
		return lang.L("Reading the other laptops' changes…")
	case "merge":
		return lang.L("Merging…")
	}
	return lang.L("Syncing…")
}

// statusText explains how the sync ended.
func statusText(err error) string {
	if err == nil {
		return lang.L("Sync finished.")
	}
	var pe *sync.PackError
	file := ""
	if errors.As(err, &pe) {
		file = pe.File
	}
	var msg string
	switch {
	case errors.Is(err, data.ErrWrongPassphrase):
		msg = lang.L("The passphrase does not open this event.")
	case errors.Is(err, sync.ErrWrongPass):
		msg = lang.L("The passphrase does not open the folder's packs.")
	case errors.Is(err, sync.ErrNeedPass):
		msg = lang.L("The folder's packs are encrypted: enter the passphrase.")
	case errors.Is(err, sync.ErrProtectedSync):
		msg = lang.L("This event is protected: enter the event passphrase, so that what leaves this laptop is encrypted.")
	case errors.Is(err, sync.ErrNotProtected):
		msg = lang.L("This event has no passphrase: leave the passphrase empty, or protect the event first (File > Protect event…).")
	case errors.Is(err, sync.ErrOtherEvent):
		msg = lang.L("This folder holds another event's packs: use a separate sync folder for each event.")
	case errors.Is(err, sync.ErrNewerFormat), errors.Is(err, sync.ErrNewerSchema):
		msg = lang.L("A pack was written by a newer LO Desk: update LO Desk on this laptop.")
	case errors.Is(err, sync.ErrTruncated), errors.Is(err, sync.ErrAltered), errors.Is(err, sync.ErrBadPackChange), errors.Is(err, sync.ErrNotPack):
		msg = lang.L("A pack is damaged or incomplete and was left out; the rest was merged.")
	case errors.Is(err, sync.ErrUnprotected):
		msg = lang.L("A laptop wrote packs before it had the event's passphrase: they count once it syncs with the passphrase. The rest was merged.")
	case errors.Is(err, sync.ErrNotRegular), errors.Is(err, sync.ErrTooLarge), errors.Is(err, sync.ErrInflates),
		errors.Is(err, sync.ErrWrongFolder), errors.Is(err, sync.ErrForeignOrigin):
		msg = lang.L("A file in the folder is not a pack this laptop can trust and was left out; the rest was merged.")
	default:
		return lang.L("Sync failed: {{.Error}}", map[string]any{"Error": err.Error()})
	}
	if file != "" {
		msg += "\n" + file
	}
	return msg
}

// summaryText says what went out and came in, by record and by who.
func summaryText(s *sync.Summary) string {
	var b strings.Builder
	if s.Replica == "" {
		return ""
	}
	b.WriteString(lang.L("Sent: {{.Count}} changes", map[string]any{"Count": s.Sent}))
	b.WriteString(tableCounts(s.SentByTable))
	b.WriteString("\n")
	b.WriteString(lang.L("Received: {{.Count}} changes", map[string]any{"Count": s.Received}))
	b.WriteString(tableCounts(s.ByTable))
	b.WriteString("\n")
	if len(s.ByAuthor) > 0 {
		b.WriteString(lang.L("From: {{.Authors}}", map[string]any{"Authors": counts(s.ByAuthor, func(k string) string {
			if k == "" {
				return lang.L("unnamed")
			}
			return k
		})}))
		b.WriteString("\n")
	}
	if s.Duplicates > 0 {
		b.WriteString(lang.L("Already here: {{.Count}} changes delivered before (nothing to do).", map[string]any{"Count": s.Duplicates}))
		b.WriteString("\n")
	}
	if s.Reviewed > 0 {
		b.WriteString(lang.L("To review: {{.Count}} fields were edited on two laptops at once; both versions are kept until you choose one below.", map[string]any{"Count": s.Reviewed}))
		b.WriteString("\n")
	}
	if n := len(s.Held); n > 0 {
		b.WriteString(lang.L("Held back: {{.Count}} changes stamped more than a day ahead of this laptop's clock. Check the laptops' clocks; the changes merge once the time comes.", map[string]any{"Count": n}))
		b.WriteString("\n")
	}
	if n := len(s.Refused); n > 0 {
		b.WriteString(lang.L("Left out: {{.Count}} damaged or unreadable packs.", map[string]any{"Count": n}))
		b.WriteString("\n")
	}
	if n := s.Recovered.Changes; n > 0 {
		b.WriteString(lang.L("This laptop's clock had been more than a day fast: {{.Count}} changes made then were stamped again, so that the other laptops take them.", map[string]any{"Count": n}))
		b.WriteString("\n")
	}
	if s.Forked.New != "" {
		b.WriteString(lang.L("Another copy of this event file synced under this laptop's identity (a copied disk?). This laptop now syncs under a new one; nothing was overwritten.", nil))
		b.WriteString("\n")
	}
	return strings.TrimSpace(b.String())
}

func tableCounts(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	return " (" + counts(m, tableName) + ")"
}

func counts(m map[string]int, name func(string) string) string {
	keys := sync.ByCount(m)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%s %d", name(k), m[k])
	}
	return strings.Join(parts, ", ")
}

// tableName is a table's name for people.
func tableName(t string) string {
	switch t {
	case "event":
		return lang.L("event")
	case "delegation":
		return lang.L("delegations")
	case "person":
		return lang.L("people")
	case "lo":
		return lang.L("liaison officers")
	case "travel_leg":
		return lang.L("travel")
	case "accommodation":
		return lang.L("hotels")
	case "vehicle":
		return lang.L("vehicles")
	case "assignment":
		return lang.L("assignments")
	case "programme_item":
		return lang.L("programme")
	case "seat":
		return lang.L("seats")
	case "checklist_item", "sop_item", "sop_template":
		return lang.L("checklists")
	case "request":
		return lang.L("requests")
	case "incident":
		return lang.L("incidents")
	case "gift":
		return lang.L("gifts")
	case "contact":
		return lang.L("contacts")
	case "country_brief":
		return lang.L("country briefs")
	}
	return t
}
