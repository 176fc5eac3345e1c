//go:build !windows

package sync

import (
	"context"
	"path/filepath"
	"testing"

	"lodesk/data"
	"lodesk/data/datatest"
)

// Two machines with the same replica id (a cloned disk): the second to
// sync finds the first's pack in its own subfolder before writing
// anything, takes a new identity and re-stamps its unsent changes under
// it; nothing is overwritten and both laptops end with everything.
func TestClonedDiskIsDetected(t *testing.T) {
	ctx := context.Background()
	dir, a, folder := sharedEvent(t)
	b := filepath.Join(dir, "b.lodesk")
	st := open(t, a)
	id := st.Replica()
	st.Close()
	datatest.CloneDisk(t, a, b, id)

	add := func(path, code string) {
		s := open(t, path)
		defer s.Close()
		if s.Replica() != id {
			t.Fatalf("%s: the clone did not keep the id (%s)", path, s.Replica())
		}
		if err := s.Insert(ctx, &data.Delegation{Code: code, Name: code}); err != nil {
			t.Fatal(err)
		}
	}
	add(a, "AA")
	add(b, "BB")
	syncFile(t, a, folder, "")
	before, _ := filepath.Glob(filepath.Join(folder, id, "*"+Ext))

	sum := syncFile(t, b, folder, "")
	if sum.Forked.Old != id || sum.Forked.New == id || sum.Forked.Changes == 0 || sum.Replica != sum.Forked.New {
		t.Fatalf("the copy was not detected: %+v", sum.Forked)
	}
	after, _ := filepath.Glob(filepath.Join(folder, id, "*"+Ext))
	if len(after) != len(before) {
		t.Errorf("the copy wrote under the shared id: %v -> %v", before, after)
	}
	syncFile(t, a, folder, "")
	syncFile(t, b, folder, "")
	sameSnapshots(t, []string{"A", "B"}, snapshot(t, a), snapshot(t, b))
	for _, p := range []string{a, b} {
		s := open(t, p)
		ds, err := s.FindDelegations(ctx, data.DelegationFilter{})
		s.Close()
		if err != nil || len(ds) != 2 {
			t.Errorf("%s: %d delegations (%v), want AA and BB", p, len(ds), err)
		}
	}
}
