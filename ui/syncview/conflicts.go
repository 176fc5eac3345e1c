package syncview

import (
	"context"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
)

// labels names the rows of the conflicts; it runs off the UI goroutine.
func (v *View) labels(cs []data.Conflict) map[string]string {
	out := map[string]string{}
	for _, c := range cs {
		if _, ok := out[c.RowID]; !ok {
			out[c.RowID] = v.s.Label(context.Background(), c.Table, c.RowID)
		}
	}
	return out
}

// loadConflicts lists the fields awaiting review, off the UI goroutine.
func (v *View) loadConflicts() {
	v.Go(func() {
		cs, err := v.s.Conflicts(context.Background())
		labels := v.labels(cs)
		fyne.Do(func() {
			if err == nil {
				v.showConflicts(cs, labels)
			}
			if v.done != nil {
				v.done()
			}
		})
	})
}

// showConflicts shows each field with its two versions and a button to
// keep each.
func (v *View) showConflicts(cs []data.Conflict, labels map[string]string) {
	v.conflicts.RemoveAll()
	if len(cs) == 0 {
		v.conflicts.Refresh()
		return
	}
	v.conflicts.Add(&widget.Label{Text: lang.L("To review: edited on two laptops at once. Both versions are kept until you choose."), TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord})
	for _, c := range cs {
		v.conflicts.Add(v.conflictCard(c, labels[c.RowID]))
	}
	v.conflicts.Refresh()
}

func (v *View) conflictCard(c data.Conflict, who string) fyne.CanvasObject {
	field := lang.L("Medical notes")
	if c.Field == "allergies" {
		field = lang.L("Allergies")
	}
	version := func(ver data.Version) string {
		val := ver.Value
		switch {
		case data.IsLocked(val):
			val = lang.L("(locked: enter the event passphrase)")
		case val == "":
			val = lang.L("(empty)")
		}
		if ver.Author == "" {
			return val
		}
		return lang.L("{{.Value}} (by {{.Author}})", map[string]any{"Value": val, "Author": ver.Author})
	}
	keep := &widget.Button{Text: lang.L("Keep this"), Importance: widget.HighImportance}
	use := &widget.Button{Text: lang.L("Use this")}
	keep.OnTapped = func() { v.resolve(c, c.Current.Value, keep, use) }
	use.OnTapped = func() { v.resolve(c, c.Other.Value, keep, use) }
	return &widget.Card{
		Title:    who,
		Subtitle: field,
		Content: container.NewVBox(
			container.NewBorder(nil, nil, nil, keep, &widget.Label{Text: lang.L("Shown now: {{.Version}}", map[string]any{"Version": version(c.Current)}), Wrapping: fyne.TextWrapWord}),
			container.NewBorder(nil, nil, nil, use, &widget.Label{Text: lang.L("Other version: {{.Version}}", map[string]any{"Version": version(c.Other)}), Wrapping: fyne.TextWrapWord}),
		),
	}
}

// resolve writes the chosen version off the UI goroutine, then reloads.
func (v *View) resolve(c data.Conflict, value string, buttons ...*widget.Button) {
	for _, b := range buttons {
		b.Disable()
	}
	v.Go(func() {
		err := v.s.Resolve(context.Background(), c, value)
		if err == nil && v.OnSynced != nil {
			fyne.Do(v.OnSynced)
		}
		if err != nil {
			fyne.Do(func() {
				v.status.SetText(lang.L("Could not save the choice: {{.Error}}", map[string]any{"Error": err.Error()}))
				for _, b := range buttons {
					b.Enable()
				}
			})
		}
		v.loadConflicts()
	})
}
