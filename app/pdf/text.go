package pdf

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// seg is a stretch of a line drawn in one font, in visual order.
type seg struct {
	ref   *fontRef
	text  string
	width float64 // in 1/1000 em
}

// unit is one rune to write: the rune itself, the font it is written in,
// and its advance.
type unit struct {
	r    rune
	face faceID
	ar   arabicVariant
	isAr bool
	adv  int32
}

// layout turns a line into font segments in visual order: NFC, bidi
// reordering, Arabic shaping, a font per script.
func layout(s string, st Style) ([]seg, error) {
	s = norm.NFC.String(s)
	var units []unit
	for _, run := range VisualRuns([]rune(s)) {
		us := runUnits(run.Text, st)
		if run.RTL {
			us = reverseClusters(us)
		}
		units = append(units, us...)
	}
	return segments(units)
}

// runUnits picks the font of each rune of a run (logical order).
func runUnits(rs []rune, st Style) []unit {
	us := make([]unit, 0, len(rs))
	var prev faceID
	for i := 0; i < len(rs); {
		if isArabic(rs[i]) {
			j := i
			for j < len(rs) && (isArabic(rs[j]) || rs[j] == 0x200D) {
				j++
			}
			vs, shown := shapeArabic(rs[i:j])
			for k, r := range rs[i:j] {
				a := faces[dejaVu].advance(shown[k])
				if a < 0 {
					a = 0
				}
				us = append(us, unit{r: r, isAr: true, ar: vs[k], adv: a})
			}
			i = j
			continue
		}
		r := rs[i]
		id := pick(r, st, prev, i > 0)
		a := faces[id].advance(r)
		if a < 0 {
			a = faces[id].advance('?')
			r = '?'
		}
		us = append(us, unit{r: r, face: id, adv: a})
		prev = id
		i++
	}
	return us
}

// reverseClusters puts a right-to-left run in display order, keeping
// combining marks after their base and mirroring brackets.
func reverseClusters(us []unit) []unit {
	out := make([]unit, 0, len(us))
	end := len(us)
	for end > 0 {
		start := end - 1
		for start > 0 && isMark(us[start].r) {
			start--
		}
		for _, u := range us[start:end] {
			u.r = mirror(u.r)
			out = append(out, u)
		}
		end = start
	}
	return out
}

func isMark(r rune) bool {
	return r >= 0x0300 && r <= 0x036F || r >= 0x0591 && r <= 0x05C7 || r >= 0x064B && r <= 0x065F || r == 0x0670
}

// segments groups units by font and makes sure each font's cut holds
// the runes.
func segments(us []unit) ([]seg, error) {
	var out []seg
	var b strings.Builder
	for i := 0; i < len(us); {
		j := i
		var w int32
		b.Reset()
		for j < len(us) && us[j].isAr == us[i].isAr && us[j].face == us[i].face && us[j].ar == us[i].ar {
			b.WriteRune(us[j].r)
			w += us[j].adv
			j++
		}
		var ref *fontRef
		if us[i].isAr {
			set := arabicFonts()
			if set.err != nil {
				return nil, set.err
			}
			ref = set.fonts[us[i].ar]
		} else {
			var err error
			ref, err = faces[us[i].face].ensure([]rune(b.String()))
			if err != nil {
				return nil, err
			}
		}
		out = append(out, seg{ref: ref, text: b.String(), width: float64(w)})
		i = j
	}
	return out, nil
}
