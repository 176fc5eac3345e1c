package pdf

import (
	"sync"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Arabic shaping. gofpdf draws one glyph per code point and does not
// shape, so Arabic letters are joined here: each letter takes its
// isolated, initial, medial or final form, and lam followed by alef
// becomes the lam-alef ligature. The forms are the Arabic Presentation
// Forms (U+FB50-FDFF, U+FE70-FEFF) that DejaVu Sans draws; the table of
// which letter has which forms is derived from their Unicode
// compatibility decompositions, not typed in.
//
// The PDF must still extract as the letters that are stored (search,
// copy, pdftotext), so the presentation forms are never written as such:
// each form has its own small font (see arabicFonts) whose cmap maps the
// nominal letter to the form's glyph. The text written is the nominal
// letter; the glyph drawn is the joined form.

type form uint8

const (
	fIsol form = iota
	fFina
	fInit
	fMedi
	nForms
)

type arabicTables struct {
	forms map[rune][nForms]rune // nominal letter -> presentation form (0: none)
	lig   map[rune][2]rune      // alef variant -> lam-alef isolated, final
}

var arabic = sync.OnceValue(func() *arabicTables {
	t := &arabicTables{forms: map[rune][nForms]rune{}, lig: map[rune][2]rune{}}
	var run []rune
	var base rune
	flush := func() {
		if len(run) == 0 {
			return
		}
		f := t.forms[base]
		switch len(run) {
		case 4:
			f[fIsol], f[fFina], f[fInit], f[fMedi] = run[0], run[1], run[2], run[3]
		case 2:
			f[fIsol], f[fFina] = run[0], run[1]
		case 1:
			f[fIsol] = run[0]
		}
		t.forms[base] = f
		run = run[:0]
	}
	scan := func(lo, hi rune) {
		for r := lo; r <= hi; r++ {
			d := []rune(norm.NFKC.String(string(r)))
			if len(d) == 2 && d[0] == 0x0644 && (d[1] == 0x0622 || d[1] == 0x0623 || d[1] == 0x0625 || d[1] == 0x0627) {
				l := t.lig[d[1]]
				if l[0] == 0 {
					l[0] = r
				} else {
					l[1] = r
				}
				t.lig[d[1]] = l
				flush()
				continue
			}
			if len(d) != 1 || d[0] < 0x0600 || d[0] > 0x06FF || d[0] == r {
				flush()
				continue
			}
			if len(run) > 0 && d[0] != base {
				flush()
			}
			base = d[0]
			run = append(run, r)
		}
		flush()
	}
	scan(0xFB50, 0xFBFF)
	scan(0xFE70, 0xFEFF)
	return t
})

type joining uint8

const (
	joinNone joining = iota
	joinRight
	joinDual
	joinCausing
	joinTransparent
)

func (t *arabicTables) joiningOf(r rune) joining {
	switch {
	case r == 0x0640 || r == 0x200D: // tatweel, zero width joiner
		return joinCausing
	case unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r):
		return joinTransparent
	}
	f, ok := t.forms[r]
	switch {
	case !ok:
		return joinNone
	case f[fInit] != 0 || f[fMedi] != 0:
		return joinDual
	case f[fFina] != 0:
		return joinRight
	}
	return joinNone
}

// isArabic says whether r is drawn by the Arabic shaper.
func isArabic(r rune) bool {
	return r >= 0x0600 && r <= 0x06FF || r >= 0x0750 && r <= 0x077F
}

// shapeArabic returns, in logical order, the font and the presentation
// form to measure for each rune of an Arabic run: the rune is written
// as is, in font arabicFont(f), and drawn as the glyph of shown.
func shapeArabic(s []rune) (fonts []arabicVariant, shown []rune) {
	t := arabic()
	n := len(s)
	fonts = make([]arabicVariant, n)
	shown = make([]rune, n)
	jt := make([]joining, n)
	for i, r := range s {
		jt[i] = t.joiningOf(r)
	}
	prevOf := func(i int) int {
		for j := i - 1; j >= 0; j-- {
			if jt[j] != joinTransparent {
				return j
			}
		}
		return -1
	}
	nextOf := func(i int) int {
		for j := i + 1; j < n; j++ {
			if jt[j] != joinTransparent {
				return j
			}
		}
		return -1
	}
	joinsLeft := func(j joining) bool { return j == joinDual || j == joinCausing }
	joinsRight := func(j joining) bool { return j == joinDual || j == joinRight || j == joinCausing }
	for i := range s {
		fonts[i], shown[i] = arBase, s[i]
	}
	done := make([]bool, n)
	for i, r := range s {
		if done[i] || jt[i] == joinTransparent || jt[i] == joinNone || jt[i] == joinCausing {
			continue
		}
		p, q := prevOf(i), nextOf(i)
		prev := p >= 0 && joinsLeft(jt[p]) && joinsRight(jt[i])
		next := q >= 0 && joinsLeft(jt[i]) && joinsRight(jt[q])
		if r == 0x0644 && q >= 0 {
			if l, ok := t.lig[s[q]]; ok && l[0] != 0 {
				// lam + alef: the alef draws the ligature, the lam nothing.
				v, g := arLigIsol, l[0]
				if prev && l[1] != 0 {
					v, g = arLigFina, l[1]
				}
				fonts[i], shown[i] = v, 0x200D
				fonts[q], shown[q] = v, g
				done[q], jt[q] = true, joinRight
				continue
			}
		}
		f := t.forms[r]
		want := fIsol
		switch {
		case prev && next:
			want = fMedi
		case prev:
			want = fFina
		case next:
			want = fInit
		}
		if want != fIsol && f[want] != 0 {
			fonts[i], shown[i] = arabicVariant(want), f[want]
		}
	}
	return fonts, shown
}
