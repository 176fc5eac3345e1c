package sync

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"lodesk/data"
)

// FuzzReadPack feeds the reader damaged and forged packs: it must refuse
// them with an error, never panic, and whatever it accepts must be whole
// and merge cleanly into an event file.
func FuzzReadPack(f *testing.F) {
	_, cs, rs := testChanges(f)
	plain := encode(f, Header{Ranges: rs}, cs, "")
	f.Add(plain, false)
	f.Add(encode(f, Header{Ranges: rs}, cs, "fuzz passphrase"), true)
	f.Add(encode(f, Header{Ranges: rs}, nil, ""), false)
	f.Add(plain[:len(plain)/2], false)
	f.Add([]byte("LODESK-PACK 1\n{}\nsha256 00\n"), false)
	st, err := data.Create(context.Background(), filepath.Join(f.TempDir(), "fuzz.lodesk"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	f.Fuzz(func(t *testing.T, b []byte, encrypted bool) {
		pass := ""
		if encrypted {
			pass = "fuzz passphrase"
		}
		p, err := DecodePack(b, pass)
		if err != nil {
			if p != nil {
				t.Fatal("a refused pack came with changes")
			}
			for _, known := range []error{
				ErrNotPack, ErrTruncated, ErrAltered, ErrNewerFormat, ErrNewerSchema,
				ErrNeedPass, ErrWrongPass, ErrNotEncrypted, ErrBadPackChange,
			} {
				if errors.Is(err, known) {
					return
				}
			}
			t.Fatalf("unclassified error: %v", err)
		}
		if len(p.Changes) != p.Header.Changes {
			t.Fatalf("%d changes, header says %d", len(p.Changes), p.Header.Changes)
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := st.Merge(ctx, p.Changes, p.Header.Ranges); err != nil {
			t.Fatalf("an accepted pack does not merge: %v", err)
		}
		rep, err := st.Check(ctx)
		if err != nil || !rep.OK() {
			t.Fatal(fmt.Sprint("check after merge: ", err, rep.Problems))
		}
	})
}
