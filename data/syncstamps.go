package data

import (
	"encoding/binary"
	"errors"
	"slices"
	"sort"
)

// StampSet is a set of change stamps, by origin replica: what one pack
// holds, or what the packs of a folder hold. A stamp stands for every
// change its origin made with it (one write may change several fields);
// changes travel by stamp, so a pack holds all of a stamp's changes or
// none.
type StampSet map[string][]HLC // origin -> sorted stamps, no repeats

// Add puts a stamp in the set (kept sorted; cheapest when stamps come in
// order).
func (s StampSet) Add(origin string, h HLC) {
	hs := s[origin]
	n := len(hs)
	if n == 0 || hs[n-1] < h {
		s[origin] = append(hs, h)
		return
	}
	i := sort.Search(n, func(i int) bool { return hs[i] >= h })
	if hs[i] != h {
		s[origin] = slices.Insert(hs, i, h)
	}
}

// Has says whether the set holds the stamp.
func (s StampSet) Has(origin string, h HLC) bool {
	_, ok := slices.BinarySearch(s[origin], h)
	return ok
}

// Len is the number of stamps.
func (s StampSet) Len() int {
	n := 0
	for _, hs := range s {
		n += len(hs)
	}
	return n
}

// AddAll puts every stamp of o in s.
func (s StampSet) AddAll(o StampSet) {
	for origin, hs := range o {
		if len(s[origin]) == 0 {
			s[origin] = slices.Clone(hs)
			continue
		}
		merged := append(slices.Clone(s[origin]), hs...)
		slices.Sort(merged)
		s[origin] = slices.Compact(merged)
	}
}

// Origins lists the origins in order.
func (s StampSet) Origins() []string {
	out := make([]string, 0, len(s))
	for o, hs := range s {
		if len(hs) > 0 {
			out = append(out, o)
		}
	}
	slices.Sort(out)
	return out
}

// MarshalBinary encodes the set compactly: per origin its name, the count
// and the stamps as increasing deltas (varints).
func (s StampSet) MarshalBinary() ([]byte, error) {
	b := []byte{}
	for _, o := range s.Origins() {
		hs := s[o]
		b = binary.AppendUvarint(b, uint64(len(o)))
		b = append(b, o...)
		b = binary.AppendUvarint(b, uint64(len(hs)))
		var prev HLC
		for _, h := range hs {
			b = binary.AppendUvarint(b, uint64(h-prev))
			prev = h
		}
	}
	return b, nil
}

var errBadStamps = errors.New("damaged stamp set")

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *StampSet) UnmarshalBinary(b []byte) error {
	out := StampSet{}
	next := func() (uint64, error) {
		v, n := binary.Uvarint(b)
		if n <= 0 {
			return 0, errBadStamps
		}
		b = b[n:]
		return v, nil
	}
	for len(b) > 0 {
		n, err := next()
		if err != nil || n > uint64(len(b)) || n > 256 {
			return errBadStamps
		}
		o := string(b[:n])
		b = b[n:]
		count, err := next()
		if err != nil || count > uint64(len(b)) {
			return errBadStamps
		}
		hs := make([]HLC, 0, count)
		var prev HLC
		for range count {
			d, err := next()
			if err != nil || (d == 0 && len(hs) > 0) {
				return errBadStamps
			}
			prev += HLC(d)
			hs = append(hs, prev)
		}
		out[o] = hs
	}
	*s = out
	return nil
}
