package data

import (
	"context"
	"fmt"
	"sort"
)

// Range is a closed interval [From, To] of one origin replica's stamps.
// Wherever a range is claimed (a pack, sync_range), every change of that
// replica stamped inside it is there.
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

// SubtractRanges returns what of a is not in b.
func SubtractRanges(a, b []Range) []Range {
	a, b = NormalizeRanges(a), NormalizeRanges(b)
	var out []Range
	for _, r := range a {
		cur := r
		alive := true
		for _, s := range b {
			if s.Replica != r.Replica || s.To < cur.From || s.From > cur.To {
				continue
			}
			if s.From > cur.From {
				out = append(out, Range{Replica: r.Replica, From: cur.From, To: s.From - 1})
			}
			if s.To >= cur.To {
				alive = false
				break
			}
			cur.From = s.To + 1
		}
		if alive {
			out = append(out, cur)
		}
	}
	return out
}

// Covers says whether every range of want lies inside have.
func Covers(have, want []Range) bool { return len(SubtractRanges(want, have)) == 0 }

// coverage indexes normalized ranges by replica for stamp look-ups.
type coverage map[string][]Range

func newCoverage(rs []Range) coverage {
	c := coverage{}
	for _, r := range NormalizeRanges(rs) {
		c[r.Replica] = append(c[r.Replica], r)
	}
	return c
}

func (c coverage) has(replica string, h HLC) bool {
	rs := c[replica]
	i := sort.Search(len(rs), func(i int) bool { return rs[i].To >= h })
	return i < len(rs) && rs[i].From <= h
}

// SyncCoverage returns the ranges of changes this file holds completely:
// its own, those merged from packs and those written here under an earlier
// replica id (a copied file). It records the last kind the first time it
// sees them, so that they can be sent on.
func (s *Store) SyncCoverage(ctx context.Context) ([]Range, error) {
	var out []Range
	err := s.Write(ctx, func(tx *Tx) error {
		// An origin in the log with no recorded range was written in this
		// file's own history (before a copy gave it a new id): complete.
		rows, err := tx.tx.QueryContext(ctx, `SELECT replica, max(hlc) FROM change_log
			WHERE replica <> ? AND replica NOT IN (SELECT replica FROM sync_range) GROUP BY replica`, s.replica)
		if err != nil {
			return err
		}
		var anc []Range
		for rows.Next() {
			var r Range
			if err := rows.Scan(&r.Replica, &r.To); err != nil {
				rows.Close()
				return err
			}
			r.From = 1
			anc = append(anc, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		if err := tx.addRanges(anc); err != nil {
			return err
		}
		out, err = tx.ranges()
		if err != nil {
			return err
		}
		var own HLC
		if err := tx.tx.QueryRowContext(ctx, "SELECT coalesce(max(hlc), 0) FROM change_log WHERE replica = ?", s.replica).Scan(&own); err != nil {
			return err
		}
		if own > 0 {
			out = append(out, Range{Replica: s.replica, From: 1, To: own})
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("sync coverage: %w", err)
	}
	return NormalizeRanges(out), nil
}

func (tx *Tx) ranges() ([]Range, error) {
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT replica, lo, hi FROM sync_range")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Range
	for rows.Next() {
		var r Range
		if err := rows.Scan(&r.Replica, &r.From, &r.To); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// addRanges records ranges as held completely, merging them with those
// already recorded. This replica's own ranges are never recorded.
func (tx *Tx) addRanges(add []Range) error {
	var keep []Range
	for _, r := range add {
		if r.Replica != tx.s.replica {
			keep = append(keep, r)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	have, err := tx.ranges()
	if err != nil {
		return err
	}
	touched := map[string]bool{}
	for _, r := range keep {
		touched[r.Replica] = true
	}
	for rep := range touched {
		if _, err := tx.exec("DELETE FROM sync_range WHERE replica = ?", rep); err != nil {
			return err
		}
	}
	for _, r := range NormalizeRanges(append(have, keep...)) {
		if !touched[r.Replica] {
			continue
		}
		if _, err := tx.exec("INSERT INTO sync_range(replica, lo, hi) VALUES (?, ?, ?)", r.Replica, int64(r.From), int64(r.To)); err != nil {
			return err
		}
	}
	return nil
}
