// Package seating owns seat maps and group-photo line-ups: positions made
// from precedence by the protocol rule (host or chair at the centre, then
// alternately to the host's right and left, row by row), positions fixed
// by hand that survive a regeneration, and what moved.
package seating

import (
	"fmt"
	"strconv"
	"strings"
)

// Position is a place in a line-up: Row counts from 1 (front); Place is 0
// at the centre, 1, 2, ... to the host's right (as the host faces the
// camera) and -1, -2, ... to the host's left.
type Position struct {
	Row, Place int
}

func (p Position) String() string {
	return fmt.Sprintf("%s %+d", RowName(p.Row), p.Place)
}

// RowName is "A" for row 1, "B" for row 2, ... "AA" after "Z".
func RowName(row int) string {
	var b []byte
	for row > 0 {
		row--
		b = append([]byte{byte('A' + row%26)}, b...)
		row /= 26
	}
	return string(b)
}

// Slots returns n positions in protocol order for rows of the given sizes
// (the last size repeats when more rows are needed). The front row starts
// at the centre (the host or chair), then alternates right and left: 0, +1,
// -1, +2, -2, ... Later rows do the same when their size is odd; when it
// is even nobody stands on the centre line: +1, -1, +2, -2, ...
func Slots(rowSizes []int, n int) []Position {
	if len(rowSizes) == 0 {
		rowSizes = []int{n}
	}
	out := make([]Position, 0, n)
	for row := 1; len(out) < n; row++ {
		size := rowSizes[min(row-1, len(rowSizes)-1)]
		if size <= 0 {
			size = 1
		}
		centre := Centred(row, size)
		for k := 0; k < size && len(out) < n; k++ {
			out = append(out, Position{Row: row, Place: PlaceOf(k, centre)})
		}
	}
	return out
}

// Centred says whether a row of size places has one on the centre line:
// the front row always, a later row when its size is odd.
func Centred(row, size int) bool { return row == 1 || size%2 == 1 }

// PlaceOf is the k-th place of a row (k from 0) in alternating order:
// 0, +1, -1, +2, ... or, without a centre, +1, -1, +2, ...
func PlaceOf(k int, centre bool) int {
	if centre {
		if k == 0 {
			return 0
		}
		k--
	}
	step := k/2 + 1
	if k%2 == 0 {
		return step // right
	}
	return -step // left
}

// DefaultRowSizes are the rows an item with a seat plan or photo line-up
// is given when it names none (app/programme sets them): a front row of
// 11 with the host at the centre, then rows of 12, which a wall plan
// prints legibly. Without them everyone would stand in one row.
const DefaultRowSizes = "11; 12"

// ParseRowSizes reads "10; 12; 14" (or commas, spaces).
func ParseRowSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' || r == ' ' }) {
		n, err := strconv.Atoi(f)
		if err != nil || n < 1 || n > 200 {
			return nil, fmt.Errorf("row size %q: want a number from 1 to 200", f)
		}
		out = append(out, n)
	}
	return out, nil
}
