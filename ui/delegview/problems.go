package delegview

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/imex"
	"lodesk/ui/kit"
)

// maxRowProblems is how many problems of one row the preview lists; a
// row of a kind chosen wrongly can have one in every cell. Under the
// table they take at most maxRowLines lines, and scroll, so that the
// table keeps its rows in a small window.
const (
	maxRowProblems = 8
	maxRowLines    = 4
)

// maxLines is a label at most n lines high: a longer text scrolls.
type maxLines struct {
	n      int
	scroll *container.Scroll
}

func newMaxLines(l *widget.Label, n int) *fyne.Container {
	m := &maxLines{n: n, scroll: container.NewVScroll(l)}
	return container.New(m, m.scroll)
}

// MinSize is the label's, up to n lines.
func (m *maxLines) MinSize([]fyne.CanvasObject) fyne.Size {
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
	h := min(m.scroll.Content.MinSize().Height, float32(m.n)*line+2*theme.InnerPadding())
	return fyne.NewSize(0, h)
}

// Layout fills the space with the scroll.
func (m *maxLines) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// problemTexts explains at most limit of ps, each after bullet, and says
// how many more there are.
func problemTexts(ps []imex.Problem, limit int, bullet string) []string {
	shown, more := imex.Listed(ps, limit)
	out := make([]string, 0, len(shown)+1)
	for _, p := range shown {
		out = append(out, bullet+problemText(p))
	}
	if more > 0 {
		out = append(out, bullet+lang.L("…and {{.Count}} more", map[string]any{"Count": more}))
	}
	return out
}

// problemText explains one problem: where, what and, for a value, which.
func problemText(p imex.Problem) string {
	var b strings.Builder
	if p.Row > 0 {
		b.WriteString(lang.L("row {{.Row}}", map[string]any{"Row": p.Row}))
		b.WriteString(", ")
	}
	if p.Col >= 0 {
		b.WriteString(lang.L("column {{.Col}}", map[string]any{"Col": imex.ColumnName(p.Col)}))
		if p.Column != "" {
			b.WriteString(" (" + p.Column + ")")
		}
		b.WriteString(": ")
	} else if p.Column != "" {
		b.WriteString(p.Column + ": ")
	}
	if p.Warning {
		b.WriteString(lang.L("warning") + ": ")
	}
	b.WriteString(problemMessage(p.Err))
	if p.Value != "" && !errors.Is(p.Err, imex.ErrIgnoredColumn) {
		b.WriteString(" (“" + p.Value + "”)")
	}
	return b.String()
}

func problemMessage(err error) string {
	if err == nil {
		return ""
	}
	if msg := kit.Explain(err); msg != "" {
		return msg
	}
	return err.Error()
}
