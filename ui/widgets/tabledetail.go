package widgets

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// detailLines is how many lines of text the detail pane grows to before
// it scrolls.
const detailLines = 3

// WithDetail lays the table out with a pane under it that shows the
// selected row whole, every column's title and full text, wrapping: what
// a cell cuts ("Jakarta Convention Center (JCC) Se…") reads there. The
// pane is hidden while no row is selected.
func (t *StringTable) WithDetail() fyne.CanvasObject {
	if t.detail == nil {
		t.detail = newRowDetail()
		t.detail.outer = &fyne.Container{Layout: detailLayout{t.detail}, Objects: []fyne.CanvasObject{t, t.detail.box}}
		if t.sel >= 0 && t.sel < len(t.rows) {
			t.detail.show(t.cols, t.rows[t.sel])
		}
	}
	return t.detail.outer
}

// detailLayout gives the pane, when shown, the height its text needs at
// the full width (laid out at that width first, so that it wraps there),
// and the table the rest.
type detailLayout struct{ d *rowDetail }

func (l detailLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	var h float32
	if box := l.d.box; box.Visible() {
		box.Resize(fyne.NewSize(size.Width, box.MinSize().Height))
		h = min(box.MinSize().Height, size.Height/2)
		box.Move(fyne.NewPos(0, size.Height-h))
		box.Resize(fyne.NewSize(size.Width, h))
	}
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(fyne.NewSize(size.Width, size.Height-h))
}

func (l detailLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[0].MinSize()
	if l.d.box.Visible() {
		m.Height += l.d.box.MinSize().Height
	}
	return m
}

// Detail is the text of the detail pane ("" while it is hidden).
func (t *StringTable) Detail() string {
	if t.detail == nil || !t.detail.box.Visible() {
		return ""
	}
	return t.detail.text.Text
}

// rowDetail is the pane of WithDetail.
type rowDetail struct {
	text  *widget.Label
	box   *fyne.Container
	outer *fyne.Container // the table and the pane
}

func newRowDetail() *rowDetail {
	// One label, not a rich text of bold titles: Fyne 2.7's rich text
	// breaks a segment that starts near the end of a line letter by
	// letter ("D e p u t y").
	d := &rowDetail{text: &widget.Label{Wrapping: fyne.TextWrapWord}}
	scroll := container.NewVScroll(d.text)
	d.box = container.NewBorder(widget.NewSeparator(), nil, nil, nil,
		&fyne.Container{Layout: capHeight{text: d.text}, Objects: []fyne.CanvasObject{scroll}})
	d.box.Hide()
	return d
}

// show puts a row's cells after their titles ("Room: Hall B · ..."), or
// hides the pane (cells nil). A nil pane (a table without one) shows
// nothing.
func (d *rowDetail) show(cols []Column, cells []string) {
	if d == nil {
		return
	}
	if cells == nil {
		if d.box.Visible() {
			d.box.Hide()
			d.relayout()
		}
		return
	}
	var parts []string
	for i, c := range cols {
		if i < len(cells) && cells[i] != "" {
			parts = append(parts, c.Title+": "+cells[i])
		}
	}
	text := strings.Join(parts, "  ·  ")
	if text == d.text.Text && d.box.Visible() {
		return
	}
	d.text.SetText(text)
	d.box.Show()
	d.relayout() // lays the pane out at once, at its width
}

// relayout lays the table and the pane out again, without refreshing the
// table (the outer container's Refresh would refresh every visible cell).
func (d *rowDetail) relayout() {
	d.outer.Layout.Layout(d.outer.Objects, d.outer.Size())
	d.box.Refresh()
}

// capHeight gives its one object (the text's scroll) the whole size and
// asks for the text's wrapped height at that width, up to detailLines.
type capHeight struct{ text *widget.Label }

func (c capHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (c capHeight) MinSize([]fyne.CanvasObject) fyne.Size {
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
	return fyne.NewSize(0, min(c.text.MinSize().Height, detailLines*line+2*theme.InnerPadding()))
}
