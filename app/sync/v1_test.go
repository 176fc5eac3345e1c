package sync

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"strconv"
	"testing"

	"filippo.io/age"

	"lodesk/data"
)

// encodeV1 writes a pack of format 1, as LO Desk did before format 2:
// ranges and a change count in the header, the body encrypted with age to
// the passphrase when there is one.
func encodeV1(t propT, h Header, changes []data.SyncChange, passphrase string) []byte {
	t.Helper()
	h.Format, h.Changes, h.Schema = 1, len(changes), max(h.Schema, 1)
	if h.Replica == "" {
		h.Replica = "01900000-0000-7000-8000-000000000001"
	}
	var lines bytes.Buffer
	enc := json.NewEncoder(&lines)
	for i := range changes {
		c := &changes[i]
		if err := enc.Encode(wire{R: c.Replica, H: int64(c.HLC), A: c.Author, O: c.Op, T: c.Table, I: c.RowID, F: c.Field, V: c.Value, S: c.Seen}); err != nil {
			t.Fatal(err)
		}
		if !inRanges(h.Ranges, c.Replica, c.HLC) {
			h.Ranges = data.NormalizeRanges(append(h.Ranges, data.Range{Replica: c.Replica, From: c.HLC, To: c.HLC}))
		}
	}
	if passphrase != "" {
		h.Encryption = encAge
	}
	hj, _ := json.Marshal(h)
	hline := append(hj, '\n')
	sum := sha256.Sum256(hline)
	var plain bytes.Buffer
	zw := gzip.NewWriter(&plain)
	head, _ := json.Marshal(bodyHead{HeaderSHA256: hex.EncodeToString(sum[:])})
	zw.Write(append(head, '\n')) //nolint:errcheck // bytes.Buffer
	zw.Write(lines.Bytes())      //nolint:errcheck // bytes.Buffer
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	body := plain.Bytes()
	if passphrase != "" {
		r, err := age.NewScryptRecipient(passphrase)
		if err != nil {
			t.Fatal(err)
		}
		r.SetWorkFactor(10)
		var buf bytes.Buffer
		w, err := age.Encrypt(&buf, r)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(body) //nolint:errcheck // bytes.Buffer
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		body = buf.Bytes()
	}
	var out bytes.Buffer
	out.WriteString(magic + strconv.Itoa(1) + "\n")
	out.Write(hline)
	out.Write(body)
	total := sha256.Sum256(out.Bytes())
	out.WriteString(trailerHead + hex.EncodeToString(total[:]) + "\n")
	return out.Bytes()
}

// Packs of format 1 are still read, plain or encrypted with the
// passphrase.
func TestReadsFormat1(t *testing.T) {
	_, cs := testChanges(t)
	for _, pass := range []string{"", "correct horse battery"} {
		p, err := DecodePack(encodeV1(t, Header{Number: 2}, cs, pass), nil, pass)
		if err != nil {
			t.Fatalf("pass %q: %v", pass, err)
		}
		if len(p.Changes) != len(cs) || p.Stamps.Len() == 0 {
			t.Fatalf("%d changes", len(p.Changes))
		}
	}
	if _, err := DecodePack(encodeV1(t, Header{}, cs, "one passphrase"), nil, "another one"); err == nil {
		t.Fatal("a wrong passphrase opened a format-1 pack")
	}
}
