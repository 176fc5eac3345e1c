package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// ChangesAt returns every change this file holds whose stamp is in want,
// by origin and stamp, as they travel: values erased by a delete stay
// erased, except the references a tombstone keeps, and writes of reviewed
// fields carry the writes their writer had seen. With strip, the values of
// plain fields that a later write has overwritten are left out (a
// snapshot needs only the identities of such writes: receivers take the
// later value anyway); the values of reviewed fields are always kept, for
// their concurrent versions.
func (s *Store) ChangesAt(ctx context.Context, want StampSet, strip bool) ([]SyncChange, error) {
	tx, err := s.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("read changes: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	var latest map[reviewKey]Stamp
	if strip {
		if latest, err = fieldStamps(ctx, tx); err != nil {
			return nil, fmt.Errorf("read changes: %w", err)
		}
	}
	var out []SyncChange
	for _, origin := range want.Origins() {
		hs := want[origin]
		rows, err := tx.QueryContext(ctx, `SELECT seq, hlc, replica, author, op, tbl, row_id, field, value
			FROM change_log WHERE replica = ? AND hlc BETWEEN ? AND ? ORDER BY hlc, seq`, origin, int64(hs[0]), int64(hs[len(hs)-1]))
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
			if !want.Has(origin, e.HLC) {
				continue
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
			if strip {
				stripSuperseded(&c, latest)
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

// fieldStamps reads every field's latest write stamp.
func fieldStamps(ctx context.Context, tx *sql.Tx) (map[reviewKey]Stamp, error) {
	rows, err := tx.QueryContext(ctx, "SELECT tbl, row_id, field, hlc, replica FROM stamp")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := map[reviewKey]Stamp{}
	for rows.Next() {
		var k reviewKey
		var st Stamp
		if err := rows.Scan(&k.table, &k.id, &k.field, &st.HLC, &st.Replica); err != nil {
			return nil, err
		}
		out[k] = st
	}
	return out, rows.Err()
}

// stripSuperseded drops the values of c that a later write of the same
// field has overwritten: plain fields only (not references, not reviewed
// fields, not the deleted flag nor the event's key).
func stripSuperseded(c *SyncChange, latest map[reviewKey]Stamp) {
	ti, ok := tableNamed(c.Table)
	if !ok || c.Value == nil {
		return
	}
	keep := func(field string) bool {
		col, ok := ti.byName[field]
		if !ok || col.ref != "" || isReviewed(c.Table, field) || (c.Table == "event" && field == "data_key") {
			return true
		}
		st, ok := latest[reviewKey{rowKey{c.Table, c.RowID}, field}]
		return !ok || st == c.Stamp()
	}
	switch c.Op {
	case "update":
		if c.Field != "deleted" && !keep(c.Field) {
			c.Value = nil
		}
	case "insert":
		var obj map[string]json.RawMessage
		if json.Unmarshal(c.Value, &obj) != nil {
			return
		}
		n := len(obj)
		for f := range obj {
			if !keep(f) {
				delete(obj, f)
			}
		}
		if len(obj) != n {
			if js, err := json.Marshal(obj); err == nil {
				c.Value = js
			}
		}
	}
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
