package sync

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lodesk/data"
)

// testChanges makes a few changes as a replica would send them.
func testChanges(t testing.TB) (*data.Store, []data.SyncChange) {
	t.Helper()
	ctx := context.Background()
	st, err := data.Create(ctx, filepath.Join(t.TempDir(), "src.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	st.SetAuthor("Ayu")
	d := &data.Delegation{Code: "MY", Name: "Malaysia", Kind: data.KindCountry, Country: "MY"}
	if err := st.Insert(ctx, d); err != nil {
		t.Fatal(err)
	}
	p := &data.Person{
		DelegationID: d.ID, FullName: "Siti", Medical: "asthma", Photo: []byte{0, 1, 2, 255},
		Allergies: data.Allergies{{Substance: "peanut", Severity: data.SeveritySevere}},
	}
	if err := st.Insert(ctx, p); err != nil {
		t.Fatal(err)
	}
	p.Medical = "asthma; inhaler"
	if err := st.Update(ctx, p); err != nil {
		t.Fatal(err)
	}
	return st, allChanges(t, st)
}

// allChanges is every change a store holds, as it would send them.
func allChanges(t testing.TB, st *data.Store) []data.SyncChange {
	t.Helper()
	ctx := context.Background()
	all, err := st.LogStamps(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := st.ChangesAt(ctx, all, false)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

// testKey makes an event key (a throwaway protected event's).
func testKey(t testing.TB) *data.EventKey {
	t.Helper()
	ctx := context.Background()
	st, err := data.Create(ctx, filepath.Join(t.TempDir(), "key.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Insert(ctx, &data.Event{Name: "Key"}); err != nil {
		t.Fatal(err)
	}
	if err := st.Protect(ctx, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	k, err := st.CurrentKey(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func encode(t testing.TB, h Header, cs []data.SyncChange, k *data.EventKey) []byte {
	t.Helper()
	if h.Schema == 0 {
		h.Schema = data.SchemaVersion()
	}
	if h.Replica == "" && len(cs) > 0 {
		h.Replica = cs[0].Replica
	}
	if h.Replica == "" {
		h.Replica = "01900000-0000-7000-8000-000000000001"
	}
	b, err := EncodePack(h, cs, k)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPackRoundTrip(t *testing.T) {
	_, cs := testChanges(t)
	for _, k := range []*data.EventKey{nil, testKey(t)} {
		b := encode(t, Header{Number: 3}, cs, k)
		p, err := DecodePack(b, k, "")
		if err != nil {
			t.Fatalf("key %v: %v", k != nil, err)
		}
		if p.Header.Number != 3 || len(p.Changes) != len(cs) || p.Stamps.Len() == 0 {
			t.Fatalf("header %+v, %d changes", p.Header, len(p.Changes))
		}
		for i := range cs {
			a, _ := json.Marshal(cs[i])
			b, _ := json.Marshal(p.Changes[i])
			if !bytes.Equal(a, b) {
				t.Errorf("change %d:\n%s\n%s", i, a, b)
			}
		}
		if k != nil && bytes.Contains(b, []byte("asthma")) {
			t.Error("a protected pack shows medical notes in clear")
		}
	}
}

func TestPackRefused(t *testing.T) {
	_, cs := testChanges(t)
	key, other := testKey(t), testKey(t)
	plain := encode(t, Header{}, cs, nil)
	secret := encode(t, Header{}, cs, key)
	flip := func(b []byte, i int) []byte {
		c := bytes.Clone(b)
		c[i] ^= 0x20
		return c
	}
	resum := func(b []byte, edit func([]byte) []byte) []byte {
		// alter the content and recompute the checksum, as a careful forger would
		body := edit(bytes.Clone(b[:len(b)-trailerLen]))
		sum := sha256.Sum256(body)
		return append(body, []byte(trailerHead+hex.EncodeToString(sum[:])+"\n")...)
	}
	remac := func(b []byte, edit func([]byte) []byte) []byte {
		// a protected pack altered and re-signed with a key of its own
		cut := bytes.LastIndexByte(b[:len(b)-1], '\n') + 1
		body := edit(bytes.Clone(b[:cut]))
		h, head := trailerHash(keyOf(other))
		h.Write(body)
		return append(body, []byte(head+hex.EncodeToString(h.Sum(nil))+"\n")...)
	}
	newer := encode(t, Header{Schema: data.SchemaVersion() + 1}, cs, nil)
	stranger := cs[0]
	stranger.Replica = "01900000-0000-7000-8000-0000000000ff"
	cases := []struct {
		name string
		b    []byte
		key  *data.EventKey
		want error
	}{
		{"empty", nil, nil, ErrTruncated},
		{"not a pack", []byte("hello\nworld\n"), nil, ErrNotPack},
		{"truncated in the magic", plain[:5], nil, ErrTruncated},
		{"truncated in the header", plain[:40], nil, ErrTruncated},
		{"truncated in the body", plain[:len(plain)-trailerLen-10], nil, ErrTruncated},
		{"truncated trailer", plain[:len(plain)-3], nil, ErrTruncated},
		{"altered body", flip(plain, len(plain)-trailerLen-5), nil, ErrAltered},
		{"altered header", flip(plain, 30), nil, ErrAltered},
		{"newer format", append([]byte("LODESK-PACK 3\n"), plain[len("LODESK-PACK 2\n"):]...), nil, ErrNewerFormat},
		{"newer schema", newer, nil, ErrNewerSchema},
		{"needs the key", secret, nil, ErrNeedPass},
		{"another key", secret, other, ErrNeedPass},
		{"a change of an undeclared origin", encodeWith(t, cs, stranger), nil, ErrForeignOrigin},
		{"protected body altered and re-signed", remac(secret, func(b []byte) []byte {
			b[len(b)-20] ^= 1
			return b
		}), key, ErrAltered},
		{"protected header altered and re-signed", remac(secret, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"number":0`), []byte(`"number":9`), 1)
		}), key, ErrAltered},
		{"plain header altered and re-summed", resum(plain, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"number":0`), []byte(`"number":9`), 1)
		}), nil, ErrAltered},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := DecodePack(c.b, c.key, "")
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v (pack %v), want %v", err, p != nil, c.want)
			}
		})
	}
}

// encodeWith is a pack of cs whose last change is swapped for x, its
// header untouched: a change of an origin the header does not declare.
func encodeWith(t *testing.T, cs []data.SyncChange, x data.SyncChange) []byte {
	t.Helper()
	good := encode(t, Header{}, cs, nil)
	h, err := ReadHeader(good)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if _, _, err := writePack(&b, h, append(slices.Clone(cs[:len(cs)-1]), x), nil); err != nil {
		t.Fatal(err)
	}
	// writePack declared x's origin as a relay: take the declaration out.
	return resumWithout(t, b.Bytes(), x.Replica)
}

// resumWithout removes an origin from a plain pack's relays and sums it
// again.
func resumWithout(t *testing.T, raw []byte, origin string) []byte {
	t.Helper()
	nl := bytes.IndexByte(raw, '\n')
	hl := nl + 1 + bytes.IndexByte(raw[nl+1:], '\n')
	var h Header
	if err := json.Unmarshal(raw[nl+1:hl], &h); err != nil {
		t.Fatal(err)
	}
	h.Relays = slices.DeleteFunc(h.Relays, func(o string) bool { return o == origin })
	hj, _ := json.Marshal(h)
	// The body binds the header's hash: rewrite the body head too.
	body := raw[hl+1 : len(raw)-trailerLen]
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	lines, _ := io.ReadAll(zr)
	_, rest, _ := bytes.Cut(lines, []byte("\n"))
	sum := sha256.Sum256(append(hj, '\n'))
	head, _ := json.Marshal(bodyHead{HeaderSHA256: hex.EncodeToString(sum[:])})
	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	zw.Write(append(append(head, '\n'), rest...)) //nolint:errcheck // bytes.Buffer
	zw.Close()
	out := append(append(append([]byte(nil), raw[:nl+1]...), hj...), '\n')
	out = append(out, z.Bytes()...)
	total := sha256.Sum256(out)
	return append(out, []byte(trailerHead+hex.EncodeToString(total[:])+"\n")...)
}

func TestSyncRefusesBadPackAndAppliesTheRest(t *testing.T) {
	ctx := context.Background()
	sc := laptops(t)
	syncFile(t, sc.a, sc.folder, "")
	// B's first pack is cut short on the stick.
	syncFile(t, sc.b, sc.folder, "")
	st := open(t, sc.b)
	bdir := filepath.Join(sc.folder, st.Replica())
	st.Close()
	bpack := filepath.Join(bdir, "1"+Ext)
	raw, err := os.ReadFile(bpack)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(bpack, raw[:len(raw)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	c := filepath.Join(t.TempDir(), "c.lodesk")
	sum, err := SyncFile(ctx, c, Options{Folder: sc.folder})
	if err == nil || !strings.Contains(err.Error(), bpack) || !errors.Is(err, ErrTruncated) {
		t.Fatalf("want a truncated-pack error naming %s, got %v", bpack, err)
	}
	if !sum.Joined || sum.Received == 0 {
		t.Errorf("the join should keep what it could read: %+v", sum)
	}
	// An existing file merges A's pack and reports B's.
	sum, err = SyncFile(ctx, sc.a, Options{Folder: sc.folder})
	if !errors.Is(err, ErrTruncated) || len(sum.Refused) != 1 {
		t.Fatalf("want one refused pack, got %v, %+v", err, sum.Refused)
	}
	// B, syncing again, finds its pack damaged and writes its changes anew.
	sum, err = SyncFile(ctx, sc.b, Options{Folder: sc.folder})
	if !errors.Is(err, ErrTruncated) || sum.Sent == 0 {
		t.Fatalf("B did not rewrite its refused changes: %v %+v", err, sum)
	}
	os.Remove(bpack)
	syncFile(t, sc.a, sc.folder, "")
	sameSnapshots(t, []string{"A", "B"}, snapshot(t, sc.a), snapshot(t, sc.b))
}

// A protected event's folder: packs are protected with the event key; a
// wrong passphrase on the first sync into an empty folder writes nothing; a
// new laptop joins with the passphrase, and a wrong one is refused before
// anything is written (no file is left behind). An unprotected event
// synced with a passphrase is told to protect the event first.
func TestSyncEncrypted(t *testing.T) {
	ctx := context.Background()
	sc := laptops(t)
	const pass = "kopi tubruk 2026"
	if _, err := SyncFile(ctx, sc.a, Options{Folder: sc.folder, Passphrase: pass}); !errors.Is(err, ErrNotProtected) {
		t.Fatalf("a passphrase for an unprotected event: %v", err)
	}
	a := open(t, sc.a)
	if err := a.Protect(ctx, pass); err != nil {
		t.Fatal(err)
	}
	a.Close()
	// The first sync into an empty folder with a wrong passphrase: checked
	// against the event's own key, it writes nothing.
	empty := t.TempDir()
	if _, err := SyncFile(ctx, sc.a, Options{Folder: empty, Passphrase: "teh manis"}); !errors.Is(err, data.ErrWrongPassphrase) {
		t.Fatalf("a wrong passphrase into an empty folder: %v", err)
	}
	if entries, _ := os.ReadDir(empty); len(entries) != 0 {
		t.Fatalf("a wrong passphrase wrote %d entries into the empty folder", len(entries))
	}
	syncFile(t, sc.a, sc.folder, pass)
	syncFile(t, sc.b, sc.folder, pass)
	syncFile(t, sc.a, sc.folder, pass)
	sameSnapshots(t, []string{"A", "B"}, snapshot(t, sc.a), snapshot(t, sc.b))
	c := filepath.Join(t.TempDir(), "c.lodesk")
	_, err := SyncFile(ctx, c, Options{Folder: sc.folder, Passphrase: "teh manis"})
	if !errors.Is(err, ErrWrongPass) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if _, serr := os.Stat(c); !os.IsNotExist(serr) {
		t.Error("a failed join left the file behind")
	}
	syncFile(t, c, sc.folder, pass)
	sameSnapshots(t, []string{"A", "C"}, snapshot(t, sc.a), snapshot(t, c))
}

func TestSyncHoldsBackTheFuture(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	folder := filepath.Join(dir, "stick")
	if err := os.Mkdir(folder, 0o755); err != nil {
		t.Fatal(err)
	}
	ahead := func() time.Time { return time.Now().Add(50 * time.Hour) }
	fut, err := data.Create(ctx, filepath.Join(dir, "fast.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	fut.Close()
	fut, err = data.Open(ctx, filepath.Join(dir, "fast.lodesk"), data.Options{Now: ahead})
	if err != nil {
		t.Fatal(err)
	}
	defer fut.Close()
	if err := fut.Insert(ctx, &data.Delegation{Code: "TL", Name: "Timor-Leste"}); err != nil {
		t.Fatal(err)
	}
	if _, err := Run(ctx, fut, Options{Folder: folder}); err != nil {
		t.Fatal(err)
	}
	slow := filepath.Join(dir, "slow.lodesk")
	st, err := data.Create(ctx, slow)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.Insert(ctx, &data.Delegation{Code: "MY", Name: "Malaysia"}); err != nil {
		t.Fatal(err)
	}
	sum, err := Run(ctx, st, Options{Folder: folder})
	if err != nil {
		t.Fatalf("held-back changes must not be fatal: %v", err)
	}
	if len(sum.Held) != 1 || sum.Received != 0 {
		t.Fatalf("want 1 held back, 0 applied; got %+v", sum)
	}
	if st.Clock().Last().Time().After(time.Now().Add(time.Hour)) {
		t.Error("the clock observed a held-back stamp")
	}
	st.Close()
	// Two days later the same pack merges.
	st, err = data.Open(ctx, slow, data.Options{Now: ahead})
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	sum, err = Run(ctx, st, Options{Folder: folder})
	if err != nil || sum.Received != 1 || len(sum.Held) != 0 {
		t.Fatalf("later: %v %+v", err, sum)
	}
}

func TestSyncRefusesAnotherEventsFolder(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	stick := filepath.Join(dir, "stick")
	if err := os.Mkdir(stick, 0o755); err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, name := range []string{"summit", "expo"} {
		path := filepath.Join(dir, name+".lodesk")
		st, err := data.Create(ctx, path)
		if err != nil {
			t.Fatal(err)
		}
		if err := st.Insert(ctx, &data.Event{Name: name}); err != nil {
			t.Fatal(err)
		}
		st.Close()
		paths = append(paths, path)
	}
	syncFile(t, paths[0], stick, "")
	_, err := SyncFile(ctx, paths[1], Options{Folder: stick})
	if !errors.Is(err, ErrOtherEvent) {
		t.Fatalf("want ErrOtherEvent, got %v", err)
	}
}
