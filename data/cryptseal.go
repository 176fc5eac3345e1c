package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
)

// resealAll seals every protected value the file holds under k: in the
// rows, in every version kept in the change log (inserts and updates), in
// kept conflicts, and the backup identity. Plain values are sealed; values
// sealed under another key are opened with whatever key this store has
// and sealed again; a value no key opens is left as it is. Nothing is
// stamped: sealing changes how a value is stored, not the value.
func (tx *Tx) resealAll(k *EventKey) error {
	for _, r := range AllRecords() {
		ti := infoOf(r)
		for _, c := range ti.cols {
			if !c.sensitive {
				continue
			}
			if err := tx.resealColumn(k, ti.name, c.name); err != nil {
				return fmt.Errorf("seal %s.%s: %w", ti.name, c.name, err)
			}
		}
	}
	if err := tx.settle(); err != nil {
		return err
	}
	var v string
	err := tx.tx.QueryRowContext(tx.ctx, "SELECT value FROM meta WHERE key = ?", metaBackupIdentity).Scan(&v)
	if err == nil {
		if nv, ok := tx.reseal(k, "meta", metaBackupIdentity, "value", v); ok {
			_, err = tx.exec("UPDATE meta SET value = ? WHERE key = ?", nv, metaBackupIdentity)
		}
	}
	if err != nil && err != sql.ErrNoRows {
		return fmt.Errorf("seal the backup key: %w", err)
	}
	return nil
}

func (tx *Tx) resealColumn(k *EventKey, table, col string) error {
	type item struct {
		key   []any // what identifies the place to update
		id, v string
	}
	collect := func(q string, args ...any) ([]item, error) {
		if err := tx.settle(); err != nil {
			return nil, err
		}
		rows, err := tx.tx.QueryContext(tx.ctx, q, args...)
		if err != nil {
			return nil, err
		}
		defer rows.Close()
		cols, _ := rows.Columns()
		var out []item
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				return nil, err
			}
			out = append(out, item{key: vals[:len(cols)-2], id: asString(vals[len(cols)-2]), v: asString(vals[len(cols)-1])})
		}
		return out, rows.Err()
	}
	// The rows.
	items, err := collect("SELECT id, id, " + col + " FROM " + table + " WHERE " + col + " <> ''")
	if err != nil {
		return err
	}
	for _, it := range items {
		if nv, ok := tx.reseal(k, table, it.id, col, it.v); ok {
			if _, err := tx.exec("UPDATE "+table+" SET "+col+" = ? WHERE id = ?", nv, it.id); err != nil {
				return err
			}
		}
	}
	// Updates in the change log and kept conflicts hold the value as JSON.
	jsonPlaces := []struct{ sel, upd string }{
		{
			`SELECT seq, row_id, value FROM change_log WHERE tbl = ? AND op = 'update' AND field = ? AND value IS NOT NULL`,
			`UPDATE change_log SET value = ? WHERE seq = ?`,
		},
		{
			`SELECT hlc, replica, row_id, value FROM sync_conflict WHERE tbl = ? AND field = ? AND value IS NOT NULL`,
			`UPDATE sync_conflict SET value = ? WHERE hlc = ? AND replica = ? AND tbl = '` + table + `' AND field = '` + col + `'`,
		},
	}
	for _, p := range jsonPlaces {
		items, err := collect(p.sel, table, col)
		if err != nil {
			return err
		}
		for _, it := range items {
			var s string
			if json.Unmarshal([]byte(it.v), &s) != nil {
				continue
			}
			if nv, ok := tx.reseal(k, table, it.id, col, s); ok {
				js, _ := json.Marshal(nv)
				if _, err := tx.exec(p.upd, append([]any{string(js)}, it.key...)...); err != nil {
					return err
				}
			}
		}
	}
	// Inserts in the change log hold it as one field of an object.
	path := "$." + col
	items, err = collect(`SELECT seq, row_id, json_extract(value, ?) FROM change_log
		WHERE tbl = ? AND op = 'insert' AND value IS NOT NULL AND json_type(value, ?) = 'text'`, path, table, path)
	if err != nil {
		return err
	}
	for _, it := range items {
		if nv, ok := tx.reseal(k, table, it.id, col, it.v); ok {
			if _, err := tx.exec("UPDATE change_log SET value = json_set(value, ?, ?) WHERE seq = ?", path, nv, it.key[0]); err != nil {
				return err
			}
		}
	}
	return nil
}

// reseal returns stored sealed under k, and whether that differs from it.
func (tx *Tx) reseal(k *EventKey, table, id, col, stored string) (string, bool) {
	plain, ok := tx.s.openAny(tx.ctx, tx.tx, table, id, col, stored)
	if !ok {
		return stored, false
	}
	nv := sealWith(k, table, id, col, plain)
	return nv, nv != stored
}

// openAny opens a stored value with whatever key fits: its own key (looked
// up in sync_key and opened with the passphrase if need be) or, for the
// first sealed format, any key this store has.
func (s *Store) openAny(ctx context.Context, q querier, table, id, col, stored string) (string, bool) {
	if !isSealed(stored) {
		return stored, true
	}
	kid, body, v1 := sealedParts(stored)
	if !v1 {
		k := s.keyFor(ctx, q, kid)
		if k == nil {
			return "", false
		}
		p, err := openWith(k, table, id, col, body)
		return p, err == nil
	}
	s.mu.Lock()
	keys := make([]*EventKey, 0, len(s.keys))
	for _, k := range s.keys {
		keys = append(keys, k)
	}
	s.mu.Unlock()
	for _, k := range keys {
		if p, err := openWith(k, table, id, col, body); err == nil {
			return p, true
		}
	}
	return "", false
}
