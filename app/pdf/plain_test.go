package pdf

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestPlainAsLayout: a printable ASCII line measured and drawn from the
// table of advances is what layout makes of it: one segment, in the
// style's face's current cut, as wide; and its words split the same.
func TestPlainAsLayout(t *testing.T) {
	lines := []string{"", " ", "a", "Name", "  two  spaces ", "(HOD) 12:30-14:00", `back\slash "quoted" ~{}[]|`, "123", "-", "1 - 2", "Room 4.01, #3"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		b := make([]byte, rng.IntN(40))
		for i := range b {
			b[i] = byte(0x20 + rng.IntN(0x7F-0x20))
			if rng.IntN(5) == 0 {
				b[i] = ' '
			}
		}
		lines = append(lines, string(b))
	}
	for _, st := range []Style{Regular, Bold} {
		for _, s := range lines {
			pf := plainFaceOf(s, st)
			if pf == nil {
				t.Fatalf("%q: no plain face", s)
			}
			segs, err := layout(s, st)
			if err != nil {
				t.Fatal(err)
			}
			if s == "" {
				if len(segs) != 0 {
					t.Errorf("%q: layout made %d segments", s, len(segs))
				}
				continue
			}
			cut, err := faces[pf.id].ensure(nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(segs) != 1 || segs[0].text != s || segs[0].ref != cut || segs[0].width != float64(pf.width(s)) {
				t.Errorf("style %d, %q: layout %+v, table: %s %v", st, s, segs, cut.name, pf.width(s))
			}
			if got, want := plainSplitWords(s), splitWords(s); !slices.Equal(got, want) {
				t.Errorf("%q: words %q, splitWords %q", s, got, want)
			}
		}
	}
	for _, s := range []string{"café", "tab\there", "line\n", "\x7f", "Ωmega"} {
		if plainFaceOf(s, Regular) != nil {
			t.Errorf("%q taken for plain ASCII", s)
		}
	}
}
