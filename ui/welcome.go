package ui

import (
	"context"
	"os"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/event"
	"lodesk/ui/backupview"
	"lodesk/ui/kit"
)

// welcome is the first screen: new event, open event, recent events and
// the demo.
type welcome struct {
	d      *desk
	recent []string

	newButton, openButton, demoButton, settingsButton *widget.Button
	recentList                                        *widget.List
}

// showWelcome puts the welcome screen in the window.
func (d *desk) showWelcome() {
	w := &welcome{d: d, recent: d.prefs.recent()}
	d.win.SetTitle(lang.L("LO Desk"))
	d.win.SetMainMenu(d.mainMenu())
	d.win.SetContent(w.content())
	d.welcome = w
}

func (w *welcome) content() fyne.CanvasObject {
	title := canvas.NewText(lang.L("LO Desk"), theme.Color(theme.ColorNamePrimary))
	title.TextSize = theme.TextSize() * 2.5
	title.TextStyle.Bold = true
	subtitle := &widget.Label{Text: lang.L("Delegations, liaison officers, programme and SOP checklists for an international event, on this laptop."), Wrapping: fyne.TextWrapWord}

	w.newButton = &widget.Button{Text: lang.L("New event…"), Icon: theme.DocumentCreateIcon(), Importance: widget.HighImportance, OnTapped: w.d.newEvent}
	w.openButton = &widget.Button{Text: lang.L("Open event…"), Icon: theme.FolderOpenIcon(), OnTapped: w.d.openEvent}
	w.demoButton = &widget.Button{Text: lang.L("Open demo event"), Icon: theme.MediaPlayIcon(), OnTapped: w.d.openDemo}
	w.settingsButton = &widget.Button{Text: lang.L("Settings…"), Icon: theme.SettingsIcon(), OnTapped: w.d.showSettings}
	actions := container.NewVBox(w.newButton, w.openButton, w.demoButton, widget.NewSeparator(), w.settingsButton)

	w.recentList = &widget.List{Length: w.length, CreateItem: w.createItem, UpdateItem: w.updateItem, OnSelected: w.selected}
	var recent fyne.CanvasObject = w.recentList
	if len(w.recent) == 0 {
		recent = container.NewCenter(widget.NewLabel(lang.L("No recent events yet.")))
	}
	recentBox := container.NewBorder(&widget.Label{Text: lang.L("Recent events"), TextStyle: fyne.TextStyle{Bold: true}}, nil, nil, nil, recent)

	left := container.NewBorder(container.NewVBox(title, subtitle, widget.NewSeparator()), nil, nil, nil, container.NewVBox(actions))
	body := container.NewGridWithColumns(2, left, recentBox)
	return container.NewPadded(container.NewCenter(container.NewGridWrap(fyne.NewSize(880, 440), body)))
}

func (w *welcome) length() int { return len(w.recent) }

func (w *welcome) createItem() fyne.CanvasObject {
	name := &widget.Label{Text: "template", TextStyle: fyne.TextStyle{Bold: true}, Truncation: fyne.TextTruncateEllipsis}
	dir := &widget.Label{Text: "template", Truncation: fyne.TextTruncateEllipsis, Importance: widget.LowImportance}
	return container.NewVBox(name, dir)
}

func (w *welcome) updateItem(i widget.ListItemID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Label).SetText(filepath.Base(w.recent[i]))
	box.Objects[1].(*widget.Label).SetText(filepath.Dir(w.recent[i]))
}

func (w *welcome) selected(i widget.ListItemID) {
	w.recentList.UnselectAll()
	w.d.openPath(w.recent[i])
}

// openEvent asks for an event file and opens it.
func (d *desk) openEvent() {
	fd := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			d.showError("choose event file", err)
			return
		}
		if r == nil {
			return // cancelled
		}
		path := r.URI().Path()
		_ = r.Close()
		d.openPath(path)
	}, d.win)
	fd.SetFilter(storage.NewExtensionFileFilter([]string{event.Ext}))
	if loc, err := storage.ListerForURI(storage.NewFileURI(documentsDir())); err == nil {
		fd.SetLocation(loc)
	}
	fd.Resize(kit.Fit(d.win, 900, 600))
	fd.Show()
}

// openPath opens an event file off the UI goroutine and shows it.
func (d *desk) openPath(path string) {
	if d.store != nil && samePath(d.store.Path(), path) {
		d.showMain() // already open here: opening it again would find it locked
		return
	}
	d.goBackground(func() {
		s, err := event.Open(context.Background(), path)
		d.do(func() {
			if err != nil {
				if !backupview.ExplainOpenError(d.win, path, err, d.openPath) {
					d.showError("open event file", err)
				}
				return
			}
			d.setStore(s)
		})
	})
}

// samePath reports whether two paths name the same file.
func samePath(a, b string) bool {
	fa, errA := os.Stat(a)
	fb, errB := os.Stat(b)
	if errA != nil || errB != nil {
		return filepath.Clean(a) == filepath.Clean(b)
	}
	return os.SameFile(fa, fb)
}
