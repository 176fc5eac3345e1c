package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Stat is a dashboard tile: a large figure over a caption.
type Stat struct {
	widget.BaseWidget

	Value   string
	Caption string
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
	value.TextSize = theme.TextSize() * 2
	value.TextStyle.Bold = true
	caption := &widget.Label{Text: s.Caption, Wrapping: fyne.TextWrapWord}
	box := container.NewStack(bg, container.NewPadded(container.NewVBox(value, caption)))
	return &statRenderer{WidgetRenderer: widget.NewSimpleRenderer(box), s: s, bg: bg, value: value, caption: caption}
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
	r.value.TextSize = theme.TextSize() * 2
	r.caption.SetText(r.s.Caption)
	r.bg.Refresh()
	r.value.Refresh()
}
