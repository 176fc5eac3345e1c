package data

import (
	"context"
	"fmt"
	"strings"
)

// What a merge writes of the rows it creates. A row whose insert the merge
// brings is kept in memory until the merge needs the table (a delete or
// restore of it, a read of its row) or ends: later writes of its fields in
// the same merge change the held values instead of updating the row, and
// the rows are then inserted many to a statement. Foreign keys are
// deferred to the commit, so the order of the inserts does not matter.

// heldRow is a new row not written yet.
type heldRow struct {
	ti   *tableInfo
	id   string
	vals []any // ti.cols' values
	ins  Stamp
}

const rowBatch = 32 // rows per INSERT

// hold keeps a new row until flushRows.
func (m *merger) hold(ti *tableInfo, id string, vals []any, ins Stamp) {
	h := &heldRow{ti: ti, id: id, vals: append([]any(nil), vals...), ins: ins}
	m.held[rowKey{ti.name, id}] = h
	m.heldOrder = append(m.heldOrder, h)
}

// setHeld writes v into column col of the held row k, if k is held.
func (m *merger) setHeld(k rowKey, col *column, v any) bool {
	h := m.held[k]
	if h == nil {
		return false
	}
	h.vals[h.ti.pos[col.name]] = v
	return true
}

// flushRows inserts the held rows, in the order they came, consecutive
// rows of one table in one statement.
func (m *merger) flushRows() error {
	rows := m.heldOrder
	var args []any
	for len(rows) > 0 {
		ti := rows[0].ti
		n := 1
		for n < len(rows) && n < rowBatch && rows[n].ti == ti {
			n++
		}
		args = args[:0]
		for _, h := range rows[:n] {
			rec, err := ti.recordOf(h.id, h.vals)
			if err != nil {
				return err
			}
			args = append(append(append(args, h.id), h.vals...), searchOf(rec), int64(h.ins.HLC), h.ins.Replica)
		}
		if _, err := m.tx.exec(ti.insertRows(n), args...); err != nil {
			return err
		}
		rows = rows[n:]
	}
	clear(m.held)
	m.heldOrder = nil
	return nil
}

// insertRows is the INSERT of n whole rows of ti.
func (ti *tableInfo) insertRows(n int) string {
	if n == 1 {
		return ti.insertSQL
	}
	one := "(" + strings.Repeat("?, ", len(ti.cols)+3) + "?)"
	head, _, _ := strings.Cut(ti.insertSQL, " VALUES ")
	head = strings.Replace(head, "INSERT INTO", "INSERT OR FAIL INTO", 1)
	return head + " VALUES " + strings.TrimSuffix(strings.Repeat(one+", ", n), ", ")
}

const idBatch = 500 // ids per SELECT ... IN

// prefetch finds, many ids to a query, the rows the changes name that the
// file does not hold yet: they are new to the merge (fresh), which spares
// asking for each again.
func (m *merger) prefetch(changes []SyncChange) error {
	ids := map[string][]string{}
	seen := map[rowKey]bool{}
	for i := range changes {
		k := rowKey{changes[i].Table, changes[i].RowID}
		if !seen[k] {
			seen[k] = true
			ids[k.table] = append(ids[k.table], k.id)
		}
	}
	for table, list := range ids {
		ti, ok := tableNamed(table)
		if !ok {
			continue
		}
		found := map[string]bool{}
		for len(list) > 0 {
			n := min(len(list), idBatch)
			if err := m.existing(ti, list[:n], found); err != nil {
				return err
			}
			for _, id := range list[:n] {
				k := rowKey{table, id}
				if _, known := m.rows[k]; !found[id] && !known {
					m.rows[k] = &rowState{}
					m.fresh[k] = true
				}
			}
			list = list[n:]
		}
	}
	return nil
}

// existing adds to found which of ids ti holds.
func (m *merger) existing(ti *tableInfo, ids []string, found map[string]bool) error {
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	st, err := m.tx.stmt("SELECT id FROM " + ti.name + " WHERE id IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(ids)), ", ") + ")")
	if err != nil {
		return err
	}
	rows, err := st.QueryContext(m.tx.ctx, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return err
		}
		found[id] = true
	}
	return rows.Err()
}

// A merge of many changes dirties more pages than SQLite's page cache holds
// by default (2 MiB): SQLite would write them to the WAL before the commit
// (a cache spill) and again each time they change after. The transaction
// of a large merge gets a larger cache, given back when it ends.
const (
	bigMerge      = 5000     // changes
	mergeCacheKiB = 64 << 10 // the cache of a large merge
	usualCacheKiB = 2000     // SQLite's default
)

func (tx *Tx) growCache(changes int) error {
	if changes < bigMerge {
		return nil
	}
	_, err := tx.tx.ExecContext(tx.ctx, fmt.Sprintf("PRAGMA cache_size = -%d", mergeCacheKiB))
	return err
}

func (s *Store) shrinkCache(ctx context.Context, changes int) error {
	if changes < bigMerge {
		return nil
	}
	_, err := s.rw.ExecContext(ctx, fmt.Sprintf("PRAGMA cache_size = -%d", usualCacheKiB))
	return err
}
