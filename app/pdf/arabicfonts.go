package pdf

import (
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/sfnt"

	"lodesk/assets"
)

// arabicVariant is one of the small Arabic fonts: the nominal letters
// (isolated forms), or the letters mapped to their final, initial or
// medial forms, or to the lam-alef ligatures (the lam then draws nothing).
type arabicVariant uint8

const (
	arBase arabicVariant = iota
	arFina
	arInit
	arMedi
	arLigIsol
	arLigFina
	nArabic
)

type arabicSet struct {
	fonts [nArabic]*fontRef
	err   error
}

// arabicFonts cuts the Arabic letters and their presentation forms out of
// DejaVu Sans once, then makes one font per form by rewriting the cut's
// cmap so that each nominal letter maps to that form's glyph.
var arabicFonts = sync.OnceValue(func() *arabicSet {
	set := &arabicSet{}
	dv := faces[dejaVu]
	if err := dv.load(); err != nil {
		set.err = err
		return set
	}
	t := arabic()
	var cutset []rune
	add := func(r rune) {
		if r != 0 && dv.has(r) {
			cutset = append(cutset, r)
		}
	}
	for r := rune(0x0600); r <= 0x06FF; r++ {
		add(r)
	}
	for r := rune(0x0750); r <= 0x077F; r++ {
		add(r)
	}
	for _, f := range t.forms {
		for _, r := range f {
			add(r)
		}
	}
	for _, l := range t.lig {
		add(l[0])
		add(l[1])
	}
	add(0x200D)
	add(' ')
	slices.Sort(cutset)
	cutset = slices.Compact(cutset)
	base := gofpdf.UTF8CutFont(slices.Clone(assets.DejaVuSans), string(cutset)) // gofpdf writes into its input
	sf, err := sfnt.Parse(base)
	if err != nil {
		set.err = fmt.Errorf("arabic font: %w", err)
		return set
	}
	var buf sfnt.Buffer
	gid := func(r rune) uint16 {
		g, err := sf.GlyphIndex(&buf, r)
		if err != nil {
			return 0
		}
		return uint16(g)
	}
	set.fonts[arBase] = &fontRef{name: "ar0", data: base}
	for v := arFina; v < nArabic; v++ {
		m := map[rune]uint16{}
		for nominal, f := range t.forms {
			if v <= arMedi && f[v] != 0 {
				if g := gid(f[v]); g != 0 {
					m[nominal] = g
				}
			}
		}
		if v >= arLigIsol {
			m[0x0644] = gid(0x200D)
			for alef, l := range t.lig {
				if g := gid(l[v-arLigIsol]); g != 0 {
					m[alef] = g
				}
			}
		}
		data, err := withCmap(base, m)
		if err != nil {
			set.err = fmt.Errorf("arabic font %d: %w", v, err)
			return set
		}
		set.fonts[v] = &fontRef{name: fmt.Sprintf("ar%d", v), data: data}
	}
	return set
})

// withCmap returns a copy of a TrueType font whose cmap is replaced by a
// single (3,1) format 4 subtable mapping the given runes (all in the BMP).
func withCmap(ttf []byte, m map[rune]uint16) ([]byte, error) {
	if len(ttf) < 12 {
		return nil, errors.New("not a TrueType font")
	}
	be := binary.BigEndian
	n := int(be.Uint16(ttf[4:]))
	if len(ttf) < 12+16*n {
		return nil, errors.New("truncated table directory")
	}
	type table struct {
		tag  [4]byte
		data []byte
	}
	tables := make([]table, 0, n)
	for i := range n {
		rec := ttf[12+16*i:]
		off, ln := be.Uint32(rec[8:]), be.Uint32(rec[12:])
		if int(off)+int(ln) > len(ttf) {
			return nil, errors.New("table out of range")
		}
		t := table{data: ttf[off : off+ln]}
		copy(t.tag[:], rec[:4])
		if string(t.tag[:]) == "cmap" {
			t.data = cmap4(m)
		}
		tables = append(tables, t)
	}
	out := slices.Clone(ttf[:12])
	off := 12 + 16*n
	dir := make([]byte, 16*n)
	var body []byte
	for i, t := range tables {
		rec := dir[16*i:]
		copy(rec, t.tag[:])
		be.PutUint32(rec[4:], checksum(t.data))
		be.PutUint32(rec[8:], uint32(off+len(body)))
		be.PutUint32(rec[12:], uint32(len(t.data)))
		body = append(body, t.data...)
		for len(body)%4 != 0 {
			body = append(body, 0)
		}
	}
	out = append(out, dir...)
	return append(out, body...), nil
}

func checksum(b []byte) uint32 {
	var sum uint32
	for i := 0; i < len(b); i += 4 {
		var w [4]byte
		copy(w[:], b[i:])
		sum += binary.BigEndian.Uint32(w[:])
	}
	return sum
}

// cmap4 builds a cmap table with one format 4 subtable, one segment per
// rune (the fonts are small).
func cmap4(m map[rune]uint16) []byte {
	codes := make([]rune, 0, len(m))
	for r := range m {
		if r <= 0xFFFE {
			codes = append(codes, r)
		}
	}
	slices.Sort(codes)
	seg := len(codes) + 1
	sr, es := 1, 0
	for sr*2 <= seg {
		sr *= 2
		es++
	}
	sr *= 2
	u16 := func(b []byte, v int) []byte { return binary.BigEndian.AppendUint16(b, uint16(v)) }
	var st []byte
	st = u16(st, 4)
	st = u16(st, 16+8*seg)
	st = u16(st, 0)
	st = u16(st, 2*seg)
	st = u16(st, sr)
	st = u16(st, es)
	st = u16(st, 2*seg-sr)
	for _, c := range codes {
		st = u16(st, int(c))
	}
	st = u16(st, 0xFFFF)
	st = u16(st, 0)
	for _, c := range codes {
		st = u16(st, int(c))
	}
	st = u16(st, 0xFFFF)
	for _, c := range codes {
		st = u16(st, int(m[c])-int(c))
	}
	st = u16(st, 1)
	for range seg {
		st = u16(st, 0)
	}
	var out []byte
	out = u16(out, 0)
	out = u16(out, 1)
	out = u16(out, 3)
	out = u16(out, 1)
	out = binary.BigEndian.AppendUint32(out, 12)
	return append(out, st...)
}
