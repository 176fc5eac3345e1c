package sync

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"lodesk/data"
)

// folderHas lists the files of the folder holding s, in their bytes or
// decompressed.
func folderHas(t *testing.T, folder, s string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(folder, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		blobs := [][]byte{raw}
		if i := bytes.Index(raw, []byte{0x1f, 0x8b}); i >= 0 {
			if zr, err := gzip.NewReader(bytes.NewReader(raw[i:])); err == nil {
				plain, _ := io.ReadAll(zr)
				blobs = append(blobs, plain)
			}
		}
		for _, b := range blobs {
			if bytes.Contains(b, []byte(s)) {
				out = append(out, path)
				break
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// A person created, synced to both laptops (and edited on B), then deleted
// on A: once both have synced twice, their passport number and their other
// personal data are in no file of the folder, and a laptop that joins from
// the compacted folder gets the same event.
func TestDeletionErasedFromTheFolder(t *testing.T) {
	ctx := context.Background()
	dir, a, folder := sharedDemo(t)
	b := filepath.Join(dir, "b.lodesk")
	syncFile(t, b, folder, "")

	sa := open(t, a)
	ds, err := sa.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		t.Fatal(err)
	}
	p := &data.Person{DelegationID: ds[0].ID, FullName: "Erasable Person", PassportNo: "ERASE-ME-777", Medical: "ERASE-MED-888"}
	if err := sa.Insert(ctx, p); err != nil {
		t.Fatal(err)
	}
	sa.Close()
	syncFile(t, a, folder, "")
	syncFile(t, b, folder, "")
	sb := open(t, b)
	q, err := data.Get[data.Person](ctx, sb, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	q.Phone = "ERASE-TEL-999"
	if err := sb.Update(ctx, q); err != nil {
		t.Fatal(err)
	}
	sb.Close()
	syncFile(t, b, folder, "")
	syncFile(t, a, folder, "")
	secrets := []string{"ERASE-ME-777", "ERASE-MED-888", "ERASE-TEL-999"}
	for _, s := range secrets {
		if len(folderHas(t, folder, s)) == 0 {
			t.Fatalf("%s never reached the folder: the test proves nothing", s)
		}
	}

	sa = open(t, a)
	gone, err := data.Get[data.Person](ctx, sa, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sa.Delete(ctx, gone); err != nil {
		t.Fatal(err)
	}
	sa.Close()
	for range 2 {
		syncFile(t, a, folder, "")
		syncFile(t, b, folder, "")
	}
	for _, s := range secrets {
		if files := folderHas(t, folder, s); len(files) > 0 {
			t.Errorf("%s still in %v", s, files)
		}
	}
	c := filepath.Join(dir, "c.lodesk")
	syncFile(t, c, folder, "")
	sameSnapshots(t, []string{"A", "C"}, snapshot(t, a), snapshot(t, c))
}
