package data

import (
	"database/sql"
	"errors"
)

// What a merge knows of the rows it touches: whether each exists, its
// insert and delete stamps, read once and kept for the merge.

// rowState is what the merge needs to know of a row.
type rowState struct {
	exists  bool
	ins     Stamp  // the insert's stamp; zero for a phantom (changes came before the insert)
	del     *Stamp // stamp of the last delete or restore, if any
	deleted bool   // the delete register: deleted (a phantom is also hidden while false)
}

func (st *rowState) phantom() bool { return st.exists && st.ins.HLC == 0 }

func (m *merger) state(ti *tableInfo, id string) (*rowState, error) {
	k := rowKey{ti.name, id}
	if st, ok := m.rows[k]; ok {
		return st, nil
	}
	st := &rowState{}
	m.rows[k] = st
	stmt, err := m.tx.stmt("SELECT hlc, replica, deleted FROM " + ti.name + " WHERE id = ?")
	if err != nil {
		return nil, err
	}
	err = stmt.QueryRowContext(m.tx.ctx, id).Scan(&st.ins.HLC, &st.ins.Replica, &st.deleted)
	if errors.Is(err, sql.ErrNoRows) {
		m.fresh[k] = true
		return st, nil
	}
	if err != nil {
		return nil, err
	}
	st.exists = true
	d, ok, err := m.fieldStamp(ti.name, id, "deleted")
	if err != nil {
		return nil, err
	}
	if ok {
		st.del = &d
	}
	if st.phantom() {
		st.deleted = false
		if st.del != nil {
			if err := m.flushLog(); err != nil {
				return nil, err
			}
			var op string
			err := m.tx.tx.QueryRowContext(m.tx.ctx, `SELECT op FROM change_log WHERE tbl = ? AND row_id = ?
				AND hlc = ? AND replica = ? AND (op = 'delete' OR field = 'deleted') LIMIT 1`,
				ti.name, id, int64(d.HLC), d.Replica).Scan(&op)
			if err != nil && !errors.Is(err, sql.ErrNoRows) {
				return nil, err
			}
			st.deleted = op == "delete"
		}
	}
	return st, nil
}

// ensure makes row id of ti exist, as a hidden phantom if it is unknown:
// changes may arrive before the insert they follow, and references before
// the rows they name.
func (m *merger) ensure(ti *tableInfo, id string) (*rowState, error) {
	st, err := m.state(ti, id)
	if err != nil || st.exists {
		return st, err
	}
	if _, err := m.tx.exec("INSERT INTO "+ti.name+" (id, hlc, replica, deleted) VALUES (?, 0, '', 1)", id); err != nil {
		return nil, err
	}
	st.exists = true
	return st, nil
}

func (m *merger) ensureRefs(ti *tableInfo, cols []column, vals []any) error {
	for i, c := range cols {
		if c.ref == "" || vals[i] == nil {
			continue
		}
		pt, ok := tableNamed(c.ref)
		if !ok {
			continue
		}
		if _, err := m.ensure(pt, asString(vals[i])); err != nil {
			return err
		}
	}
	return nil
}
