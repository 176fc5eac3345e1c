package pdf

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"lodesk/app/pdf/pdftest"
)

// Extract runs pdftotext on a PDF and returns its text with the bidi
// embedding marks pdftotext adds around right-to-left runs removed. It
// skips the test when poppler-utils is not installed.
func extract(t *testing.T, pdf []byte) string {
	t.Helper()
	bin := pdftest.Tool(t, "pdftotext")
	p := filepath.Join(t.TempDir(), "x.pdf")
	if err := os.WriteFile(p, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-enc", "UTF-8", p, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	return strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E || r == 0x200E || r == 0x200F {
			return -1
		}
		return r
	}, string(out))
}

var samples = []string{
	"Nguyễn Thị Minh Khai", "Юлия Попова", "Χρήστος Παπαγεωργίου",
	"أحمد القحطاني", "سعید هاشمی", "نورة بناني", "هدى المنصوري", "לא", "נועם פרץ",
	"胡伟", "蔡國華", "佐藤 由美", "박민준", "ชัยวัฒน์ ชัยพร", "กิตติศักดิ์ แก้วกล้า",
	"مصطفى لاري", "السلام",
}

func TestScriptsExtract(t *testing.T) {
	d := New("t", "t", time.Unix(0, 0))
	d.AddPage()
	for _, s := range samples {
		d.Para(Margin, 150, s, Regular, 12)
		d.Para(Margin, 150, "Name: "+s+" (HOD)", Bold, 10)
	}
	var buf bytes.Buffer
	if err := d.Output(&buf); err != nil {
		t.Fatal(err)
	}
	text := extract(t, buf.Bytes())
	lines := map[string]bool{}
	for _, l := range strings.Split(text, "\n") {
		lines[strings.TrimSpace(l)] = true
	}
	for _, s := range samples {
		if !lines[s] {
			t.Errorf("%q does not extract as a line; text:\n%s", s, text)
		}
	}
}

func TestVisualRuns(t *testing.T) {
	for in, want := range map[string]string{
		"abc":           "abc",
		"Name: אבג end": "Name: |גבא| end",
		"אב 12 גד":      "דג |12| בא",
	} {
		var parts []string
		for _, r := range VisualRuns([]rune(in)) {
			s := r.Text
			if r.RTL {
				rs := []rune(string(s))
				for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
					rs[i], rs[j] = rs[j], rs[i]
				}
				s = rs
			}
			parts = append(parts, string(s))
		}
		if got := strings.Join(parts, "|"); got != want {
			t.Errorf("%q: got %q, want %q", in, got, want)
		}
	}
}

func TestShapeArabic(t *testing.T) {
	for in, want := range map[string][]arabicVariant{
		"محمد":  {arInit, arMedi, arMedi, arFina},
		"لا":    {arLigIsol, arLigIsol},
		"سلام":  {arInit, arLigFina, arLigFina, arBase},
		"ژاله":  {arBase, arBase, arInit, arFina},
		"داود":  {arBase, arBase, arBase, arBase},
		"یزدان": {arInit, arFina, arBase, arBase, arBase},
	} {
		got, _ := shapeArabic([]rune(in))
		if !slices.Equal(got, want) {
			t.Errorf("%s: forms %v, want %v", in, got, want)
		}
	}
}
