package widgets

import (
	"fmt"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// TestSearchSelect: the drop-down of 5,000 options finds one by typing,
// chooses it with a tap, and reports the change once; disabled, it does
// not open.
func TestSearchSelect(t *testing.T) {
	a := test.NewTempApp(t)
	w := a.NewWindow("t")
	w.Resize(fyne.NewSize(600, 600))
	opts := make([]string, 5000)
	for i := range opts {
		opts[i] = fmt.Sprintf("LO number %d", i)
	}
	opts[4321] = "Nguyễn Thị Lan"
	var changed []string
	s := NewSearchSelect(opts, func(v string) { changed = append(changed, v) })
	s.PlaceHolder = "Choose an LO"
	w.SetContent(s)
	if got := s.button.Text; got != "Choose an LO" {
		t.Errorf("closed select shows %q", got)
	}
	test.Tap(s.button)
	q, l := s.Popup()
	if q == nil {
		t.Fatal("no drop-down after a tap")
	}
	if n := l.Length(); n != 5000 {
		t.Errorf("the drop-down lists %d options, want 5000", n)
	}
	test.Type(q, "nguyen lan")
	if n := l.Length(); n != 1 {
		t.Fatalf("after typing, %d options, want 1", n)
	}
	l.Select(0)
	if s.Selected != "Nguyễn Thị Lan" || s.SelectedIndex() != 4321 || s.button.Text != "Nguyễn Thị Lan" {
		t.Errorf("chose %q (%d), shows %q", s.Selected, s.SelectedIndex(), s.button.Text)
	}
	if q, _ := s.Popup(); q != nil {
		t.Error("the drop-down stays open after a choice")
	}
	if len(changed) != 1 || changed[0] != "Nguyễn Thị Lan" {
		t.Errorf("OnChanged calls %v", changed)
	}
	s.ClearSelected()
	s.Disable()
	test.Tap(s.button)
	if q, _ := s.Popup(); q != nil {
		t.Error("a disabled select opened")
	}
	if len(changed) != 1 {
		t.Errorf("OnChanged calls %v after clearing", changed)
	}
}
