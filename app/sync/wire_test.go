package sync

import (
	"encoding/json"
	"reflect"
	"testing"
)

var wireLines = []string{
	`{"r":"0192a","h":1234567,"a":"Ani","o":"insert","t":"person","i":"0192b","v":{"full_name":"A \"B\"","x":[1,2]}}`,
	`{"r":"0192a","h":1234567,"o":"update","t":"person","i":"0192b","f":"phone","v":"+62 811"}`,
	`{"r":"0192a","h":1234567,"o":"update","t":"person","i":"0192b","f":"medical","v":"x","s":[{"h":1,"r":"z"}]}`,
	`{"r":"0192a","h":1234567,"o":"delete","t":"person","i":"0192b"}`,
	`{"R":"upper","H":5,"o":"insert"}`, `{"r":"\u0041","h":1.5}`, `{"r":null,"v":null}`, `{"h":"7"}`,
	`{"r":"é","i":"\ud800","unknown":1}`, `{"r":"a","r":"b"}`, `[1]`, `{"r":`, `{}`, `"x"`,
}

func sameWire(t *testing.T, line []byte) {
	var want wire
	werr := json.Unmarshal(line, &want)
	var got wire
	var d wireDecoder
	err := d.decode(line, &got)
	if (err != nil) != (werr != nil) || (err != nil && err.Error() != werr.Error()) {
		t.Fatalf("%q: error %v, encoding/json %v", line, err, werr)
	}
	if err == nil && !reflect.DeepEqual(got, want) {
		t.Fatalf("%q: %+v, encoding/json %+v", line, got, want)
	}
}

func TestWireDecoderAgreesWithEncodingJSON(t *testing.T) {
	for _, l := range wireLines {
		sameWire(t, []byte(l))
	}
}

func FuzzWireDecoder(f *testing.F) {
	for _, l := range wireLines {
		f.Add([]byte(l))
	}
	f.Fuzz(func(t *testing.T, line []byte) { sameWire(t, line) })
}
