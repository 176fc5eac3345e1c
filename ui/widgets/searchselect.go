package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/search"
	"lodesk/data"
)

// SearchSelect chooses one of thousands of options (2,000 LOs, 1,000
// delegations): it looks like a select, but its drop-down is a search
// field over a virtualised list. widget.Select makes a menu item for each
// option each time it opens, which took seconds at that size. It keeps
// widget.Select's fields and methods that LO Desk uses.
type SearchSelect struct {
	widget.DisableableWidget
	Options     []string
	Selected    string
	PlaceHolder string
	OnChanged   func(string)

	button *ssButton
	popup  *widget.PopUp
	query  *ssQuery
	list   *widget.List
	ix     *search.Index
	ixFor  []string // the options ix indexes
	shown  []int32  // indexes into Options, as filtered
}

// NewSearchSelect is a SearchSelect of options; changed may be nil.
func NewSearchSelect(options []string, changed func(string)) *SearchSelect {
	s := &SearchSelect{Options: options, OnChanged: changed, PlaceHolder: SelectPlaceHolder()}
	s.ExtendBaseWidget(s)
	return s
}

// CreateRenderer draws the select as a button that opens the search.
func (s *SearchSelect) CreateRenderer() fyne.WidgetRenderer {
	s.ExtendBaseWidget(s)
	s.button = &ssButton{}
	s.button.Icon, s.button.IconPlacement, s.button.Alignment, s.button.OnTapped = theme.MenuDropDownIcon(), widget.ButtonIconTrailingText, widget.ButtonAlignLeading, s.open
	s.button.ExtendBaseWidget(s.button)
	s.update()
	return widget.NewSimpleRenderer(s.button)
}

// Refresh shows the choice and the enabled state.
func (s *SearchSelect) Refresh() {
	s.update()
	s.BaseWidget.Refresh()
}

func (s *SearchSelect) update() {
	if s.button == nil {
		return
	}
	s.button.SetText(s.Selected)
	if s.Selected == "" {
		s.button.SetText(s.PlaceHolder)
	}
	if s.Disabled() {
		s.button.Disable()
	} else {
		s.button.Enable()
	}
}

// SelectedIndex is the index of the choice in Options, -1 for none.
func (s *SearchSelect) SelectedIndex() int {
	for i, o := range s.Options {
		if o == s.Selected {
			return i
		}
	}
	return -1
}

// SetSelected chooses an option by its text and calls OnChanged when the
// choice changes.
func (s *SearchSelect) SetSelected(text string) {
	if text == s.Selected {
		return
	}
	s.Selected = text
	s.Refresh()
	if s.OnChanged != nil {
		s.OnChanged(text)
	}
}

// SetSelectedIndex chooses Options[i].
func (s *SearchSelect) SetSelectedIndex(i int) {
	if i >= 0 && i < len(s.Options) {
		s.SetSelected(s.Options[i])
	}
}

// ClearSelected chooses nothing, without calling OnChanged.
func (s *SearchSelect) ClearSelected() {
	s.Selected = ""
	s.Refresh()
}

// SetOptions replaces the options, keeping the choice if it is one.
func (s *SearchSelect) SetOptions(options []string) {
	s.Options = options
	if s.SelectedIndex() < 0 {
		s.Selected = ""
	}
	s.Refresh()
}

// open shows the search field and the list below the select.
func (s *SearchSelect) open() {
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	if c == nil || s.Disabled() {
		return
	}
	if s.ix == nil || !sameSlice(s.ixFor, s.Options) {
		s.ix, s.ixFor = search.New(foldAll(s.Options)), s.Options
	}
	s.shown = s.ix.Filter("")
	s.query = &ssQuery{s: s}
	s.query.PlaceHolder, s.query.OnChanged = lang.L("Search…"), s.filter
	s.query.OnSubmitted = func(string) {
		if len(s.shown) > 0 {
			s.choose(int(s.shown[0]))
		}
	}
	s.query.ExtendBaseWidget(s.query)
	s.list = &widget.List{
		Length: func() int { return len(s.shown) },
		CreateItem: func() fyne.CanvasObject {
			return &widget.Label{Text: "template", Truncation: fyne.TextTruncateEllipsis}
		},
		UpdateItem: func(i widget.ListItemID, o fyne.CanvasObject) { o.(*widget.Label).SetText(s.Options[s.shown[i]]) },
		OnSelected: func(i widget.ListItemID) { s.choose(int(s.shown[i])) },
	}
	s.popup = widget.NewPopUp(container.NewBorder(s.query, nil, nil, nil, s.list), c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(s)
	h := min(float32(420), c.Size().Height-pos.Y-s.Size().Height)
	s.popup.ShowAtPosition(pos.Add(fyne.NewPos(0, s.Size().Height)))
	s.popup.Resize(fyne.NewSize(max(s.Size().Width, 320), max(h, 200)))
	c.Focus(s.query)
}

func (s *SearchSelect) filter(q string) {
	s.shown = s.ix.Filter(q)
	s.list.UnselectAll()
	s.list.Refresh()
	s.list.ScrollToTop()
}

func (s *SearchSelect) choose(i int) {
	if s.popup != nil {
		s.popup.Hide()
		s.popup = nil
	}
	s.SetSelected(s.Options[i])
}

// Popup is the open drop-down, nil when closed (tests).
func (s *SearchSelect) Popup() (*widget.Entry, *widget.List) {
	if s.popup == nil {
		return nil, nil
	}
	return &s.query.Entry, s.list
}

// Button is what takes the focus in a form (tests).
func (s *SearchSelect) Button() fyne.Focusable {
	if s.button == nil {
		return nil
	}
	return s.button
}

// DialogKey, when set (package kit sets it), does with Escape or Enter
// pressed on o what the dialog around o does, and says whether it did:
// a focused select hands them on, as a window does when nothing has the
// focus.
var DialogKey func(o fyne.CanvasObject, ev *fyne.KeyEvent) bool

// ssButton is the select's button: Escape and Enter are the dialog's.
type ssButton struct{ widget.Button }

func (b *ssButton) TypedKey(ev *fyne.KeyEvent) {
	if DialogKey != nil && (ev.Name == fyne.KeyEscape || ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter) && DialogKey(b, ev) {
		return
	}
	b.Button.TypedKey(ev)
}

// ssQuery is the search field of the open select: Escape closes it
// without choosing.
type ssQuery struct {
	widget.Entry
	s *SearchSelect
}

func (q *ssQuery) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name != fyne.KeyEscape {
		q.Entry.TypedKey(ev)
		return
	}
	if p := q.s.popup; p != nil {
		q.s.popup = nil
		p.Hide()
		if c := fyne.CurrentApp().Driver().CanvasForObject(q.s); c != nil && q.s.button != nil {
			c.Focus(q.s.button)
		}
	}
}

func foldAll(options []string) []string {
	out := make([]string, len(options))
	for i, o := range options {
		out[i] = data.Fold(o)
	}
	return out
}

func sameSlice(a, b []string) bool {
	return len(a) == len(b) && (len(a) == 0 || &a[0] == &b[0])
}
