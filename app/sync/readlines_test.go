package sync

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"lodesk/data"
)

// TestLineDecoderOrder checks that decoding a pack's lines on several
// cores gives what decoding them one after the other gives: the changes
// in the order of their lines, the fault of the first faulty line, and a
// fault the reader found after the lines only when they are all sound.
func TestLineDecoderOrder(t *testing.T) {
	const id = "0190b5a0-0000-7000-8000-000000000000"
	good := func(i int) string {
		return fmt.Sprintf(`{"r":"A","h":%d,"o":"delete","t":"person","i":%q}`, i+1, id)
	}
	lines := func(n int, bad map[int]string) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = good(i)
			if b, ok := bad[i]; ok {
				out[i] = b
			}
		}
		return out
	}
	readFault := errors.New("read fault")
	tests := []struct {
		name    string
		lines   []string
		readErr error
		want    string // in the error; "" for none
	}{
		{"all sound", lines(3*lineBatch+7, nil), nil, ""},
		{"first fault wins", lines(3*lineBatch, map[int]string{
			lineBatch + 76:   `{"r":"A","h":9,"o":"delete","t":"nosuch","i":"` + id + `"}`,
			2*lineBatch + 76: `{"r":"A",`,
		}), nil, "unknown table"},
		{"fault in the last batch", lines(2*lineBatch+5, map[int]string{2*lineBatch + 4: `{"r":"B","h":1,"o":"delete","t":"person","i":"` + id + `"}`}), nil, "header does not declare"},
		{"a line's fault before the reader's", lines(lineBatch+1, map[int]string{lineBatch: `nope`}), readFault, "invalid character"},
		{"the reader's fault", lines(lineBatch+1, nil), readFault, "read fault"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := newLineDecoder(2, Header{Replica: "A"}, map[string]bool{"A": true})
			for _, l := range tt.lines {
				d.add([]byte(l))
			}
			pk := &Pack{Stamps: data.StampSet{}}
			err := d.finish(pk, tt.readErr)
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("error %v, want one saying %q", err, tt.want)
			case tt.want != "":
				return
			}
			if len(pk.Changes) != len(tt.lines) || pk.Stamps.Len() != len(tt.lines) {
				t.Fatalf("%d changes, %d stamps; want %d", len(pk.Changes), pk.Stamps.Len(), len(tt.lines))
			}
			for i, c := range pk.Changes {
				if c.HLC != data.HLC(i+1) {
					t.Fatalf("change %d has stamp %d: out of order", i, c.HLC)
				}
			}
		})
	}
}
