package data

import "sort"

// Range is a closed interval [From, To] of one origin replica's stamps, as
// the headers of packs of the first format claimed them. Nothing believes
// such a claim any more (see StampSet); a reader only checks that each
// change of such a pack lies in one of its ranges.
type Range struct {
	Replica string `json:"replica"`
	From    HLC    `json:"from"`
	To      HLC    `json:"to"`
}

// NormalizeRanges sorts the ranges by replica and stamp and merges those
// that overlap or touch. Empty ranges (To < From) are dropped.
func NormalizeRanges(in []Range) []Range {
	rs := make([]Range, 0, len(in))
	for _, r := range in {
		if r.To >= r.From && r.Replica != "" {
			rs = append(rs, r)
		}
	}
	sort.Slice(rs, func(i, j int) bool {
		if rs[i].Replica != rs[j].Replica {
			return rs[i].Replica < rs[j].Replica
		}
		return rs[i].From < rs[j].From
	})
	out := rs[:0]
	for _, r := range rs {
		if n := len(out); n > 0 && out[n-1].Replica == r.Replica && r.From <= out[n-1].To+1 {
			out[n-1].To = max(out[n-1].To, r.To)
			continue
		}
		out = append(out, r)
	}
	return out
}
