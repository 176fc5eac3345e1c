package sync

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"

	"lodesk/data"
)

// The folder stays small: a laptop that syncs after every edit keeps at
// most maxOwnPacks packs (and a snapshot) in its subfolder, however many
// syncs it makes, and another laptop that joins gets every edit.
func TestFolderStaysSmall(t *testing.T) {
	ctx := context.Background()
	dir, a, folder := sharedEvent(t)
	st := open(t, a)
	own := filepath.Join(folder, st.Replica())
	st.Close()
	most := 0
	for i := range 3 * maxOwnPacks {
		st := open(t, a)
		if err := st.Insert(ctx, &data.Delegation{Code: fmt.Sprintf("D%02d", i), Name: fmt.Sprintf("Delegation %d", i)}); err != nil {
			t.Fatal(err)
		}
		st.Close()
		syncFile(t, a, folder, "")
		packs, _ := filepath.Glob(filepath.Join(own, "*"+Ext))
		most = max(most, len(packs))
	}
	if most > maxOwnPacks+1 {
		t.Errorf("A's subfolder held %d packs after %d syncs; at most %d", most, 3*maxOwnPacks, maxOwnPacks+1)
	}
	b := filepath.Join(dir, "b.lodesk")
	syncFile(t, b, folder, "")
	sameSnapshots(t, []string{"A", "B"}, snapshot(t, a), snapshot(t, b))
}
