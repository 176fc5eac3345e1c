package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
)

// Version is one value of a reviewed field, with who wrote it and when.
type Version struct {
	Value   string
	Stamp   Stamp
	Author  string
	Missing bool // the value was erased (the row was deleted and restored)
}

// Conflict is a reviewed field (a person's medical notes or allergies)
// edited on two replicas without either seeing the other's edit: the file
// shows Current (the later stamp) and keeps Other until a coordinator
// chooses with ResolveConflict.
type Conflict struct {
	Table, RowID, Field string
	Current, Other      Version
}

type version struct {
	Stamp
	seq    int64
	author string
	value  json.RawMessage // nil when erased
	seen   map[Stamp]bool
}

// reviewField recomputes the concurrent versions of one reviewed field: the
// writes since the last delete or restore that no other write had seen. The
// latest is the stored value; the others are kept in sync_conflict. It
// reports whether any remain.
func (m *merger) reviewField(k reviewKey) (bool, error) {
	if _, err := m.tx.exec("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?", k.table, k.id, k.field); err != nil {
		return false, err
	}
	ti, _ := tableNamed(k.table)
	st, err := m.state(ti, k.id)
	if err != nil || !st.exists || st.phantom() || st.deleted {
		return false, err
	}
	vs, err := writesOf(m.tx.ctx, m.tx.tx, ti, k.id, k.field)
	if err != nil {
		return false, err
	}
	var cands []*version
	for _, v := range vs {
		if st.del == nil || st.del.Less(v.Stamp) {
			cands = append(cands, v)
		}
	}
	front := frontier(cands)
	if len(front) < 2 {
		return false, nil
	}
	win := front[0]
	for _, v := range front[1:] {
		if win.Less(v.Stamp) {
			win = v
		}
	}
	col := ti.byName[k.field]
	winVal, _ := col.decode(win.value)
	open := false
	for _, v := range front {
		if v == win || v.value == nil {
			continue
		}
		if val, err := col.decode(v.value); err != nil || sameValue(val, winVal) {
			continue
		}
		_, err := m.tx.exec(`INSERT INTO sync_conflict(tbl, row_id, field, hlc, replica, author, value, winner_hlc, winner_replica)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`, k.table, k.id, k.field, int64(v.HLC), v.Replica, v.author, string(v.value),
			int64(win.HLC), win.Replica)
		if err != nil {
			return false, err
		}
		open = true
	}
	return open, nil
}

// frontier keeps the versions no other version had seen.
func frontier(vs []*version) []*version {
	var out []*version
	for _, v := range vs {
		superseded := false
		for _, w := range vs {
			if w != v && w.seen[v.Stamp] {
				superseded = true
				break
			}
		}
		if !superseded {
			out = append(out, v)
		}
	}
	return out
}

// writesOf lists the insert and the updates of one field of a row, each
// with the writes it had seen.
func writesOf(ctx context.Context, q querier, ti *tableInfo, id, field string) ([]*version, error) {
	rows, err := q.QueryContext(ctx, `SELECT seq, hlc, replica, author, op, value FROM change_log
		WHERE tbl = ? AND row_id = ? AND (op = 'insert' OR (op = 'update' AND field = ?)) ORDER BY seq`, ti.name, id, field)
	if err != nil {
		return nil, err
	}
	var vs []*version
	ops := map[*version]string{}
	for rows.Next() {
		v := &version{}
		var op string
		var val sql.NullString
		if err := rows.Scan(&v.seq, &v.HLC, &v.Replica, &v.author, &op, &val); err != nil {
			rows.Close()
			return nil, err
		}
		if val.Valid {
			v.value = json.RawMessage(val.String)
			if op == "insert" {
				var obj map[string]json.RawMessage
				if json.Unmarshal(v.value, &obj) != nil {
					obj = nil
				}
				v.value = obj[field] // nil when erased
			}
		}
		vs = append(vs, v)
		ops[v] = op
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for _, v := range vs {
		v.seen = map[Stamp]bool{}
		if ops[v] == "insert" { // the first write: it saw nothing, whatever came before it here
			continue
		}
		seen, err := seenBy(ctx, q, ti.name, id, field, v.Stamp, v.seq)
		if err != nil {
			return nil, err
		}
		for _, s := range seen {
			v.seen[s] = true
		}
	}
	return vs, nil
}

// Conflicts lists the reviewed fields awaiting a coordinator's choice.
// A field edited here since the merge (which settles it) is left out.
func (s *Store) Conflicts(ctx context.Context) ([]Conflict, error) {
	rows, err := s.ro.QueryContext(ctx, `SELECT c.tbl, c.row_id, c.field, c.hlc, c.replica, c.author, c.value,
		c.winner_hlc, c.winner_replica FROM sync_conflict c ORDER BY c.tbl, c.row_id, c.field, c.hlc, c.replica`)
	if err != nil {
		return nil, fmt.Errorf("conflicts: %w", err)
	}
	var all []Conflict
	for rows.Next() {
		var c Conflict
		var val sql.NullString
		if err := rows.Scan(&c.Table, &c.RowID, &c.Field, &c.Other.Stamp.HLC, &c.Other.Stamp.Replica, &c.Other.Author, &val,
			&c.Current.Stamp.HLC, &c.Current.Stamp.Replica); err != nil {
			rows.Close()
			return nil, err
		}
		c.Other.Value, c.Other.Missing = displayValue(val)
		all = append(all, c)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var out []Conflict
	for _, c := range all {
		ok, err := s.currentVersion(ctx, &c)
		if err != nil {
			return nil, fmt.Errorf("conflicts: %w", err)
		}
		if !ok {
			continue
		}
		for _, v := range []*Version{&c.Current, &c.Other} {
			if v.Value, err = s.open(c.Table, c.RowID, c.Field, v.Value); err != nil {
				return nil, fmt.Errorf("conflicts: %w", err)
			}
		}
		out = append(out, c)
	}
	return out, nil
}

func displayValue(val sql.NullString) (string, bool) {
	if !val.Valid {
		return "", true
	}
	var s string
	if json.Unmarshal([]byte(val.String), &s) != nil {
		return val.String, false
	}
	return s, false
}

// currentVersion fills c.Current from the row; false if the row or the
// field has changed since the conflict was recorded.
func (s *Store) currentVersion(ctx context.Context, c *Conflict) (bool, error) {
	ti, ok := tableNamed(c.Table)
	if !ok {
		return false, nil
	}
	var cur Stamp
	var deleted bool
	var value any
	err := s.ro.QueryRowContext(ctx, "SELECT hlc, replica, deleted, "+c.Field+" FROM "+ti.name+" WHERE id = ?", c.RowID).
		Scan(&cur.HLC, &cur.Replica, &deleted, &value)
	if errors.Is(err, sql.ErrNoRows) || deleted {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	var fs Stamp
	err = s.ro.QueryRowContext(ctx, "SELECT hlc, replica FROM stamp WHERE tbl = ? AND row_id = ? AND field = ?",
		c.Table, c.RowID, c.Field).Scan(&fs.HLC, &fs.Replica)
	switch {
	case err == nil:
		cur = fs
	case !errors.Is(err, sql.ErrNoRows):
		return false, err
	}
	if cur != c.Current.Stamp {
		return false, nil
	}
	c.Current.Value = asString(value)
	err = s.ro.QueryRowContext(ctx, `SELECT author FROM change_log WHERE tbl = ? AND row_id = ? AND hlc = ? AND replica = ?
		AND (op = 'insert' OR field = ?) LIMIT 1`, c.Table, c.RowID, int64(cur.HLC), cur.Replica, c.Field).Scan(&c.Current.Author)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return false, err
	}
	return true, nil
}

// ResolveConflict settles a reviewed field with the value a coordinator
// chose (one of the versions, or a merge of them typed by hand). The value
// is written afresh even when it is the current one, so that every replica
// learns the versions were seen and drops them.
func (s *Store) ResolveConflict(ctx context.Context, table, id, field, value string) error {
	ti, ok := tableNamed(table)
	if !ok || !isReviewed(table, field) {
		return fmt.Errorf("resolve %s.%s: %w", table, field, ErrNotFound)
	}
	col := ti.byName[field]
	return s.Write(ctx, func(tx *Tx) error {
		r := reflect.New(ti.typ).Interface().(Record)
		if err := tx.get(r, id, false); err != nil {
			return fmt.Errorf("resolve %s %s: %w", table, id, err)
		}
		if err := col.set(reflect.ValueOf(r).Elem(), value); err != nil {
			return fmt.Errorf("resolve %s %s: %w", table, id, err)
		}
		v, err := col.dbValue(reflect.ValueOf(r).Elem())
		if err != nil {
			return err
		}
		if col.sensitive {
			for i := range ti.cols {
				if ti.cols[i].name == col.name {
					if v, err = tx.sealValue(ti, id, i, v); err != nil {
						return fmt.Errorf("resolve %s %s: %w", table, id, err)
					}
				}
			}
		}
		if _, err := tx.exec("UPDATE "+ti.name+" SET "+col.name+" = ?, search = ? WHERE id = ?", v, searchOf(r), id); err != nil {
			return fmt.Errorf("resolve %s %s: %w", table, id, err)
		}
		h := tx.s.clock.Next()
		if err := tx.stampField(h, ti.name, id, col.name); err != nil {
			return err
		}
		js, err := json.Marshal(v)
		if err != nil {
			return err
		}
		if err := tx.logChange(h, "update", ti.name, id, col.name, string(js)); err != nil {
			return err
		}
		_, err = tx.exec("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ? AND field = ?", table, id, field)
		return err
	})
}

// purgeConflicts drops the versions kept for rows deleted here since (a
// delete erases personal fields at once; Tx.Delete does not know of them).
func (tx *Tx) purgeConflicts() error {
	for table := range Reviewed {
		if _, err := tx.exec(`DELETE FROM sync_conflict WHERE tbl = ? AND row_id IN (SELECT id FROM `+table+` WHERE deleted = 1)`, table); err != nil {
			return err
		}
	}
	return nil
}
