package pdf

import (
	"bytes"
	"math/rand/v2"
	"testing"
	"unicode/utf16"
)

// TestTextOpEscapes: the text operator writes each character as its
// UTF-16 code units, big-endian, with backslash, parentheses and CR
// escaped as gofpdf escapes them, ASCII (written the short way) too.
func TestTextOpEscapes(t *testing.T) {
	lines := []string{"", "Siti", `a\b(c)d`, "line\rbreak", "é中😀", "\x00\x7f ~"}
	rng := rand.New(rand.NewPCG(5, 6))
	for range 200 {
		rs := make([]rune, rng.IntN(30))
		for i := range rs {
			rs[i] = rune(rng.IntN(0x80))
			if rng.IntN(6) == 0 {
				rs[i] = rune(rng.IntN(0x30000))
			}
			if rs[i] >= 0xD800 && rs[i] < 0xE000 {
				rs[i] = 'x'
			}
		}
		lines = append(lines, string(rs))
	}
	for _, s := range lines {
		var want bytes.Buffer
		want.WriteString("BT 1.50 2.25 Td (")
		for _, c := range utf16.Encode([]rune(s)) {
			for _, x := range []byte{byte(c >> 8), byte(c)} {
				switch x {
				case '\\', '(', ')':
					want.WriteByte('\\')
					want.WriteByte(x)
				case '\r':
					want.WriteString(`\r`)
				default:
					want.WriteByte(x)
				}
			}
		}
		want.WriteString(") Tj ET")
		var got bytes.Buffer
		textOp(&got, 1.5, 2.25, s)
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%q: %q, want %q", s, got.Bytes(), want.Bytes())
		}
	}
}
