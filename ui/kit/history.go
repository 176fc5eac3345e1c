package kit

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
)

// ShowHistory opens the audit trail of the record id of table: who
// changed which field to what and when, in loc, oldest first.
func ShowHistory(env Env, table, id string, loc *time.Location) {
	g := NewGrid([]Column{
		{lang.L("When"), 140}, {lang.L("Who"), 160}, {lang.L("Field"), 150}, {lang.L("New value"), 420},
	}, lang.L("No changes recorded."), nil)
	d := dialog.NewCustom(lang.L("History"), lang.L("Close"), g.View(), env.Win)
	d.Resize(Fit(env.Win, 900, 520))
	d.Show()
	if loc == nil {
		loc = time.UTC
	}
	Load(env, "read history", func(ctx context.Context, s *data.Store) ([]data.Change, error) {
		return s.History(ctx, table, id)
	}, func(cs []data.Change) { g.SetRows(historyRows(cs, loc)) })
}

// historyRows formats change-log entries; an insert or a delete is one line.
func historyRows(cs []data.Change, loc *time.Location) []Row {
	out := make([]Row, 0, len(cs))
	for _, c := range cs {
		when := c.HLC.Time().In(loc).Format("2006-01-02 15:04:05")
		who := c.Author
		if who == "" {
			who = lang.L("(unknown)")
		}
		var what, value string
		switch {
		case c.Op == "insert":
			what, value = lang.L("(created)"), insertSummary(c.Value, loc)
		case c.Op == "delete":
			what = lang.L("(deleted)")
		case c.Field == "deleted":
			what = lang.L("(restored)")
		default:
			what, value = fieldLabel(c.Field), jsonValue(c.Value, loc)
		}
		out = append(out, NewRow(fmt.Sprint(c.Seq), c.Op == "delete", when, who, what, value))
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
			return DateTime(t, loc)
		}
		return x
	case bool:
		return YesNo(x)
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
