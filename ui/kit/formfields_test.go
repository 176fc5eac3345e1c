package kit_test

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/app/field"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
	"lodesk/ui/widgets"
)

// marked is the problems shown beside the fields of the top dialog.
func marked(w fyne.Window) []string {
	var out []string
	for _, b := range kittest.Find[*kit.FieldBox](kittest.Top(w)) {
		for _, l := range kittest.Find[*widget.Label](b) {
			if l.Visible() && l.Text != "" && l.Importance == widget.DangerImportance {
				out = append(out, l.Text)
			}
		}
	}
	return out
}

// TestEditorChecksAFieldOnLeavingIt: leaving the name blank marks it at
// once; the e-mail is marked when it is left, by the editor's Check (the
// rules that need the event file); a field put right loses its mark.
func TestEditorChecksAFieldOnLeavingIt(t *testing.T) {
	d := kittest.NewDemo(t)
	name, email, notes := kit.NewInput(), kit.NewInput(), kit.NewMultiLineInput()
	e := kit.NewEditor(d.Env.Env, "Person", []kit.Field{
		{Name: "name", Label: "Name", Widget: name},
		{Name: "email", Label: "E-mail", Widget: email},
		{Name: "notes", Label: "Notes", Widget: notes},
	})
	type rec struct{ name, email string }
	var r rec
	e.Collect = func() error {
		r = rec{name.Text, email.Text}
		if strings.TrimSpace(name.Text) == "" {
			return field.New("name", field.ErrRequired)
		}
		return nil
	}
	kit.CheckOn(e, &r, func(_ context.Context, st *data.Store, r *rec) error {
		if st == nil {
			return errors.New("no store")
		}
		if _, err := field.Email(r.email); err != nil {
			return field.New("email", err)
		}
		return nil
	})
	e.Save = func(context.Context, *data.Store) error { return nil }
	e.Show(name)

	d.Win.Canvas().Focus(email) // the name left blank
	d.Wait()
	if got := marked(d.Win); len(got) != 1 || !strings.Contains(kittest.Problem(d.Win), "Name") {
		t.Fatalf("after leaving a blank name: marked %q, under the form %q", got, kittest.Problem(d.Win))
	}
	d.Win.Canvas().Focus(name)
	test.Type(name, "Ratna")
	test.Type(email, "ratna.example")
	d.Win.Canvas().Focus(email) // the name put right
	d.Win.Canvas().Focus(notes) // the e-mail left wrong
	d.Wait()
	got := marked(d.Win)
	if len(got) != 1 || !strings.Contains(kittest.Problem(d.Win), "E-mail") || strings.Contains(kittest.Problem(d.Win), "Name") {
		t.Fatalf("after putting the name right and leaving a bad e-mail: marked %q, under the form %q", got, kittest.Problem(d.Win))
	}
	d.Win.Canvas().Focus(email)
	email.SetText("ratna@example.org")
	d.Win.Canvas().Focus(notes)
	d.Wait()
	if got := marked(d.Win); len(got) != 0 || kittest.Problem(d.Win) != "" {
		t.Errorf("all right, yet marked %q, under the form %q", got, kittest.Problem(d.Win))
	}
}

// TestEditorButtonRow: Delete on the left, then History; Cancel and Save
// on the right, Save last and the default.
func TestEditorButtonRow(t *testing.T) {
	d := kittest.NewDemo(t)
	e := kit.NewEditor(d.Env.Env, "Gift", []kit.Field{{Label: "Item", Widget: kit.NewInput()}})
	e.History("gift", "x", nil)
	e.OnDelete(func() {})
	e.Show(nil)
	var texts []string
	for _, b := range kittest.Find[*widget.Button](kittest.Top(d.Win)) {
		texts = append(texts, b.Text)
	}
	if got := strings.Join(texts, ","); got != "Delete,History,Cancel,Save" {
		t.Errorf("buttons %s, want Delete,History,Cancel,Save", got)
	}
	if b := kittest.MustButton(t, kittest.Top(d.Win), "Save"); b.Importance != widget.HighImportance {
		t.Error("Save is not the default button")
	}
}

// TestEditorWheelScrollsTheFormOverFields: the wheel over a one-line
// entry scrolls the form; over a multi-line entry with more lines than it
// shows it scrolls the entry, then the form once the entry is at its end.
func TestEditorWheelScrollsTheFormOverFields(t *testing.T) {
	d := kittest.NewDemo(t)
	var fields []kit.Field
	var first *kit.Input
	notes := kit.NewMultiLineInput()
	notes.SetMinRowsVisible(3)
	notes.SetText(strings.Repeat("a line of notes\n", 20))
	fields = append(fields, kit.Field{Name: "notes", Label: "Notes", Widget: notes})
	for i := range 30 {
		in := kit.NewInput()
		if first == nil {
			first = in
		}
		fields = append(fields, kit.Field{Label: fmt.Sprintf("Field %d", i), Widget: in})
	}
	e := kit.NewEditor(d.Env.Env, "Long", fields)
	e.Show(nil)
	form := kittest.Find[*container.Scroll](kittest.Top(d.Win))[0]
	at := func(o fyne.CanvasObject) fyne.Position {
		return fyne.CurrentApp().Driver().AbsolutePositionForObject(o).AddXY(5, 5)
	}

	test.Scroll(d.Win.Canvas(), at(first), 0, -40)
	if form.Offset.Y <= 0 {
		t.Fatalf("the wheel over a one-line entry did not scroll the form (offset %v)", form.Offset)
	}

	// A multi-line entry that can scroll keeps the wheel, then hands it on.
	form.ScrollToTop()
	wheel := kittest.Find[*kit.Wheel](kittest.Top(d.Win))[0]
	over := &fyne.ScrollEvent{Scrolled: fyne.Delta{DY: -40}}
	over.AbsolutePosition = at(notes)
	wheel.Scrolled(over)
	if form.Offset.Y != 0 {
		t.Fatalf("the wheel over notes that can scroll moved the form (offset %v)", form.Offset)
	}
	for range 50 {
		wheel.Scrolled(over)
	}
	if form.Offset.Y <= 0 {
		t.Errorf("the wheel over notes at their end did not scroll the form (offset %v)", form.Offset)
	}
}

// TestEscapeAndEnterInEveryKindOfField: Escape closes an editor without
// saving and Enter saves it while a dropdown, a check box or an entry with
// a list has the focus.
func TestEscapeAndEnterInEveryKindOfField(t *testing.T) {
	for _, kind := range []string{"select", "check", "select entry"} {
		for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
			t.Run(kind+" "+string(key), func(t *testing.T) {
				d := kittest.NewDemo(t)
				var w fyne.Focusable
				switch kind {
				case "select":
					s := kit.NewSelect([]string{"Sedan", "Van"}, nil)
					s.SetSelectedIndex(0)
					w = s
				case "check":
					w = kit.NewCheck("Confirmed", nil)
				default:
					w = kit.NewSelectEntry([]string{"Sedan", "Van"})
				}
				saved := 0
				e := kit.NewEditor(d.Env.Env, "Vehicle", []kit.Field{{Name: "kind", Label: "Kind", Widget: w.(fyne.CanvasObject)}})
				e.Save = func(context.Context, *data.Store) error { saved++; return nil }
				e.Show(w)
				if d.Win.Canvas().Focused() != w {
					t.Fatal("the field has not the focus")
				}
				kittest.Press(d.Win, key)
				d.Wait()
				if kittest.Top(d.Win) != nil {
					t.Errorf("%s left the editor open", key)
				}
				if want := map[fyne.KeyName]int{fyne.KeyReturn: 1}[key]; saved != want {
					t.Errorf("%s saved %d times, want %d", key, saved, want)
				}
			})
		}
	}
}

// TestEscapeInASearchableSelect: Escape in the search of an open select
// closes the search only; on the select itself it closes the editor
// without saving, and Enter saves it.
func TestEscapeInASearchableSelect(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyEscape, fyne.KeyReturn} {
		t.Run(string(key), func(t *testing.T) {
			d := kittest.NewDemo(t)
			ss := widgets.NewSearchSelect([]string{"Adi", "Budi"}, nil)
			saved := 0
			e := kit.NewEditor(d.Env.Env, "Assignment", []kit.Field{{Name: "lo", Label: "LO", Widget: ss}})
			e.Save = func(context.Context, *data.Store) error { saved++; return nil }
			e.Show(nil)
			test.Tap(ss.Button().(fyne.Tappable))
			query, _ := ss.Popup()
			if query == nil || d.Win.Canvas().Focused() == nil {
				t.Fatal("the search did not open with the focus")
			}
			kittest.Press(d.Win, fyne.KeyEscape)
			if q, _ := ss.Popup(); q != nil || kittest.Top(d.Win) == nil {
				t.Fatalf("Escape in the search: search open %v, editor open %v", q != nil, kittest.Top(d.Win) != nil)
			}
			if d.Win.Canvas().Focused() != ss.Button() {
				t.Fatal("the focus did not come back to the select")
			}
			kittest.Press(d.Win, key)
			d.Wait()
			if kittest.Top(d.Win) != nil {
				t.Errorf("%s on the select left the editor open", key)
			}
			if want := map[fyne.KeyName]int{fyne.KeyReturn: 1}[key]; saved != want {
				t.Errorf("%s saved %d times, want %d", key, saved, want)
			}
		})
	}
}
