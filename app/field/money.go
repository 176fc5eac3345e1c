package field

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// Amount reads a sum of money as people type it: "1500", "12.50",
// "12,50", "1.500.000", "1,500.25", "1.500,25". A lone separator followed
// by exactly three digits ("1.500") could be either and is refused.
func Amount(s string) (float64, error) {
	v := strings.NewReplacer(" ", "", "\u00a0", "", "'", "").Replace(strings.TrimSpace(s))
	if v == "" {
		return 0, nil
	}
	if !numeric(v) {
		return 0, fmt.Errorf("%q: %w", s, ErrBadAmount)
	}
	seps := strings.Count(v, ".") + strings.Count(v, ",")
	last := strings.LastIndexAny(v, ".,")
	switch {
	case strings.Contains(v, ".") && strings.Contains(v, ","): // the last one is the decimal mark
		if strings.IndexByte(v[:last], v[last]) >= 0 {
			return 0, fmt.Errorf("%q: %w", s, ErrBadAmount)
		}
		v = dropSeparators(v[:last]) + "." + v[last+1:]
	case seps > 1: // one mark, repeated: thousands
		v = dropSeparators(v)
	case seps == 1:
		if len(v)-last-1 == 3 && last > 0 && last <= 3 {
			return 0, fmt.Errorf("%q: %w", s, ErrAmbiguousAmount)
		}
		v = strings.Replace(v, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(v, 64)
	if err != nil {
		return 0, fmt.Errorf("%q: %w", s, ErrBadAmount)
	}
	return f, nil
}

// Rupiah reads a whole number of rupiah: "Rp 1.500.000", "1,500,000",
// "1500000,00"; separators are thousands unless one or two digits end it.
func Rupiah(s string) (int64, error) {
	v := strings.TrimSpace(s)
	for _, p := range []string{"Rp.", "Rp", "rp.", "rp", "RP", "IDR", "idr"} {
		v = strings.TrimSpace(strings.TrimPrefix(v, p))
	}
	v = strings.NewReplacer(" ", "", "\u00a0", "").Replace(v)
	if v == "" {
		return 0, nil
	}
	if !numeric(v) {
		return 0, fmt.Errorf("%q: %w", s, ErrBadAmount)
	}
	frac := ""
	if i := strings.LastIndexAny(v, ".,"); i >= 0 && len(v)-i-1 <= 2 {
		v, frac = v[:i], v[i+1:]
	}
	f, err := strconv.ParseFloat(dropSeparators(v)+"."+frac+"0", 64)
	if err != nil || f > 1e15 {
		return 0, fmt.Errorf("%q: %w", s, ErrBadAmount)
	}
	return int64(math.Round(f)), nil
}

// numeric says whether s has only digits and separators, and a digit.
func numeric(s string) bool {
	digit := false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r == '.' || r == ',':
		default:
			return false
		}
	}
	return digit
}

func dropSeparators(s string) string { return strings.NewReplacer(".", "", ",", "").Replace(s) }

// FormatAmount writes an amount so that Amount reads it back: a point
// for decimals, and never exactly three decimals ("12.3450").
func FormatAmount(f float64) string {
	if f == 0 {
		return ""
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 == 3 {
		s += "0"
	}
	return s
}
