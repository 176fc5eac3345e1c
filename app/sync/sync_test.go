package sync

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/data"
)

// makeDemo writes a small demo event and returns its path.
func makeDemo(t testing.TB, dir string) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(dir, "demo.lodesk")
	st, err := data.Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Generate(ctx, st, demo.Options{Size: demo.Small, Start: time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC)}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return path
}

// copyFile copies an event file as a coordinator would: the copy gets its
// own replica id when opened.
func copyFile(t propT, from, to string) {
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

func open(t testing.TB, path string) *data.Store {
	t.Helper()
	st, err := data.Open(context.Background(), path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func snapshot(t testing.TB, path string) map[string][]string {
	t.Helper()
	st, err := data.Open(context.Background(), path, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	snap, err := st.Snapshot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return snap
}

func sameSnapshots(t propT, names []string, snaps ...map[string][]string) {
	t.Helper()
	for i := 1; i < len(snaps); i++ {
		if reflect.DeepEqual(snaps[0], snaps[i]) {
			continue
		}
		for tbl, rows := range snaps[0] {
			other := snaps[i][tbl]
			if reflect.DeepEqual(rows, other) {
				continue
			}
			t.Errorf("%s and %s differ in %s (%d and %d rows)", names[0], names[i], tbl, len(rows), len(other))
			for k := 0; k < len(rows) && k < len(other); k++ {
				if rows[k] != other[k] {
					t.Errorf("first difference:\n%s\n%s", rows[k], other[k])
					break
				}
			}
		}
		for tbl := range snaps[i] {
			if _, ok := snaps[0][tbl]; !ok {
				t.Errorf("%s has rows in %s that %s lacks", names[i], tbl, names[0])
			}
		}
	}
}

func syncFile(t testing.TB, path, folder, pass string) Summary {
	t.Helper()
	sum, err := SyncFile(context.Background(), path, Options{Folder: folder, Passphrase: pass})
	if err != nil {
		t.Fatalf("sync %s: %v", filepath.Base(path), err)
	}
	return sum
}

// laptops sets up the scenario: one demo copied to two laptops,
// edited differently on each. It returns the two paths and the ids of the
// people involved.
type scenario struct {
	a, b                   string
	same, deleted          string // person ids: edited on both; deleted on A and edited on B
	newOnA, newOnB, folder string
}

func laptops(t *testing.T) scenario {
	t.Helper()
	ctx := context.Background()
	dir := t.TempDir()
	src := makeDemo(t, dir)
	sc := scenario{a: filepath.Join(dir, "a.lodesk"), b: filepath.Join(dir, "b.lodesk"), folder: filepath.Join(dir, "stick")}
	copyFile(t, src, sc.a)
	copyFile(t, src, sc.b)
	if err := os.Mkdir(sc.folder, 0o755); err != nil {
		t.Fatal(err)
	}

	a := open(t, sc.a)
	a.SetAuthor("Ayu")
	people, err := a.FindPeople(ctx, data.PersonFilter{})
	if err != nil || len(people) < 3 {
		t.Fatalf("demo people: %d, %v", len(people), err)
	}
	p0, p1 := people[0], people[1]
	sc.same, sc.deleted = p0.ID, p1.ID
	p0.Position = "Minister (edited on A)"
	p0.Medical = "diabetic (A)"
	if err := a.Update(ctx, &p0); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Delete(ctx, &p1); err != nil {
		t.Fatal(err)
	}
	na := data.Person{DelegationID: p0.DelegationID, Role: data.RoleMember, FullName: "New On A", Medical: "asthma"}
	if err := a.Insert(ctx, &na); err != nil {
		t.Fatal(err)
	}
	sc.newOnA = na.ID
	if err := a.Close(); err != nil {
		t.Fatal(err)
	}

	time.Sleep(5 * time.Millisecond) // B's edits are the later ones
	b := open(t, sc.b)
	b.SetAuthor("Budi")
	q0, err := data.Get[data.Person](ctx, b, sc.same)
	if err != nil {
		t.Fatal(err)
	}
	q0.Position = "Minister (edited on B)"
	q0.Medical = "diabetic, insulin (B)"
	if err := b.Update(ctx, q0); err != nil {
		t.Fatal(err)
	}
	q1, err := data.Get[data.Person](ctx, b, sc.deleted)
	if err != nil {
		t.Fatal(err)
	}
	q1.HandlingNotes = "prefers tea (B)"
	q1.Phone = "+62 811 000 111"
	if err := b.Update(ctx, q1); err != nil {
		t.Fatal(err)
	}
	nb := data.Person{DelegationID: q0.DelegationID, Role: data.RoleStaff, FullName: "New On B"}
	if err := b.Insert(ctx, &nb); err != nil {
		t.Fatal(err)
	}
	sc.newOnB = nb.ID
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	return sc
}

func TestTwoLaptopsConverge(t *testing.T) {
	orders := map[string][]string{"A first": {"a", "b", "a", "b"}, "B first": {"b", "a", "b", "a"}, "B twice": {"b", "b", "a", "a", "b"}}
	for name, order := range orders {
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			sc := laptops(t)
			for _, who := range order {
				path := sc.a
				if who == "b" {
					path = sc.b
				}
				syncFile(t, path, sc.folder, "")
			}
			sa, sb := snapshot(t, sc.a), snapshot(t, sc.b)
			sameSnapshots(t, []string{"A", "B"}, sa, sb)

			// Again: nothing moves.
			for _, p := range []string{sc.a, sc.b} {
				sum := syncFile(t, p, sc.folder, "")
				// (A pack may be read again: the other laptop compacted its
				// packs after the deletion.)
				if sum.Received != 0 || len(sum.Written) != 0 {
					t.Errorf("repeated sync moved data: %+v", sum)
				}
			}
			sameSnapshots(t, []string{"A", "A again"}, sa, snapshot(t, sc.a))

			// A third laptop joins from the folder alone.
			c := filepath.Join(t.TempDir(), "c.lodesk")
			sum := syncFile(t, c, sc.folder, "")
			if !sum.Joined || sum.Received == 0 {
				t.Fatalf("join: %+v", sum)
			}
			sameSnapshots(t, []string{"A", "C"}, sa, snapshot(t, c))

			st := open(t, sc.a)
			defer st.Close()
			p, err := data.Get[data.Person](ctx, st, sc.same)
			if err != nil {
				t.Fatal(err)
			}
			if p.Position != "Minister (edited on B)" || p.Medical != "diabetic, insulin (B)" {
				t.Errorf("later edit should win: %q, %q", p.Position, p.Medical)
			}
			if _, err := data.Get[data.Person](ctx, st, sc.deleted); !errors.Is(err, data.ErrNotFound) {
				t.Errorf("delete against edit: the person is back (%v)", err)
			}
			for _, id := range []string{sc.newOnA, sc.newOnB} {
				if _, err := data.Get[data.Person](ctx, st, id); err != nil {
					t.Errorf("new person %s: %v", id, err)
				}
			}
			cs, err := st.Conflicts(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(cs) != 1 || cs[0].RowID != sc.same || cs[0].Field != "medical" ||
				cs[0].Current.Value != "diabetic, insulin (B)" || cs[0].Other.Value != "diabetic (A)" || cs[0].Other.Author != "Ayu" {
				t.Fatalf("conflicts: %+v", cs)
			}
			if strings.Contains(strings.Join(snapshot(t, sc.a)["person"], "\n"), "prefers tea") {
				t.Error("the deleted person's edit survived in the tombstone")
			}
		})
	}
}

// A protected event syncs only with its passphrase, in age-encrypted
// packs: nothing of it travels in clear, and the joined laptop reads the
// medical notes once it has the passphrase.
func TestSyncProtectedEvent(t *testing.T) {
	ctx := context.Background()
	sc := laptops(t)
	a := open(t, sc.a)
	if err := a.Protect(ctx, "rahasia negara 2026"); err != nil {
		t.Fatal(err)
	}
	a.Close()
	if _, err := SyncFile(ctx, sc.a, Options{Folder: sc.folder}); !errors.Is(err, ErrProtectedSync) {
		t.Fatalf("sync without the passphrase: %v", err)
	}
	if entries, _ := os.ReadDir(sc.folder); len(entries) != 0 {
		t.Fatalf("a refused sync wrote %d entries", len(entries))
	}
	syncFile(t, sc.a, sc.folder, "rahasia negara 2026")
	err := filepath.WalkDir(sc.folder, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, clear := range []string{"diabetic (A)", "Viet Nam", "person"} {
			if bytes.Contains(raw, []byte(clear)) {
				t.Errorf("%s holds %q in clear", filepath.Base(path), clear)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	c := filepath.Join(t.TempDir(), "c.lodesk")
	syncFile(t, c, sc.folder, "rahasia negara 2026")
	if strings.Contains(strings.Join(snapshot(t, c)["person"], "\n"), "diabetic (A)") {
		t.Error("medical notes stored in clear on the joined laptop")
	}
	st := open(t, c)
	defer st.Close()
	if err := st.Unlock(ctx, "rahasia negara 2026"); err != nil {
		t.Fatal(err)
	}
	// Unlocked (as in the window), it syncs without the passphrase again.
	if _, err := Run(ctx, st, Options{Folder: sc.folder}); err != nil {
		t.Fatalf("an unlocked event: %v", err)
	}
	p, err := data.Get[data.Person](ctx, st, sc.same)
	if err != nil {
		t.Fatal(err)
	}
	if p.Medical != "diabetic (A)" {
		t.Errorf("medical after unlock: %q", p.Medical)
	}
}

// sharedEvent makes a folder and an event file A holding one event, synced
// into the folder; it returns the test's directory, A and the folder.
func sharedEvent(t *testing.T) (dir, a, folder string) {
	t.Helper()
	dir = t.TempDir()
	a = filepath.Join(dir, "a.lodesk")
	st, err := data.Create(context.Background(), a)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Insert(context.Background(), &data.Event{Name: "Summit"}); err != nil {
		t.Fatal(err)
	}
	st.Close()
	return dir, a, syncedFolder(t, dir, a)
}

// sharedDemo is sharedEvent with the small demo event.
func sharedDemo(t *testing.T) (dir, a, folder string) {
	t.Helper()
	dir = t.TempDir()
	a = makeDemo(t, dir)
	return dir, a, syncedFolder(t, dir, a)
}

func syncedFolder(t *testing.T, dir, a string) string {
	t.Helper()
	folder := filepath.Join(dir, "stick")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	syncFile(t, a, folder, "")
	return folder
}
