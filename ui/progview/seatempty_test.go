package progview

import (
	"strings"
	"testing"

	"lodesk/ui/kit/kittest"
)

// TestSeatingEmptySaysWhatToDo: while nobody is placed the picture says
// what the coordinator can do, never "press Regenerate" while Regenerate
// is off.
func TestSeatingEmptySaysWhatToDo(t *testing.T) {
	f := newFixture(t)
	v := f.scr.seats
	shown := func() string {
		v.picture.set(nil, nil, false) // nobody placed
		return strings.ReplaceAll(kittest.Text(v.picture), "\n", " ")
	}
	if got := shown(); !strings.Contains(got, "Choose a session") || !v.regen.Disabled() {
		t.Errorf("no session chosen (Regenerate off %v): %q", v.regen.Disabled(), got)
	}
	f.showPhoto()
	v.locked(true)
	f.wait()
	got := shown()
	if !v.regen.Disabled() || strings.Contains(got, "press Regenerate") || !strings.Contains(got, "Untick") {
		t.Errorf("a locked seating (Regenerate off %v): %q", v.regen.Disabled(), got)
	}
	v.locked(false)
	f.wait()
	if got := shown(); v.regen.Disabled() || !strings.Contains(got, "press Regenerate") {
		t.Errorf("an open seating (Regenerate off %v): %q", v.regen.Disabled(), got)
	}
	v.items = nil
	v.current = nil
	v.enable()
	if got := shown(); !strings.Contains(got, "tick") {
		t.Errorf("no item with a seating: %q", got)
	}
}
