package jsonflat

import (
	"bytes"
	"encoding/json"
	"testing"
)

// same checks that Members, String and Int agree with encoding/json on raw.
func same(t *testing.T, raw []byte) {
	t.Helper()
	var want map[string]json.RawMessage
	werr := json.Unmarshal(raw, &want)
	if !json.Valid(raw) || string(bytes.TrimSpace(raw)) == "null" { // callers take null apart
		return
	}
	got := map[string]json.RawMessage{}
	err := Members(raw, func(k, v []byte) error {
		got[string(k)] = json.RawMessage(v)
		return nil
	})
	if (err != nil) != (werr != nil) {
		t.Fatalf("%q: Members error %v, encoding/json %v", raw, err, werr)
	}
	if err != nil {
		return
	}
	if len(got) != len(want) {
		t.Fatalf("%q: %d members, encoding/json %d", raw, len(got), len(want))
	}
	for k, w := range want {
		if !bytes.Equal(got[k], w) {
			t.Fatalf("%q: member %q is %q, encoding/json %q", raw, k, got[k], w)
		}
		var ws string
		werr := json.Unmarshal(w, &ws)
		s, err := String(w)
		if s != ws || (err != nil) != (werr != nil) {
			t.Fatalf("%q: String(%s) = %q, %v; encoding/json %q, %v", raw, w, s, err, ws, werr)
		}
		var wn int64
		werr = json.Unmarshal(w, &wn)
		n, err := Int(w)
		if n != wn || (err != nil) != (werr != nil) {
			t.Fatalf("%q: Int(%s) = %d, %v; encoding/json %d, %v", raw, w, n, err, wn, werr)
		}
	}
}

var cases = []string{
	`{}`, ` { } `, `[]`, `"x"`, `12`, `null`,
	`{"r":"0192","h":123456789,"o":"insert","t":"person","v":{"a":"b\"}","c":[1,{"d":[]}]}}`,
	`{"a":"é","b":"\u00e9","c":"tab\there","d":"\ud800","e":-0,"f":007,"g":1.5,"h":1e3,"i":-12,"j":true,"k":null}`,
	`{"\u0061":1,"a":2}`, `{"a":"x\\"}`, `{ "a" : [ "]" , "}" ] , "b" : { "{" : "\"" } }`,
	`{"n":123456789012345678,"m":9223372036854775807,"o":9223372036854775808,"p":-9223372036854775808}`,
	"{\"bad\":\"\xff\"}", `{"a":"x"} `, `{"a":1,}`, `{"a" 1}`,
}

func TestAgreesWithEncodingJSON(t *testing.T) {
	for _, c := range cases {
		same(t, []byte(c))
	}
}

func FuzzAgreesWithEncodingJSON(f *testing.F) {
	for _, c := range cases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, raw []byte) { same(t, raw) })
}
