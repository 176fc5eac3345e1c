package kit_test

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"lodesk/app/field"
	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// TestEditorShowsEveryProblemAtOnce: a blank name and a bad e-mail are
// both marked beside their fields and listed under the form, name first.
func TestEditorShowsEveryProblemAtOnce(t *testing.T) {
	d := kittest.NewDemo(t)
	name, email := kit.NewInput(), kit.NewInput()
	e := kit.NewEditor(d.Env.Env, "Person", []kit.Field{
		{Name: "name", Label: "Name", Widget: name},
		{Name: "email", Label: "E-mail", Widget: email},
	})
	e.Collect = func() error {
		var errName, errMail error
		if strings.TrimSpace(name.Text) == "" {
			errName = field.New("name", field.ErrRequired)
		}
		if email.Text != "" && !strings.Contains(email.Text, "@") {
			errMail = &field.Error{Field: "email", Err: field.ErrBadValue, Value: email.Text}
		}
		return e.First(errMail, errName)
	}
	saved := false
	e.Save = func(context.Context, *data.Store) error { saved = true; return nil }
	e.Show(name)
	test.Type(email, "ratna.example")
	e.Submit()
	d.Wait()
	if saved {
		t.Fatal("saved with two problems")
	}
	beside := marked(d.Win)
	if len(beside) != 2 {
		t.Errorf("%d fields marked, want 2: %q", len(beside), beside)
	}
	lines := strings.Split(kittest.Problem(d.Win), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "Name") || !strings.HasPrefix(lines[1], "E-mail") {
		t.Errorf("under the form: %q", lines)
	}
}
