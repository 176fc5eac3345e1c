package kit_test

import (
	"context"
	"errors"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// editor opens an editor with one Name line on the demo window; saved
// counts its writes. A name "bad" is refused by Collect.
func editor(t *testing.T, d *kittest.Demo, saved *int) (*kit.Editor, *kit.Input) {
	t.Helper()
	name := kit.NewInput()
	e := kit.NewEditor(d.Env.Env, "Edit", []kit.Field{{Name: "name", Label: "Name", Widget: name}})
	e.Collect = func() error {
		if name.Text == "bad" {
			return &field.Error{Field: "name", Err: errors.New("not a name")}
		}
		return nil
	}
	e.Save = func(context.Context, *data.Store) error { *saved++; return nil }
	e.Show(name)
	return e, name
}

func TestEditorKeys(t *testing.T) {
	for _, tc := range []struct {
		name      string
		typed     string
		unfocus   bool // the key goes to the window, not to the entry
		key       fyne.KeyName
		wantSaved int
		wantOpen  bool
	}{
		{"Escape in a field closes without saving", "Jakarta", false, fyne.KeyEscape, 0, false},
		{"Escape with no field focused closes without saving", "Jakarta", true, fyne.KeyEscape, 0, false},
		{"Enter in a field saves and closes", "Jakarta", false, fyne.KeyReturn, 1, false},
		{"Enter with no field focused saves and closes", "Jakarta", true, fyne.KeyReturn, 1, false},
		{"Enter on a refused value stays open", "bad", false, fyne.KeyReturn, 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := kittest.NewDemo(t)
			saved := 0
			_, name := editor(t, d, &saved)
			test.Type(name, tc.typed)
			if tc.unfocus {
				d.Win.Canvas().Unfocus()
			}
			kittest.Press(d.Win, tc.key)
			d.Wait()
			if saved != tc.wantSaved {
				t.Errorf("saved %d times, want %d", saved, tc.wantSaved)
			}
			if open := kittest.Top(d.Win) != nil; open != tc.wantOpen {
				t.Errorf("editor open = %v, want %v", open, tc.wantOpen)
			}
			if tc.wantOpen && kittest.Problem(d.Win) == "" {
				t.Error("the refused value is not explained")
			}
		})
	}
}

// TestEscapeClosesEveryKindOfDialog: Fyne's own dialogs close on Escape
// too, answering "no" where they ask.
func TestEscapeClosesEveryKindOfDialog(t *testing.T) {
	for _, tc := range []struct {
		name string
		open func(w fyne.Window, answer *string)
	}{
		{"confirm", func(w fyne.Window, answer *string) {
			dialog.ShowConfirm("Delete?", "Delete it?", func(ok bool) { *answer = map[bool]string{true: "yes", false: "no"}[ok] }, w)
		}},
		{"information", func(w fyne.Window, _ *string) { dialog.ShowInformation("Done", "It is done.", w) }},
		{"error", func(w fyne.Window, _ *string) { dialog.ShowError(errors.New("it failed"), w) }},
		{"form", func(w fyne.Window, answer *string) {
			in := kit.NewInput()
			dialog.ShowForm("Reason", "Save", "Cancel", []*widget.FormItem{widget.NewFormItem("Reason", in)},
				func(ok bool) { *answer = map[bool]string{true: "yes", false: "no"}[ok] }, w)
			test.Type(in, "typed")
			w.Canvas().Focus(in)
		}},
		{"custom", func(w fyne.Window, _ *string) {
			dialog.ShowCustom("About", "Close", widget.NewLabel("LO Desk"), w)
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := kittest.NewDemo(t)
			answer := ""
			tc.open(d.Win, &answer)
			if kittest.Top(d.Win) == nil {
				t.Fatal("no dialog opened")
			}
			kittest.Press(d.Win, fyne.KeyEscape)
			if kittest.Top(d.Win) != nil {
				t.Errorf("still open after Escape:\n%s", kittest.OverlayText(d.Win))
			}
			if answer == "yes" {
				t.Error("Escape answered yes")
			}
		})
	}
}

func TestSearchClearsOnEscape(t *testing.T) {
	d := kittest.NewDemo(t)
	var got []string
	s := kit.NewSearch("Search…", func(q string) { got = append(got, q) })
	d.Win.SetContent(s)
	if clearButton(s) != nil {
		t.Error("a clear button on an empty search")
	}
	test.Type(s, "jak")
	clear := clearButton(s)
	if clear == nil {
		t.Fatal("no clear button once something is typed")
	}
	kittest.Press(d.Win, fyne.KeyEscape) // nothing focused: the window's
	d.Win.Canvas().Focus(s)
	kittest.Press(d.Win, fyne.KeyEscape)
	if s.Text != "" || got[len(got)-1] != "" {
		t.Errorf("Escape left %q (changes %q)", s.Text, got)
	}
	test.Type(s, "x")
	test.Tap(clear)
	if s.Text != "" {
		t.Errorf("the clear button left %q", s.Text)
	}
}

// clearButton is the search's clear button while it shows, else nil.
func clearButton(s *kit.Input) *widget.Button {
	c, ok := s.ActionItem.(*fyne.Container)
	if !ok {
		return nil
	}
	for _, o := range c.Objects {
		if b, ok := o.(*widget.Button); ok && b.Visible() {
			return b
		}
	}
	return nil
}
