package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// WrapRows gives each row of a widget.List the height its content needs
// at the list's width, so that a row's wrapped text reads whole instead of
// ending in "…". Height measures row i laid out at a width; it is asked
// again for every row whenever the width changes and on Update (after the
// rows changed).
type WrapRows struct {
	List   *widget.List
	Height func(i int, width float32) float32

	width float32
}

// View is the list as it stands in the window: it notices width changes.
func (r *WrapRows) View() fyne.CanvasObject {
	return &fyne.Container{Layout: r, Objects: []fyne.CanvasObject{r.List}}
}

// Layout gives the list the whole size and measures the rows again when
// the width changed.
func (r *WrapRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
	if size.Width != r.width {
		r.width = size.Width
		r.Update()
	}
}

// MinSize is the list's.
func (r *WrapRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) == 0 {
		return fyne.Size{}
	}
	return objs[0].MinSize()
}

// Update measures every row again (after the rows changed).
func (r *WrapRows) Update() {
	if r.width <= 0 || r.List.Length == nil {
		return
	}
	for i := range r.List.Length() {
		r.List.SetItemHeight(i, r.Height(i, r.width))
	}
	r.List.Refresh()
}

// MeasureRow is the height row o needs at width: it is laid out at that
// width, then asked for its minimum height (a wrapped label's depends on
// its width).
func MeasureRow(o fyne.CanvasObject, width float32) float32 {
	if c, ok := o.(*fyne.Container); ok {
		if r, ok := c.Layout.(*WrapRow); ok {
			return r.HeightAt(width)
		}
	}
	o.Resize(fyne.NewSize(width, o.MinSize().Height))
	h := o.MinSize().Height
	o.Resize(fyne.NewSize(width, h)) // wrapped labels settle at their width
	return o.MinSize().Height
}

// WrapRow lays out a list row: left (an icon) and right (buttons) at their
// minimum widths, the texts stacked between them over the width left,
// each as tall as it needs there (wrapped labels). HeightAt is the row's
// height at a width, without laying it out.
type WrapRow struct {
	Left, Right fyne.CanvasObject
	Texts       []fyne.CanvasObject
}

// NewWrapRow makes the row's container; its Layout is a *WrapRow.
func NewWrapRow(left, right fyne.CanvasObject, texts ...fyne.CanvasObject) *fyne.Container {
	r := &WrapRow{Left: left, Right: right, Texts: texts}
	return &fyne.Container{Layout: r, Objects: append([]fyne.CanvasObject{left, right}, texts...)}
}

func (r *WrapRow) pad() float32 { return theme.Padding() }

// textWidth is the width the texts get in a row of width w.
func (r *WrapRow) textWidth(w float32) float32 {
	tw := w
	if r.Left.Visible() {
		tw -= r.Left.MinSize().Width + r.pad()
	}
	if r.Right.Visible() {
		tw -= r.Right.MinSize().Width + r.pad()
	}
	return max(tw, 1)
}

// heights sizes the texts at width tw and says how tall each is.
func (r *WrapRow) heights(tw float32) (hs []float32, total float32) {
	for i, t := range r.Texts {
		h := float32(0)
		if t.Visible() {
			t.Resize(fyne.NewSize(tw, t.MinSize().Height))
			h = t.MinSize().Height
			if i > 0 {
				total += r.pad()
			}
		}
		hs = append(hs, h)
		total += h
	}
	return hs, total
}

// HeightAt is the row's height at width w.
func (r *WrapRow) HeightAt(w float32) float32 {
	_, total := r.heights(r.textWidth(w))
	if r.Right.Visible() {
		total = max(total, r.Right.MinSize().Height)
	}
	return max(total, r.Left.MinSize().Height)
}

// Layout places left, the texts and right in size.
func (r *WrapRow) Layout(_ []fyne.CanvasObject, size fyne.Size) {
	x := float32(0)
	if r.Left.Visible() {
		m := r.Left.MinSize()
		r.Left.Move(fyne.NewPos(0, (size.Height-m.Height)/2))
		r.Left.Resize(m)
		x = m.Width + r.pad()
	}
	tw := r.textWidth(size.Width)
	if r.Right.Visible() {
		m := r.Right.MinSize()
		r.Right.Move(fyne.NewPos(size.Width-m.Width, 0))
		r.Right.Resize(fyne.NewSize(m.Width, size.Height))
	}
	hs, total := r.heights(tw)
	y := max((size.Height-total)/2, 0)
	for i, t := range r.Texts {
		if !t.Visible() {
			continue
		}
		t.Move(fyne.NewPos(x, y))
		t.Resize(fyne.NewSize(tw, hs[i]))
		y += hs[i] + r.pad()
	}
}

// MinSize is the widths of left and right with room for a few words, and
// the height at the last width laid out.
func (r *WrapRow) MinSize(_ []fyne.CanvasObject) fyne.Size {
	w := float32(120)
	if r.Left.Visible() {
		w += r.Left.MinSize().Width + r.pad()
	}
	if r.Right.Visible() {
		w += r.Right.MinSize().Width + r.pad()
	}
	h := r.Left.MinSize().Height
	if r.Right.Visible() {
		h = max(h, r.Right.MinSize().Height)
	}
	var total float32
	for i, t := range r.Texts {
		if t.Visible() {
			if i > 0 {
				total += r.pad()
			}
			total += t.MinSize().Height
		}
	}
	return fyne.NewSize(w, max(h, total))
}
