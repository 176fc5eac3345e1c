package delegview

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/imex"
	"lodesk/ui/kit"
)

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
