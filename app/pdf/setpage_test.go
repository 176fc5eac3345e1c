package pdf

import (
	"bytes"
	"compress/zlib"
	"io"
	"regexp"
	"testing"
	"time"
	"unicode/utf16"
)

// TestSetPageSelectsTheFontAgain: text drawn on an earlier page after
// SetPage must select its font in that page's content, where the last
// font chosen is the page's own (bold here), not the last page's.
func TestSetPageSelectsTheFontAgain(t *testing.T) {
	d := New("t", "a", time.Date(2026, 12, 2, 0, 0, 0, 0, time.UTC))
	d.AddPage()
	d.Text(Margin, 20, "Title", Bold, 12)
	d.AddPage()
	d.Text(Margin, 20, "second page", Regular, 10)
	d.SetPage(1)
	d.Text(Margin, 40, "back", Regular, 10)
	var out bytes.Buffer
	if err := d.Output(&out); err != nil {
		t.Fatal(err)
	}
	back := textLiteral("back")
	var page1 []byte
	for _, s := range flateStreams(t, out.Bytes()) {
		if bytes.Contains(s, back) {
			page1 = s
		}
	}
	if page1 == nil {
		t.Fatal("no page content draws \"back\"")
	}
	before := page1[:bytes.Index(page1, back)]
	tf := regexp.MustCompile(`/(F\w+) [0-9.]+ Tf`).FindAllSubmatch(before, -1)
	if len(tf) == 0 {
		t.Fatalf("page 1 selects no font before \"back\":\n%s", before)
	}
	if last := string(tf[len(tf)-1][1]); !regexp.MustCompile(`^Fdv\d+$`).MatchString(last) {
		t.Errorf("\"back\" is drawn in %s, want the regular face (Fdv…)", last)
	}
}

// textLiteral is s as the text operator writes it: UTF-16BE, unescaped
// (s holds no byte that needs escaping).
func textLiteral(s string) []byte {
	var b []byte
	for _, c := range utf16.Encode([]rune(s)) {
		b = append(b, byte(c>>8), byte(c))
	}
	return b
}

// flateStreams inflates every stream of a PDF that inflates.
func flateStreams(t *testing.T, pdf []byte) [][]byte {
	t.Helper()
	var all [][]byte
	for rest := pdf; ; {
		i := bytes.Index(rest, []byte("stream\n"))
		if i < 0 {
			return all
		}
		rest = rest[i+len("stream\n"):]
		j := bytes.Index(rest, []byte("endstream"))
		if j < 0 {
			return all
		}
		if r, err := zlib.NewReader(bytes.NewReader(rest[:j])); err == nil {
			if b, err := io.ReadAll(r); err == nil {
				all = append(all, b)
			}
		}
		rest = rest[j+len("endstream"):] // not the "stream\n" in it
	}
}
