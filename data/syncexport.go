package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// ChangesIn returns every change this file holds inside the ranges, in
// stamp order, as they travel: values erased by a delete stay erased, except
// the references a tombstone keeps, and writes of reviewed fields carry the
// writes their writer had seen.
func (s *Store) ChangesIn(ctx context.Context, ranges []Range) ([]SyncChange, error) {
	tx, err := s.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read changes: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	var out []SyncChange
	for _, r := range NormalizeRanges(ranges) {
		rows, err := tx.QueryContext(ctx, `SELECT seq, hlc, replica, author, op, tbl, row_id, field, value
			FROM change_log WHERE replica = ? AND hlc BETWEEN ? AND ? ORDER BY hlc, seq`, r.Replica, int64(r.From), int64(r.To))
		if err != nil {
			return nil, fmt.Errorf("read changes: %w", err)
		}
		type entry struct {
			SyncChange
			seq int64
		}
		var es []entry
		for rows.Next() {
			var e entry
			var val sql.NullString
			if err := rows.Scan(&e.seq, &e.HLC, &e.Replica, &e.Author, &e.Op, &e.Table, &e.RowID, &e.Field, &val); err != nil {
				rows.Close()
				return nil, err
			}
			if val.Valid && e.Op != "delete" {
				e.Value = json.RawMessage(val.String)
			}
			es = append(es, e)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, err
		}
		for _, e := range es {
			c := e.SyncChange
			if c.Value == nil {
				if err := fillErased(ctx, tx, &c); err != nil {
					return nil, err
				}
			}
			if c.Op == "update" && isReviewed(c.Table, c.Field) {
				c.Seen, err = seenBy(ctx, tx, c.Table, c.RowID, c.Field, c.Stamp(), e.seq)
				if err != nil {
					return nil, err
				}
			}
			out = append(out, c)
		}
	}
	return out, nil
}

// fillErased puts back what a delete erased but a tombstone keeps: the
// references (ids, not personal) and the value of a restore.
func fillErased(ctx context.Context, tx *sql.Tx, c *SyncChange) error {
	ti, ok := tableNamed(c.Table)
	if !ok {
		return nil
	}
	switch {
	case c.Op == "update" && c.Field == "deleted":
		c.Value = json.RawMessage("0")
	case c.Op == "insert":
		vals, err := currentValues(ctx, tx, ti, c.RowID)
		if err != nil || vals == nil {
			return err
		}
		c.Value = json.RawMessage(ti.refsOnly(vals))
	case c.Op == "update":
		col, ok := ti.byName[c.Field]
		if !ok || col.ref == "" {
			return nil
		}
		var v any
		err := tx.QueryRowContext(ctx, "SELECT "+col.name+" FROM "+ti.name+" WHERE id = ?", c.RowID).Scan(&v)
		if err != nil && err != sql.ErrNoRows {
			return err
		}
		c.Value = encodeValue(v)
	}
	return nil
}

func currentValues(ctx context.Context, tx *sql.Tx, ti *tableInfo, id string) ([]any, error) {
	raw := make([]any, len(ti.cols)+1)
	ptrs := make([]any, len(raw))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	err := tx.QueryRowContext(ctx, "SELECT "+ti.selectList()+" FROM "+ti.name+" WHERE id = ?", id).Scan(ptrs...)
	if err == sql.ErrNoRows {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return raw[1:], nil
}

// querier is declared in find.go.

// seenBy lists the writes of one field (its insert included) that the
// writer of stamp w had seen: for a merged write, what its pack said; for
// a write made in this file, what the change log held before it.
func seenBy(ctx context.Context, q querier, table, id, field string, w Stamp, seq int64) ([]Stamp, error) {
	rows, err := q.QueryContext(ctx, `SELECT seen_hlc, seen_replica FROM sync_seen
		WHERE tbl = ? AND row_id = ? AND field = ? AND hlc = ? AND replica = ?`, table, id, field, int64(w.HLC), w.Replica)
	if err != nil {
		return nil, err
	}
	merged := false
	var out []Stamp
	for rows.Next() {
		var st Stamp
		if err := rows.Scan(&st.HLC, &st.Replica); err != nil {
			rows.Close()
			return nil, err
		}
		merged = true
		if st.HLC != 0 {
			out = append(out, st)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil || merged {
		return out, err
	}
	rows, err = q.QueryContext(ctx, `SELECT hlc, replica FROM change_log WHERE tbl = ? AND row_id = ? AND seq < ?
		AND (op = 'insert' OR (op = 'update' AND field = ?)) ORDER BY hlc, replica`, table, id, seq, field)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var st Stamp
		if err := rows.Scan(&st.HLC, &st.Replica); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}
