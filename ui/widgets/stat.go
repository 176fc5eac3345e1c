package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Stat is a dashboard tile: a large figure over a caption. With OnTapped
// set, a click opens what the figure counts.
type Stat struct {
	widget.BaseWidget

	Value   string
	Caption string
	// OnTapped, if set, runs when the tile is clicked.
	OnTapped func()
}

// Tapped runs OnTapped.
func (s *Stat) Tapped(*fyne.PointEvent) {
	if s.OnTapped != nil {
		s.OnTapped()
	}
}

// Cursor is a pointing hand on a tile that opens something.
func (s *Stat) Cursor() desktop.Cursor {
	if s.OnTapped != nil {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// NewStat makes a tile with a caption and no figure yet.
func NewStat(caption string) *Stat {
	s := &Stat{Caption: caption, Value: "–"}
	s.ExtendBaseWidget(s)
	return s
}

// SetValue changes the figure shown.
func (s *Stat) SetValue(v string) {
	s.Value = v
	s.Refresh()
}

// CreateRenderer draws the tile.
func (s *Stat) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(theme.Color(theme.ColorNameInputBackground))
	bg.CornerRadius = theme.InputRadiusSize()
	value := canvas.NewText(s.Value, theme.Color(theme.ColorNamePrimary))
	value.TextSize = theme.TextSize() * 1.7
	value.TextStyle.Bold = true
	caption := &widget.Label{Text: s.Caption, Wrapping: fyne.TextWrapWord}
	box := container.NewStack(bg, container.NewPadded(container.NewVBox(value, caption)))
	return &statRenderer{WidgetRenderer: widget.NewSimpleRenderer(box), s: s, bg: bg, value: value, caption: caption}
}

// MinSize leaves the caption room for its widest word: it wraps between
// words, never inside one.
func (r *statRenderer) MinSize() fyne.Size {
	m := r.WidgetRenderer.MinSize()
	var word float32
	for _, w := range strings.Fields(r.s.Caption) {
		word = max(word, fyne.MeasureText(w, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	// the tile's and the label's padding on both sides
	return fyne.NewSize(max(m.Width, word+2*theme.Padding()+2*theme.InnerPadding()), m.Height)
}

type statRenderer struct {
	fyne.WidgetRenderer
	s       *Stat
	bg      *canvas.Rectangle
	value   *canvas.Text
	caption *widget.Label
}

func (r *statRenderer) Refresh() {
	r.bg.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.bg.CornerRadius = theme.InputRadiusSize()
	r.value.Text = r.s.Value
	r.value.Color = theme.Color(theme.ColorNamePrimary)
	r.value.TextSize = theme.TextSize() * 1.7
	r.caption.SetText(r.s.Caption)
	r.bg.Refresh()
	r.value.Refresh()
}
