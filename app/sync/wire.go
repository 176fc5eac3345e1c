package sync

import (
	"encoding/json"

	"lodesk/data/jsonflat"
)

// wireDecoder reads change lines. The common line (string fields without
// escapes, a plain integer stamp, no seen stamps) is split in place with
// jsonflat, and the strings every change repeats (origin, author,
// operation, table, field) are shared; any other line goes through
// encoding/json, so the result is the same either way.
type wireDecoder struct {
	names map[string]string
}

// maxNames bounds the shared strings (a hostile pack may make every one
// different).
const maxNames = 4096

func (d *wireDecoder) name(b []byte) string {
	if s, ok := d.names[string(b)]; ok {
		return s
	}
	s := string(b)
	if d.names == nil {
		d.names = map[string]string{}
	}
	if len(d.names) < maxNames {
		d.names[s] = s
	}
	return s
}

// decode reads line into w. w.V may share line's memory. When it returns
// nil the whole line, w.V included, is valid JSON (json.Valid, or
// json.Unmarshal, which checks it first).
func (d *wireDecoder) decode(line []byte, w *wire) error {
	if !json.Valid(line) {
		return json.Unmarshal(line, w) // encoding/json's error
	}
	slow := false
	err := jsonflat.Members(line, func(k, v []byte) error {
		if slow || len(k) != 1 || len(v) == 0 || v[0] == 'n' {
			slow = true // null, or a key only encoding/json's folding matches
			return nil
		}
		var dst *string
		switch k[0] {
		case 'r':
			dst = &w.R
		case 'a':
			dst = &w.A
		case 'o':
			dst = &w.O
		case 't':
			dst = &w.T
		case 'f':
			dst = &w.F
		case 'i':
			s, ok := jsonflat.Plain(v)
			if !ok {
				slow = true
				return nil
			}
			w.I = string(s)
			return nil
		case 'h':
			n, err := jsonflat.Int(v)
			if err != nil {
				slow = true
			}
			w.H = n
			return nil
		case 'v':
			w.V = json.RawMessage(v)
			return nil
		default: // s (seen stamps) and anything unknown
			slow = true
			return nil
		}
		s, ok := jsonflat.Plain(v)
		if !ok {
			slow = true
			return nil
		}
		*dst = d.name(s)
		return nil
	})
	if err != nil || slow {
		*w = wire{}
		return json.Unmarshal(line, w)
	}
	return nil
}
