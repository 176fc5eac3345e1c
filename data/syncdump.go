package data

import (
	"context"
	"fmt"
	"strings"
)

// Snapshot lists every row of every synced table, tombstones included, one
// line per row in id order, all columns: two replicas that have seen the
// same changes have equal snapshots. For tests and `lodesk check`-style
// comparisons.
func (s *Store) Snapshot(ctx context.Context) (map[string][]string, error) {
	out := map[string][]string{}
	for _, r := range AllRecords() {
		ti := infoOf(r)
		rows, err := s.ro.QueryContext(ctx, "SELECT * FROM "+ti.name+" ORDER BY id")
		if err != nil {
			return nil, fmt.Errorf("snapshot %s: %w", ti.name, err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			raw := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range raw {
				ptrs[i] = &raw[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				rows.Close()
				return nil, err
			}
			parts := make([]string, len(cols))
			for i, v := range raw {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				parts[i] = fmt.Sprintf("%s=%T:%v", cols[i], v, v)
			}
			out[ti.name] = append(out[ti.name], strings.Join(parts, " | "))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}
