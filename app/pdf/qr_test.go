package pdf

import (
	"bytes"
	"testing"
	"time"
)

// TestQRKeptOps: a code drawn again from the operators kept is the page
// the first drawing made, byte for byte (and the fill after it is still
// black).
func TestQRKeptOps(t *testing.T) {
	qrOps = boundedCache[qrKey, []byte]{max: 16}
	page := func() []byte {
		d := New("t", "a", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
		d.AddPage()
		d.Text(Margin, 20, "card", Regular, 10)
		if err := d.QR(120, 30, 40, "BEGIN:VCARD\nFN:Siti\nTEL:+62 811 1234 567\nEND:VCARD"); err != nil {
			t.Fatal(err)
		}
		d.Rect(Margin, 100, 10, 10, "F")
		var out bytes.Buffer
		if err := d.Output(&out); err != nil {
			t.Fatal(err)
		}
		for _, s := range flateStreams(t, out.Bytes()) {
			if bytes.Contains(s, []byte(" re f")) {
				return s
			}
		}
		t.Fatal("no page draws the code")
		return nil
	}
	first := page()
	if len(qrOps.m) != 1 {
		t.Fatalf("%d codes' operators kept, want 1", len(qrOps.m))
	}
	if n := bytes.Count(first, []byte(" re f")); n < 100 {
		t.Fatalf("the code is %d rectangles", n)
	}
	if again := page(); !bytes.Equal(again, first) {
		t.Errorf("drawn from the kept operators:\n%s\nfirst drawn:\n%s", again, first)
	}
}
