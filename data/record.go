package data

import (
	"encoding"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"time"
)

// column describes one mapped struct field.
type column struct {
	name      string
	index     []int
	kind      colKind
	ref       string // referenced table for foreign keys ("" = none)
	sensitive bool
}

type colKind int

const (
	kString colKind = iota
	kInt
	kBool
	kFloat
	kBytes
	kTime
	kText // encoding.TextMarshaler
)

// tableInfo is the mapping of one Record type.
type tableInfo struct {
	name   string
	typ    reflect.Type
	cols   []column // without id
	byName map[string]*column
	pos    map[string]int // index in cols, by name

	insertSQL string // the merge's INSERT of a whole row (syncchange.go)
}

var (
	tablesMu sync.Mutex
	tables   = map[reflect.Type]*tableInfo{}
)

var (
	timeType          = reflect.TypeFor[time.Time]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

// infoOf returns the mapping of r's type, building it once.
func infoOf(r Record) *tableInfo {
	t := reflect.TypeOf(r).Elem()
	tablesMu.Lock()
	defer tablesMu.Unlock()
	if ti, ok := tables[t]; ok {
		return ti
	}
	ti := &tableInfo{name: r.Table(), typ: t, byName: map[string]*column{}, pos: map[string]int{}}
	for _, f := range reflect.VisibleFields(t) {
		tag := f.Tag.Get("db")
		if tag == "" || tag == "id" || f.Anonymous {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		c := column{name: name, index: f.Index}
		for _, o := range strings.Split(opts, ",") {
			switch {
			case strings.HasPrefix(o, "ref="):
				c.ref = strings.TrimPrefix(o, "ref=")
			case o == "sensitive":
				c.sensitive = true
			}
		}
		switch {
		case f.Type == timeType:
			c.kind = kTime
		case f.Type.Implements(textMarshalerType):
			c.kind = kText
		case f.Type.Kind() == reflect.String:
			c.kind = kString
		case f.Type.Kind() == reflect.Int || f.Type.Kind() == reflect.Int64:
			c.kind = kInt
		case f.Type.Kind() == reflect.Bool:
			c.kind = kBool
		case f.Type.Kind() == reflect.Float64:
			c.kind = kFloat
		case f.Type.Kind() == reflect.Slice && f.Type.Elem().Kind() == reflect.Uint8:
			c.kind = kBytes
		default:
			panic(fmt.Sprintf("data: %s.%s: unsupported type %s", t.Name(), f.Name, f.Type))
		}
		ti.cols = append(ti.cols, c)
	}
	for i := range ti.cols {
		ti.byName[ti.cols[i].name] = &ti.cols[i]
		ti.pos[ti.cols[i].name] = i
	}
	ti.insertSQL = "INSERT INTO " + ti.name + " (" + ti.selectList() + ", search, hlc, replica) VALUES (" +
		strings.Repeat("?, ", len(ti.cols)+1) + "?, ?, ?)"
	tables[t] = ti
	return ti
}

// TimeLayout is how instants are kept in the file: UTC, to the second, so
// that text order is time order.
const TimeLayout = "2006-01-02T15:04:05Z"

// dbValue turns a field into what is stored in SQLite.
func (c *column) dbValue(v reflect.Value) (any, error) {
	f := v.FieldByIndex(c.index)
	switch c.kind {
	case kString:
		if c.ref != "" && f.String() == "" {
			return nil, nil
		}
		return f.String(), nil
	case kInt:
		return f.Int(), nil
	case kBool:
		if f.Bool() {
			return int64(1), nil
		}
		return int64(0), nil
	case kFloat:
		return f.Float(), nil
	case kBytes:
		if f.Len() == 0 {
			return nil, nil
		}
		return f.Bytes(), nil
	case kTime:
		t := f.Interface().(time.Time)
		if t.IsZero() {
			return nil, nil
		}
		return t.UTC().Format(TimeLayout), nil
	case kText:
		b, err := f.Interface().(encoding.TextMarshaler).MarshalText()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.name, err)
		}
		return string(b), nil
	}
	return nil, fmt.Errorf("%s: unknown kind", c.name)
}

// set stores a value read from SQLite (or from a change) into the field.
func (c *column) set(v reflect.Value, val any) error {
	f := v.FieldByIndex(c.index)
	switch c.kind {
	case kString:
		f.SetString(asString(val))
	case kInt:
		f.SetInt(asInt(val))
	case kBool:
		f.SetBool(asInt(val) != 0)
	case kFloat:
		switch x := val.(type) {
		case float64:
			f.SetFloat(x)
		case int64:
			f.SetFloat(float64(x))
		default:
			f.SetFloat(0)
		}
	case kBytes:
		switch x := val.(type) {
		case []byte:
			f.SetBytes(append([]byte(nil), x...))
		case string:
			f.SetBytes([]byte(x))
		default:
			f.SetBytes(nil)
		}
	case kTime:
		s := asString(val)
		if s == "" {
			f.Set(reflect.ValueOf(time.Time{}))
			return nil
		}
		t, err := time.Parse(time.RFC3339, s)
		if err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
		f.Set(reflect.ValueOf(t.UTC()))
	case kText:
		u := f.Addr().Interface().(encoding.TextUnmarshaler)
		if err := u.UnmarshalText([]byte(asString(val))); err != nil {
			return fmt.Errorf("%s: %w", c.name, err)
		}
	}
	return nil
}

func asString(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	case []byte:
		return string(x)
	default:
		return fmt.Sprint(x)
	}
}

func asInt(v any) int64 {
	switch x := v.(type) {
	case int64:
		return x
	case float64:
		return int64(x)
	case bool:
		if x {
			return 1
		}
	}
	return 0
}

// values returns the stored values of all columns of r, in column order.
func (ti *tableInfo) values(r Record) ([]any, error) {
	v := reflect.ValueOf(r).Elem()
	out := make([]any, len(ti.cols))
	for i := range ti.cols {
		val, err := ti.cols[i].dbValue(v)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", ti.name, err)
		}
		out[i] = val
	}
	return out, nil
}

// selectList is "id, col1, col2, ..." for this table.
func (ti *tableInfo) selectList() string {
	var b strings.Builder
	b.WriteString("id")
	for _, c := range ti.cols {
		b.WriteString(", ")
		b.WriteString(c.name)
	}
	return b.String()
}

// scanInto reads a row produced by selectList into r, decrypting protected
// fields with the store's key (they read as Locked without it).
func (ti *tableInfo) scanInto(sc interface{ Scan(...any) error }, r Record, s *Store) error {
	raw := make([]any, len(ti.cols)+1)
	ptrs := make([]any, len(raw))
	for i := range raw {
		ptrs[i] = &raw[i]
	}
	if err := sc.Scan(ptrs...); err != nil {
		return err
	}
	r.base().ID = asString(raw[0])
	v := reflect.ValueOf(r).Elem()
	for i := range ti.cols {
		val := raw[i+1]
		if ti.cols[i].sensitive {
			plain, err := s.open(ti.name, r.base().ID, ti.cols[i].name, asString(val))
			if err != nil {
				return err
			}
			val = plain
		}
		if err := ti.cols[i].set(v, val); err != nil {
			return fmt.Errorf("%s %s: %w", ti.name, r.base().ID, err)
		}
	}
	return nil
}

// sameValue says whether two stored values are equal.
func sameValue(a, b any) bool {
	switch x := a.(type) {
	case []byte:
		y, ok := b.([]byte)
		return ok && string(x) == string(y)
	case nil:
		return b == nil
	}
	if _, ok := b.([]byte); ok {
		return false
	}
	return a == b
}
