package pdf

import (
	"testing"
	"time"
)

// TestSharedLayouts: a layout is reused by the next document while the
// font cuts stay the same, and not once a cut has grown.
func TestSharedLayouts(t *testing.T) {
	k := layoutKey{"Ketut Sánchez", Regular}        // not plain ASCII, which is measured without a layout (plain.go)
	New("t", "t", time.Time{}).Width(k.s, k.st, 10) // makes the cut that holds it
	ForgetLayouts()
	if _, _, ok := sharedLayouts.get(k); ok {
		t.Fatal("a layout before any was made")
	}
	d1 := New("t", "t", time.Time{})
	d1.Width(k.s, k.st, 10)
	if _, _, ok := sharedLayouts.get(k); !ok {
		t.Fatal("the first document's layout is not kept")
	}
	_, e, _ := sharedLayouts.get(k)
	cutEpoch.Add(1) // as a cut growing does
	if _, _, ok := sharedLayouts.get(k); ok {
		t.Error("a layout made with the old cuts is reused")
	}
	sharedLayouts.put(k, nil, e)
	if _, _, ok := sharedLayouts.get(k); ok {
		t.Error("a layout made before the cut grew was kept")
	}
	d2 := New("t", "t", time.Time{})
	if w1, w2 := d1.Width(k.s, k.st, 10), d2.Width(k.s, k.st, 10); w1 != w2 || w1 == 0 {
		t.Errorf("widths %v and %v", w1, w2)
	}
	ForgetLayouts()
}
