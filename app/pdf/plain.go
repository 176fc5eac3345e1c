package pdf

import "sync"

// Most of what the packs print is plain ASCII: names, times, headings,
// table cells. For such a line the layout is known without making it: NFC
// leaves it alone, it has no right-to-left run, and every character is
// drawn in DejaVu Sans (Bold for bold text), which the seed of every cut
// holds. Measuring and drawing it from a table of advances spares the
// layout caches' map look-ups, which were a tenth of a batch of packs
// (TestPlainAsLayout checks that the table agrees with layout).

// plainFace is the face a style draws printable ASCII in, with the
// advance of each character from ' ' to '~' in 1/1000 em.
type plainFace struct {
	id  faceID
	adv [0x7F - 0x20]int32
}

// plainFaces are the regular and the bold face; nil when a face lacks a
// printable ASCII character (then every line goes through layout).
var plainFaces = sync.OnceValue(func() *[2]*plainFace {
	out := new([2]*plainFace)
	for i, id := range [2]faceID{dejaVu, dejaVuBold} {
		pf := &plainFace{id: id}
		for r := rune(0x20); r < 0x7F; r++ {
			a := faces[id].advance(r)
			if a < 0 {
				pf = nil
				break
			}
			pf.adv[r-0x20] = a
		}
		out[i] = pf
	}
	return out
})

// plainFaceOf is the face for a line in style st when the line is
// printable ASCII, or nil.
func plainFaceOf(s string, st Style) *plainFace {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F {
			return nil
		}
	}
	i := 0
	if st == Bold {
		i = 1
	}
	return plainFaces()[i]
}

// width is the advance of a printable ASCII line in 1/1000 em.
func (pf *plainFace) width(s string) int32 {
	var w int32
	for i := 0; i < len(s); i++ {
		w += pf.adv[s[i]-0x20]
	}
	return w
}

// plainSplitWords is splitWords for a printable ASCII line: after each
// space (no allocation but the slice).
func plainSplitWords(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if s[i] == ' ' {
			out = append(out, s[start:i+1])
			start = i + 1
		}
	}
	if start < len(s) {
		out = append(out, s[start:])
	}
	return out
}
