package delegview

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

func TestDelegationEditor(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	f.s.newDelegation()
	dlg := f.top()
	test.Type(f.formItem(dlg, "Code").(*kit.Input), "fr")
	test.Type(f.formItem(dlg, "Name").(*kit.Input), "Freedonia")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "France already has this code") {
		t.Fatalf("duplicate code not refused:\n%s", got)
	}
	code := f.formItem(dlg, "Code").(*kit.Input)
	code.SetText("")
	test.Type(code, "FD")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "Country: required") {
		t.Fatalf("missing country not refused:\n%s", got)
	}
	cp := f.formItem(dlg, "Country").(*kit.Select)
	for i, o := range cp.Options {
		if strings.HasSuffix(o, "(NL)") {
			cp.SetSelectedIndex(i)
		}
	}
	f.tap(f.button(dlg, "Save"))
	d, err := f.st.DelegationByCode(ctx, "FD")
	if err != nil || d.Name != "Freedonia" || d.Country != "NL" || d.Status != data.StatusExpected {
		t.Fatalf("stored %+v, %v", d, err)
	}
	if f.win.Canvas().Overlays().Top() != nil {
		t.Error("the editor stayed open after saving")
	}
	if f.s.detail.title.Text != "Freedonia" {
		t.Errorf("the new delegation is not selected: %q", f.s.detail.title.Text)
	}
	// Edit it: Enter in a field saves.
	f.tap(f.button(f.s.detail.view, "Edit"))
	dlg = f.top()
	name := f.formItem(dlg, "Name").(*kit.Input)
	name.SetText("Freedonia Republic")
	name.TypedKey(&fyneKeyReturn)
	f.env.Wait()
	if d, _ := f.st.DelegationByCode(ctx, "FD"); d.Name != "Freedonia Republic" {
		t.Errorf("edit with Enter: %q", d.Name)
	}
}

func TestPersonEditor(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	test.Type(f.s.search, "argentina")
	del := f.s.selected
	f.tap(f.button(f.s.detail.view, "Add person"))
	dlg := f.top()
	role := f.formItem(dlg, "Role").(*kit.Select)
	role.SetSelectedIndex(0) // head of delegation
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "Full name: required") {
		t.Fatalf("empty name accepted:\n%s", got)
	}
	test.Type(f.formItem(dlg, "Full name").(*kit.Input), "Lucía Fernández")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "is already the head of this delegation") {
		t.Fatalf("second HOD accepted:\n%s", got)
	}
	role.SetSelectedIndex(2) // member
	phone := f.formItem(dlg, "Phone").(*kit.Input)
	test.Type(phone, "call me")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "Phone: not a phone number") {
		t.Fatalf("bad phone accepted:\n%s", got)
	}
	phone.SetText("+54 9 11 2345-6789")
	f.tap(f.button(dlg, "Add allergy"))
	allergy := find[*widget.Entry](f.formItem(dlg, "Allergies"))[0]
	test.Type(allergy, "peanuts")
	f.tap(f.button(dlg, "Save"))
	// A new member joins the gala's tables: the members after them move,
	// and the window asks first.
	if q := text(f.top()); strings.Contains(q, "already seated") {
		f.tap(f.button(f.top(), "Move them"))
	}
	ps, _ := f.st.FindPeople(ctx, data.PersonFilter{DelegationID: del, Search: "Fernandez"})
	if len(ps) != 1 {
		t.Fatalf("not stored: %v (%s)", ps, text(dlg))
	}
	p := ps[0]
	if p.Role != data.RoleMember || p.Phone != "+5491123456789" || len(p.Allergies) != 1 || p.Allergies[0] != (data.Allergy{Substance: "peanuts", Severity: data.SeverityModerate}) {
		t.Errorf("stored %+v", p)
	}
	// The member list shows them; selecting opens the editor with the
	// phone formatted.
	found := -1
	for i, r := range f.s.detail.members.Rows() {
		if strings.Contains(r[1], "Lucía") {
			found = i
		}
	}
	if found < 0 {
		t.Fatal("the new person is not among the members")
	}
	f.s.detail.editMember(found)
	dlg = f.top()
	if got := f.formItem(dlg, "Phone").(*kit.Input).Text; got != "+54 9 11 2345-6789" {
		t.Errorf("phone shown as %q", got)
	}
}

func TestLockedFieldsAreKept(t *testing.T) {
	l := newLockable(data.Locked, true, nil)
	if !l.locked || l.entry != nil || l.value("kept") != "kept" {
		t.Errorf("locked field %+v", l)
	}
	if !strings.Contains(text(l.view), "locked") {
		t.Errorf("no lock note: %q", text(l.view))
	}
	u := newLockable("diabetic", true, nil)
	u.entry.SetText(" insulin ")
	if u.value("diabetic") != "insulin" {
		t.Errorf("unlocked value %q", u.value(""))
	}
}

// TestEditorEscapeKeepsNothing: Escape in a delegation's editor closes it
// and stores nothing typed.
func TestEditorEscapeKeepsNothing(t *testing.T) {
	f := newFixture(t)
	f.s.newDelegation()
	dlg := f.top()
	code := f.formItem(dlg, "Code").(*kit.Input)
	test.Type(code, "FD")
	name := f.formItem(dlg, "Name").(*kit.Input)
	test.Type(name, "Freedonia")
	f.win.Canvas().Focus(name)
	kittest.Press(f.win, fyne.KeyEscape)
	f.env.Wait()
	if f.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the editor stayed open after Escape")
	}
	if d, err := f.st.DelegationByCode(context.Background(), "FD"); err == nil {
		t.Errorf("Escape stored %+v", d)
	}
}

// TestPersonEditorMarksEveryProblem: a blank name and a bad e-mail are
// both marked beside their fields at Save; leaving a field checks it with
// the same rules, before any Save.
func TestPersonEditorMarksEveryProblem(t *testing.T) {
	f := newFixture(t)
	test.Type(f.s.search, "argentina")
	f.tap(f.button(f.s.detail.view, "Add person"))
	dlg := f.top()
	name := f.formItem(dlg, "Full name").(*kit.Input)
	email := f.formItem(dlg, "E-mail").(*kit.Input)
	f.win.Canvas().Focus(name)
	f.win.Canvas().Focus(email) // the name left blank
	f.env.Wait()
	if got := beside(dlg); len(got) != 1 || !strings.Contains(got[0], "required") {
		t.Fatalf("leaving the name blank marked %q", got)
	}
	test.Type(email, "ratna.example")
	f.win.Canvas().Focus(name) // the e-mail left wrong
	f.env.Wait()
	if got := beside(dlg); len(got) != 2 {
		t.Fatalf("leaving a bad e-mail: marked %q", got)
	}
	f.win.Canvas().Unfocus()
	f.tap(f.button(dlg, "Save"))
	got := beside(dlg)
	if len(got) != 2 || !strings.Contains(got[0], "required") || !strings.Contains(got[1], "e-mail") {
		t.Errorf("at Save, beside the fields: %q", got)
	}
	if under := kittest.Problem(f.win); !strings.Contains(under, "Full name") || !strings.Contains(under, "E-mail") {
		t.Errorf("under the form: %q", under)
	}
}

// beside is the problems shown beside the fields under o, in order.
func beside(o fyne.CanvasObject) []string {
	var out []string
	for _, b := range find[*kit.FieldBox](o) {
		for _, l := range find[*widget.Label](b) {
			if l.Visible() && l.Text != "" && l.Importance == widget.DangerImportance {
				out = append(out, l.Text)
			}
		}
	}
	return out
}
