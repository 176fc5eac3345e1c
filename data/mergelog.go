package data

import (
	"database/sql"
	"encoding/json"
	"errors"
	"strings"
	"sync"
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
	if len(m.logBuf) < 8*logBatch {
		return nil
	}
	if !m.async {
		return m.flushLog()
	}
	m.logBuf = m.tx.queueLog(m.logBuf)
	return nil
}

// flushLog inserts the buffered log entries; anything that reads or
// rewrites the change log calls it first. The buffer is kept for the next
// entries (database/sql has copied the arguments once Exec returns).
func (m *merger) flushLog() error {
	if m.tx.logw != nil {
		if len(m.logBuf) > 0 {
			m.logBuf = m.tx.queueLog(m.logBuf)
		}
		return m.tx.settle()
	}
	buf := m.logBuf
	for len(buf) > 0 {
		n := min(len(buf)/8, logBatch)
		if _, err := m.tx.exec(logInsert(n), buf[:8*n]...); err != nil {
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

// logInsert is the INSERT of n change-log entries.
func logInsert(n int) string {
	return "INSERT OR FAIL INTO change_log(hlc, replica, author, op, tbl, row_id, field, value) VALUES " +
		strings.TrimSuffix(strings.Repeat("(?, ?, ?, ?, ?, ?, ?, ?), ", n), ", ")
}

// logWriter inserts a large merge's change-log entries on a goroutine of
// its own, a batch at a time, while the merge goes on with the next
// changes: SQLite's inserts overlap the merge's own work. Everything else
// that reads or writes through the transaction waits for it first
// (Tx.settle: Tx.stmt, and each direct use of the sql.Tx a merge can
// reach), so it sees every entry queued before; an insert's error comes
// out of the next wait, and the transaction is rolled back as for any.
type logWriter struct {
	tx   *Tx
	jobs chan []any
	free chan []any     // buffers inserted, for the next batches
	wg   sync.WaitGroup // batches queued and not inserted yet
	err  error          // the first insert's error; read after wg.Wait
}

// queueLog hands buf's entries to the writer (started on first use) and
// returns an empty buffer for the next ones.
func (tx *Tx) queueLog(buf []any) []any {
	w := tx.logw
	if w == nil {
		w = &logWriter{tx: tx, jobs: make(chan []any, 4), free: make(chan []any, 8)}
		tx.logw = w
		go w.run()
	}
	w.wg.Add(1)
	w.jobs <- buf
	select {
	case b := <-w.free:
		return b
	default:
		return make([]any, 0, cap(buf))
	}
}

func (w *logWriter) run() {
	for args := range w.jobs {
		if w.err == nil {
			var st *sql.Stmt
			if st, w.err = w.tx.prepared(logInsert(len(args) / 8)); w.err == nil {
				_, w.err = st.ExecContext(w.tx.ctx, args...)
			}
		}
		clear(args)
		select {
		case w.free <- args[:0]:
		default:
		}
		w.wg.Done()
	}
}

// settle waits until the change-log writer, if any, has inserted every
// entry queued, and returns its error.
func (tx *Tx) settle() error {
	if tx.logw == nil {
		return nil
	}
	tx.logw.wg.Wait()
	return tx.logw.err
}

// endLog settles and stops the change-log writer.
func (tx *Tx) endLog() error {
	if tx.logw == nil {
		return nil
	}
	err := tx.settle()
	close(tx.logw.jobs)
	tx.logw = nil
	return err
}
