package widgets

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// detailLines is how many lines of text the detail pane grows to before
// it scrolls.
const detailLines = 4

// WithDetail lays the table out with a pane under it that shows the
// selected row whole, every column's title and full text, wrapping: what
// a cell cuts ("Jakarta Convention Center (JCC) Se…") reads there. The
// pane is hidden while no row is selected.
func (t *StringTable) WithDetail() fyne.CanvasObject {
	if t.detail == nil {
		t.detail = newRowDetail()
		if t.sel >= 0 && t.sel < len(t.rows) {
			t.detail.show(t.cols, t.rows[t.sel])
		}
	}
	return container.NewBorder(nil, t.detail.box, nil, nil, t)
}

// Detail is the text of the detail pane ("" while it is hidden).
func (t *StringTable) Detail() string {
	if t.detail == nil || !t.detail.box.Visible() {
		return ""
	}
	return t.detail.text.String()
}

// rowDetail is the pane of WithDetail.
type rowDetail struct {
	text *widget.RichText
	box  *fyne.Container
}

func newRowDetail() *rowDetail {
	d := &rowDetail{text: &widget.RichText{Wrapping: fyne.TextWrapWord}}
	d.text.ExtendBaseWidget(d.text)
	scroll := container.NewVScroll(d.text)
	d.box = container.NewBorder(widget.NewSeparator(), nil, nil, nil,
		&fyne.Container{Layout: capHeight{text: d.text}, Objects: []fyne.CanvasObject{scroll}})
	d.box.Hide()
	return d
}

// show puts a row's cells under their titles, or hides the pane (cells
// nil). A nil pane (a table without one) shows nothing.
func (d *rowDetail) show(cols []Column, cells []string) {
	if d == nil {
		return
	}
	if cells == nil {
		d.box.Hide()
		return
	}
	var segs []widget.RichTextSegment
	for i, c := range cols {
		if i >= len(cells) || cells[i] == "" {
			continue
		}
		if len(segs) > 0 {
			segs = append(segs, &widget.TextSegment{Style: widget.RichTextStyleInline, Text: "   "})
		}
		segs = append(segs,
			&widget.TextSegment{Style: widget.RichTextStyleStrong, Text: c.Title + ":"},
			&widget.TextSegment{Style: widget.RichTextStyleInline, Text: " " + cells[i]})
	}
	d.text.Segments = segs
	d.text.Refresh()
	d.box.Show()
	d.box.Refresh()
}

// capHeight gives its one object (the text's scroll) the whole size and
// asks for the text's wrapped height at that width, up to detailLines.
type capHeight struct{ text *widget.RichText }

func (c capHeight) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (c capHeight) MinSize([]fyne.CanvasObject) fyne.Size {
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height + theme.InnerPadding()
	return fyne.NewSize(0, min(c.text.MinSize().Height, detailLines*line))
}
