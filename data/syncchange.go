package data

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"

	"github.com/google/uuid"

	"lodesk/data/jsonflat"
)

// Stamp is a write's HLC stamp with the replica that made it; stamps are
// ordered by HLC, then replica id.
type Stamp struct {
	HLC     HLC    `json:"h"`
	Replica string `json:"r"`
}

// Less orders stamps: HLC first, replica id breaks ties.
func (a Stamp) Less(b Stamp) bool {
	if a.HLC != b.HLC {
		return a.HLC < b.HLC
	}
	return a.Replica < b.Replica
}

// SyncChange is one change-log entry as it travels between replicas.
type SyncChange struct {
	Replica string // the origin: the replica that made the change
	HLC     HLC
	Author  string
	Op      string // insert, update, delete
	Table   string
	RowID   string
	Field   string          // update only; "deleted" for a restore
	Value   json.RawMessage // insert: object of all fields; update: the value; nil when erased
	Seen    []Stamp         // reviewed fields only: the writes of this field the writer had seen

	checked bool  // Validate passed
	valid   bool  // Value is valid JSON (JSONChecked)
	retired bool  // an update of a retired field: nothing to apply
	vals    []any // an insert's decoded values, kept by Validate
}

// retired are the fields a table had in older LO Desks and no longer
// maps: their changes, in packs and change logs written before, are
// accepted and ignored (the column stays in the file, unused).
var retired = map[string]map[string]bool{
	"checklist_item": {"sop_item_id": true}, // the SOP item a checklist item was made from: never read
}

// Stamp is the change's stamp.
func (c *SyncChange) Stamp() Stamp { return Stamp{HLC: c.HLC, Replica: c.Replica} }

// ErrBadChange marks a change that no LO Desk of this schema writes.
var ErrBadChange = errors.New("malformed change")

// Reviewed lists, per table, the fields whose concurrent edits are all kept
// for a coordinator to choose from instead of the later one winning
// silently.
var Reviewed = map[string][]string{"person": {"medical", "allergies"}}

func isReviewed(table, field string) bool {
	for _, f := range Reviewed[table] {
		if f == field {
			return true
		}
	}
	return false
}

var (
	byNameOnce sync.Once
	byName     map[string]*tableInfo
)

// tableNamed returns the mapping of a synced table.
func tableNamed(name string) (*tableInfo, bool) {
	byNameOnce.Do(func() {
		byName = map[string]*tableInfo{}
		for _, r := range AllRecords() {
			ti := infoOf(r)
			byName[ti.name] = ti
		}
	})
	ti, ok := byName[name]
	return ti, ok
}

// JSONChecked tells Validate that Value is valid JSON already: the pack
// reader checked the whole line that holds it (json.Valid), so an
// insert's object is not scanned a second time. Everything else Validate
// checks all the same.
func (c *SyncChange) JSONChecked() { c.valid = true }

// Validate checks that the change names a known table and field and that
// its value fits the column.
func (c *SyncChange) Validate() error {
	if c.checked {
		return nil
	}
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s %s %s: %s", ErrBadChange, c.Op, c.Table, c.RowID, fmt.Sprintf(format, a...))
	}
	ti, ok := tableNamed(c.Table)
	if !ok {
		return bad("unknown table")
	}
	if c.Replica == "" || c.HLC <= 0 {
		return bad("no origin stamp")
	}
	if _, err := uuid.Parse(c.RowID); err != nil {
		return bad("bad id")
	}
	switch c.Op {
	case "insert":
		if c.Field != "" {
			return bad("field on insert")
		}
		vals, err := ti.decodeObjectChecked(c.Value, c.valid)
		if err != nil {
			return bad("%v", err)
		}
		c.vals = vals
	case "update":
		if c.Field == "deleted" {
			if c.Value != nil && string(c.Value) != "0" && string(c.Value) != "1" {
				return bad("deleted must be 0 or 1")
			}
			break
		}
		col, ok := ti.byName[c.Field]
		if !ok && retired[ti.name][c.Field] {
			c.retired = true
			break
		}
		if !ok {
			return bad("unknown field %q", c.Field)
		}
		if c.Value != nil {
			if _, err := col.decode(c.Value); err != nil {
				return bad("%v", err)
			}
		}
	case "delete":
		if c.Field != "" || c.Value != nil {
			return bad("field or value on delete")
		}
	default:
		return bad("unknown operation")
	}
	if len(c.Seen) > 0 && (c.Op != "update" || !isReviewed(c.Table, c.Field)) {
		return bad("seen stamps on a field that is not reviewed")
	}
	c.checked = true
	return nil
}

// zero is what a column holds when empty or erased (as Tx.Delete leaves it).
func (c *column) zero() any {
	switch {
	case c.ref != "":
		return nil
	case c.kind == kInt || c.kind == kBool:
		return int64(0)
	case c.kind == kFloat:
		return float64(0)
	case c.kind == kBytes || c.kind == kTime:
		return nil
	}
	return ""
}

// decode turns a change's JSON value into what SQLite stores for the
// column, as dbValue would have produced it.
func (c *column) decode(raw json.RawMessage) (any, error) {
	if raw == nil || string(raw) == "null" {
		return c.zero(), nil
	}
	switch c.kind {
	case kString, kText, kTime:
		s, err := jsonflat.String(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		if c.kind == kTime {
			if s == "" {
				return nil, nil
			}
			if _, err := time.Parse(time.RFC3339, s); err != nil {
				return nil, fmt.Errorf("%s: %w", c.name, err)
			}
		}
		if c.ref != "" {
			if s == "" {
				return nil, nil
			}
			if _, err := uuid.Parse(s); err != nil {
				return nil, fmt.Errorf("%s: %w", c.name, err)
			}
		}
		return s, nil
	case kInt, kBool:
		n, err := jsonflat.Int(raw)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		return n, nil
	case kFloat:
		var f float64
		if err := json.Unmarshal(raw, &f); err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		return f, nil
	case kBytes:
		var b []byte // base64, as json.Marshal writes []byte
		if err := json.Unmarshal(raw, &b); err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		if len(b) == 0 {
			return nil, nil
		}
		return b, nil
	}
	return nil, fmt.Errorf("%s: unknown kind", c.name)
}

// decodeObject decodes an insert's object into the values of ti.cols, in
// order; fields it does not name are empty. The object is split in place
// (jsonflat), not decoded into a map: a merge decodes 100,000s of them.
func (ti *tableInfo) decodeObject(raw json.RawMessage) ([]any, error) {
	return ti.decodeObjectChecked(raw, false)
}

// decodeObjectChecked is decodeObject on raw that is known to be valid
// JSON when valid is true.
func (ti *tableInfo) decodeObjectChecked(raw json.RawMessage, valid bool) ([]any, error) {
	out := make([]any, len(ti.cols))
	for i := range ti.cols {
		out[i] = ti.cols[i].zero()
	}
	if raw == nil || string(raw) == "null" {
		return out, nil
	}
	if !valid && !json.Valid(raw) {
		var obj map[string]json.RawMessage
		return nil, json.Unmarshal(raw, &obj) // encoding/json's error
	}
	err := jsonflat.Members(raw, func(k, v []byte) error {
		i, ok := ti.pos[string(k)]
		if !ok && retired[ti.name][string(k)] {
			return nil
		}
		if !ok {
			return fmt.Errorf("unknown field %q", k)
		}
		val, err := ti.cols[i].decode(v)
		if err != nil {
			return err
		}
		out[i] = val
		return nil
	})
	if errors.Is(err, jsonflat.ErrNotObject) {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(raw, &obj); err != nil {
			return nil, err // encoding/json's error
		}
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// recordOf builds a record of ti from stored values (for its search text).
func (ti *tableInfo) recordOf(id string, vals []any) (Record, error) {
	r := reflect.New(ti.typ).Interface().(Record)
	r.base().ID = id
	v := reflect.ValueOf(r).Elem()
	for i := range ti.cols {
		if err := ti.cols[i].set(v, vals[i]); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// refsOnly keeps the reference fields of an insert object: what a delete
// leaves of it, since ids are not personal and rows must keep their place.
func (ti *tableInfo) refsOnly(vals []any) string {
	var b strings.Builder
	b.WriteByte('{')
	n := 0
	for i, c := range ti.cols {
		if c.ref == "" || vals[i] == nil {
			continue
		}
		if n > 0 {
			b.WriteByte(',')
		}
		k, _ := json.Marshal(c.name)
		v, _ := json.Marshal(vals[i])
		b.Write(k)
		b.WriteByte(':')
		b.Write(v)
		n++
	}
	b.WriteByte('}')
	return b.String()
}

// encodeValue is the JSON of a stored value, as Tx writes it to the log.
func encodeValue(v any) json.RawMessage {
	if b, ok := v.([]byte); ok {
		js, _ := json.Marshal(base64.StdEncoding.EncodeToString(b))
		return js
	}
	js, _ := json.Marshal(v)
	return js
}

var (
	searchColsMu sync.Mutex
	searchColsOf = map[string]map[string]bool{}
)

// searchCols finds the columns a table's search text is made from, by
// giving each text column a marker and looking for it in the text.
func (ti *tableInfo) searchCols() map[string]bool {
	searchColsMu.Lock()
	defer searchColsMu.Unlock()
	if m, ok := searchColsOf[ti.name]; ok {
		return m
	}
	m := map[string]bool{}
	r := reflect.New(ti.typ).Interface().(Record)
	if sr, ok := r.(Searchable); ok {
		v := reflect.ValueOf(r).Elem()
		for i, c := range ti.cols {
			if c.kind == kString || c.kind == kText {
				_ = c.set(v, fmt.Sprintf("qzx%dmarker", i))
			}
		}
		text := sr.SearchText()
		for i, c := range ti.cols {
			if c.kind != kString && c.kind != kText {
				m[c.name] = true // cannot tell: assume it counts
			} else if strings.Contains(text, fmt.Sprintf("qzx%dmarker", i)) {
				m[c.name] = true
			}
		}
	}
	searchColsOf[ti.name] = m
	return m
}
