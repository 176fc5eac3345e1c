package data

import (
	"encoding/json"
	"fmt"
)

// How protection travels by merge. The event's data_key is a register like
// any field, except that a set key always beats an empty one (no LO Desk
// unprotects an event, and a form must not undo a protection it had not
// seen); among set keys the later write wins. Before a merge applies
// anything, mergeKey finds the key the file will have after it: every
// protected value that arrives is sealed under that key before it is
// stored (sealIncoming), and if it is a new key for this file, everything
// already stored is re-sealed under it in the same transaction.

// mergeKey returns the key the file will be sealed with after merging
// changes (nil: the event stays without a passphrase), whether it differs
// from the key the file has now, and whether the merge protects a file
// that was not protected.
func (tx *Tx) mergeKey(changes []SyncChange) (key *EventKey, rekeyed, protects bool, err error) {
	local, st, _, err := dataKeyStamp(tx.ctx, tx.tx)
	if err != nil {
		return nil, false, false, err
	}
	wrapped := local
	met := map[string]bool{}
	for i := range changes {
		c := &changes[i]
		v, ok := dataKeyOf(c)
		if !ok || v == "" || c.Replica == tx.s.replica {
			continue
		}
		met[v] = true
		if wrapped == "" || st.Less(c.Stamp()) {
			wrapped, st = v, c.Stamp()
		}
	}
	if wrapped == "" {
		return nil, false, false, nil
	}
	s := tx.s
	// Keys that lost (another laptop protected too) are still needed to
	// open what was sealed under them: learn and keep those the passphrase
	// opens.
	for v := range met {
		if v == wrapped {
			continue
		}
		if k, err := s.LearnKey(v); err == nil {
			if err := tx.keepKey(k); err != nil {
				return nil, false, false, err
			}
		}
	}
	s.mu.Lock()
	cur := s.cur
	s.mu.Unlock()
	if cur != nil && cur.Wrapped == wrapped {
		return cur, false, false, nil
	}
	k, err := s.LearnKey(wrapped)
	if err != nil {
		return nil, false, false, fmt.Errorf("the event's key: %w", err)
	}
	return k, true, local == "", nil
}

// dataKeyOf is the data_key a change writes, if it writes one.
func dataKeyOf(c *SyncChange) (string, bool) {
	if c.Table != "event" || c.Value == nil {
		return "", false
	}
	var v string
	switch {
	case c.Op == "update" && c.Field == "data_key":
		if json.Unmarshal(c.Value, &v) != nil {
			return "", false
		}
		return v, true
	case c.Op == "insert":
		var obj map[string]json.RawMessage
		if json.Unmarshal(c.Value, &obj) != nil || obj["data_key"] == nil {
			return "", false
		}
		if json.Unmarshal(obj["data_key"], &v) != nil {
			return "", false
		}
		return v, true
	}
	return "", false
}

// sealIncoming seals the protected values of a change under key before it
// is applied: plain ones, and ones sealed under another key this store can
// open. Without a key (the event has no passphrase) values pass as they
// are.
func (tx *Tx) sealIncoming(c *SyncChange, key *EventKey) error {
	if key == nil {
		return nil
	}
	ti, _ := tableNamed(c.Table)
	seal := func(col, v string) string {
		plain, ok := tx.s.openAny(tx.ctx, tx.tx, c.Table, c.RowID, col, v)
		if !ok {
			return v // sealed under a key this laptop does not have: kept as it came
		}
		return sealWith(key, c.Table, c.RowID, col, plain)
	}
	switch c.Op {
	case "update":
		col, ok := ti.byName[c.Field]
		if !ok || !col.sensitive || c.Value == nil {
			return nil
		}
		var v string
		if json.Unmarshal(c.Value, &v) != nil {
			return nil
		}
		js, err := json.Marshal(seal(col.name, v))
		if err != nil {
			return err
		}
		c.Value = js
	case "insert":
		if !hasSealable(ti, c.vals) {
			return nil // no protected value to seal: spare the object's decoding
		}
		var obj map[string]json.RawMessage
		if json.Unmarshal(c.Value, &obj) != nil {
			return nil
		}
		changed := false
		for _, col := range ti.cols {
			var v string
			if !col.sensitive || obj[col.name] == nil || json.Unmarshal(obj[col.name], &v) != nil || v == "" {
				continue
			}
			js, err := json.Marshal(seal(col.name, v))
			if err != nil {
				return err
			}
			obj[col.name], changed = js, true
		}
		if !changed {
			return nil
		}
		js, err := json.Marshal(obj)
		if err != nil {
			return err
		}
		c.Value, c.checked, c.valid, c.vals = js, false, false, nil
		return c.Validate()
	}
	return nil
}

// hasSealable says whether an insert's values (as Validate decoded them;
// nil when not decoded) may hold a protected value to seal.
func hasSealable(ti *tableInfo, vals []any) bool {
	for i := range ti.cols {
		if !ti.cols[i].sensitive {
			continue
		}
		if vals == nil || i >= len(vals) {
			return true
		}
		if v, ok := vals[i].(string); !ok || v != "" {
			return true
		}
	}
	return false
}
