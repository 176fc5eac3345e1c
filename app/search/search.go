// Package search filters a list of thousands of rows in memory as the user
// types: every word of the query (folded as data.Fold folds: case, accents
// and strokes removed, any script) must occur in the row's folded text.
// The rows' texts are laid end to end in one string, so that a word is
// looked for with one fast scan over all of them instead of one search a
// row; a query that extends the previous one (the next keystroke) looks
// only at the previous matches.
package search

import (
	"slices"
	"strings"

	"lodesk/data"
)

// sep ends each row's text in the haystack; folded text never holds it.
const sep = "\x00"

// Index is the folded texts of a list's rows, built once per load (off
// the UI goroutine) and filtered on each keystroke. It is not safe for
// concurrent use.
type Index struct {
	hay  string     // row texts, each followed by sep
	ends []int32    // ends[i]: the offset of row i's sep
	freq [256]int32 // how often each byte occurs in hay

	last []string // the previous query's words (nil: none), and its matches
	hits []int32
	all  []int32
}

// New indexes rows' folded texts (data.Fold), in the list's order.
func New(folded []string) *Index {
	var b strings.Builder
	n := 0
	for _, f := range folded {
		n += len(f) + 1
	}
	b.Grow(n)
	x := &Index{ends: make([]int32, len(folded)), all: make([]int32, len(folded))}
	for i, f := range folded {
		b.WriteString(strings.ReplaceAll(f, sep, " "))
		x.ends[i] = int32(b.Len())
		b.WriteString(sep)
		x.all[i] = int32(i)
	}
	x.hay = b.String()
	for i := range len(x.hay) {
		x.freq[x.hay[i]]++
	}
	return x
}

// Len is the number of rows.
func (x *Index) Len() int { return len(x.ends) }

// Filter returns the rows, in list order, whose text holds every word of
// what the user typed; all of them for an empty query. The slice is the
// index's own until the next call: do not change it.
func (x *Index) Filter(typed string) []int32 {
	words := strings.Fields(data.Fold(typed))
	if len(words) == 0 {
		x.last, x.hits = nil, nil
		return x.all
	}
	switch {
	case slices.ContainsFunc(words, func(w string) bool { return strings.Contains(w, sep) }):
		x.hits = []int32{} // no row's text holds one
	case x.last != nil && narrows(x.last, words):
		x.hits = x.check(x.hits, words)
	default:
		x.hits = x.scan(words)
	}
	x.last = words
	return x.hits
}

// narrows says whether every row matching words also matches last: the
// same words, the last one perhaps longer, perhaps more words after.
func narrows(last, words []string) bool {
	if len(last) == 0 || len(words) < len(last) {
		return false
	}
	for i, w := range last {
		if i == len(last)-1 {
			return strings.HasPrefix(words[i], w)
		}
		if words[i] != w {
			return false
		}
	}
	return true
}

// row is the text of row i.
func (x *Index) row(i int32) string {
	start := int32(0)
	if i > 0 {
		start = x.ends[i-1] + 1
	}
	return x.hay[start:x.ends[i]]
}

// check keeps the rows among rows that hold every word.
func (x *Index) check(rows []int32, words []string) []int32 {
	out := rows[:0:0]
	for _, i := range rows {
		if holdsAll(x.row(i), words) {
			out = append(out, i)
		}
	}
	return out
}

// scan finds the longest word's occurrences in the haystack, one scan for
// all rows, and keeps the rows that hold the other words too.
func (x *Index) scan(words []string) []int32 {
	longest := 0
	for i, w := range words {
		if len(w) > len(words[longest]) {
			longest = i
		}
	}
	w := words[longest]
	// Look for the word's rarest byte and compare the rest around it:
	// strings.Index looks for the first byte, and in "ngu" that is an n,
	// found every dozen bytes.
	k := 0
	for i := range len(w) {
		if x.freq[w[i]] < x.freq[w[k]] {
			k = i
		}
	}
	var out []int32
	row, pos := int32(0), 0 // pos: where w may start
	for pos+len(w) <= len(x.hay) {
		j := strings.IndexByte(x.hay[pos+k:], w[k])
		if j < 0 {
			break
		}
		at := pos + j
		if at+len(w) > len(x.hay) || x.hay[at:at+len(w)] != w {
			pos = at + 1
			continue
		}
		for int(x.ends[row]) < at {
			row++
		}
		if len(words) == 1 || holdsAll(x.row(row), words) {
			out = append(out, row)
		}
		pos = int(x.ends[row]) + 1 // the next row
	}
	return out
}

func holdsAll(text string, words []string) bool {
	for _, w := range words {
		if !strings.Contains(text, w) {
			return false
		}
	}
	return true
}
