// Package phone checks phone numbers and writes them as E.164
// (+6281234567890), reading national numbers in a default region
// (Indonesia unless told otherwise).
package phone

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"unicode"

	"github.com/nyaruka/phonenumbers"
)

// DefaultRegion is where a number without a country code is read.
const DefaultRegion = "ID"

// Errors the window and the command line explain.
var (
	ErrNotNumber = errors.New("not a phone number")
	ErrInvalid   = errors.New("not a valid number for its country")
)

// Error says which input failed and why.
type Error struct {
	Input string
	Err   error
}

func (e *Error) Error() string { return fmt.Sprintf("phone %q: %v", e.Input, e.Err) }
func (e *Error) Unwrap() error { return e.Err }

// E164 returns s as E.164. A number without "+" or "00" is read in region
// (DefaultRegion if empty). Letters, or fewer than five digits, are
// ErrNotNumber; a number no country uses is ErrInvalid. An empty s is "".
//
// Checking a number against its country's patterns takes tens of
// microseconds; the last results are remembered (recent), so that a
// number checked again (an import checks a cell, then the record's rules
// check what it gave) costs a map lookup.
func E164(s, region string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", nil
	}
	if region == "" {
		region = DefaultRegion
	}
	region = strings.ToUpper(region)
	k := s + "\x00" + region
	if out, ok := recent.get(k); ok {
		return out, nil
	}
	out, err := e164(s, region)
	if err == nil {
		recent.put(k, out)
		recent.put(out+"\x00"+region, out) // E.164 reads as itself in any region
	}
	return out, err
}

func e164(s, region string) (string, error) {
	digits := 0
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			digits++
		case strings.ContainsRune("+-()./ \u00a0", r):
		default:
			return "", &Error{Input: s, Err: ErrNotNumber}
		}
	}
	if digits < 5 {
		return "", &Error{Input: s, Err: ErrNotNumber}
	}
	if strings.HasPrefix(s, "00") {
		s = "+" + s[2:]
	}
	n, err := phonenumbers.Parse(s, region)
	if err != nil {
		return "", &Error{Input: s, Err: fmt.Errorf("%w: %v", ErrNotNumber, err)}
	}
	valid := phonenumbers.IsValidNumber(n)
	if !valid && !strings.HasPrefix(s, "+") && !strings.HasPrefix(s, "0") {
		// A spreadsheet that took "+6281234567890" for a number keeps
		// 6281234567890.
		if m, err := phonenumbers.Parse("+"+s, region); err == nil && phonenumbers.IsValidNumber(m) {
			n, valid = m, true
		}
	}
	if !valid {
		return "", &Error{Input: s, Err: ErrInvalid}
	}
	return phonenumbers.Format(n, phonenumbers.E164), nil
}

// recentSize bounds the remembered results: 4,096 short strings, under
// a megabyte.
const recentSize = 4096

// recent remembers valid numbers' E.164 by input and region; it forgets
// everything when full.
var recent = &memo{m: map[string]string{}}

type memo struct {
	mu sync.Mutex
	m  map[string]string
}

func (c *memo) get(k string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	v, ok := c.m[k]
	return v, ok
}

func (c *memo) put(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.m) >= recentSize {
		clear(c.m)
	}
	c.m[k] = v
}

// Display formats an E.164 number for people: "+62 812-3456-7890".
func Display(e164 string) string {
	n, err := phonenumbers.Parse(e164, DefaultRegion)
	if err != nil {
		return e164
	}
	return phonenumbers.Format(n, phonenumbers.INTERNATIONAL)
}
