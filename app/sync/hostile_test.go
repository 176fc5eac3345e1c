package sync

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"lodesk/data"
)

// bombPack is a pack with a valid header and checksum whose body
// decompresses to 1 GiB of zeros (64 gzip members of 16 MiB each, about a
// megabyte on disk).
func bombPack(t *testing.T, replica string) []byte {
	t.Helper()
	head := encode(t, Header{Replica: replica, Number: 1}, nil, nil)
	nl := bytes.IndexByte(head, '\n')
	nl2 := nl + 1 + bytes.IndexByte(head[nl+1:], '\n')
	var member bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&member, gzip.BestCompression)
	zeros := make([]byte, 1<<20)
	for range 16 {
		zw.Write(zeros) //nolint:errcheck // bytes.Buffer
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	out := bytes.Clone(head[:nl2+1])
	for range 64 {
		out = append(out, member.Bytes()...)
	}
	sum := sha256.Sum256(out)
	return append(out, []byte(trailerHead+hex.EncodeToString(sum[:])+"\n")...)
}

// A folder may hold anything. A copy of A's pack in another laptop's
// subfolder, a pack whose header claims all of A's changes, a FIFO (which
// would block a plain open), a symbolic link to /dev/zero (endless), a pack
// that decompresses to 1 GiB, a file over the size limit and a linked
// subfolder are skipped or refused by name; the sync finishes, A still
// sends its new changes (neither the copy nor the claim makes it believe
// they are there) and a new laptop still joins.
func TestSyncHostileFolder(t *testing.T) {
	ctx := context.Background()
	dir, a, folder := sharedDemo(t)

	x := filepath.Join(folder, "01900000-0000-7000-8000-00000000000a")
	y := filepath.Join(folder, "01900000-0000-7000-8000-00000000000b")
	for _, d := range []string{x, y} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	var want []string
	// A copy of A's pack in another laptop's subfolder.
	st := open(t, a)
	aID := st.Replica()
	ownPacks, _ := filepath.Glob(filepath.Join(folder, aID, "*"+Ext))
	st.Close()
	if len(ownPacks) == 0 {
		t.Fatal("A wrote no pack")
	}
	copied := filepath.Join(x, "1"+Ext)
	raw, err := os.ReadFile(ownPacks[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(copied, raw, 0o600); err != nil {
		t.Fatal(err)
	}
	want = append(want, copied)
	if fifo := makeFIFO(t, filepath.Join(x, "2"+Ext)); fifo != "" {
		want = append(want, fifo)
	}
	if runtime.GOOS != "windows" {
		zero := filepath.Join(x, "3"+Ext)
		if err := os.Symlink("/dev/zero", zero); err != nil {
			t.Fatal(err)
		}
		linked := filepath.Join(folder, "01900000-0000-7000-8000-00000000000c")
		if err := os.Symlink("/dev", linked); err != nil {
			t.Fatal(err)
		}
		want = append(want, zero, linked)
	}
	// A pack of format 1 whose header claims every stamp of A and which
	// holds nothing: valid, merged, and believed in nothing.
	claims := encodeV1(t, Header{Schema: 1, Replica: filepath.Base(y), Ranges: []data.Range{{Replica: aID, From: 1, To: 1 << 62}}}, nil, "")
	if err := os.WriteFile(filepath.Join(y, "3"+Ext), claims, 0o600); err != nil {
		t.Fatal(err)
	}
	bomb := filepath.Join(y, "1"+Ext)
	if err := os.WriteFile(bomb, bombPack(t, filepath.Base(y)), 0o600); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(y, "2"+Ext)
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxPackFile + 1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	f.Close()
	want = append(want, bomb, big)

	st = open(t, a)
	leftover := filepath.Join(folder, st.Replica(), tmpPrefix+"killed"+Ext)
	if err := os.WriteFile(leftover, []byte("half a pack"), 0o600); err != nil {
		t.Fatal(err)
	}
	people, err := st.FindPeople(ctx, data.PersonFilter{})
	if err != nil || len(people) == 0 {
		t.Fatal(people, err)
	}
	added := &data.Person{DelegationID: people[0].DelegationID, FullName: "Added After", PassportNo: "X1234567"}
	if err := st.Insert(ctx, added); err != nil {
		t.Fatal(err)
	}
	st.Close()

	t0 := time.Now()
	sum, err := syncWithin(t, a, folder, time.Minute)
	t.Logf("sync with hostile files: %s", time.Since(t0))
	var refused *RefusedError
	if !errors.As(err, &refused) {
		t.Fatalf("want the refused files reported, got %v", err)
	}
	for _, w := range want {
		if !strings.Contains(err.Error(), w) {
			t.Errorf("%s not named in %v", w, err)
		}
	}
	if !errors.Is(err, ErrNotRegular) || !errors.Is(err, ErrTooLarge) || !errors.Is(err, ErrInflates) || !errors.Is(err, ErrWrongFolder) {
		t.Errorf("refusals not classified: %v", err)
	}
	if sum.Sent == 0 || len(sum.Written) == 0 {
		t.Fatalf("A did not send its new change: %+v", sum)
	}
	if _, err := os.Lstat(leftover); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the temporary file a killed sync left is still there (%v)", err)
	}

	b := filepath.Join(dir, "b.lodesk")
	sum, err = syncWithin(t, b, folder, time.Minute)
	if !errors.As(err, &refused) || !sum.Joined {
		t.Fatalf("join beside hostile files: %v %+v", err, sum)
	}
	sb := open(t, b)
	defer sb.Close()
	if _, err := data.Get[data.Person](ctx, sb, added.ID); err != nil {
		t.Errorf("B lacks the person A added: %v", err)
	}
}

// syncWithin syncs path, failing the test if the sync hangs.
func syncWithin(t *testing.T, path, folder string, limit time.Duration) (Summary, error) {
	t.Helper()
	type result struct {
		sum Summary
		err error
	}
	done := make(chan result, 1)
	go func() {
		sum, err := SyncFile(context.Background(), path, Options{Folder: folder})
		done <- result{sum, err}
	}()
	select {
	case r := <-done:
		return r.sum, r.err
	case <-time.After(limit):
		t.Fatalf("sync of %s still running after %s", path, limit)
	}
	return Summary{}, nil
}
