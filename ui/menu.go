package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/version"
	"lodesk/ui/backupview"
	"lodesk/ui/kit"
	"lodesk/ui/syncview"
)

// shortcut is Ctrl (Cmd on macOS) with a key.
func shortcut(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// mainMenu is the window's menu: File, View (when an event is open),
// Settings and Help. Fyne triggers the items' shortcuts.
func (d *desk) mainMenu() *fyne.MainMenu {
	newItem := &fyne.MenuItem{Label: lang.L("New event…"), Action: d.newEvent, Shortcut: shortcut(fyne.KeyN)}
	openItem := &fyne.MenuItem{Label: lang.L("Open…"), Action: d.openEvent, Shortcut: shortcut(fyne.KeyO)}
	recent := &fyne.MenuItem{Label: lang.L("Open recent"), ChildMenu: fyne.NewMenu("", d.recentItems()...)}
	demo := &fyne.MenuItem{Label: lang.L("Open demo event"), Action: d.openDemo}
	closeItem := &fyne.MenuItem{Label: lang.L("Close event"), Action: d.closeEvent, Shortcut: shortcut(fyne.KeyW), Disabled: d.store == nil}
	quit := &fyne.MenuItem{Label: lang.L("Quit"), Action: d.app.Quit, Shortcut: shortcut(fyne.KeyQ), IsQuit: true}
	syncItem := &fyne.MenuItem{Label: lang.L("Sync…"), Action: d.showSync, Disabled: d.store == nil}
	detailsItem := &fyne.MenuItem{Label: lang.L("Event details…"), Action: d.showEventDetails, Disabled: d.store == nil}
	importItem := &fyne.MenuItem{Label: lang.L("Import…"), Action: d.importFile, Disabled: d.store == nil}
	exportItem := &fyne.MenuItem{Label: lang.L("Export…"), Action: d.exportFile, Disabled: d.store == nil}
	reportsItem := &fyne.MenuItem{Label: lang.L("Print reports…"), Action: d.showReports, Disabled: d.store == nil, Shortcut: shortcut(fyne.KeyP)}
	items := []*fyne.MenuItem{
		newItem, openItem, recent, demo, fyne.NewMenuItemSeparator(),
		detailsItem, fyne.NewMenuItemSeparator(),
		importItem, exportItem, reportsItem, fyne.NewMenuItemSeparator(), syncItem,
	}
	if d.store != nil {
		items = append(items, backupview.MenuItems(d.env(), d.openPath)...)
	}
	items = append(items, fyne.NewMenuItemSeparator(), closeItem, fyne.NewMenuItemSeparator(), quit)
	file := fyne.NewMenu(lang.L("File"), items...)

	settings := fyne.NewMenu(lang.L("Settings"), &fyne.MenuItem{Label: lang.L("Settings…"), Action: d.showSettings, Shortcut: shortcut(fyne.KeyComma)})
	help := fyne.NewMenu(lang.L("Help"), d.helpItems()...)
	if d.shell == nil {
		return fyne.NewMainMenu(file, settings, help)
	}
	return fyne.NewMainMenu(file, d.viewMenu(), settings, help)
}

// viewKeys are the shortcuts of the screens, in navigation order.
var viewKeys = []fyne.KeyName{fyne.Key1, fyne.Key2, fyne.Key3, fyne.Key4, fyne.Key5, fyne.Key6, fyne.Key7, fyne.Key8, fyne.Key9}

func (d *desk) viewMenu() *fyne.Menu {
	s := d.shell
	var items []*fyne.MenuItem
	for i, sc := range s.screens {
		items = append(items, &fyne.MenuItem{Label: sc.title(), Action: func() { s.show(i) }, Shortcut: shortcut(viewKeys[i])})
	}
	items = append(items,
		fyne.NewMenuItemSeparator(),
		&fyne.MenuItem{Label: lang.L("Find"), Action: s.find, Shortcut: shortcut(fyne.KeyF)},
		&fyne.MenuItem{Label: lang.L("Refresh"), Action: s.refresh, Shortcut: shortcut(fyne.KeyR)},
	)
	return fyne.NewMenu(lang.L("View"), items...)
}

func (d *desk) recentItems() []*fyne.MenuItem {
	var items []*fyne.MenuItem
	for _, p := range d.prefs.recent() {
		items = append(items, &fyne.MenuItem{Label: filepath.Base(p), Action: func() { d.openPath(p) }})
	}
	if len(items) == 0 {
		items = append(items, &fyne.MenuItem{Label: lang.L("No recent events yet."), Disabled: true})
	}
	return items
}

// showAbout tells the version.
// importFile imports a spreadsheet of any kind through the import preview.
func (d *desk) importFile() {
	if d.delegView != nil && d.store != nil {
		d.delegView.StartImport()
	}
}

// exportFile writes any kind of data to a spreadsheet.
func (d *desk) exportFile() {
	if d.delegView != nil && d.store != nil {
		d.delegView.StartExport()
	}
}

// showSync opens the sync dialog; the lists reload after a sync.
func (d *desk) showSync() {
	if d.store == nil {
		return
	}
	var s syncview.Syncer = syncview.StoreSyncer{Store: d.store}
	if d.auto != nil {
		s = d.auto // one sync at a time with the background sync
	}
	v := syncview.New(d.win, s, d.app.Preferences())
	v.Go = d.goBackground // closing the event waits for what it reads
	if d.auto != nil {
		v.SetLive(d.auto, d.store.Path())
	}
	v.OnSynced = func() {
		if d.shell != nil {
			d.shell.reloadAll()
		}
	}
	d.syncView = v
	v.Show()
}

func (d *desk) showAbout() {
	body := container.NewVBox(
		&widget.Label{Text: lang.L("LO Desk"), TextStyle: fyne.TextStyle{Bold: true}},
		widget.NewLabel(lang.L("Version {{.Version}}", map[string]any{"Version": version.Version})),
		&widget.Label{Text: lang.L("Delegations, liaison officers, programme and SOP checklists for an international event, on this laptop."), Wrapping: fyne.TextWrapWord},
	)
	dlg := dialog.NewCustom(lang.L("About LO Desk"), lang.L("OK"), body, d.win)
	dlg.Resize(kit.Fit(d.win, 420, 200))
	dlg.Show()
}
