package pdf

import (
	"golang.org/x/text/unicode/bidi"
)

// A paragraph of the packs is always left to right (the pack is in English
// or Indonesian); right-to-left runs inside it (an Arabic, Persian or
// Hebrew name, a phrase) are reordered for display. visual implements the
// part of the Unicode Bidirectional Algorithm (UAX #9) that such lines
// need: W1-W7 for numbers, N1-N2 for neutrals, I1-I2 levels, L1 trailing
// white space, and L2 reordering. Explicit embeddings and isolates are not
// honoured (names do not carry them; fsname strips them from file names).

type bidiClass uint8

const (
	clsL bidiClass = iota
	clsR
	clsEN // European and Arabic numbers
	clsN  // neutrals and white space
)

// IsRTL says whether r is a strong right-to-left character.
func IsRTL(r rune) bool {
	p, _ := bidi.LookupRune(r)
	c := p.Class()
	return c == bidi.R || c == bidi.AL
}

// hasRTL says whether s needs the bidi algorithm at all.
func hasRTL(s []rune) bool {
	for _, r := range s {
		if r >= 0x0590 && IsRTL(r) {
			return true
		}
	}
	return false
}

func classOf(r rune) (bidiClass, bool) {
	p, _ := bidi.LookupRune(r)
	switch p.Class() {
	case bidi.L:
		return clsL, false
	case bidi.R, bidi.AL:
		return clsR, false
	case bidi.EN, bidi.AN:
		return clsEN, false
	case bidi.NSM:
		return clsN, true
	case bidi.WS:
		return clsN, false
	}
	return clsN, false
}

// levels resolves the embedding level of each rune of a left-to-right
// paragraph: 0 left to right, 1 right to left, 2 a number inside
// right-to-left text.
func levels(s []rune) []uint8 {
	n := len(s)
	cls := make([]bidiClass, n)
	for i, r := range s {
		c, nsm := classOf(r)
		if nsm && i > 0 {
			c = cls[i-1] // W1: a mark takes its base's class
		}
		cls[i] = c
	}
	// W7: a number after a strong L (or at the start) is L.
	last := clsL
	for i, c := range cls {
		switch c {
		case clsL, clsR:
			last = c
		case clsEN:
			if last == clsL {
				cls[i] = clsL
			}
		}
	}
	// N1/N2: neutrals between two strong runs of the same direction take
	// it (numbers count as R); others take the paragraph's (L).
	for i := 0; i < n; {
		if cls[i] != clsN {
			i++
			continue
		}
		j := i
		for j < n && cls[j] == clsN {
			j++
		}
		before, after := clsL, clsL
		if i > 0 {
			before = strongOf(cls[i-1])
		}
		if j < n {
			after = strongOf(cls[j])
		}
		fill := clsL
		if before == clsR && after == clsR {
			fill = clsR
		}
		for k := i; k < j; k++ {
			cls[k] = fill
		}
		i = j
	}
	lv := make([]uint8, n)
	for i, c := range cls {
		switch c {
		case clsR:
			lv[i] = 1
		case clsEN:
			lv[i] = 2
		}
	}
	// L1: trailing white space returns to the paragraph level.
	for i := n - 1; i >= 0; i-- {
		if p, _ := bidi.LookupRune(s[i]); p.Class() != bidi.WS {
			break
		}
		lv[i] = 0
	}
	return lv
}

func strongOf(c bidiClass) bidiClass {
	if c == clsEN {
		return clsR
	}
	return c
}

// Run is a stretch of a line in one direction, in logical order.
type Run struct {
	Text []rune
	RTL  bool
}

// VisualRuns splits a line into runs and orders the runs as they are
// displayed from left to right (rule L2). A run's own text stays in
// logical order: the caller shapes it, then reverses right-to-left runs.
func VisualRuns(s []rune) []Run {
	if !hasRTL(s) {
		return []Run{{Text: s}}
	}
	lv := levels(s)
	type seg struct {
		lo, hi int
		level  uint8
	}
	var segs []seg
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && lv[j] == lv[i] {
			j++
		}
		segs = append(segs, seg{i, j, lv[i]})
		i = j
	}
	// L2: from the highest level down to 1, reverse every maximal
	// sequence of segments at that level or higher.
	for l := uint8(2); l >= 1; l-- {
		for i := 0; i < len(segs); {
			if segs[i].level < l {
				i++
				continue
			}
			j := i
			for j < len(segs) && segs[j].level >= l {
				j++
			}
			for a, b := i, j-1; a < b; a, b = a+1, b-1 {
				segs[a], segs[b] = segs[b], segs[a]
			}
			i = j
		}
	}
	out := make([]Run, len(segs))
	for i, g := range segs {
		out[i] = Run{Text: s[g.lo:g.hi], RTL: g.level%2 == 1}
	}
	return out
}

// mirror swaps paired punctuation in right-to-left text (rule L4).
func mirror(r rune) rune {
	switch r {
	case '(':
		return ')'
	case ')':
		return '('
	case '[':
		return ']'
	case ']':
		return '['
	case '{':
		return '}'
	case '}':
		return '{'
	case '<':
		return '>'
	case '>':
		return '<'
	case '«':
		return '»'
	case '»':
		return '«'
	}
	return r
}
