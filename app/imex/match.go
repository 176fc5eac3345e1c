package imex

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"lodesk/app/field"
	"lodesk/data"
)

// Errors about the values of the kinds that refer to LOs, dates and
// periods; the window translates them by errors.Is.
var (
	ErrUnknownLO    = errors.New("no LO with this full name")
	ErrAmbiguousLO  = errors.New("two LOs in the event file have this name")
	ErrAmbiguousRow = errors.New("two records in the event file fit this row: tell them apart first")
	ErrBadLevel     = errors.New("not a proficiency level (native, fluent, working, basic; asli, fasih, kerja/menengah, dasar)")
)

// index finds records by a key; a key may fit several.
type index[T any] map[string][]*T

func (ix index[T]) add(k string, v *T) { ix[k] = append(ix[k], v) }

// one returns the only record with key k, or nil.
func (ix index[T]) one(k string) *T {
	if l := ix[k]; len(l) == 1 {
		return l[0]
	}
	return nil
}

// key joins parts into a map key; text parts should be folded first.
func key(parts ...string) string { return strings.Join(parts, "\x00") }

// instant is a time as a key: the same instant in any zone is one key.
func instant(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(data.TimeLayout)
}

// claim records that the row writes the record k (a stored id or a new
// key); a second row that would write it fails column col.
func claim(r *rowCtx, target map[string]int, k, col string) bool {
	if n, dup := target[k]; dup {
		r.fail(col, fmt.Errorf("%w (row %d)", ErrRepeated, n))
		return false
	}
	target[k] = r.row.N
	return true
}

// loIndex finds LOs by full name (case, spacing and diacritics ignored).
type loIndex struct {
	byName index[data.LO]
	byID   map[string]*data.LO
}

func newLOIndex(los []data.LO) loIndex {
	ix := loIndex{byName: index[data.LO]{}, byID: map[string]*data.LO{}}
	for i := range los {
		ix.byName.add(data.Fold(los[i].FullName), &los[i])
		ix.byID[los[i].ID] = &los[i]
	}
	return ix
}

// find returns the LO with a full name, failing the row's column col if
// there is none or more than one.
func (ix loIndex) find(r *rowCtx, col, name string) *data.LO {
	switch l := ix.byName[data.Fold(name)]; {
	case name == "":
		r.fail(col, field.ErrRequired)
	case len(l) == 0:
		r.fail(col, fmt.Errorf("%q: %w", name, ErrUnknownLO))
	case len(l) > 1:
		r.fail(col, fmt.Errorf("%q: %w", name, ErrAmbiguousLO))
	default:
		return l[0]
	}
	return nil
}

// peopleIndex finds people by delegation and full name.
type peopleIndex map[string][]*data.Person

func newPeopleIndex(ps []data.Person) peopleIndex {
	ix := peopleIndex{}
	for i := range ps {
		k := nameKey(ps[i].DelegationID, ps[i].FullName)
		ix[k] = append(ix[k], &ps[i])
	}
	return ix
}

// find returns the person of delegation d named in column col, nil and no
// problem for an empty cell, and ok false after a problem.
func (ix peopleIndex) find(r *rowCtx, col string, d *data.Delegation) (p *data.Person, ok bool) {
	name := r.get(col)
	if name == "" || d == nil {
		return nil, true
	}
	switch ps := ix[nameKey(d.ID, name)]; len(ps) {
	case 0:
		r.fail(col, fmt.Errorf("%q: %w %s", name, ErrUnknownPerson, d.Code))
	case 1:
		return ps[0], true
	default:
		r.fail(col, fmt.Errorf("%q: %w", name, ErrAmbiguousPerson))
	}
	return nil, false
}

// parseDate reads a calendar day as YYYY-MM-DD ("" for an empty cell);
// from a workbook a date serial number is a day too.
func parseDate(s string, fromXLSX bool) (string, error) {
	s = strings.TrimSpace(s)
	if fromXLSX {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f >= 1 && f < 2958466 {
			if t, err := excelize.ExcelDateToTime(f, false); err == nil {
				return t.Round(time.Hour).Format(time.DateOnly), nil
			}
		}
	}
	for _, l := range []string{"2006/1/2", "2/1/2006", "2-1-2006", "2.1.2006"} { // day first, as Indonesians write it
		if t, err := time.Parse(l, s); err == nil {
			return t.Format(time.DateOnly), nil
		}
	}
	return field.Date(s)
}

// date sets *dst from a mapped date column.
func (r *rowCtx) date(col string, dst *string) {
	if !r.has(col) {
		return
	}
	d, err := parseDate(r.get(col), r.pl.t.Format == XLSX)
	if err != nil {
		r.fail(col, err)
		return
	}
	*dst = d
}

// when reads a mapped time column; ok is false after a problem. An empty
// cell gives the zero time.
func (r *rowCtx) when(col string) (t time.Time, ok bool) {
	v := r.get(col)
	if v == "" {
		return time.Time{}, true
	}
	p, err := parseTime(v, r.pl.t.Format == XLSX, r.pl.loc)
	if err != nil {
		r.fail(col, err)
		return time.Time{}, false
	}
	return p.t.UTC(), true
}

// phone sets *dst to a mapped phone column in E.164.
func (r *rowCtx) phone(col string, dst *string) {
	if !r.has(col) {
		return
	}
	n, err := field.Phone(r.get(col), r.pl.region)
	if err != nil {
		r.fail(col, err)
	}
	*dst = n
}

// yesNo sets *dst from a mapped yes/no column (empty: no).
func (r *rowCtx) yesNo(col string, dst *bool) {
	if !r.has(col) {
		return
	}
	v, err := yesNo(r.get(col))
	if err != nil {
		r.fail(col, err)
	}
	*dst = v
}
