package ui

import (
	"context"
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/assignview"
	"lodesk/ui/backupview"
	"lodesk/ui/checkview"
	"lodesk/ui/delegview"
	"lodesk/ui/internal/frameprobe"
	"lodesk/ui/kit"
	"lodesk/ui/progview"
	"lodesk/ui/protoview"
	"lodesk/ui/registerview"
)

// screen is one area of the main window.
type screen interface {
	title() string
	icon() fyne.Resource
	// content builds the screen's widgets; it is called once per shell.
	content() fyne.CanvasObject
	// load fetches the screen's data off the UI goroutine and swaps it in.
	load()
	// searchEntry is the entry Find focuses, or nil.
	searchEntry() *kit.Input
}

// Screens in navigation order; View > 1..9 follow it.
const (
	scrDashboard = iota
	scrDelegations
	scrLOs
	scrAssignments
	scrProgramme
	scrChecklists
	scrRequests
	scrPrint
	scrProtocol
	screenCount
)

// shell is the main window's content: navigation on the left, the current
// screen on the right, the file in a status line.
type shell struct {
	d        *desk
	screens  []screen
	contents []fyne.CanvasObject
	loaded   []bool
	current  int

	nav    *widget.List
	body   *fyne.Container
	status *widget.Label

	syncItem *widget.Button // the sync status (syncstatus.go)
}

// showMain puts the main window on the open store in the window.
func (d *desk) showMain() {
	s := &shell{d: d, current: -1}
	d.delegView = delegview.New(d.env())
	s.screens = []screen{
		newDashboard(d),
		&mounted{name: func() string { return lang.L("Delegations") }, iconRes: theme.AccountIcon(), s: d.delegView},
		&mounted{name: func() string { return lang.L("Liaison Officers") }, iconRes: theme.AccountIcon(), s: assignview.NewRoster(d.env())},
		&mounted{name: func() string { return lang.L("Assignments") }, iconRes: theme.ContentCopyIcon(), s: assignview.NewBoard(d.env())},
		&mounted{name: func() string { return lang.L("Programme") }, iconRes: theme.CalendarIcon(), s: progview.New(d.env())},
		&mounted{name: func() string { return lang.L("Checklists") }, iconRes: theme.CheckButtonCheckedIcon(), s: checkview.NewChecklists(d.env())},
		&mounted{name: func() string { return lang.L("Requests & Incidents") }, iconRes: theme.WarningIcon(), s: registerview.NewRequests(d.env())},
		newPrintScreen(d),
		&mounted{name: func() string { return lang.L("Protocol & Transport") }, iconRes: theme.MailSendIcon(), s: protoview.New(d.env())},
	}
	s.contents = make([]fyne.CanvasObject, len(s.screens))
	s.loaded = make([]bool, len(s.screens))
	s.nav = &widget.List{Length: s.navLength, CreateItem: s.navCreate, UpdateItem: s.navUpdate, OnSelected: s.navSelected}
	s.body = container.NewStack()
	s.status = &widget.Label{Text: d.store.Path(), Truncation: fyne.TextTruncateEllipsis, Importance: widget.LowImportance}
	d.shell, d.welcome = s, nil

	split := container.NewHSplit(s.nav, s.body)
	split.Offset = 0 // the navigation as wide as its titles (navCreate)
	d.win.SetTitle(lang.L("LO Desk"))
	d.win.SetMainMenu(d.mainMenu())
	d.win.SetContent(container.NewBorder(backupview.LockBanner(d.env()), s.statusBar(), nil, nil, split))
	frameprobe.Mark(d.win, "event")
	s.nav.Select(scrDashboard)
	s.loadTitle()
}

// loadTitle puts the event's name in the window title.
func (s *shell) loadTitle() {
	kit.Load(s.d.env(), "read event", func(ctx context.Context, st *data.Store) (*data.Event, error) {
		return st.Event(ctx)
	}, func(ev *data.Event) {
		if s.d.shell == s {
			s.d.win.SetTitle(fmt.Sprintf("%s — %s", ev.Name, lang.L("LO Desk")))
		}
	})
}

func (s *shell) navLength() int { return len(s.screens) }

// navCreate makes a navigation line; the template holds the longest
// title, so that the list is as wide as its titles in the user's language
// and none is cut.
func (s *shell) navCreate() fyne.CanvasObject {
	longest := ""
	for _, sc := range s.screens {
		if t := sc.title(); fyne.MeasureText(t, theme.TextSize(), fyne.TextStyle{}).Width > fyne.MeasureText(longest, theme.TextSize(), fyne.TextStyle{}).Width {
			longest = t
		}
	}
	return container.NewHBox(widget.NewIcon(nil), widget.NewLabel(longest))
}

func (s *shell) navUpdate(i widget.ListItemID, o fyne.CanvasObject) {
	box := o.(*fyne.Container)
	box.Objects[0].(*widget.Icon).SetResource(s.screens[i].icon())
	box.Objects[1].(*widget.Label).SetText(s.screens[i].title())
}

func (s *shell) navSelected(i widget.ListItemID) { s.display(i) }

// show makes screen i the current one through the navigation list, so that
// the list shows which one it is.
func (s *shell) show(i int) {
	if i < 0 || i >= len(s.screens) {
		return
	}
	s.nav.Select(i) // calls display, unless i is already selected
	if s.current != i {
		s.display(i)
	}
}

// display puts screen i in the window, building and loading it the first
// time; the dashboard reloads every time it is shown.
func (s *shell) display(i int) {
	s.current = i
	if s.contents[i] == nil {
		s.contents[i] = s.screens[i].content()
	}
	s.body.Objects = []fyne.CanvasObject{s.contents[i]}
	s.body.Refresh()
	if !s.loaded[i] || i == scrDashboard {
		s.loaded[i] = true
		s.screens[i].load()
	}
}

// refresh reloads the current screen.
func (s *shell) refresh() {
	if s.current >= 0 {
		s.screens[s.current].load()
	}
}

// find focuses the current screen's search entry.
func (s *shell) find() {
	if s.current < 0 {
		return
	}
	if e := s.screens[s.current].searchEntry(); e != nil {
		s.d.win.Canvas().Focus(e)
	}
}
