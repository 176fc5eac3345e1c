package syncview

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/widget"

	"lodesk/app/sync"
	"lodesk/data"
)

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// Two laptops edit one person's medical notes; on B the coordinator keeps
// B's version from the dialog, and A learns the choice at its next sync.
func TestSyncViewWithEventFiles(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	base := filepath.Join(dir, "base.lodesk")
	st, err := data.Create(ctx, base)
	must(t, err)
	p := &data.Person{FullName: "Siti Rahma", Medical: "asthma"}
	must(t, st.Insert(ctx, p))
	must(t, st.Close())
	stick := filepath.Join(dir, "stick")
	must(t, os.Mkdir(stick, 0o755))
	var laptops []*data.Store
	for i, med := range []string{"asthma (A)", "asthma, inhaler (B)"} {
		path := filepath.Join(dir, string(rune('a'+i))+".lodesk")
		copyFile(t, base, path)
		s, err := data.Open(ctx, path, data.Options{})
		must(t, err)
		t.Cleanup(func() { s.Close() })
		q, err := data.Get[data.Person](ctx, s, p.ID)
		must(t, err)
		q.Medical = med
		must(t, s.Update(ctx, q))
		laptops = append(laptops, s)
	}
	a, b := laptops[0], laptops[1]
	_, err = sync.Run(ctx, a, sync.Options{Folder: stick})
	must(t, err)

	v, done := newView(t, &fakeSyncer{})
	v.s = StoreSyncer{Store: b}
	v.Show()
	wait(t, done)
	v.setFolder(stick)
	v.run.OnTapped()
	wait(t, done)
	if len(v.conflicts.Objects) != 2 {
		t.Fatalf("want one conflict card, got %d objects; status %q", len(v.conflicts.Objects), v.status.Text)
	}
	card := v.conflicts.Objects[1].(*widget.Card)
	if card.Title != "Siti Rahma" {
		t.Errorf("card title %q", card.Title)
	}
	buttons(card)[0].OnTapped() // keep what is shown
	wait(t, done)
	if cs, _ := b.Conflicts(ctx); len(cs) != 0 {
		t.Fatalf("B still has conflicts: %+v", cs)
	}
	_, err = sync.Run(ctx, b, sync.Options{Folder: stick})
	must(t, err)
	_, err = sync.Run(ctx, a, sync.Options{Folder: stick})
	must(t, err)
	if cs, _ := a.Conflicts(ctx); len(cs) != 0 {
		t.Fatalf("A still has conflicts after B's choice: %+v", cs)
	}
	pa, err := data.Get[data.Person](ctx, a, p.ID)
	must(t, err)
	pb, err := data.Get[data.Person](ctx, b, p.ID)
	must(t, err)
	if pa.Medical != pb.Medical {
		t.Errorf("A %q, B %q", pa.Medical, pb.Medical)
	}
}
