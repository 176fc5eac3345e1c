package delegview

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/imex"
	"lodesk/ui/kit"
)

// maxRowProblems is how many problems of one row the preview lists; a
// row of a kind chosen wrongly can have one in every cell.
const maxRowProblems = 8

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
