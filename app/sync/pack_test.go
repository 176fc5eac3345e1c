package sync

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lodesk/data"
)

// testChanges makes a few changes as a replica would send them.
func testChanges(t testing.TB) (*data.Store, []data.SyncChange, []data.Range) {
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
	rs, err := st.SyncCoverage(ctx)
	if err != nil {
		t.Fatal(err)
	}
	cs, err := st.ChangesIn(ctx, rs)
	if err != nil {
		t.Fatal(err)
	}
	return st, cs, rs
}

func encode(t testing.TB, h Header, cs []data.SyncChange, pass string) []byte {
	t.Helper()
	if h.Schema == 0 {
		h.Schema = data.SchemaVersion()
	}
	if h.Replica == "" {
		h.Replica = "01900000-0000-7000-8000-000000000001"
	}
	b, err := EncodePack(h, cs, pass)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestPackRoundTrip(t *testing.T) {
	_, cs, rs := testChanges(t)
	for _, pass := range []string{"", "correct horse battery"} {
		b := encode(t, Header{Ranges: rs, Number: 3}, cs, pass)
		p, err := DecodePack(b, pass)
		if err != nil {
			t.Fatalf("pass %q: %v", pass, err)
		}
		if p.Header.Number != 3 || len(p.Changes) != len(cs) {
			t.Fatalf("header %+v, %d changes", p.Header, len(p.Changes))
		}
		for i := range cs {
			a, _ := json.Marshal(cs[i])
			b, _ := json.Marshal(p.Changes[i])
			if !bytes.Equal(a, b) {
				t.Errorf("change %d:\n%s\n%s", i, a, b)
			}
		}
		if pass != "" && bytes.Contains(b, []byte("asthma")) {
			t.Error("an encrypted pack shows medical notes in clear")
		}
	}
}

func TestPackRefused(t *testing.T) {
	_, cs, rs := testChanges(t)
	plain := encode(t, Header{Ranges: rs}, cs, "")
	secret := encode(t, Header{Ranges: rs}, cs, "correct horse battery")
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
	newer := encode(t, Header{Ranges: rs, Schema: data.SchemaVersion() + 1}, cs, "")
	cases := []struct {
		name string
		b    []byte
		pass string
		want error
	}{
		{"empty", nil, "", ErrTruncated},
		{"not a pack", []byte("hello\nworld\n"), "", ErrNotPack},
		{"truncated in the magic", plain[:5], "", ErrTruncated},
		{"truncated in the header", plain[:40], "", ErrTruncated},
		{"truncated in the body", plain[:len(plain)-trailerLen-10], "", ErrTruncated},
		{"truncated trailer", plain[:len(plain)-3], "", ErrTruncated},
		{"altered body", flip(plain, len(plain)-trailerLen-5), "", ErrAltered},
		{"altered header", flip(plain, 30), "", ErrAltered},
		{"newer format", append([]byte("LODESK-PACK 2\n"), plain[len("LODESK-PACK 1\n"):]...), "", ErrNewerFormat},
		{"newer schema", newer, "", ErrNewerSchema},
		{"needs passphrase", secret, "", ErrNeedPass},
		{"wrong passphrase", secret, "wrong horse", ErrWrongPass},
		{"not encrypted", plain, "correct horse battery", ErrNotEncrypted},
		{"encrypted body altered and re-summed", resum(secret, func(b []byte) []byte {
			b[len(b)-20] ^= 1
			return b
		}), "correct horse battery", ErrAltered},
		{"encrypted header altered and re-summed", resum(secret, func(b []byte) []byte {
			return bytes.Replace(b, []byte(`"number":0`), []byte(`"number":9`), 1)
		}), "correct horse battery", ErrAltered},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, err := DecodePack(c.b, c.pass)
			if !errors.Is(err, c.want) {
				t.Fatalf("got %v (pack %v), want %v", err, p != nil, c.want)
			}
		})
	}
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

func TestSyncEncrypted(t *testing.T) {
	ctx := context.Background()
	sc := laptops(t)
	const pass = "kopi tubruk 2026"
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
