package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"slices"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// TestDeflateFont: a cut deflated with its font's tail kept inflates to
// the cut, for cuts of every face, the first and the later ones, and for
// a cut whose tail is not the one kept.
func TestDeflateFont(t *testing.T) {
	sets := []string{"Siti", "Ketut Tanjung (HOD) 12:30", "àéîõü ÀÉ –—…", "0123456789", " "}
	for id := range nFaces {
		if id == droid || id == hangul {
			continue // no tail: see below
		}
		ref, err := faces[id].ensure(nil)
		if err != nil {
			t.Fatal(err)
		}
		fontTails.Delete(ref)
		for i, s := range sets {
			rs := []rune(s)
			slices.Sort(rs)
			cut := gofpdf.UTF8CutFont(slices.Clone(ref.data), string(slices.Compact(rs)))
			if tailStart(cut) <= 0 {
				t.Fatalf("%s: no tail found", ref.name)
			}
			if i == len(sets)-1 {
				cut[len(cut)-3] ^= 0xFF // another tail than the one kept
			}
			var z bytes.Buffer
			deflateFont(&z, ref, cut)
			r, err := zlib.NewReader(&z)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(r)
			if err != nil || !bytes.Equal(got, cut) {
				t.Errorf("%s %q: inflates to %d bytes (%v), the cut is %d", ref.name, s, len(got), err, len(cut))
			}
		}
		if _, ok := fontTails.Load(ref); !ok {
			t.Errorf("%s: no tail kept", ref.name)
		}
	}
	// A font without those tables last is deflated whole.
	for _, ttf := range [][]byte{nil, []byte("not a font at all"), make([]byte, 12)} {
		if tailStart(ttf) != 0 {
			t.Errorf("a tail in %q", ttf)
		}
	}
}
