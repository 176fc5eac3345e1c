package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Tiles lays out objects of the same kind (dashboard tiles) in rows of
// equal columns: as many columns as fit at the widest object's minimum
// width, at most Max, so that a caption never breaks inside a word at any
// window width, in any language. Its height follows the width it was last
// laid out at (the window lays out again when a minimum size changes).
type Tiles struct {
	Max   int
	width float32
}

// NewTiles is a container of tiles, at most max a row.
func NewTiles(maxCols int, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &Tiles{Max: maxCols}, Objects: objs}
}

func (t *Tiles) grid(objs []fyne.CanvasObject, width float32) (cols, rows int, cell fyne.Size) {
	for _, o := range objs {
		m := o.MinSize()
		cell = fyne.NewSize(max(cell.Width, m.Width), max(cell.Height, m.Height))
	}
	pad := theme.Padding()
	cols = t.Max
	if width > 0 {
		cols = int((width + pad) / (cell.Width + pad))
	}
	cols = max(1, min(cols, t.Max, len(objs)))
	rows = (len(objs) + cols - 1) / cols
	return cols, rows, cell
}

// Layout places the objects row by row.
func (t *Tiles) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	t.width = size.Width
	if len(objs) == 0 {
		return
	}
	cols, rows, cell := t.grid(objs, size.Width)
	pad := theme.Padding()
	w := (size.Width - pad*float32(cols-1)) / float32(cols)
	h := max(cell.Height, (size.Height-pad*float32(rows-1))/float32(rows))
	for i, o := range objs {
		r, c := i/cols, i%cols
		o.Move(fyne.NewPos(float32(c)*(w+pad), float32(r)*(h+pad)))
		o.Resize(fyne.NewSize(w, h))
	}
}

// MinSize is one tile wide and as tall as the rows at the last width.
func (t *Tiles) MinSize(objs []fyne.CanvasObject) fyne.Size {
	if len(objs) == 0 {
		return fyne.Size{}
	}
	_, rows, cell := t.grid(objs, t.width)
	return fyne.NewSize(cell.Width, float32(rows)*cell.Height+float32(rows-1)*theme.Padding())
}
