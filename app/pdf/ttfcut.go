package pdf

// A TrueType font cut to a set of characters, byte for byte what
// gofpdf.UTF8CutFont writes, from a font parsed once. UTF8CutFont parses
// the whole font (its character map into maps of every character, the
// glyph offsets) for every cut: in a batch of packs that was most of
// what embedding fonts cost. ttfFont holds what the cuts share; cut
// works on it without changing it, so documents cut at once.
// TestCutAsGofpdf and FuzzCut check it against UTF8CutFont.
//
// Derived from gofpdf's utf8fontfile.go, under this notice:
//
// Copyright (c) 2019 Arteom Korotkiy (Gmail: arteomkorotkiy)
//
// Permission to use, copy, modify, and distribute this software for any
// purpose with or without fee is hereby granted, provided that the above
// copyright notice and this permission notice appear in all copies.
//
// THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
// WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
// MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
// ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
// WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
// ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
// OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// ttfTable is an entry of a font's table directory.
type ttfTable struct{ pos, size int }

// ttfFont is a TrueType font as its cuts need it.
type ttfFont struct {
	data                          []byte
	tables                        map[string]ttfTable
	locaFormat, metrics, nSymbols int
	charSymbol                    map[int]int // character -> glyph, from the format 4 cmap
	symbolPos                     []int       // glyph -> offset in glyf (loca), one more than glyphs
}

var errTTF = errors.New("pdf: font cannot be cut")

func (f *ttfFont) u16(at int) int {
	if at < 0 || at+2 > len(f.data) {
		panic(errTTF)
	}
	return int(binary.BigEndian.Uint16(f.data[at:]))
}

func (f *ttfFont) u32(at int) int {
	if at < 0 || at+4 > len(f.data) {
		panic(errTTF)
	}
	return int(binary.BigEndian.Uint32(f.data[at:]))
}

func (f *ttfFont) bytes(at, n int) []byte {
	if at < 0 || n < 0 || at+n > len(f.data) {
		panic(errTTF)
	}
	return f.data[at : at+n : at+n]
}

func (f *ttfFont) table(name string) ttfTable {
	t, ok := f.tables[name]
	if !ok {
		panic(errTTF)
	}
	return t
}

// tableData is a table's bytes, nil when it is missing or empty.
func (f *ttfFont) tableData(name string) []byte {
	t, ok := f.tables[name]
	if !ok || t.size == 0 {
		return nil
	}
	return f.bytes(t.pos, t.size)
}

// parseTTF reads what every cut of a font needs. A font UTF8CutFont
// would panic on or cut to nothing is an error.
func parseTTF(data []byte) (f *ttfFont, err error) {
	defer func() {
		if r := recover(); r != nil {
			f, err = nil, fmt.Errorf("%w: %v", errTTF, r)
		}
	}()
	f = &ttfFont{data: data, tables: map[string]ttfTable{}}
	n := f.u16(4)
	for i := range n {
		e := 12 + 16*i
		f.tables[string(f.bytes(e, 4))] = ttfTable{pos: f.u32(e + 8), size: f.u32(e + 12)}
	}
	f.locaFormat = f.u16(f.table("head").pos + 50)
	f.metrics = f.u16(f.table("hhea").pos + 34)
	f.nSymbols = f.u16(f.table("maxp").pos + 4)
	cmap := f.table("cmap").pos
	at := 0
	for i := range f.u16(cmap + 2) {
		e := cmap + 4 + 8*i
		system, coder, pos := f.u16(e), f.u16(e+2), f.u32(e+4)
		if (system == 3 && coder == 1 || system == 0) && f.u16(cmap+pos) == 4 {
			at = cmap + pos
			break
		}
	}
	if at == 0 {
		return nil, fmt.Errorf("%w: no Unicode cmap", errTTF)
	}
	f.charSymbol = f.readCmap4(at)
	loca := f.table("loca").pos
	f.symbolPos = make([]int, 0, f.nSymbols+1)
	switch f.locaFormat {
	case 0:
		for i := 0; i <= f.nSymbols; i++ {
			f.symbolPos = append(f.symbolPos, f.u16(loca+2*i)*2)
		}
	case 1:
		for i := 0; i <= f.nSymbols; i++ {
			f.symbolPos = append(f.symbolPos, f.u32(loca+4*i))
		}
	default:
		return nil, fmt.Errorf("%w: loca format %d", errTTF, f.locaFormat)
	}
	f.table("glyf")
	f.table("hmtx")
	f.table("post")
	return f, nil
}

// readCmap4 maps each character of a format 4 cmap to its glyph, as
// gofpdf reads it (a character in two segments takes the later one's).
func (f *ttfFont) readCmap4(at int) map[int]int {
	rim := at + f.u16(at+2)
	segs := f.u16(at+6) / 2
	ends := at + 14
	starts := ends + 2*segs + 2
	deltas := starts + 2*segs
	offsets := deltas + 2*segs
	m := map[int]int{}
	for n := range segs {
		begin, end := f.u16(starts+2*n), f.u16(ends+2*n)
		delta := int(int16(f.u16(deltas + 2*n)))
		off := f.u16(offsets + 2*n)
		for char := begin; char <= end; char++ {
			var symbol int
			if off == 0 {
				symbol = (char + delta) & 0xFFFF
			} else if p := offsets + 2*n + (char-begin)*2 + off; p < rim {
				if symbol = f.u16(p); symbol != 0 {
					symbol = (symbol + delta) & 0xFFFF
				}
			}
			m[char] = symbol
		}
	}
	return m
}
