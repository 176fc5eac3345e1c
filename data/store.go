package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"

	"github.com/google/uuid"
)

// Tx is one immediate write transaction. Every write through it stamps the
// fields it changes and appends them to the change log.
type Tx struct {
	s      *Store
	tx     *sql.Tx
	ctx    context.Context
	author string
	stmts  map[string]*sql.Stmt
	prot   *bool // whether the event has a data key, read once

	logw *logWriter // a merge's change-log inserts under way (mergelog.go)
}

// Write runs fn in one immediate transaction and commits if it returns nil.
// Nothing of a failed fn is kept.
func (s *Store) Write(ctx context.Context, fn func(*Tx) error) error {
	if s.readOnly || s.rw == nil {
		return ErrReadOnly
	}
	sqlTx, err := s.rw.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin write: %w", err)
	}
	tx := &Tx{s: s, tx: sqlTx, ctx: ctx, author: s.Author(), stmts: map[string]*sql.Stmt{}}
	defer func() {
		for _, st := range tx.stmts {
			st.Close()
		}
	}()
	err = fn(tx)
	if serr := tx.endLog(); err == nil {
		err = serr
	}
	if err != nil {
		_ = sqlTx.Rollback()
		return err
	}
	if err := sqlTx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Insert, Update and Delete each run one write in its own transaction.
func (s *Store) Insert(ctx context.Context, r Record) error {
	return s.Write(ctx, func(tx *Tx) error { return tx.Insert(r) })
}

// Update writes the fields of r that differ from the stored row.
func (s *Store) Update(ctx context.Context, r Record) error {
	return s.Write(ctx, func(tx *Tx) error { return tx.Update(r) })
}

// Delete tombstones r and the rows that depend on it, returning them as
// they were so that the deletion can be undone with Restore.
func (s *Store) Delete(ctx context.Context, r Record) (gone []Record, err error) {
	err = s.Write(ctx, func(tx *Tx) error {
		gone, err = tx.Delete(r)
		return err
	})
	return gone, err
}

// Restore undoes Delete: the rows come back with the values they had.
func (s *Store) Restore(ctx context.Context, rows []Record) error {
	return s.Write(ctx, func(tx *Tx) error {
		for _, r := range rows {
			if err := tx.Restore(r); err != nil {
				return err
			}
		}
		return nil
	})
}

func (tx *Tx) stmt(q string) (*sql.Stmt, error) {
	if err := tx.settle(); err != nil {
		return nil, err
	}
	return tx.prepared(q)
}

// prepared is stmt without waiting for the change-log writer (which uses it).
func (tx *Tx) prepared(q string) (*sql.Stmt, error) {
	if st, ok := tx.stmts[q]; ok {
		return st, nil
	}
	st, err := tx.tx.PrepareContext(tx.ctx, q)
	if err != nil {
		return nil, err
	}
	tx.stmts[q] = st
	return st, nil
}

func (tx *Tx) exec(q string, args ...any) (sql.Result, error) {
	st, err := tx.stmt(q)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(tx.ctx, args...)
}

func searchOf(r Record) string {
	if sr, ok := r.(Searchable); ok {
		return Fold(sr.SearchText())
	}
	return ""
}

// Insert adds r, giving it a UUIDv7 id if it has none.
func (tx *Tx) Insert(r Record) error {
	ti := infoOf(r)
	b := r.base()
	if b.ID == "" {
		id, err := uuid.NewV7()
		if err != nil {
			return err
		}
		b.ID = id.String()
	} else if _, err := uuid.Parse(b.ID); err != nil {
		return fmt.Errorf("insert %s: id %q: %w", ti.name, b.ID, err)
	}
	vals, err := ti.values(r)
	if err != nil {
		return fmt.Errorf("insert %s: %w", ti.name, err)
	}
	for i := range ti.cols {
		if ti.cols[i].sensitive {
			if vals[i], err = tx.sealValue(ti, b.ID, i, vals[i]); err != nil {
				return fmt.Errorf("insert %s: %w", ti.name, err)
			}
		}
	}
	h := tx.s.clock.Next()
	q := "INSERT INTO " + ti.name + " (" + ti.selectList() + ", search, hlc, replica) VALUES (" +
		strings.Repeat("?, ", len(ti.cols)+1) + "?, ?, ?)"
	args := append(append([]any{b.ID}, vals...), searchOf(r), int64(h), tx.s.replica)
	if _, err := tx.exec(q, args...); err != nil {
		return fmt.Errorf("insert %s: %w", ti.name, err)
	}
	obj := make(map[string]any, len(vals))
	for i, c := range ti.cols {
		obj[c.name] = vals[i]
	}
	js, err := json.Marshal(obj)
	if err != nil {
		return err
	}
	return tx.logChange(h, "insert", ti.name, b.ID, "", string(js))
}

// Update writes the fields of r that differ from the stored row, each with
// its own stamp and change-log entry. A deleted or missing row is
// ErrNotFound.
func (tx *Tx) Update(r Record) error {
	ti := infoOf(r)
	id := r.base().ID
	cur := reflect.New(ti.typ).Interface().(Record)
	if err := tx.get(cur, id, false); err != nil {
		return fmt.Errorf("update %s %s: %w", ti.name, id, err)
	}
	old, err := ti.values(cur)
	if err != nil {
		return err
	}
	vals, err := ti.values(r)
	if err != nil {
		return fmt.Errorf("update %s: %w", ti.name, err)
	}
	var set []string
	var args []any
	var changed []int
	for i := range ti.cols {
		if sameValue(old[i], vals[i]) || (ti.cols[i].sensitive && vals[i] == Locked) || storeOwned(ti, i) {
			continue
		}
		if ti.cols[i].sensitive {
			if vals[i], err = tx.sealValue(ti, id, i, vals[i]); err != nil {
				return fmt.Errorf("update %s: %w", ti.name, err)
			}
		}
		set = append(set, ti.cols[i].name+" = ?")
		args = append(args, vals[i])
		changed = append(changed, i)
	}
	if len(changed) == 0 {
		return nil
	}
	set = append(set, "search = ?")
	args = append(args, searchOf(r), id)
	if _, err := tx.exec("UPDATE "+ti.name+" SET "+strings.Join(set, ", ")+" WHERE id = ?", args...); err != nil {
		return fmt.Errorf("update %s: %w", ti.name, err)
	}
	h := tx.s.clock.Next()
	for _, i := range changed {
		if err := tx.stampField(h, ti.name, id, ti.cols[i].name); err != nil {
			return err
		}
		js, err := json.Marshal(vals[i])
		if err != nil {
			return err
		}
		if err := tx.logChange(h, "update", ti.name, id, ti.cols[i].name, string(js)); err != nil {
			return err
		}
	}
	return nil
}

// Delete tombstones r and, recursively, the live rows that refer to it
// through an owning reference (see cascades). Personal fields are erased at
// once, in the row and in the change log. It returns the rows as they were.
func (tx *Tx) Delete(r Record) ([]Record, error) {
	ti := infoOf(r)
	id := r.base().ID
	cur := reflect.New(ti.typ).Interface().(Record)
	if err := tx.get(cur, id, false); err != nil {
		return nil, fmt.Errorf("delete %s %s: %w", ti.name, id, err)
	}
	gone := []Record{cur}
	for _, child := range cascades[ti.name] {
		ids, err := tx.liveIDs(child.table, child.column, id)
		if err != nil {
			return nil, err
		}
		for _, cid := range ids {
			c, _ := newRecord(child.table)
			c.base().ID = cid
			more, err := tx.Delete(c)
			if err != nil {
				return nil, err
			}
			gone = append(gone, more...)
		}
	}
	var set []string
	for _, c := range ti.cols {
		if c.ref == "" {
			set = append(set, c.name+" = "+zeroSQL(c.kind))
		}
	}
	set = append(set, "search = ''", "deleted = 1")
	if _, err := tx.exec("UPDATE "+ti.name+" SET "+strings.Join(set, ", ")+" WHERE id = ?", id); err != nil {
		return nil, fmt.Errorf("delete %s: %w", ti.name, err)
	}
	if err := tx.eraseHistory(ti, cur); err != nil {
		return nil, fmt.Errorf("delete %s: erase history: %w", ti.name, err)
	}
	if err := tx.bumpEraseMark(); err != nil {
		return nil, err
	}
	h := tx.s.clock.Next()
	if err := tx.stampField(h, ti.name, id, "deleted"); err != nil {
		return nil, err
	}
	return gone, tx.logChange(h, "delete", ti.name, id, "", "")
}

// eraseHistory drops the personal values a deleted row left in the change
// log and in kept sync conflicts. References stay: the tombstone keeps
// them, and a replica that learns of the row from this log must place it.
func (tx *Tx) eraseHistory(ti *tableInfo, cur Record) error {
	id := cur.base().ID
	vals, err := ti.values(cur)
	if err != nil {
		return err
	}
	refs := map[string]any{}
	var refNames []any
	for i, c := range ti.cols {
		if c.ref != "" {
			refs[c.name] = vals[i]
			refNames = append(refNames, c.name)
		}
	}
	js, err := json.Marshal(refs)
	if err != nil {
		return err
	}
	if _, err := tx.exec("UPDATE change_log SET value = ? WHERE tbl = ? AND row_id = ? AND op = 'insert'", string(js), ti.name, id); err != nil {
		return err
	}
	q := "UPDATE change_log SET value = NULL WHERE tbl = ? AND row_id = ? AND op = 'update'"
	if len(refNames) > 0 {
		q += " AND field NOT IN (" + strings.TrimSuffix(strings.Repeat("?, ", len(refNames)), ", ") + ")"
	}
	if _, err := tx.tx.ExecContext(tx.ctx, q, append([]any{ti.name, id}, refNames...)...); err != nil {
		return err
	}
	_, err = tx.exec("DELETE FROM sync_conflict WHERE tbl = ? AND row_id = ?", ti.name, id)
	return err
}

// Restore brings back a row removed by Delete with the values in r.
func (tx *Tx) Restore(r Record) error {
	ti := infoOf(r)
	id := r.base().ID
	res, err := tx.exec("UPDATE "+ti.name+" SET deleted = 0 WHERE id = ? AND deleted = 1", id)
	if err != nil {
		return fmt.Errorf("restore %s: %w", ti.name, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("restore %s %s: %w", ti.name, id, ErrNotFound)
	}
	h := tx.s.clock.Next()
	if err := tx.stampField(h, ti.name, id, "deleted"); err != nil {
		return err
	}
	if err := tx.logChange(h, "update", ti.name, id, "deleted", "0"); err != nil {
		return err
	}
	return tx.Update(r)
}

// sealValue encrypts a protected column's value when the event has a data
// key; writing one while locked is ErrLocked.
func (tx *Tx) sealValue(ti *tableInfo, id string, i int, v any) (any, error) {
	plain := asString(v)
	if plain == Locked {
		return nil, ErrLocked
	}
	if tx.prot == nil {
		if err := tx.settle(); err != nil {
			return nil, err
		}
		var key string
		err := tx.tx.QueryRowContext(tx.ctx, "SELECT data_key FROM event WHERE deleted = 0 AND data_key <> '' LIMIT 1").Scan(&key)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return nil, err
		}
		p := key != ""
		tx.prot = &p
	}
	if !*tx.prot || plain == "" {
		return v, nil
	}
	if !tx.s.Unlocked() {
		return nil, ErrLocked
	}
	return tx.s.seal(ti.name, id, ti.cols[i].name, plain)
}

// storeOwned says whether a column is written only by the store itself:
// the event's wrapped data key (Protect, and merges) must not be reset by
// a form that loaded the event before it was protected.
func storeOwned(ti *tableInfo, i int) bool {
	return ti.name == "event" && ti.cols[i].name == "data_key"
}

func zeroSQL(k colKind) string {
	switch k {
	case kInt, kBool, kFloat:
		return "0"
	case kBytes, kTime:
		return "NULL"
	}
	return "''"
}

func (tx *Tx) stampField(h HLC, tbl, id, field string) error {
	_, err := tx.exec(`INSERT INTO stamp(tbl, row_id, field, hlc, replica) VALUES (?, ?, ?, ?, ?)
		ON CONFLICT(tbl, row_id, field) DO UPDATE SET hlc = excluded.hlc, replica = excluded.replica`,
		tbl, id, field, int64(h), tx.s.replica)
	if err != nil {
		return fmt.Errorf("stamp %s.%s: %w", tbl, field, err)
	}
	return nil
}

func (tx *Tx) logChange(h HLC, op, tbl, id, field, value string) error {
	var v any = value
	if op == "delete" {
		v = nil
	}
	_, err := tx.exec(`INSERT INTO change_log(hlc, replica, author, op, tbl, row_id, field, value)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, int64(h), tx.s.replica, tx.author, op, tbl, id, field, v)
	if err != nil {
		return fmt.Errorf("change log: %w", err)
	}
	return nil
}

// get reads row id into r inside the transaction.
func (tx *Tx) get(r Record, id string, withDeleted bool) error {
	ti := infoOf(r)
	q := "SELECT " + ti.selectList() + " FROM " + ti.name + " WHERE id = ?"
	if !withDeleted {
		q += " AND deleted = 0"
	}
	st, err := tx.stmt(q)
	if err != nil {
		return err
	}
	err = ti.scanInto(st.QueryRowContext(tx.ctx, id), r, tx.s)
	if errors.Is(err, sql.ErrNoRows) {
		return ErrNotFound
	}
	return err
}

// Get reads a live row inside the transaction.
func (tx *Tx) Get(r Record, id string) error { return tx.get(r, id, false) }

func (tx *Tx) liveIDs(table, column, id string) ([]string, error) {
	if err := tx.settle(); err != nil {
		return nil, err
	}
	rows, err := tx.tx.QueryContext(tx.ctx, "SELECT id FROM "+table+" WHERE "+column+" = ? AND deleted = 0", id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		ids = append(ids, s)
	}
	return ids, rows.Err()
}

type childRef struct{ table, column string }

// cascades lists, per table, the rows that cannot live without it.
var cascades = map[string][]childRef{
	"delegation": {
		{"person", "delegation_id"},
		{"travel_leg", "delegation_id"},
		{"accommodation", "delegation_id"},
		{"assignment", "delegation_id"},
		{"seat", "delegation_id"},
		{"request", "delegation_id"},
		{"handover", "delegation_id"},
		{"contact", "delegation_id"},
		{"movement", "delegation_id"},
		{"note_verbale", "delegation_id"},
	},
	"movement":       {{"convoy_car", "movement_id"}},
	"vehicle":        {{"convoy_car", "vehicle_id"}},
	"person":         {{"travel_leg", "person_id"}, {"accommodation", "person_id"}, {"seat", "person_id"}, {"request", "person_id"}},
	"lo":             {{"assignment", "lo_id"}, {"lo_note", "lo_id"}, {"lo_evaluation", "lo_id"}}, // gift declarations and hand-overs outlive the LO
	"assignment":     {{"checklist_item", "assignment_id"}, {"shift", "assignment_id"}},
	"programme_item": {{"seat", "item_id"}},
	"sop_template":   {{"sop_item", "template_id"}},
}
