// Package jsonflat splits a JSON object into its members without decoding
// it into a map, and decodes plain strings and integers without
// reflection: the sync reads 100,000s of change lines and insert objects
// at a time, where encoding/json's reflection and allocations were half of
// the merge (docs/performance.md, "The xlarge demo").
//
// It only splits what encoding/json has validated (json.Valid) and hands
// each member's value back as its raw bytes, as json.RawMessage would hold
// them; String and Int take a fast path for the common forms (a string
// without escapes, a plain integer) and leave everything else to
// encoding/json, so every result, and every error, is encoding/json's.
package jsonflat

import (
	"encoding/json"
	"errors"
	"unicode/utf8"
)

// ErrNotObject is Members' error for valid JSON that is not an object.
var ErrNotObject = errors.New("not a JSON object")

// Members calls fn with each member of the JSON object raw, in order: its
// key (unescaped) and its value's raw bytes, a sub-slice of raw. raw must be
// valid JSON (json.Valid): Members does not check it again, but it never
// reads out of raw's bounds.
func Members(raw []byte, fn func(key, val []byte) error) error {
	i := skipWS(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return ErrNotObject
	}
	i = skipWS(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return nil
	}
	for i < len(raw) && raw[i] == '"' {
		end := stringEnd(raw, i)
		key := raw[i+1 : max(i+1, end-1)]
		if _, plain := Plain(raw[i:end]); !plain {
			var s string
			if err := json.Unmarshal(raw[i:end], &s); err != nil {
				return err
			}
			key = []byte(s)
		}
		i = skipWS(raw, end)
		if i >= len(raw) || raw[i] != ':' {
			return ErrNotObject
		}
		i = skipWS(raw, i+1)
		vend := valueEnd(raw, i)
		if err := fn(key, raw[i:vend]); err != nil {
			return err
		}
		i = skipWS(raw, vend)
		if i >= len(raw) || raw[i] != ',' {
			break
		}
		i = skipWS(raw, i+1)
	}
	if i >= len(raw) || raw[i] != '}' {
		return ErrNotObject
	}
	return nil
}

// Plain returns what is between the quotes of the JSON string val when
// that is its value as it stands: no escapes, no control characters, valid
// UTF-8. Otherwise it returns false (decode it with encoding/json).
func Plain(val []byte) ([]byte, bool) {
	if len(val) < 2 || val[0] != '"' || val[len(val)-1] != '"' {
		return nil, false
	}
	in := val[1 : len(val)-1]
	ascii := true
	for _, c := range in {
		switch {
		case c == '\\' || c == '"' || c < 0x20:
			return nil, false
		case c >= utf8.RuneSelf:
			ascii = false
		}
	}
	if !ascii && !utf8.Valid(in) {
		return nil, false // encoding/json replaces invalid bytes
	}
	return in, true
}

// String decodes the JSON value val into a string as encoding/json does.
func String(val []byte) (string, error) {
	if p, ok := Plain(val); ok {
		return string(p), nil
	}
	var s string
	err := json.Unmarshal(val, &s)
	return s, err
}

// Int decodes the JSON value val into an int64 as encoding/json does.
func Int(val []byte) (int64, error) {
	digits := val
	if len(digits) > 0 && digits[0] == '-' {
		digits = digits[1:]
	}
	if len(digits) > 0 && len(digits) <= 18 && (digits[0] != '0' || len(digits) == 1) {
		var n int64
		ok := true
		for _, c := range digits {
			if c < '0' || c > '9' {
				ok = false
				break
			}
			n = n*10 + int64(c-'0')
		}
		if ok {
			if val[0] == '-' {
				n = -n
			}
			return n, nil
		}
	}
	var n int64
	err := json.Unmarshal(val, &n)
	return n, err
}

func skipWS(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// stringEnd returns the index just after the string starting at b[i].
func stringEnd(b []byte, i int) int {
	for j := i + 1; j < len(b); j++ {
		switch b[j] {
		case '\\':
			j++
		case '"':
			return j + 1
		}
	}
	return len(b)
}

// valueEnd returns the index just after the value starting at b[i].
func valueEnd(b []byte, i int) int {
	if i >= len(b) {
		return i
	}
	switch b[i] {
	case '"':
		return stringEnd(b, i)
	case '{', '[':
		depth := 0
		for j := i; j < len(b); j++ {
			switch b[j] {
			case '"':
				j = stringEnd(b, j) - 1
			case '{', '[':
				depth++
			case '}', ']':
				if depth--; depth == 0 {
					return j + 1
				}
			}
		}
		return len(b)
	}
	j := i
	for j < len(b) {
		switch b[j] {
		case ',', '}', ']', ' ', '\t', '\n', '\r':
			return j
		}
		j++
	}
	return j
}
