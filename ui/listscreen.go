package ui

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/widgets"
)

// part is one searchable, read-only table of a listScreen.
type part struct {
	tab   func() string // the tab's title; unused when the screen has one part
	empty func() string // what an empty list means
	cols  func() []widgets.Column
	fetch func(context.Context, *data.Store, *lookups) ([]row, error)
	id    string // where the table's column widths are remembered
	table *searchTable
}

// listScreen shows one or more read-only, searchable tables, in tabs when
// there are several. Later issues turn them into editors.
type listScreen struct {
	d       *desk
	name    func() string
	iconRes fyne.Resource
	people  bool // the parts need people's names
	parts   []*part
	tabs    *container.AppTabs
}

func (s *listScreen) title() string { return s.name() }

func (s *listScreen) icon() fyne.Resource { return s.iconRes }

func (s *listScreen) searchEntry() *kit.Input {
	i := 0
	if s.tabs != nil {
		i = s.tabs.SelectedIndex()
	}
	if s.parts[i].table == nil {
		return nil
	}
	return s.parts[i].table.search
}

func (s *listScreen) content() fyne.CanvasObject {
	for _, p := range s.parts {
		p.table = newSearchTable(p.cols(), p.empty())
		if p.id != "" {
			p.table.table.Remember(p.id)
		}
	}
	if len(s.parts) == 1 {
		return s.parts[0].table.view
	}
	s.tabs = container.NewAppTabs()
	for _, p := range s.parts {
		s.tabs.Append(container.NewTabItem(p.tab(), p.table.view))
	}
	return s.tabs
}

func (s *listScreen) load() {
	kit.Load(s.d.env(), "load "+s.name(), s.fetch, s.show)
}

func (s *listScreen) fetch(ctx context.Context, st *data.Store) ([][]row, error) {
	l, err := loadLookups(ctx, st, s.people)
	if err != nil {
		return nil, err
	}
	out := make([][]row, len(s.parts))
	for i, p := range s.parts {
		if out[i], err = p.fetch(ctx, st, l); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (s *listScreen) show(rows [][]row) {
	for i, p := range s.parts {
		p.table.setRows(rows[i])
	}
}
