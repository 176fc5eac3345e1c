package ui

import (
	"context"

	"fyne.io/fyne/v2"

	"lodesk/data"
	"lodesk/ui/kit"
)

// env is what the screen packages get from the window.
func (d *desk) env() kit.Env {
	return kit.Env{
		Win:     d.win,
		Store:   d.store,
		Read:    func(read func(context.Context, *data.Store) func()) { d.useStore(read) },
		Go:      d.goBackground,
		Do:      d.do,
		Changed: d.changed,
		Author:  d.prefs.author,
		Message: userMessage,
		Import:  d.importKind,
		Editing: d.editing(),
	}
}

// editing counts the open event's editors, for its background sync.
func (d *desk) editing() *kit.Editing {
	if d.auto == nil {
		return nil
	}
	return d.auto.editing
}

// importKind opens File > Import... for one kind of data (a screen's own
// Import... button).
func (d *desk) importKind(kind string) {
	if d.delegView != nil && d.store != nil {
		d.delegView.StartImportOf(kind)
	}
}

// changed reloads every screen after a write, which the background sync
// sends out soon.
func (d *desk) changed() {
	if d.shell != nil {
		d.shell.refresh()
	}
	d.pokeSync()
}

// mounted makes a screen package's Screen one of the shell's screens.
type mounted struct {
	name    func() string
	iconRes fyne.Resource
	s       kit.Screen
}

func (m *mounted) title() string              { return m.name() }
func (m *mounted) icon() fyne.Resource        { return m.iconRes }
func (m *mounted) content() fyne.CanvasObject { return m.s.Content() }
func (m *mounted) load()                      { m.s.Load() }
func (m *mounted) searchEntry() *kit.Input    { return m.s.SearchEntry() }
