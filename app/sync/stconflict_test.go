package sync

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"lodesk/data"
)

// newTeamEvent makes an event file with one delegation and one person in
// it, for the watch and Syncthing tests; it stays open until the test ends.
func newTeamEvent(t *testing.T, path string) (*data.Store, *data.Person) {
	t.Helper()
	ctx := context.Background()
	st, err := data.Create(ctx, path)
	must(t, err)
	t.Cleanup(func() { st.Close() })
	must(t, st.Insert(ctx, &data.Event{Name: "Summit", TimeZone: "Asia/Jakarta"}))
	d := &data.Delegation{Code: "MY", Name: "Malaysia", Kind: data.KindCountry, Country: "MY"}
	must(t, st.Insert(ctx, d))
	p := &data.Person{DelegationID: d.ID, FullName: "Siti Rahma", Position: "Minister"}
	must(t, st.Insert(ctx, p))
	return st, p
}

// Syncthing keeps both versions of a file two laptops changed at once, one
// renamed N.sync-conflict-DATE-TIME-DEVICE.lodeskpack. Packs are never
// changed once named, so that only happens when two copies of one event
// file write under the same identity; either way the conflict copy is
// read like any pack: none of its changes is lost.
func TestSyncthingConflictCopyIsRead(t *testing.T) {
	ctx := t.Context()
	dir := t.TempDir()
	folder := filepath.Join(dir, "folder")
	must(t, os.Mkdir(folder, 0o755))
	a, p := newTeamEvent(t, filepath.Join(dir, "a.lodesk"))
	_, err := Run(ctx, a, Options{Folder: folder})
	must(t, err)
	p.Position = "Deputy Minister"
	must(t, a.Update(ctx, p))
	_, err = Run(ctx, a, Options{Folder: folder})
	must(t, err)
	sub := filepath.Join(folder, a.Replica())
	packs, _ := filepath.Glob(filepath.Join(sub, "*"+Ext))
	if len(packs) != 2 {
		t.Fatalf("want two packs, got %v", packs)
	}
	// The second pack survives only as Syncthing's conflict copy of the first.
	second := packs[len(packs)-1]
	must(t, os.Rename(second, filepath.Join(sub, "1.sync-conflict-20261124-093015-7QWERTY"+Ext)))

	b, err := data.Create(ctx, filepath.Join(dir, "b.lodesk"))
	must(t, err)
	defer b.Close()
	sum, err := Run(ctx, b, Options{Folder: folder})
	must(t, err)
	got, err := data.Get[data.Person](ctx, b, p.ID)
	must(t, err)
	if got.Position != "Deputy Minister" || len(sum.Refused) > 0 {
		t.Fatalf("the conflict copy's change was lost: position %q, refused %v", got.Position, sum.Refused)
	}
}
