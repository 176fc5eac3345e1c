package pdf

import (
	"bytes"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"

	"github.com/jung-kurt/gofpdf"
)

// cutFonts are the fonts cut in the packs: each embedded face whole, a
// cut of it (what documents cut from), and the Arabic letters.
func cutFonts(t testing.TB) map[string][]byte {
	fonts := map[string][]byte{}
	for _, f := range faces {
		fonts[f.name] = f.src()
		ref, err := f.ensure([]rune("Ketut Tanjung ÀÉ–—…"))
		if err != nil {
			t.Fatal(err)
		}
		fonts[ref.name] = ref.data
	}
	set := arabicFonts()
	if set.err != nil {
		t.Fatal(set.err)
	}
	fonts["arabic"] = set.fonts[arBase].data
	return fonts
}

// TestCutAsGofpdf: a cut from the parsed font is byte for byte what
// gofpdf.UTF8CutFont writes, for each font and sets of characters in it
// and not in it.
func TestCutAsGofpdf(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for name, data := range cutFonts(t) {
		f, err := parseTTF(data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var all []rune
		for c := range f.charSymbol {
			if c > 0 && c < 0xFFFF {
				all = append(all, rune(c))
			}
		}
		slices.Sort(all)
		sets := [][]rune{nil, {'A'}, []rune("Siti Nurhaliza (HOD) 12:30"), []rune("Ωμέγα Ж ñ ç ภาษาไทย 中文 한국어 مرحبا"), all}
		for range 20 {
			var rs []rune
			for range rng.IntN(200) {
				if rng.IntN(4) == 0 {
					rs = append(rs, rune(rng.IntN(0x10000)))
				} else if len(all) > 0 {
					rs = append(rs, all[rng.IntN(len(all))])
				}
			}
			sets = append(sets, rs)
		}
		for _, rs := range sets {
			cutset := string(rs)
			want := gofpdf.UTF8CutFont(slices.Clone(data), cutset)
			got, err := f.cut(cutset)
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if !bytes.Equal(got, want) {
				t.Fatalf("%s, %d characters: %d bytes, gofpdf writes %d; first difference at %d", name, len(rs), len(got), len(want), firstDiff(got, want))
			}
		}
	}
}

// FuzzCut: cutting never panics, whatever the bytes, and where gofpdf
// cuts the font the cut is gofpdf's.
func FuzzCut(f *testing.F) {
	for _, face := range faces { // small cuts: a whole font is slow to mutate
		f.Add(gofpdf.UTF8CutFont(slices.Clone(face.src()), "Siti ÀÉ 中 한 ไ"), "Siti É 中")
	}
	f.Add([]byte("not a font"), "a")
	f.Fuzz(func(t *testing.T, data []byte, cutset string) {
		ttf, err := parseTTF(data)
		if err != nil {
			return
		}
		got, err := ttf.cut(cutset)
		if err != nil {
			return
		}
		var want []byte
		func() {
			defer func() { _ = recover() }()
			want = gofpdf.UTF8CutFont(slices.Clone(data), cutset)
		}()
		if want != nil && !bytes.Equal(got, want) {
			t.Fatalf("%d bytes, gofpdf writes %d", len(got), len(want))
		}
	})
}

// TestCutConcurrently: documents cut the same parsed font at once (run
// with -race).
func TestCutConcurrently(t *testing.T) {
	f, err := parseTTF(faces[droid].src())
	if err != nil {
		t.Fatal(err)
	}
	sets := []string{"中文 Siti", "한국어 ABC", "日本語 ÀÉ", "ภาษาไทย"}
	want := make([][]byte, len(sets))
	for i, s := range sets {
		want[i] = gofpdf.UTF8CutFont(slices.Clone(faces[droid].src()), s)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			got, err := f.cut(sets[i%len(sets)])
			if err != nil || !bytes.Equal(got, want[i%len(sets)]) {
				t.Errorf("cut %d differs (%v)", i, err)
			}
		})
	}
	wg.Wait()
}
