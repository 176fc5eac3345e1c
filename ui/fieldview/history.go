package fieldview

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"

	"lodesk/data"
	"lodesk/ui/kit"
)

// ref names a stored record: its table and id.
type ref struct{ table, id string }

// historyView is a record's audit trail in a dialog (tests read grid).
type historyView struct {
	grid *grid
	dlg  dialog.Dialog
}

// lastHistory is the history dialog shown last (tests).
var lastHistory *historyView

// showHistory opens the audit trail of r: who changed which field to what
// and when, in the event's zone, oldest first.
func showHistory(env kit.Env, r ref, n *names) {
	h := &historyView{grid: newGrid([]column{
		{lang.L("When"), 140}, {lang.L("Who"), 160}, {lang.L("Field"), 150}, {lang.L("New value"), 420},
	}, lang.L("No changes recorded."), nil)}
	h.dlg = dialog.NewCustom(lang.L("History"), lang.L("Close"), h.grid.view(), env.Win)
	h.dlg.Resize(kit.Fit(env.Win, 900, 520))
	lastHistory = h
	h.dlg.Show()
	loc := time.UTC
	if n != nil {
		loc = n.loc
	}
	env.Read(func(ctx context.Context, s *data.Store) func() {
		cs, err := s.History(ctx, r.table, r.id)
		return func() {
			if err != nil {
				showErr(env, "read history", err)
				return
			}
			h.grid.setRows(historyRows(cs, loc))
		}
	})
}

// historyRows formats change-log entries; an insert or a delete is one line.
func historyRows(cs []data.Change, loc *time.Location) []row {
	out := make([]row, 0, len(cs))
	for _, c := range cs {
		when := c.HLC.Time().In(loc).Format("2006-01-02 15:04:05")
		who := c.Author
		if who == "" {
			who = lang.L("(unknown)")
		}
		var field, value string
		switch {
		case c.Op == "insert":
			field, value = lang.L("(created)"), insertSummary(c.Value, loc)
		case c.Op == "delete":
			field = lang.L("(deleted)")
		case c.Field == "deleted":
			field = lang.L("(restored)")
		default:
			field, value = fieldLabel(c.Field), jsonValue(c.Value, loc)
		}
		out = append(out, newRow(fmt.Sprint(c.Seq), c.Op == "delete", when, who, field, value))
	}
	return out
}

// fieldLabel names a stored column in the user's language.
func fieldLabel(col string) string {
	return lang.X("field."+col, strings.ReplaceAll(col, "_", " "))
}

// jsonValue shows a logged value: text as it is, instants in loc.
func jsonValue(js string, loc *time.Location) string {
	if js == "" {
		return lang.L("(erased)")
	}
	var v any
	if err := json.Unmarshal([]byte(js), &v); err != nil {
		return js
	}
	return plain(v, loc)
}

func plain(v any, loc *time.Location) string {
	switch x := v.(type) {
	case string:
		if t, err := time.Parse(data.TimeLayout, x); err == nil {
			return t.In(loc).Format(stampLayout)
		}
		return x
	case bool:
		if x {
			return lang.L("Yes")
		}
		return lang.L("No")
	case nil:
		return ""
	case float64:
		return fmt.Sprint(x)
	}
	return fmt.Sprint(v)
}

// insertSummary lists the non-empty fields a record was created with.
func insertSummary(js string, loc *time.Location) string {
	var m map[string]any
	if err := json.Unmarshal([]byte(js), &m); err != nil {
		return ""
	}
	keys := make([]string, 0, len(m))
	for k, v := range m {
		if s := plain(v, loc); s != "" && s != "0" && !strings.HasSuffix(k, "_id") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fieldLabel(k) + ": " + plain(m[k], loc)
	}
	return strings.Join(parts, "; ")
}
