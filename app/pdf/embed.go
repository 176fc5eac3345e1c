package pdf

import (
	"bytes"
	"fmt"
	"image/color"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"golang.org/x/image/font"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
)

// Fonts are embedded here rather than through gofpdf's font API. gofpdf
// parses each font again for every document that adds it, names it by
// the SHA-1 of its whole definition marshalled to JSON (65,536 widths),
// and compresses it with a new zlib writer: in a batch of packs, where
// every document adds the same two to nine cuts, that was a third of the
// CPU. Documents write their text operators themselves (the ones gofpdf
// writes: Identity-H, each character's code its Unicode value), note the
// characters each font draws, and Output embeds each font once, cut to
// those characters, as gofpdf does (a Type0 font over a CIDFontType2
// with a CIDToGIDMap).

// fontName is the resource name of a font in a document's pages.
func fontName(ref *fontRef) string { return "F" + ref.name }

// runeSet is the set of characters a document draws in one font: ASCII
// as bits, the rest in a map.
type runeSet struct {
	ascii [2]uint64
	more  map[rune]struct{}
}

func (u *runeSet) add(s string) {
	for _, r := range s {
		if r < 0x80 {
			u.ascii[r>>6] |= 1 << (r & 63)
			continue
		}
		if u.more == nil {
			u.more = map[rune]struct{}{}
		}
		u.more[r] = struct{}{}
	}
}

// runes are the characters in the set, sorted.
func (u *runeSet) runes() []rune {
	rs := make([]rune, 0, 64+len(u.more))
	for r := rune(0); r < 0x80; r++ {
		if u.ascii[r>>6]&(1<<(r&63)) != 0 {
			rs = append(rs, r)
		}
	}
	for r := range u.more {
		rs = append(rs, r)
	}
	slices.Sort(rs)
	return rs
}

// textOp is gofpdf's Text operator for s in the current font: the
// characters as UTF-16BE codes in a literal string, escaped.
func textOp(b *bytes.Buffer, xPt, yPt float64, s string) {
	b.WriteString("BT ")
	num(b, xPt)
	b.WriteByte(' ')
	num(b, yPt)
	b.WriteString(" Td (")
	code := func(c uint16) {
		for _, x := range [2]byte{byte(c >> 8), byte(c)} {
			switch x {
			case '\\', '(', ')':
				b.WriteByte('\\')
			case '\r':
				b.WriteString(`\r`)
				continue
			}
			b.WriteByte(x)
		}
	}
	for _, r := range s {
		if r > 0xFFFF {
			r1, r2 := utf16.EncodeRune(r)
			code(uint16(r1))
			code(uint16(r2))
			continue
		}
		code(uint16(r))
	}
	b.WriteString(") Tj ET")
}

// num writes v as gofpdf's %.2f does. strconv takes its slow exact path
// for a fixed number of decimals; coordinates are small, so v*100 is
// within 1e-10 of the exact value and rounds the same way unless it lies
// that close to a half, which is left to strconv.
func num(b *bytes.Buffer, v float64) {
	x := v * 100
	f := math.Floor(x)
	if frac := x - f; math.Abs(x) < 1e12 && math.Abs(frac-0.5) > 1e-6 {
		n := int64(f)
		if frac > 0.5 {
			n++
		}
		if n < 0 || n == 0 && math.Signbit(v) {
			b.WriteByte('-')
			n = -n
		}
		var buf [24]byte
		d := strconv.AppendInt(buf[:0], n/100, 10)
		d = append(d, '.', byte('0'+n%100/10), byte('0'+n%10))
		b.Write(d)
		return
	}
	var buf [24]byte
	b.Write(strconv.AppendFloat(buf[:0], v, 'f', 2, 64))
}

// colorOp is how gofpdf sets a fill colour: grey as one value.
func colorOp(c color.RGBA) string {
	v := func(x uint8) string { return strconv.FormatFloat(float64(x)/255, 'f', 3, 64) }
	if c.R == c.G && c.G == c.B {
		return v(c.R) + " g"
	}
	return v(c.R) + " " + v(c.G) + " " + v(c.B) + " rg"
}

// metrics is what a font's descriptor says, in 1/1000 em, and the
// advance of each character, read once per cut.
type metrics struct {
	once                       sync.Once
	err                        error
	ascent, descent, capHeight int
	bbox                       [4]int
	missing                    int
	mu                         sync.Mutex
	adv                        map[rune]int
	upem                       float64
	sf                         *sfnt.Font
}

var fontMetrics sync.Map // *fontRef -> *metrics

func metricsOf(ref *fontRef) (*metrics, error) {
	v, _ := fontMetrics.LoadOrStore(ref, &metrics{})
	m := v.(*metrics)
	m.once.Do(func() {
		sf, err := ref.parsed()
		if err != nil {
			m.err = err
			return
		}
		m.sf, m.upem, m.adv = sf, float64(sf.UnitsPerEm()), map[rune]int{}
		var buf sfnt.Buffer
		ppem := fixed.I(int(m.upem))
		fm, err := sf.Metrics(&buf, ppem, font.HintingNone)
		if err != nil {
			m.err = fmt.Errorf("pdf: font %s: %w", ref.name, err)
			return
		}
		bb, err := sf.Bounds(&buf, ppem, font.HintingNone)
		if err != nil {
			m.err = fmt.Errorf("pdf: font %s: %w", ref.name, err)
			return
		}
		m.ascent, m.descent, m.capHeight = m.units(fm.Ascent), -m.units(fm.Descent), m.units(fm.CapHeight)
		// Bounds is y down; the descriptor's box is y up.
		m.bbox = [4]int{m.units(bb.Min.X), -m.units(bb.Max.Y), m.units(bb.Max.X), -m.units(bb.Min.Y)}
		if a, err := sf.GlyphAdvance(&buf, 0, ppem, font.HintingNone); err == nil {
			m.missing = m.units(a)
		}
	})
	return m, m.err
}

func (m *metrics) units(v fixed.Int26_6) int {
	return int(math.Round(float64(v) / 64 * 1000 / m.upem))
}

// widths gives each character's advance, as gofpdf reads them from the
// font's hmtx table.
func (m *metrics) widths(rs []rune) []int {
	m.mu.Lock()
	defer m.mu.Unlock()
	var buf sfnt.Buffer
	ppem := fixed.I(int(m.upem))
	out := make([]int, len(rs))
	for i, r := range rs {
		w, ok := m.adv[r]
		if !ok {
			w = m.missing
			if g, err := m.sf.GlyphIndex(&buf, r); err == nil && g != 0 {
				if a, err := m.sf.GlyphAdvance(&buf, g, ppem, font.HintingNone); err == nil {
					w = m.units(a)
				}
			}
			m.adv[r] = w
		}
		out[i] = w
	}
	return out
}

// pdfObjects collects the objects Output adds to gofpdf's file.
type pdfObjects struct {
	first int // the number of the first
	buf   bytes.Buffer
	at    []int // where each starts in buf
}

func (o *pdfObjects) begin() int {
	num := o.first + len(o.at)
	o.at = append(o.at, o.buf.Len())
	fmt.Fprintf(&o.buf, "%d 0 obj\n", num)
	return num
}

// stream writes a stream object's dictionary entries and its data,
// already deflated.
func (o *pdfObjects) stream(dict string, z []byte) {
	fmt.Fprintf(&o.buf, "<<%s/Filter /FlateDecode /Length %d>>\nstream\n", dict, len(z))
	o.buf.Write(z)
	o.buf.WriteString("\nendstream\nendobj\n")
}

// cidToUnicode maps every code to the same Unicode value, the CMap
// gofpdf writes: the codes are the characters.
const cidToUnicode = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo\n<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfrange\n<0000> <FFFF> <0000>\nendbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"

// embedFont writes one font's objects, cut to the characters drawn in
// it, and returns the number of its Type0 font object.
func (o *pdfObjects) embedFont(ref *fontRef, used *runeSet) (int, error) {
	m, err := metricsOf(ref)
	if err != nil {
		return 0, err
	}
	rs := slices.DeleteFunc(used.runes(), func(r rune) bool { return r <= 0 || r > 0xFFFF })
	sub, err := subsetOf(ref, m, rs)
	if err != nil {
		return 0, err
	}
	base := "/utf8" + ref.name
	num := o.begin()
	fmt.Fprintf(&o.buf, "<</Type /Font\n/Subtype /Type0\n/BaseFont %s\n/Encoding /Identity-H\n/DescendantFonts [%d 0 R]\n/ToUnicode %d 0 R>>\nendobj\n", base, num+1, num+2)
	o.begin()
	fmt.Fprintf(&o.buf, "<</Type /Font\n/Subtype /CIDFontType2\n/BaseFont %s\n/CIDSystemInfo %d 0 R\n/FontDescriptor %d 0 R\n", base, num+3, num+4)
	if m.missing != 0 {
		fmt.Fprintf(&o.buf, "/DW %d\n", m.missing)
	}
	fmt.Fprintf(&o.buf, "/W [%s]\n/CIDToGIDMap %d 0 R>>\nendobj\n", sub.widths, num+5)
	o.begin()
	fmt.Fprintf(&o.buf, "<</Length %d>>\nstream\n%s\nendstream\nendobj\n", len(cidToUnicode), cidToUnicode)
	o.begin()
	o.buf.WriteString("<</Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0>>\nendobj\n")
	o.begin()
	fmt.Fprintf(&o.buf, "<</Type /FontDescriptor /FontName %s\n /Ascent %d /Descent %d /CapHeight %d /Flags 4 /FontBBox [%d %d %d %d] /ItalicAngle 0 /StemV 87 /MissingWidth %d /FontFile2 %d 0 R>>\nendobj\n",
		base, m.ascent, m.descent, m.capHeight, m.bbox[0], m.bbox[1], m.bbox[2], m.bbox[3], m.missing, num+6)
	o.begin()
	o.stream("", sub.gids)
	o.begin()
	o.stream(fmt.Sprintf("/Length1 %d ", sub.size), sub.font)
	return num, nil
}

// subset is a font cut to a set of characters, its streams deflated.
type subset struct {
	widths string // the entries of /W
	gids   []byte // the CIDToGIDMap
	font   []byte
	size   int // of the font before deflating
}

// subsets keeps the last documents' subsets: the packs of a batch often
// draw a font with the same characters (headings and labels in bold:
// 43 % of the large demo's packs' fonts), and cutting and deflating is
// most of what embedding costs. When full, one made earlier goes, any:
// clearing it all made 17 % more cuts in the xlarge batch (2,284 against
// 1,903 in 5,241 fonts embedded). It is bounded by bytes: 256 subsets
// still cut some 1,900 times there, where 1,300 distinct ones, 20 MB,
// would do.
var subsets struct {
	sync.Mutex
	m     map[subsetKey]*subset
	bytes int // kept in m (see cost)
}

type subsetKey struct {
	ref   *fontRef
	runes string
}

// maxSubsetBytes bounds the cache.
const maxSubsetBytes = 24 << 20

// cost is about what keeping a subset takes.
func (s *subset) cost() int { return len(s.widths) + len(s.gids) + len(s.font) + 128 }

func subsetOf(ref *fontRef, m *metrics, rs []rune) (*subset, error) {
	k := subsetKey{ref, string(rs)}
	subsets.Lock()
	sub := subsets.m[k]
	subsets.Unlock()
	if sub != nil {
		return sub, nil
	}
	var cut []byte
	if t := ref.cutter(); t != nil {
		cut, _ = t.cut(string(rs)) // as gofpdf.UTF8CutFont cuts it (TestCutAsGofpdf)
	}
	if len(cut) == 0 {
		return nil, fmt.Errorf("pdf: font %s: cutting failed", ref.name)
	}
	sf, err := sfnt.Parse(cut)
	if err != nil {
		return nil, fmt.Errorf("pdf: font %s: %w", ref.name, err)
	}
	var buf sfnt.Buffer
	// The map goes as far as the last character drawn, where gofpdf's
	// covered every code (128 KB to deflate for each cut): a reader
	// looks up only the codes the text uses.
	last := rune(0)
	if len(rs) > 0 {
		last = rs[len(rs)-1]
	}
	gids := make([]byte, 2*(last+1))
	for _, r := range rs {
		if g, err := sf.GlyphIndex(&buf, r); err == nil {
			gids[2*r], gids[2*r+1] = byte(g>>8), byte(g)
		}
	}
	var w strings.Builder
	for i, a := range m.widths(rs) {
		fmt.Fprintf(&w, "%d [%d] ", rs[i], a)
	}
	var gz, fz bytes.Buffer
	deflateStream(&gz, gids)
	deflateFont(&fz, ref, cut)
	sub = &subset{widths: w.String(), gids: gz.Bytes(), font: fz.Bytes(), size: len(cut)}
	keepSubset(k, sub)
	return sub, nil
}

// keepSubset adds a subset to the cache, making room.
func keepSubset(k subsetKey, sub *subset) {
	subsets.Lock()
	if subsets.m == nil {
		subsets.m = map[subsetKey]*subset{}
	}
	for old, o := range subsets.m { // full: one goes, any (a map's order is random)
		if subsets.bytes+sub.cost() <= maxSubsetBytes {
			break
		}
		delete(subsets.m, old)
		subsets.bytes -= o.cost()
	}
	if prev := subsets.m[k]; prev != nil { // cut by two documents at once
		subsets.bytes -= prev.cost()
	}
	subsets.m[k] = sub
	subsets.bytes += sub.cost()
	subsets.Unlock()
}

// embedFonts writes the fonts the document used and the forms its pages
// paint, numbered from first, for Output.
func (d *Doc) embedFonts(first int) ([]byte, []int, string, string, error) {
	o := pdfObjects{first: first}
	var dict strings.Builder
	for _, ref := range d.order {
		n, err := o.embedFont(ref, d.used[ref])
		if err != nil {
			return nil, nil, "", "", err
		}
		fmt.Fprintf(&dict, "/%s %d 0 R\n", fontName(ref), n)
	}
	forms := o.embedForms(d.forms)
	return o.buf.Bytes(), o.at, dict.String(), forms, nil
}
