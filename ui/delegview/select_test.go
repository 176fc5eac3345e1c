package delegview

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/ui/kit/kittest"
)

// TestMembersClickShowsDoubleClickEdits: one click on a member selects
// them and shows their whole row under the table, with no editor; a
// double click opens their editor, and so does Enter.
func TestMembersClickShowsDoubleClickEdits(t *testing.T) {
	f := newFixture(t)
	test.Type(f.s.search, "argentina")
	f.env.Wait()
	m := f.s.detail.members
	if len(m.Rows()) < 2 {
		t.Fatalf("%d members", len(m.Rows()))
	}
	name, position := m.Cell(1, 1), m.Cell(1, 3)

	test.TapAt(m, kittest.TableRow(1))
	f.env.Wait()
	if top := kittest.Top(f.win); top != nil {
		t.Fatalf("one click opened:\n%s", kittest.Text(top))
	}
	shown := kittest.Text(f.win.Content())
	if !strings.Contains(shown, "Name: "+name) || !strings.Contains(shown, position) {
		t.Errorf("the selected member is not shown whole (%q, %q) in:\n%s", name, position, shown)
	}

	test.TapAt(m, kittest.TableRow(1))
	f.env.Wait()
	f.editing(name)
	kittest.Press(f.win, fyne.KeyEscape)
	if kittest.Top(f.win) != nil {
		t.Fatal("Escape left the editor open")
	}

	if f.win.Canvas().Focused() == nil {
		t.Fatal("the clicked table has no keyboard focus")
	}
	kittest.Press(f.win, fyne.KeyDown)
	kittest.Press(f.win, fyne.KeyReturn)
	f.env.Wait()
	f.editing(m.Cell(2, 1))
}

// editing fails unless the person editor is open on name (as the table
// shows it, with the honorific).
func (f *fixture) editing(name string) {
	f.t.Helper()
	if kittest.Top(f.win) == nil {
		f.t.Fatalf("no editor open for %q", name)
	}
	if got := kittest.Input(f.t, f.win, "Full name").Text; got == "" || !strings.Contains(name, got) {
		f.t.Fatalf("the editor is open on %q, want %q", got, name)
	}
}
