package kit

import (
	"context"
	"log/slog"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/record"
	"lodesk/data"
)

// Remover deletes a record through its kind's rules in app/ (e.g.
// record.Remove, or a kind's Remove that refuses some deletes first).
type Remover func(ctx context.Context, st *data.Store) (*record.Removal, error)

// UndoBar is the window's one delete-with-undo: Delete asks first, saying
// what goes along, deletes off the UI goroutine, then the bar (which the
// screen lays out, View) says what was deleted with Undo until the next
// delete or Close.
type UndoBar struct {
	env   Env
	label *widget.Label
	undo  *widget.Button
	box   *fyne.Container
	rm    *record.Removal
	after func()
}

// NewUndoBar returns a hidden bar.
func NewUndoBar(env Env) *UndoBar {
	u := &UndoBar{env: env, label: &widget.Label{Wrapping: fyne.TextWrapWord}}
	u.undo = &widget.Button{Text: lang.L("Undo"), Icon: theme.ContentUndoIcon(), Importance: widget.HighImportance, OnTapped: u.restore}
	closeB := &widget.Button{Icon: theme.CancelIcon(), Importance: widget.LowImportance, OnTapped: u.hide}
	u.box = container.NewBorder(nil, nil, nil, container.NewHBox(u.undo, closeB), u.label)
	u.box.Hide()
	return u
}

// View is the bar, for the screen's layout.
func (u *UndoBar) View() fyne.CanvasObject { return u.box }

func (u *UndoBar) hide() { u.rm = nil; u.box.Hide() }

// Delete asks before deleting r (named what), listing the rows that go
// with it; remove (nil: record.Remove) deletes it off the UI goroutine;
// then the bar offers Undo, and after (if set) runs after the delete and
// after an undo.
func (u *UndoBar) Delete(r data.Record, what string, remove Remover, after func()) {
	if remove == nil {
		remove = func(ctx context.Context, st *data.Store) (*record.Removal, error) { return record.Remove(ctx, st, r) }
	}
	msg := lang.L("Delete {{.What}}? You can undo it.", map[string]any{"What": what})
	body := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
	d := dialog.NewCustomConfirm(lang.L("Delete?"), lang.L("Delete"), lang.L("Cancel"), body, func(ok bool) {
		if ok {
			u.remove(what, remove, after)
		}
	}, u.env.Win)
	d.Resize(Fit(u.env.Win, 460, 280))
	d.Show()
	Load(u.env, "list what a delete takes", func(ctx context.Context, st *data.Store) ([]data.Record, error) {
		gone, err := record.Preview(ctx, st, r)
		if err != nil { // say nothing of what goes along; the delete says what fails
			slog.Warn("list what a delete takes", "err", err)
		}
		return gone, nil
	}, func(gone []data.Record) {
		if c := consequences(r, gone); c != "" {
			body.SetText(msg + "\n\n" + lang.L("This also deletes:") + "\n" + c)
		}
	})
}

func (u *UndoBar) remove(what string, remove Remover, after func()) {
	u.env.Go(func() {
		rm, err := remove(context.Background(), u.env.Store)
		u.env.Do(func() {
			if rm == nil {
				u.env.ShowError("delete", err, u.env.ErrorText(err))
				return
			}
			if err != nil { // deleted, but the seating was not regenerated
				u.env.ShowError("delete", err, u.env.ErrorText(err))
			}
			u.offer(what, rm, after)
			if after != nil {
				after()
			}
			u.env.Changed()
		})
	})
}

// offer shows what was deleted and which seat maps closed up after it.
func (u *UndoBar) offer(what string, rm *record.Removal, after func()) {
	u.rm, u.after = rm, after
	text := lang.L("Deleted {{.Name}} ({{.Count}} records).", map[string]any{"Name": what, "Count": len(rm.Rows)})
	if len(rm.Seating) > 0 {
		titles := make([]string, len(rm.Seating))
		for i, m := range rm.Seating {
			titles[i] = m.Title
		}
		text += " " + lang.L("Seats closed up at: {{.Items}}", map[string]any{"Items": strings.Join(titles, "; ")})
	}
	u.label.SetText(text)
	u.box.Show()
}

// restore is Undo: the rows come back (seats and all, regenerated again).
func (u *UndoBar) restore() {
	rm, after := u.rm, u.after
	u.hide()
	if rm == nil {
		return
	}
	u.env.Go(func() {
		moved, err := rm.Undo(context.Background(), u.env.Store)
		u.env.Do(func() {
			if err != nil {
				u.env.ShowError("undo delete", err, u.env.ErrorText(err))
				return
			}
			if after != nil {
				after()
			}
			u.env.Changed()
			u.env.ShowSeatingMoves(moved)
		})
	})
}

// consequences is one line per kind of row that goes along with r.
func consequences(r data.Record, gone []data.Record) string {
	n := map[string]int{}
	for _, g := range gone {
		if g.Table() == r.Table() && data.IDOf(g) == data.IDOf(r) {
			continue
		}
		n[g.Table()]++
	}
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return TableLabel(keys[i]) < TableLabel(keys[j]) })
	lines := make([]string, len(keys))
	for i, k := range keys {
		lines[i] = "• " + TableLabel(k) + ": " + strconv.Itoa(n[k])
	}
	return strings.Join(lines, "\n")
}

// TableLabel names a kind of row, plural.
func TableLabel(table string) string {
	switch table {
	case "delegation":
		return lang.L("Delegations")
	case "person":
		return lang.L("People")
	case "travel_leg":
		return lang.L("Travel legs")
	case "accommodation":
		return lang.L("Hotel stays")
	case "assignment":
		return lang.L("LO assignments")
	case "checklist_item":
		return lang.L("Checklist items")
	case "seat":
		return lang.L("Seats and photo places")
	case "request":
		return lang.L("Special requests")
	case "vehicle":
		return lang.L("Vehicles")
	case "sop_item":
		return lang.L("Template items")
	}
	return table
}
