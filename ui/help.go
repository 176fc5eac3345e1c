package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/kit"
)

// helpItems are Help's items: the user guide, the shortcuts, About.
func (d *desk) helpItems() []*fyne.MenuItem {
	return []*fyne.MenuItem{
		{Label: lang.L("User guide"), Action: d.showGuide},
		{Label: lang.L("Keyboard shortcuts"), Action: d.showShortcuts},
		fyne.NewMenuItemSeparator(),
		{Label: lang.L("About LO Desk"), Action: d.showAbout},
	}
}

// shortcutLine is a key and what it does.
type shortcutLine struct{ key, what string }

// shortcutLines are the window's keys: those of the menus, as the menus
// say them, then the keys of dialogs, lists and searches.
func (d *desk) shortcutLines() []shortcutLine {
	var out []shortcutLine
	if m := d.win.MainMenu(); m != nil {
		for _, menu := range m.Items {
			for _, it := range menu.Items {
				if sc, ok := it.Shortcut.(*desktop.CustomShortcut); ok {
					out = append(out, shortcutLine{keyName(sc), strings.TrimSuffix(it.Label, "…")})
				}
			}
		}
	}
	return append(out,
		shortcutLine{"Enter", lang.L("Save the dialog or editor open (its highlighted button), from any of its fields")},
		shortcutLine{"Esc", lang.L("Close the dialog open without saving, from any of its fields (a list or a tick box too); clear a search")},
		shortcutLine{"Tab / Shift+Tab", lang.L("Next or previous field")},
		shortcutLine{"Space / Enter", lang.L("Press the button reached with Tab (Space; in an editor Enter too, and Esc still closes it)")},
		shortcutLine{lang.L("Click"), lang.L("Select a table's row: it shows whole under the table")},
		shortcutLine{lang.L("Double-click") + " / Enter", lang.L("Open the selected row's editor")},
		shortcutLine{"↑ / ↓, Home / End", lang.L("Move the selection in a table (click it first, or Tab to it)")},
	)
}

// keyName is a shortcut as written on the keyboard: Ctrl+N.
func keyName(sc *desktop.CustomShortcut) string {
	var mods []string
	if sc.Modifier&fyne.KeyModifierControl != 0 {
		mods = append(mods, "Ctrl")
	}
	if sc.Modifier&fyne.KeyModifierSuper != 0 {
		mods = append(mods, "Cmd")
	}
	if sc.Modifier&fyne.KeyModifierAlt != 0 {
		mods = append(mods, "Alt")
	}
	if sc.Modifier&fyne.KeyModifierShift != 0 {
		mods = append(mods, "Shift")
	}
	return strings.Join(append(mods, string(sc.KeyName)), "+")
}

// showShortcuts lists the keyboard shortcuts.
func (d *desk) showShortcuts() {
	grid := container.NewGridWithColumns(2)
	for _, l := range d.shortcutLines() {
		grid.Add(&widget.Label{Text: l.key, TextStyle: fyne.TextStyle{Bold: true, Monospace: true}})
		grid.Add(&widget.Label{Text: l.what, Wrapping: fyne.TextWrapWord})
	}
	dlg := dialog.NewCustom(lang.L("Keyboard shortcuts"), lang.L("Close"), container.NewVScroll(grid), d.win)
	dlg.Resize(kit.Fit(d.win, 640, 600))
	dlg.Show()
}
