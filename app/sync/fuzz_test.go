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
	_, cs := testChanges(f)
	key := testKey(f)
	plain := encode(f, Header{}, cs, nil)
	f.Add(plain, false)
	f.Add(encode(f, Header{}, cs, key), true)
	f.Add(encode(f, Header{}, nil, nil), false)
	f.Add(encodeV1(f, Header{}, cs, ""), false)
	f.Add(plain[:len(plain)/2], false)
	f.Add([]byte("LODESK-PACK 2\n{}\nsha256 00\n"), false)
	st, err := data.Create(context.Background(), filepath.Join(f.TempDir(), "fuzz.lodesk"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { st.Close() })
	f.Fuzz(func(t *testing.T, b []byte, encrypted bool) {
		var k *data.EventKey
		if encrypted {
			k = key
		}
		p, err := DecodePack(b, k, "")
		if err != nil {
			if p != nil {
				t.Fatal("a refused pack came with changes")
			}
			for _, known := range []error{
				ErrNotPack, ErrTruncated, ErrAltered, ErrNewerFormat, ErrNewerSchema,
				ErrNeedPass, ErrWrongPass, ErrBadPackChange, ErrForeignOrigin, ErrInflates,
			} {
				if errors.Is(err, known) {
					return
				}
			}
			t.Fatalf("unclassified error: %v", err)
		}
		if p.Stamps.Len() > len(p.Changes) {
			t.Fatalf("%d stamps for %d changes", p.Stamps.Len(), len(p.Changes))
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := st.Merge(ctx, p.Changes, nil); err != nil {
			t.Fatalf("an accepted pack does not merge: %v", err)
		}
		rep, err := st.Check(ctx)
		if err != nil || !rep.OK() {
			t.Fatal(fmt.Sprint("check after merge: ", err, rep.Problems))
		}
	})
}
