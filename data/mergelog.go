package data

import (
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
)

// What a merge reads and writes of stamps and of the change log, with the
// in-memory copies that spare it reading back its own writes.

func (m *merger) fieldStamp(table, id, field string) (Stamp, bool, error) {
	k := reviewKey{rowKey{table, id}, field}
	if st, ok := m.stamps[k]; ok {
		return st, true, nil
	}
	if m.fresh[k.rowKey] {
		return Stamp{}, false, nil
	}
	stmt, err := m.tx.stmt("SELECT hlc, replica FROM stamp WHERE tbl = ? AND row_id = ? AND field = ?")
	if err != nil {
		return Stamp{}, false, err
	}
	var st Stamp
	err = stmt.QueryRowContext(m.tx.ctx, table, id, field).Scan(&st.HLC, &st.Replica)
	if errors.Is(err, sql.ErrNoRows) {
		return Stamp{}, false, nil
	}
	return st, err == nil, err
}

func (m *merger) setStamp(table, id, field string, st Stamp) error {
	k := reviewKey{rowKey{table, id}, field}
	m.stamps[k] = st
	m.dirty[k] = true
	return nil
}

// flushStamps writes the field stamps the merge set, many to a statement.
func (m *merger) flushStamps() error {
	args := make([]any, 0, 5*stampBatch)
	flush := func() error {
		if len(args) == 0 {
			return nil
		}
		q := "INSERT OR FAIL INTO stamp(tbl, row_id, field, hlc, replica) VALUES " +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?), ", len(args)/5), ", ") +
			" ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, replica = excluded.replica"
		_, err := m.tx.exec(q, args...)
		args = args[:0]
		return err
	}
	for k := range m.dirty {
		st := m.stamps[k]
		args = append(args, k.table, k.id, k.field, int64(st.HLC), st.Replica)
		if len(args) == 5*stampBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	if err := flush(); err != nil {
		return err
	}
	clear(m.dirty)
	return nil
}

const stampBatch = 100 // stamps per INSERT

// known says whether the change log already holds the change.
func (m *merger) known(c *SyncChange) (bool, error) {
	if m.applied[identityOf(c)] {
		return true, nil
	}
	if m.fresh[rowKey{c.Table, c.RowID}] {
		return false, nil
	}
	stmt, err := m.tx.stmt(`SELECT 1 FROM change_log WHERE replica = ? AND hlc = ? AND tbl = ? AND row_id = ?
		AND field = ? AND op = ? LIMIT 1`)
	if err != nil {
		return false, err
	}
	var one int
	err = stmt.QueryRowContext(m.tx.ctx, c.Replica, int64(c.HLC), c.Table, c.RowID, c.Field, c.Op).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return err == nil, err
}

func identityOf(c *SyncChange) identity {
	return identity{c.Stamp(), c.Op, c.Table, c.RowID, c.Field}
}

// log appends the change to the change log (in batches: flushLog).
func (m *merger) log(c *SyncChange, value any) error {
	m.applied[identityOf(c)] = true
	m.logBuf = append(m.logBuf, int64(c.HLC), c.Replica, c.Author, c.Op, c.Table, c.RowID, c.Field, value)
	if len(m.logBuf) >= 8*logBatch {
		return m.flushLog()
	}
	return nil
}

// flushLog inserts the buffered log entries; anything that reads or
// rewrites the change log calls it first. The buffer is kept for the next
// entries (database/sql has copied the arguments once Exec returns).
func (m *merger) flushLog() error {
	buf := m.logBuf
	for len(buf) > 0 {
		n := min(len(buf)/8, logBatch)
		q := "INSERT OR FAIL INTO change_log(hlc, replica, author, op, tbl, row_id, field, value) VALUES " +
			strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?), ", n), ", ")
		if _, err := m.tx.exec(q, buf[:8*n]...); err != nil {
			return err
		}
		buf = buf[8*n:]
	}
	clear(m.logBuf)
	m.logBuf = m.logBuf[:0]
	return nil
}

func rawOrNull(v json.RawMessage) any {
	if v == nil {
		return nil
	}
	return string(v)
}
