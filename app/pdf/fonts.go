package pdf

import (
	"fmt"
	"slices"
	"sync"
	"unicode"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"lodesk/assets"
)

// Style is the weight of a text.
type Style uint8

const (
	Regular Style = iota
	Bold
)

// faceID names one embedded font.
type faceID uint8

const (
	dejaVu faceID = iota
	dejaVuBold
	droid
	thai
	thaiBold
	hangul
	nFaces
)

// fontRef is a font as a document registers it: gofpdf parses the bytes
// of every font a document uses, so documents use small cuts of the
// embedded fonts (see face.ensure) rather than the fonts themselves.
type fontRef struct {
	name string
	data []byte

	// The font parsed, for the preview (see parsed).
	once sync.Once
	sf   *sfnt.Font
	err  error

	// The font parsed for cutting (see cutter).
	ttfOnce sync.Once
	ttf     *ttfFont
}

// cutter is the font parsed once for the cuts documents make of it (nil
// when it cannot be).
func (f *fontRef) cutter() *ttfFont {
	f.ttfOnce.Do(func() { f.ttf, _ = parseTTF(f.data) })
	return f.ttf
}

// face is one embedded font: its metrics, and the cut documents use.
type face struct {
	name  string
	src   func() []byte
	once  sync.Once
	sf    *sfnt.Font
	upem  float64
	err   error
	mu    sync.RWMutex
	adv   map[rune]int32 // advance in 1/1000 em; -1: no glyph
	cut   *fontRef
	runes map[rune]bool // the runes cut holds
	n     int           // cuts made
	// blocks: a cut that lacks a rune grows by the rune's 128-rune block
	// (alphabets), not by the rune alone (Chinese, Japanese, Korean).
	blocks bool
}

var faces = [nFaces]*face{
	dejaVu:     {name: "dv", src: func() []byte { return assets.DejaVuSans }, blocks: true},
	dejaVuBold: {name: "dvb", src: func() []byte { return assets.DejaVuSansBold }, blocks: true},
	droid:      {name: "cjk", src: func() []byte { return assets.DroidSansFallback }},
	thai:       {name: "th", src: func() []byte { return assets.NotoSansThai }, blocks: true},
	thaiBold:   {name: "thb", src: func() []byte { return assets.NotoSansThaiBold }, blocks: true},
	hangul:     {name: "ko", src: func() []byte { return assets.BaekmukDotumHangul }},
}

func (f *face) load() error {
	f.once.Do(func() {
		f.sf, f.err = sfnt.Parse(f.src())
		if f.err != nil {
			f.err = fmt.Errorf("font %s: %w", f.name, f.err)
			return
		}
		f.upem = float64(f.sf.UnitsPerEm())
		f.adv = map[rune]int32{}
		f.runes = map[rune]bool{}
	})
	return f.err
}

// advance is r's advance in 1/1000 em, or -1 when the font has no glyph.
func (f *face) advance(r rune) int32 {
	if f.load() != nil {
		return -1
	}
	f.mu.RLock()
	a, ok := f.adv[r]
	f.mu.RUnlock()
	if ok {
		return a
	}
	var buf sfnt.Buffer
	a = -1
	if gi, err := f.sf.GlyphIndex(&buf, r); err == nil && gi != 0 {
		if w, err := f.sf.GlyphAdvance(&buf, gi, fixed.I(int(f.upem)), font.HintingNone); err == nil {
			a = int32(float64(w)/64*1000/f.upem + 0.5)
		}
	}
	f.mu.Lock()
	f.adv[r] = a
	f.mu.Unlock()
	return a
}

func (f *face) has(r rune) bool { return f.advance(r) >= 0 }

// seed is what every cut holds, so that the first cut serves most
// documents: printable ASCII, Latin-1 and the punctuation and symbols the
// packs use.
var seed = func() []rune {
	var rs []rune
	for r := rune(0x20); r < 0x7F; r++ {
		rs = append(rs, r)
	}
	for r := rune(0xA0); r <= 0xFF; r++ {
		rs = append(rs, r)
	}
	return append(rs, '–', '—', '‘', '’', '“', '”', '•', '…', '·', '→', '☐', '☑', '✓', '€', '№', '▪', '■')
}()

// ensure returns a cut of the font that holds every rune of rs. Cuts
// only grow: a document that needs a rune the current cut lacks gets a
// new, larger cut (under a new name), and later documents use it too.
func (f *face) ensure(rs []rune) (*fontRef, error) {
	if err := f.load(); err != nil {
		return nil, err
	}
	f.mu.RLock()
	cut, all := f.cut, f.cut != nil
	for _, r := range rs {
		if !all {
			break
		}
		all = f.runes[r]
	}
	f.mu.RUnlock()
	if all {
		return cut, nil
	}
	// What to add: the runes, or their blocks (measured before locking:
	// advance takes the lock itself).
	grow := slices.Clone(seed)
	for _, r := range rs {
		grow = append(grow, r)
		if f.blocks && r >= 0x80 {
			for b := r &^ 0x7F; b <= r|0x7F; b++ {
				if f.has(b) {
					grow = append(grow, b)
				}
			}
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	missing := f.cut == nil
	for _, r := range rs {
		if !f.runes[r] && f.adv[r] >= 0 {
			missing = true
		}
	}
	if !missing {
		return f.cut, nil
	}
	set := make([]rune, 0, len(f.runes)+len(grow))
	for r := range f.runes {
		set = append(set, r)
	}
	for _, r := range grow {
		if !f.runes[r] {
			if a, ok := f.adv[r]; ok && a < 0 {
				continue
			}
			set = append(set, r)
			f.runes[r] = true
		}
	}
	slices.Sort(set)
	data := gofpdf.UTF8CutFont(slices.Clone(f.src()), string(set)) // gofpdf writes into its input
	if len(data) == 0 {
		return nil, fmt.Errorf("font %s: cutting failed", f.name)
	}
	f.n++
	f.cut = &fontRef{name: fmt.Sprintf("%s%d", f.name, f.n), data: data}
	cutEpoch.Add(1)
	return f.cut, nil
}

// isCJK says whether r is Chinese, Japanese or Korean (Droid Sans
// Fallback draws these; DejaVu has none of them).
func isCJK(r rune) bool {
	switch {
	case r >= 0x1100 && r <= 0x11FF, r >= 0x2E80 && r <= 0x33FF, r >= 0x3400 && r <= 0x4DBF,
		r >= 0x4E00 && r <= 0x9FFF, r >= 0xAC00 && r <= 0xD7AF, r >= 0xF900 && r <= 0xFAFF,
		r >= 0xFF00 && r <= 0xFFEF:
		return true
	}
	return false
}

func isHangul(r rune) bool {
	return r >= 0x1100 && r <= 0x11FF || r >= 0x3130 && r <= 0x318F || r >= 0xAC00 && r <= 0xD7AF
}

func isThai(r rune) bool { return r >= 0x0E00 && r <= 0x0E7F }

// neutral runes stay in the font of the text around them.
func neutral(r rune) bool {
	return unicode.IsSpace(r) || unicode.IsPunct(r) && r < 0x2000
}

// pick chooses the font for r: by script first, then the first font
// that has a glyph (DejaVu, Droid, Noto Thai), falling back to DejaVu.
func pick(r rune, st Style, prev faceID, hasPrev bool) faceID {
	if hasPrev && neutral(r) && faces[prev].has(r) {
		return prev
	}
	switch {
	case isThai(r):
		if st == Bold {
			return thaiBold
		}
		return thai
	case isHangul(r):
		return hangul
	case isCJK(r):
		return droid
	}
	if st == Bold && faces[dejaVuBold].has(r) {
		return dejaVuBold
	}
	for _, id := range []faceID{dejaVu, droid, thai, hangul} {
		if faces[id].has(r) {
			return id
		}
	}
	return dejaVu
}

// Covered says whether some embedded font draws r (Arabic letters count
// when the shaper has the forms it needs), and which.
func Covered(r rune) (string, bool) {
	if isArabic(r) {
		return "dejavu-arabic", faces[dejaVu].has(r)
	}
	id := pick(r, Regular, 0, false)
	return faces[id].name, faces[id].has(r)
}

// Prime makes the font cuts hold every character of texts at once, so
// that the documents of a batch share one cut per font instead of each
// growing its own: call it with the batch's names and notes first.
func Prime(texts ...string) error {
	var need [nFaces][]rune
	seen := map[rune]bool{}
	for _, t := range texts {
		for _, r := range t {
			if seen[r] || r < 0x80 || isArabic(r) || unicode.IsControl(r) {
				continue
			}
			seen[r] = true
			for _, st := range []Style{Regular, Bold} {
				id := pick(r, st, 0, false)
				need[id] = append(need[id], r)
			}
		}
	}
	for id, rs := range need {
		if len(rs) == 0 {
			continue
		}
		if _, err := faces[id].ensure(rs); err != nil {
			return err
		}
	}
	return nil
}
