package delegview

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"lodesk/data"
)

func TestDeleteDelegationAndUndo(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	test.Type(f.s.search, "argentina")
	id := f.s.selected
	people, _ := f.st.FindPeople(ctx, data.PersonFilter{DelegationID: id})
	f.tap(f.button(f.s.detail.view, "Delete"))
	dlg := f.top()
	msg := text(dlg)
	if !strings.Contains(msg, "Delete Argentina?") || !strings.Contains(msg, "People: "+itoa(len(people))) {
		t.Fatalf("confirmation:\n%s", msg)
	}
	f.tap(f.button(dlg, "Delete"))
	if _, err := f.st.DelegationByCode(ctx, "AR"); !errors.Is(err, data.ErrNotFound) {
		t.Fatalf("not deleted: %v", err)
	}
	if ps, _ := f.st.FindPeople(ctx, data.PersonFilter{DelegationID: id}); len(ps) != 0 {
		t.Errorf("%d people left", len(ps))
	}
	if len(f.s.table.Rows()) != 0 {
		t.Errorf("the list still shows it: %v", f.s.table.Rows())
	}
	undo := f.s.undo.View()
	if !strings.Contains(text(undo), "Deleted Argentina") {
		t.Fatalf("no undo offer:\n%s", text(undo))
	}
	f.tap(f.button(undo, "Undo"))
	if _, err := f.st.DelegationByCode(ctx, "AR"); err != nil {
		t.Fatalf("undo: %v", err)
	}
	if ps, _ := f.st.FindPeople(ctx, data.PersonFilter{DelegationID: id}); len(ps) != len(people) {
		t.Errorf("undo brought back %d of %d people", len(ps), len(people))
	}
	if len(f.s.table.Rows()) != 1 {
		t.Errorf("the list does not show it again")
	}
}

func TestDeletePersonFromEditor(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	test.Type(f.s.search, "argentina")
	before := len(f.s.detail.members.Rows())
	name := f.s.detail.people[before-1].FullName
	f.s.detail.editMember(before - 1)
	f.tap(f.button(f.top(), "Delete"))
	if !strings.Contains(text(f.top()), "Delete "+name+"?") {
		t.Fatalf("confirmation:\n%s", text(f.top()))
	}
	f.tap(f.button(f.top(), "Delete"))
	if got := len(f.s.detail.members.Rows()); got != before-1 {
		t.Errorf("members %d, want %d", got, before-1)
	}
	if ps, _ := f.st.FindPeople(ctx, data.PersonFilter{Search: name}); len(ps) != 0 {
		t.Errorf("still stored: %v", ps)
	}
}
