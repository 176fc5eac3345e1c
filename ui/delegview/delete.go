package delegview

import (
	"context"
	"errors"
	"sort"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/seating"
	"lodesk/data"
	"lodesk/ui/kit"
)

// errDryRun rolls back the trial delete that lists what would go.
var errDryRun = errors.New("dry run")

// wouldDelete lists the rows deleting r takes with it (r excluded), by
// deleting in a transaction that is rolled back.
func wouldDelete(ctx context.Context, st *data.Store, r data.Record) ([]data.Record, error) {
	var gone []data.Record
	err := st.Write(ctx, func(tx *data.Tx) error {
		var err error
		if gone, err = tx.Delete(r); err != nil {
			return err
		}
		return errDryRun
	})
	if !errors.Is(err, errDryRun) {
		return nil, err
	}
	return gone, nil
}

// tableLabel names a kind of row, plural, for the delete confirmation.
func tableLabel(table string) string {
	switch table {
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
	}
	return table
}

// consequences is one line per kind of row that goes along with r.
func consequences(r data.Record, gone []data.Record) string {
	n := map[string]int{}
	for _, g := range gone {
		if g.Table() == r.Table() && sameID(g, r) {
			continue
		}
		n[g.Table()]++
	}
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return tableLabel(keys[i]) < tableLabel(keys[j]) })
	lines := make([]string, len(keys))
	for i, k := range keys {
		lines[i] = "• " + tableLabel(k) + ": " + strconv.Itoa(n[k])
	}
	return strings.Join(lines, "\n")
}

func sameID(a, b data.Record) bool { return idOf(a) == idOf(b) }

func idOf(r data.Record) string {
	switch v := r.(type) {
	case *data.Delegation:
		return v.ID
	case *data.Person:
		return v.ID
	case *data.TravelLeg:
		return v.ID
	case *data.Accommodation:
		return v.ID
	case *data.Vehicle:
		return v.ID
	case *data.CountryBrief:
		return v.ID
	}
	return ""
}

// confirmDelete asks before deleting r (named name), saying what goes with
// it, then offers Undo.
func (s *Screen) confirmDelete(r data.Record, name string) {
	s.env.Read(func(ctx context.Context, st *data.Store) func() {
		gone, err := wouldDelete(ctx, st, r)
		return func() {
			if err != nil {
				s.env.ShowError("list what a delete takes", err, s.message(err))
				return
			}
			msg := lang.L("Delete {{.Name}}?", map[string]any{"Name": name})
			if c := consequences(r, gone); c != "" {
				msg += "\n\n" + lang.L("This also deletes:") + "\n" + c
			}
			body := &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord}
			d := dialog.NewCustomConfirm(lang.L("Delete"), lang.L("Delete"), lang.L("Cancel"), body, func(ok bool) {
				if ok {
					s.delete(r, name)
				}
			}, s.env.Win)
			d.Resize(kit.Fit(s.env.Win, 440, 280))
			d.Show()
		}
	})
}

func (s *Screen) delete(r data.Record, name string) {
	s.env.Go(func() {
		ctx := context.Background()
		gone, err := s.env.Store.Delete(ctx, r)
		var moved []seating.ItemMoves
		if err == nil && seated(gone) {
			moved, err = reseat(ctx, s.env.Store)
		}
		s.env.Do(func() {
			if err != nil {
				s.env.ShowError("delete", err, s.message(err))
				if gone == nil {
					return
				}
			}
			if _, ok := r.(*data.Delegation); ok && s.selected == idOf(r) {
				s.selected = ""
			}
			s.env.Changed()
			s.offerUndo(gone, name, moved)
		})
	})
}

// seated says whether a delete took seats, so that the seat maps and
// photo line-ups must close the gaps.
func seated(gone []data.Record) bool {
	for _, r := range gone {
		if _, ok := r.(*data.Seat); ok {
			return true
		}
	}
	return false
}

// offerUndo says what was deleted and which seat maps closed up after it,
// and restores it on Undo (seats and all, then regenerated again).
func (s *Screen) offerUndo(gone []data.Record, name string, moved []seating.ItemMoves) {
	var d *dialog.CustomDialog
	undo := &widget.Button{Text: lang.L("Undo"), Importance: widget.HighImportance, OnTapped: func() {
		d.Hide()
		s.env.Go(func() {
			ctx := context.Background()
			err := s.env.Store.Restore(ctx, gone)
			var back []seating.ItemMoves
			if err == nil && seated(gone) {
				back, err = reseat(ctx, s.env.Store)
			}
			s.env.Do(func() {
				if err != nil {
					s.env.ShowError("undo delete", err, s.message(err))
					return
				}
				s.env.Changed()
				s.env.ShowSeatingMoves(back)
			})
		})
	}}
	closeB := &widget.Button{Text: lang.L("Close"), OnTapped: func() { d.Hide() }}
	text := lang.L("Deleted {{.Name}} ({{.Count}} records).", map[string]any{"Name": name, "Count": len(gone)})
	box := container.NewVBox(&widget.Label{Text: text, Wrapping: fyne.TextWrapWord})
	if len(moved) > 0 {
		titles := make([]string, len(moved))
		for i, m := range moved {
			titles[i] = m.Title
		}
		box.Add(&widget.Label{Text: lang.L("Seats closed up at: {{.Items}}", map[string]any{"Items": strings.Join(titles, "; ")}), Wrapping: fyne.TextWrapWord})
	}
	box.Add(container.NewHBox(closeB, undo))
	d = dialog.NewCustomWithoutButtons(lang.L("Deleted"), box, s.env.Win)
	d.Resize(kit.Fit(s.env.Win, 420, 160))
	d.Show()
}
