package pdf

import (
	"encoding/binary"
	"fmt"
	"slices"
	"sort"
)

// The cut itself (see ttfcut.go).

// cut writes the font cut to the characters of cutset, as
// gofpdf.UTF8CutFont(data, cutset) does.
func (f *ttfFont) cut(cutset string) (out []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("%w: %v", errTTF, r)
		}
	}()
	// The glyphs the characters use, then the parts of composite
	// glyphs, numbered anew: first the ones used and glyph 0 in their
	// order, then parts in the order met.
	used := map[int]bool{0: true}
	charGlyph := map[int]int{}
	for _, r := range cutset {
		if g, ok := f.charSymbol[int(r)]; ok {
			used[g] = true
			charGlyph[int(r)] = g
		}
	}
	keys := make([]int, 0, len(used))
	for g := range used {
		keys = append(keys, g)
	}
	sort.Ints(keys)
	newID := make(map[int]int, len(keys))
	for i, g := range keys {
		newID[g] = i
	}
	glyf := f.table("glyf").pos
	for _, g := range slices.Clone(keys) {
		keys = f.addParts(g, glyf, newID, keys, 0)
	}
	nSymbols := len(keys) // the glyphs, and the metrics: one each

	out2 := map[string][]byte{}
	set := func(name string, data []byte) {
		if data != nil {
			out2[name] = data
		}
	}
	raw := map[string]ttfTable{} // the tables copied as they are
	for _, name := range []string{"name", "cvt ", "fpgm", "prep", "gasp", "OS/2"} {
		if data := f.tableData(name); data != nil {
			set(name, data)
			raw[name] = f.tables[name]
		}
	}
	post := f.tableData("post")
	set("post", slices.Concat([]byte{0, 3, 0, 0}, post[4:16], make([]byte, 16)))

	chars := make([]int, 0, len(charGlyph))
	for c := range charGlyph {
		if c != 0 {
			chars = append(chars, c)
		}
	}
	sort.Ints(chars)
	set("cmap", cmapTable(chars, charGlyph, newID, nSymbols))

	hmtx := f.table("hmtx").pos
	offsets := make([]int, 0, len(keys)+1)
	glyfData := make([]byte, 0)
	hmtxData := make([]byte, 0)
	pos := 0
	// gofpdf writes a glyph's side bearing past the last full metric's
	// advance, in the font's own bytes (the last full metric's side
	// bearing): the last full metric is then that bearing.
	lastLSB := f.bytes(hmtx+(f.metrics-1)*4+2, 2)
	for _, g := range keys {
		switch {
		case g < f.metrics-1:
			hmtxData = append(hmtxData, f.bytes(hmtx+g*4, 4)...)
		case g == f.metrics-1:
			hmtxData = append(hmtxData, f.bytes(hmtx+g*4, 2)...)
			hmtxData = append(hmtxData, lastLSB...)
		default:
			lastLSB = f.bytes(hmtx+f.metrics*2+g*2, 2)
			hmtxData = append(hmtxData, f.bytes(hmtx+(f.metrics-1)*4, 2)...)
			hmtxData = append(hmtxData, lastLSB...)
		}
		offsets = append(offsets, pos)
		start := f.symbolPos[g]
		n := f.symbolPos[g+1] - start
		data := f.bytes(glyf+start, n)
		if n > 2 && binary.BigEndian.Uint16(data)&0x8000 != 0 {
			data = slices.Clone(data) // the parts get their new numbers
			for p, flags := 10, ttfMoreParts; flags&ttfMoreParts != 0; {
				flags = int(binary.BigEndian.Uint16(data[p:]))
				part := int(binary.BigEndian.Uint16(data[p+2:]))
				binary.BigEndian.PutUint16(data[p+2:], uint16(newID[part]))
				p += 4 + partArgs(flags)
			}
		}
		glyfData = append(glyfData, data...)
		pos += n
		if pos%4 != 0 {
			pad := 4 - pos%4
			glyfData = append(glyfData, make([]byte, pad)...)
			pos += pad
		}
	}
	offsets = append(offsets, pos)
	set("glyf", glyfData)
	set("hmtx", hmtxData)
	loca := make([]byte, 0)
	locaFormat := 0
	if (pos+1)>>1 > 0xFFFF {
		locaFormat = 1
		for _, o := range offsets {
			loca = binary.BigEndian.AppendUint32(loca, uint32(o))
		}
	} else {
		for _, o := range offsets {
			loca = binary.BigEndian.AppendUint16(loca, uint16(o/2))
		}
	}
	set("loca", loca)
	set("head", withUint32(withUint16(f.tableData("head"), 50, locaFormat), 8, 0))
	set("hhea", withUint16(f.tableData("hhea"), 34, nSymbols))
	set("maxp", withUint16(f.tableData("maxp"), 4, nSymbols))
	return assembleTTF(out2, f.padded(raw)), nil
}

// Composite glyph flags.
const (
	ttfWords     = 1 << 0
	ttfScale     = 1 << 3
	ttfMoreParts = 1 << 5
	ttfXYScale   = 1 << 6
	ttf2x2       = 1 << 7
)

// partArgs is the size of a part's arguments and transform.
func partArgs(flags int) int {
	n := 2
	if flags&ttfWords != 0 {
		n = 4
	}
	switch {
	case flags&ttfScale != 0:
		n += 2
	case flags&ttfXYScale != 0:
		n += 4
	case flags&ttf2x2 != 0:
		n += 8
	}
	return n
}

// addParts numbers the parts of glyph g, and theirs, that have no
// number yet, appending them to keys. A glyph made of itself, or
// nested deeper than fonts go, is an error (gofpdf recurses for ever).
func (f *ttfFont) addParts(g, glyf int, newID map[int]int, keys []int, depth int) []int {
	if depth > 64 {
		panic(errTTF)
	}
	start := f.symbolPos[g]
	if f.symbolPos[g+1]-start == 0 {
		return keys
	}
	p := glyf + start
	if int16(f.u16(p)) >= 0 {
		return keys
	}
	p += 10
	for flags := ttfMoreParts; flags&ttfMoreParts != 0; {
		flags = f.u16(p)
		part := f.u16(p + 2)
		if _, ok := newID[part]; !ok {
			newID[part] = len(keys)
			keys = append(keys, part)
		}
		keys = f.addParts(part, glyf, newID, keys, depth+1)
		p += 4 + partArgs(flags)
	}
	return keys
}

// cmapTable is gofpdf's cmap for a cut: format 4, a segment for each run
// of characters whose glyphs follow each other.
func cmapTable(chars []int, charGlyph, newID map[int]int, nSymbols int) []byte {
	type run struct {
		start  int
		glyphs []int
	}
	var runs []run
	prevC, prevG := -2, -1
	for _, c := range chars {
		g := newID[charGlyph[c]]
		if c == prevC+1 && g == prevG+1 {
			runs[len(runs)-1].glyphs = append(runs[len(runs)-1].glyphs, g)
		} else {
			runs = append(runs, run{c, []int{g}})
		}
		prevC, prevG = c, g
	}
	segCount := len(runs) + 1
	searchRange, entrySelector := 1, 0
	for searchRange*2 <= segCount {
		searchRange *= 2
		entrySelector++
	}
	searchRange *= 2
	rangeShift := segCount*2 - searchRange
	length := 16 + 8*segCount + nSymbols + 1
	cmap := []int{0, 1, 3, 1, 0, 12, 4, length, 0, segCount * 2, searchRange, entrySelector, rangeShift}
	for _, r := range runs {
		cmap = append(cmap, r.start+len(r.glyphs)-1)
	}
	cmap = append(cmap, 0xFFFF, 0)
	for _, r := range runs {
		cmap = append(cmap, r.start)
	}
	cmap = append(cmap, 0xFFFF)
	for _, r := range runs {
		cmap = append(cmap, -(r.start - r.glyphs[0]))
	}
	cmap = append(cmap, 1)
	for range runs {
		cmap = append(cmap, 0)
	}
	cmap = append(cmap, 0)
	for _, r := range runs {
		cmap = append(cmap, r.glyphs...)
	}
	cmap = append(cmap, 0)
	b := make([]byte, 0, 2*len(cmap))
	for _, v := range cmap {
		b = binary.BigEndian.AppendUint16(b, uint16(v))
	}
	return b
}

func withUint16(b []byte, at, v int) []byte {
	b = slices.Clone(b)
	binary.BigEndian.PutUint16(b[at:], uint16(v))
	return b
}

func withUint32(b []byte, at, v int) []byte {
	b = slices.Clone(b)
	binary.BigEndian.PutUint32(b[at:], uint32(v))
	return b
}

// padded is how gofpdf sees the tables it copies from the font as they
// are: working out a table's checksum, it pads the table with zeros in
// the font's own bytes, over what follows it there. When a table's end is
// not on four bytes and what follows is not zeros already, that shows in
// the tables met after it, in the order of their tags; padded returns
// their bytes then, in that order (nil: nothing shows).
func (f *ttfFont) padded(raw map[string]ttfTable) []padStep {
	shows := false
	for _, t := range raw {
		for i := t.pos + t.size; i < min(t.pos+t.size+(4-t.size%4)%4, len(f.data)); i++ {
			shows = shows || f.data[i] != 0
		}
	}
	if !shows {
		return nil
	}
	names := make([]string, 0, len(raw))
	for name := range raw {
		names = append(names, name)
	}
	sort.Strings(names)
	src := slices.Clone(f.data)
	var steps []padStep
	for _, name := range names {
		t := raw[name]
		steps = append(steps, padStep{name: name, sum: slices.Clone(src[t.pos : t.pos+t.size])})
		clear(src[t.pos+t.size : min(t.pos+t.size+(4-t.size%4)%4, len(src))])
	}
	for i := range steps { // the bytes copied: after every padding
		t := raw[steps[i].name]
		steps[i].final = src[t.pos : t.pos+t.size]
	}
	return steps
}

// padStep is a table copied from the font: its bytes when gofpdf works
// out its checksum, and when it copies it.
type padStep struct {
	name       string
	sum, final []byte
}

// assembleTTF writes the tables in the order of their tags, with the
// directory and head's checksum adjustment (steps: see padded).
func assembleTTF(tables map[string][]byte, steps []padStep) []byte {
	sumOf := map[string][]byte{}
	for _, s := range steps {
		sumOf[s.name] = s.sum
		tables[s.name] = s.final
	}
	n := len(tables)
	findSize, writer := 1, 0
	for findSize*2 <= n {
		findSize *= 2
		writer++
	}
	findSize *= 16
	out := binary.BigEndian.AppendUint32(nil, 0x00010000)
	for _, v := range []int{n, findSize, writer, n*16 - findSize} {
		out = binary.BigEndian.AppendUint16(out, uint16(v))
	}
	names := make([]string, 0, n)
	for name := range tables {
		names = append(names, name)
	}
	sort.Strings(names)
	offset := 12 + n*16
	head := 0
	for _, name := range names {
		if name == "head" {
			head = offset
		}
		out = append(out, name...)
		sum := tables[name]
		if b, ok := sumOf[name]; ok {
			sum = b
		}
		out = binary.BigEndian.AppendUint32(out, checksum(sum))
		out = binary.BigEndian.AppendUint32(out, uint32(offset))
		out = binary.BigEndian.AppendUint32(out, uint32(len(tables[name])))
		offset += (len(tables[name]) + 3) &^ 3
	}
	for _, name := range names {
		out = append(out, tables[name]...)
		out = append(out, make([]byte, (4-len(tables[name])%4)%4)...)
	}
	c := checksum(out)
	hi, lo := int(c>>16), int(c&0xFFFF)
	// 0xB1B0AFBA less the sum, as gofpdf's calcInt32 works it out.
	x0, x1 := 0xB1B0, 0xAFBA
	if lo > x1 {
		x1 += 1 << 16
		x0++
	}
	a1 := x1 - lo
	if hi > x0 {
		x0 += 1 << 16
	}
	a0 := (x0 - hi) & 0xFFFF
	binary.BigEndian.PutUint16(out[head+8:], uint16(a0))
	binary.BigEndian.PutUint16(out[head+10:], uint16(a1))
	return out
}
