package data

import (
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
)

// register merges a delete (del) or a restore: the row's deleted flag is a
// last-writer-wins register, and its latest write also stands for an empty
// value written to every personal (non-reference) field at its stamp.
func (m *merger) register(ti *tableInfo, c *SyncChange, del bool) error {
	if m.held[rowKey{ti.name, c.RowID}] != nil {
		if err := m.flushRows(); err != nil {
			return err
		}
	}
	st, err := m.ensure(ti, c.RowID)
	if err != nil {
		return err
	}
	cur := st.ins
	if st.del != nil {
		cur = *st.del
	}
	logged := rawOrNull(c.Value)
	if c.Op == "delete" {
		logged = nil
	}
	if !cur.Less(c.Stamp()) {
		return m.log(c, logged)
	}
	at := c.Stamp()
	if err := m.setStamp(ti.name, c.RowID, "deleted", at); err != nil {
		return err
	}
	st.del, st.deleted = &at, del
	hidden := del || st.phantom()
	set := []string{"deleted = ?"}
	args := []any{hidden}
	var names []string
	for _, col := range ti.cols {
		if col.ref != "" {
			continue
		}
		names = append(names, "'"+col.name+"'")
		v := col.zero()
		if !del {
			if v, err = m.survivor(ti, &col, c.RowID, at); err != nil {
				return err
			}
		}
		set = append(set, col.name+" = ?")
		args = append(args, v)
	}
	if del {
		if err := m.tx.bumpEraseMark(); err != nil {
			return err
		}
		set = append(set, "search = ''")
		if _, err := m.tx.exec("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ?", ti.name, c.RowID); err != nil {
			return err
		}
	} else {
		m.touch(ti, c.RowID)
	}
	if _, err := m.tx.exec("UPDATE "+ti.name+" SET "+strings.Join(set, ", ")+" WHERE id = ?", append(args, c.RowID)...); err != nil {
		return err
	}
	if err := m.erase(ti, c.RowID, at, names); err != nil {
		return err
	}
	return m.log(c, logged)
}

// survivor is a personal field's value after a restore at stamp at: the
// value of a write stamped later, or empty.
func (m *merger) survivor(ti *tableInfo, col *column, id string, at Stamp) (any, error) {
	fs, ok, err := m.fieldStamp(ti.name, id, col.name)
	if err != nil || !ok || !at.Less(fs) {
		return col.zero(), err
	}
	if err := m.flushLog(); err != nil {
		return nil, err
	}
	var val sql.NullString
	err = m.tx.tx.QueryRowContext(m.tx.ctx, `SELECT value FROM change_log WHERE tbl = ? AND row_id = ? AND op = 'update'
		AND field = ? AND hlc = ? AND replica = ? LIMIT 1`, ti.name, id, col.name, int64(fs.HLC), fs.Replica).Scan(&val)
	if errors.Is(err, sql.ErrNoRows) || !val.Valid {
		return col.zero(), nil
	}
	if err != nil {
		return nil, err
	}
	return col.decode(json.RawMessage(val.String))
}

// erase removes from the change log the personal values a delete or
// restore at stamp at has made dead; an insert keeps its references.
func (m *merger) erase(ti *tableInfo, id string, at Stamp, personal []string) error {
	if err := m.flushLog(); err != nil {
		return err
	}
	older := "(hlc < ? OR (hlc = ? AND replica < ?))"
	if len(personal) > 0 {
		_, err := m.tx.exec(`UPDATE change_log SET value = NULL WHERE tbl = ? AND row_id = ? AND op = 'update'
			AND field IN (`+strings.Join(personal, ", ")+`) AND `+older, ti.name, id, int64(at.HLC), int64(at.HLC), at.Replica)
		if err != nil {
			return err
		}
	}
	if err := m.flushLog(); err != nil {
		return err
	}
	rows, err := m.tx.tx.QueryContext(m.tx.ctx, `SELECT seq, value FROM change_log WHERE tbl = ? AND row_id = ?
		AND op = 'insert' AND value IS NOT NULL AND `+older, ti.name, id, int64(at.HLC), int64(at.HLC), at.Replica)
	if err != nil {
		return err
	}
	type ins struct {
		seq int64
		val string
	}
	var todo []ins
	for rows.Next() {
		var x ins
		if err := rows.Scan(&x.seq, &x.val); err != nil {
			rows.Close()
			return err
		}
		todo = append(todo, x)
	}
	rows.Close()
	for _, x := range todo {
		vals, err := ti.decodeObject(json.RawMessage(x.val))
		if err != nil {
			return err
		}
		if _, err := m.tx.exec("UPDATE change_log SET value = ? WHERE seq = ?", ti.refsOnly(vals), x.seq); err != nil {
			return err
		}
	}
	return rows.Err()
}
