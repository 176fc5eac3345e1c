package data

import (
	"context"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"time"
)

// How a merge decides, so that the result depends only on the set of
// changes seen, never on their order:
//
//   - Each field is a last-writer-wins register: the write with the
//     greatest (HLC, replica) stamp holds. The insert writes every field at
//     its stamp; later writes are stamped in the stamp table.
//   - The deleted flag is a register too (delete = 1, restore = 0). Its
//     latest write also counts as writing the empty value to every personal
//     (non-reference) field at its stamp: a delete erases at once and beats
//     every edit stamped before it; a restore revives only what is written
//     after it (Tx.Restore writes the values back at later stamps). An edit
//     stamped after the delete by a laptop that had not seen it is kept in
//     the change log but not in the tombstone; it shows again only if a
//     restore stamped before it arrives.
//   - Changes may come before the row they change (packs in any order):
//     the row is then a hidden phantom (hlc 0, deleted 1) until its insert
//     arrives; references to rows not yet received point to phantoms too,
//     so foreign keys always hold.
//   - Every new change is appended to the change log with its origin stamp
//     and author: the log is the set of changes seen, which is what makes
//     re-delivery a no-op and lets this file pass changes on.
//   - Reviewed fields (Reviewed) are also multi-value registers: a write
//     carries the writes of that field its writer had seen, and the writes
//     no other write had seen are all kept (sync_conflict) until a
//     coordinator chooses (ResolveConflict).

// MaxClockAhead is how far ahead of this machine's clock a change may be
// stamped and still be merged; later ones are held back and reported.
const MaxClockAhead = 24 * time.Hour

// MergeResult says what a merge did.
type MergeResult struct {
	Applied    int            // changes new to this file
	ByTable    map[string]int // new changes per table
	ByAuthor   map[string]int // new changes per author ("" when unnamed)
	Duplicates int            // changes this file already held
	Held       []SyncChange   // stamped more than MaxClockAhead in the future: not applied
	Conflicts  int            // reviewed fields touched by the merge that now have concurrent versions
}

// Merge applies changes made on other replicas, in one transaction, field
// by field: the later stamp wins (ties: replica id), a delete erases the
// personal fields and wins over every edit stamped before it, a restore
// revives only what was written after it. Every new change is appended to
// the change log with its origin stamp and author, so this file can pass it
// on. Changes already held are skipped, so merging is idempotent and the
// order of changes and of merges does not matter. Protected values are
// sealed under the event's key before they are stored; a merge that brings
// the event's protection, or another key, re-seals the whole file in the
// same transaction. pack, if not nil, is the pack the changes came from:
// it is recorded in the same transaction (merged unless some changes were
// held back). Nothing is applied if a change is malformed.
func (s *Store) Merge(ctx context.Context, changes []SyncChange, pack *PackRecord) (MergeResult, error) {
	res := MergeResult{ByTable: map[string]int{}, ByAuthor: map[string]int{}}
	sorted := append([]SyncChange(nil), changes...)
	for i := range sorted {
		if err := sorted[i].Validate(); err != nil {
			return res, fmt.Errorf("merge: %w", err)
		}
	}
	sort.SliceStable(sorted, func(i, j int) bool {
		a, b := &sorted[i], &sorted[j]
		if a.HLC != b.HLC || a.Replica != b.Replica {
			return a.Stamp().Less(b.Stamp())
		}
		if a.Table != b.Table {
			return a.Table < b.Table
		}
		if a.RowID != b.RowID {
			return a.RowID < b.RowID
		}
		return a.Field < b.Field
	})
	limit := MakeHLC(s.clock.now().Add(MaxClockAhead), 1<<hlcLogicalBits-1)
	var latest HLC
	var key *EventKey
	var rekeyed, protects bool
	err := s.Write(ctx, func(tx *Tx) error {
		if err := tx.growCache(len(sorted)); err != nil { // mergerows.go
			return err
		}
		var err error
		if key, rekeyed, protects, err = tx.mergeKey(sorted); err != nil {
			return err
		}
		if rekeyed {
			if err := tx.keepKey(key); err != nil {
				return err
			}
			if err := tx.resealAll(key); err != nil {
				return err
			}
		}
		if err := tx.purgeConflicts(); err != nil {
			return err
		}
		m := &merger{
			tx: tx, rows: map[rowKey]*rowState{}, search: map[rowKey]bool{}, review: map[reviewKey]bool{},
			fresh: map[rowKey]bool{}, stamps: map[reviewKey]Stamp{}, dirty: map[reviewKey]bool{}, applied: map[identity]bool{},
			held: map[rowKey]*heldRow{}, async: len(sorted) >= asyncLogFrom,
		}
		if err := m.prefetch(sorted); err != nil {
			return err
		}
		for i := range sorted {
			c := &sorted[i]
			if s.isOwn(c.Replica) { // this file's own, or re-stamped since (clock recovery)
				res.Duplicates++
				continue
			}
			if c.HLC > limit {
				res.Held = append(res.Held, *c)
				continue
			}
			if c.retired {
				continue // a field this LO Desk no longer has
			}
			if err := tx.sealIncoming(c, key); err != nil {
				return fmt.Errorf("merge %s %s %s: %w", c.Op, c.Table, c.RowID, err)
			}
			applied, err := m.apply(c)
			if err != nil {
				return fmt.Errorf("merge %s %s %s: %w", c.Op, c.Table, c.RowID, err)
			}
			if !applied {
				res.Duplicates++
				continue
			}
			res.Applied++
			res.ByTable[c.Table]++
			res.ByAuthor[c.Author]++
			latest = max(latest, c.HLC)
		}
		n, err := m.finish()
		if err != nil {
			return err
		}
		res.Conflicts = n
		if pack != nil {
			pack.Merged = len(res.Held) == 0
			return tx.recordPack(pack)
		}
		return nil
	})
	if serr := s.shrinkCache(ctx, len(sorted)); err == nil {
		err = serr
	}
	if err != nil {
		return MergeResult{}, fmt.Errorf("merge: %w", err)
	}
	if rekeyed {
		s.useKey(key)
	}
	if protects { // plain text may remain in freed pages and the WAL
		if err := s.compact(ctx); err != nil {
			return res, fmt.Errorf("merge: %w", err)
		}
	}
	res.Held = UniqueChanges(res.Held)
	s.clock.Observe(latest)
	return res, nil
}

// UniqueChanges lists each change once (several packs may carry one).
func UniqueChanges(in []SyncChange) []SyncChange {
	seen := map[identity]bool{}
	var out []SyncChange
	for i := range in {
		k := identityOf(&in[i])
		if !seen[k] {
			seen[k] = true
			out = append(out, in[i])
		}
	}
	return out
}

type rowKey struct{ table, id string }

type reviewKey struct {
	rowKey
	field string
}

type merger struct {
	tx     *Tx
	rows   map[rowKey]*rowState
	search map[rowKey]bool    // rows whose search text must be recomputed
	review map[reviewKey]bool // reviewed fields whose versions must be recomputed

	// What the merge wrote, kept in memory so that it need not be read
	// back: rows it created, field stamps it set (written at the end),
	// changes it applied, and log entries not yet inserted.
	fresh   map[rowKey]bool
	stamps  map[reviewKey]Stamp
	dirty   map[reviewKey]bool
	applied map[identity]bool
	logBuf  []any
	async   bool // a large merge: full log batches go to the change-log writer

	held      map[rowKey]*heldRow // new rows not written yet (mergerows.go)
	heldOrder []*heldRow
}

type identity struct {
	Stamp
	op, table, id, field string
}

// logBatch is how many entries go into the change log per INSERT; a merge
// of asyncLogFrom changes or more inserts them on a goroutine of its own
// (logWriter). Variables for the tests.
var (
	logBatch     = 50
	asyncLogFrom = bigMerge
)

// apply merges one change; false if the file already held it.
func (m *merger) apply(c *SyncChange) (bool, error) {
	ti, _ := tableNamed(c.Table)
	st, err := m.state(ti, c.RowID)
	if err != nil {
		return false, err
	}
	if st.exists {
		if dup, err := m.known(c); err != nil || dup {
			return false, err
		}
	}
	switch {
	case c.Op == "insert":
		err = m.insert(ti, st, c)
	case c.Op == "delete":
		err = m.register(ti, c, true)
	case c.Field == "deleted":
		err = m.register(ti, c, string(c.Value) == "1")
	default:
		err = m.update(ti, c)
	}
	return err == nil, err
}

func (m *merger) insert(ti *tableInfo, st *rowState, c *SyncChange) error {
	vals := c.vals
	if vals == nil {
		var err error
		if vals, err = ti.decodeObject(c.Value); err != nil {
			return err
		}
	}
	if err := m.ensureRefs(ti, ti.cols, vals); err != nil {
		return err
	}
	if !st.exists {
		m.hold(ti, c.RowID, vals, c.Stamp())
		st.exists, st.ins = true, c.Stamp()
		return m.log(c, rawOrNull(c.Value))
	}
	if !st.phantom() { // a second insert of one id: no LO Desk writes that
		return m.log(c, rawOrNull(c.Value))
	}
	// A phantom: fields written later keep their values; a delete or
	// restore (always later than the insert) has erased the others.
	set := []string{"hlc = ?", "replica = ?", "deleted = ?"}
	args := []any{int64(c.HLC), c.Replica, st.deleted}
	for i, col := range ti.cols {
		if _, later, err := m.fieldStamp(ti.name, c.RowID, col.name); err != nil {
			return err
		} else if later {
			continue
		}
		v := vals[i]
		if col.ref == "" && st.del != nil {
			v = col.zero()
		}
		set = append(set, col.name+" = ?")
		args = append(args, v)
	}
	if _, err := m.tx.exec("UPDATE "+ti.name+" SET "+strings.Join(set, ", ")+" WHERE id = ?", append(args, c.RowID)...); err != nil {
		return err
	}
	st.ins = c.Stamp()
	m.touch(ti, c.RowID)
	logged := rawOrNull(c.Value)
	if st.del != nil {
		logged = ti.refsOnly(vals)
	}
	return m.log(c, logged)
}

func (m *merger) touch(ti *tableInfo, id string) {
	m.search[rowKey{ti.name, id}] = true
	for _, f := range Reviewed[ti.name] {
		m.review[reviewKey{rowKey{ti.name, id}, f}] = true
	}
}

func (m *merger) update(ti *tableInfo, c *SyncChange) error {
	col := ti.byName[c.Field]
	v, err := col.decode(c.Value)
	if err != nil {
		return err
	}
	st, err := m.ensure(ti, c.RowID)
	if err != nil {
		return err
	}
	cur, ok, err := m.fieldStamp(ti.name, c.RowID, col.name)
	if err != nil {
		return err
	}
	if !ok {
		cur = st.ins
	}
	logged := rawOrNull(c.Value)
	if col.ref == "" && st.del != nil {
		if cur.Less(*st.del) {
			cur = *st.del
		}
		if c.Stamp().Less(*st.del) {
			logged = nil // dead: erased by a delete or restore stamped later
		}
	}
	later := cur.Less(c.Stamp())
	if ti.name == "event" && col.name == "data_key" { // a set key beats an empty one
		if err := m.flushRows(); err != nil {
			return err
		}
		if err := m.tx.settle(); err != nil {
			return err
		}
		var stored string
		if err := m.tx.tx.QueryRowContext(m.tx.ctx, "SELECT data_key FROM event WHERE id = ?", c.RowID).Scan(&stored); err != nil {
			return err
		}
		in := asString(v)
		later = (later && (in != "" || stored == "")) || (in != "" && stored == "")
	}
	if later {
		if err := m.setStamp(ti.name, c.RowID, col.name, c.Stamp()); err != nil {
			return err
		}
		if col.ref != "" || !st.deleted {
			// A held row takes the value; its search text is made when it is written.
			if !m.setHeld(rowKey{ti.name, c.RowID}, col, v) {
				if _, err := m.tx.exec("UPDATE "+ti.name+" SET "+col.name+" = ? WHERE id = ?", v, c.RowID); err != nil {
					return err
				}
				if ti.searchCols()[col.name] {
					m.search[rowKey{ti.name, c.RowID}] = true
				}
			}
		}
		if col.ref != "" {
			if err := m.ensureRefs(ti, []column{*col}, []any{v}); err != nil {
				return err
			}
		}
	}
	if err := m.log(c, logged); err != nil {
		return err
	}
	if isReviewed(ti.name, col.name) {
		seen := append([]Stamp{{}}, c.Seen...) // the zero stamp marks a merged write
		for _, s := range seen {
			if _, err := m.tx.exec(`INSERT OR IGNORE INTO sync_seen(tbl, row_id, field, hlc, replica, seen_hlc, seen_replica)
				VALUES (?, ?, ?, ?, ?, ?, ?)`, ti.name, c.RowID, col.name, int64(c.HLC), c.Replica, int64(s.HLC), s.Replica); err != nil {
				return err
			}
		}
		m.review[reviewKey{rowKey{ti.name, c.RowID}, col.name}] = true
	}
	return nil
}

// finish recomputes the search text of the rows the merge touched and the
// concurrent versions of their reviewed fields; it returns how many of
// those fields await review.
func (m *merger) finish() (int, error) {
	if err := m.flushLog(); err != nil {
		return 0, err
	}
	if err := m.flushStamps(); err != nil {
		return 0, err
	}
	if err := m.flushRows(); err != nil {
		return 0, err
	}
	for k := range m.search {
		ti, _ := tableNamed(k.table)
		st := m.rows[k]
		text := ""
		if st != nil && !st.deleted && !st.phantom() {
			r := reflect.New(ti.typ).Interface().(Record)
			if err := m.tx.get(r, k.id, true); err != nil {
				return 0, err
			}
			text = searchOf(r)
		}
		if _, err := m.tx.exec("UPDATE "+k.table+" SET search = ? WHERE id = ?", text, k.id); err != nil {
			return 0, err
		}
	}
	n := 0
	for k := range m.review {
		open, err := m.reviewField(k)
		if err != nil {
			return 0, err
		}
		if open {
			n++
		}
	}
	return n, nil
}
