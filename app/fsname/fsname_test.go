package fsname

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestSafe(t *testing.T) {
	long := strings.Repeat("Delegasi ", 40) + ".pdf"
	tests := []struct {
		name, in, want string
	}{
		{"plain", "Indonesia.pdf", "Indonesia.pdf"},
		{"spaces kept", "Republic of Korea.pdf", "Republic of Korea.pdf"},
		{"empty", "", "_"},
		{"only dots", "...", "_"},
		{"only spaces", "   ", "_"},
		{"dot dot", "..", "_"},
		{"forbidden chars", `a<b>c:d"e/f\g|h?i*j`, "a_b_c_d_e_f_g_h_i_j"},
		{"path escape", `..\..\Windows\win.ini`, ".._.._Windows_win.ini"},
		{"slash path", "../../etc/passwd", ".._.._etc_passwd"},
		{"controls", "a\x00b\x01c\x1fd\x7fe\u0085f", "a_b_c_d_e_f"},
		{"newline and tab become spaces", "Line1\nLine2\tEnd", "Line1 Line2 End"},
		{"trailing dots", "Team.", "Team"},
		{"trailing dots and spaces", "Team . . . ", "Team"},
		{"leading spaces", "   Team", "Team"},
		{"leading dot kept", ".hidden", ".hidden"},
		{"reserved CON", "CON", "CON_"},
		{"reserved lower case", "con", "con_"},
		{"reserved mixed case", "nUl", "nUl_"},
		{"reserved with extension", "PRN.pdf", "PRN_.pdf"},
		{"reserved with two extensions", "aux.tar.gz", "aux_.tar.gz"},
		{"reserved trailing space before extension", "CON .pdf", "CON_.pdf"},
		{"reserved trailing dot", "NUL.", "NUL_"},
		{"reserved COM1", "COM1", "COM1_"},
		{"reserved COM9 with extension", "com9.csv", "com9_.csv"},
		{"reserved COM0", "COM0", "COM0_"},
		{"reserved LPT1", "LPT1", "LPT1_"},
		{"reserved lpt9", "lpt9.xlsx", "lpt9_.xlsx"},
		{"reserved superscript", "COM¹.pdf", "COM¹_.pdf"},
		{"reserved CONIN$", "conin$", "conin$_"},
		{"not reserved COM10", "COM10", "COM10"},
		{"not reserved CONSUL", "Consul.pdf", "Consul.pdf"},
		{"not reserved LPT", "LPT", "LPT"},
		{"not reserved inner", "Team CON.pdf", "Team CON.pdf"},
		{"colon makes it safe", "CON:", "CON_"},
		{"arabic", "المملكة العربية السعودية.pdf", "المملكة العربية السعودية.pdf"},
		{"arabic with harakat", "مُحَمَّد", "مُحَمَّد"},
		{"persian zwnj kept", "می\u200cخواهم", "می\u200cخواهم"},
		{"chinese", "中华人民共和国代表团.pdf", "中华人民共和国代表团.pdf"},
		{"japanese", "日本国.pdf", "日本国.pdf"},
		{"korean", "대한민국 대표단.pdf", "대한민국 대표단.pdf"},
		{"thai", "ราชอาณาจักรไทย", "ราชอาณาจักรไทย"},
		{"cyrillic", "Российская Федерация", "Российская Федерация"},
		{"cjk question mark", "中国?.pdf", "中国_.pdf"},
		{"fullwidth colon allowed", "会议：北京", "会议：北京"},
		{"nfc", "Co\u0302te d\u2019Ivoire", "Côte d\u2019Ivoire"},
		{"bidi override dropped", "invoice\u202Efdp.exe", "invoicefdp.exe"},
		{"bidi isolate and marks dropped", "\u2067عربي\u2069\u200f", "عربي"},
		{"bom dropped", "\ufeffTeam", "Team"},
		{"invalid utf-8", "a\xffb", "a_b"},
		{"emoji kept", "Tim 🇮🇩", "Tim 🇮🇩"},
		{"long keeps extension", long, strings.TrimRight(long[:MaxUTF16-4], " .") + ".pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Safe(tt.in)
			if got != tt.want {
				t.Errorf("Safe(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !Valid(got) {
				t.Errorf("Safe(%q) = %q, which is not Valid", tt.in, got)
			}
		})
	}
}

func TestSafeLength(t *testing.T) {
	tests := []struct {
		name, unit string
		ext        string
	}{
		{"latin", "a", ".pdf"},
		{"arabic: 2 bytes, 1 unit", "ع", ".pdf"},
		{"cjk: 3 bytes, 1 unit", "中", ".pdf"},
		{"emoji: 4 bytes, 2 units", "😀", ".pdf"},
		{"combining: base and mark", "e\u0301\u0327", ".xlsx"},
		{"no extension", "中", ""},
		{"extension too long to keep", "a", "." + strings.Repeat("x", 300)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := strings.Repeat(tt.unit, 400) + tt.ext
			got := Safe(in)
			if !Valid(got) {
				t.Fatalf("Safe(...) = %q (%d bytes, %d units): not Valid", got, len(got), utf16Len(got))
			}
			if len(got) > MaxBytes || utf16Len(got) > MaxUTF16 {
				t.Errorf("too long: %d bytes, %d UTF-16 units", len(got), utf16Len(got))
			}
			if len(tt.ext) <= maxExt && !strings.HasSuffix(got, tt.ext) {
				t.Errorf("Safe(...) = %q lost its extension %q", got, tt.ext)
			}
			if !strings.HasPrefix(norm.NFC.String(in), strings.TrimSuffix(got, tt.ext)) {
				t.Errorf("Safe(...) = %q is not a prefix of the input", got)
			}
			// nearly full: no more than one character was cut beyond the limit
			if utf16Len(got)+4 < MaxUTF16 && len(got)+8 < MaxBytes {
				t.Errorf("cut too much: %d bytes, %d units", len(got), utf16Len(got))
			}
		})
	}
}

func TestSafeIdempotent(t *testing.T) {
	for _, in := range []string{"CON", "a.", "中国?.pdf", "  x  ", strings.Repeat("ب", 500), "COM1 .txt"} {
		once := Safe(in)
		if twice := Safe(once); twice != once {
			t.Errorf("Safe(Safe(%q)) = %q, want %q", in, twice, once)
		}
	}
}

func TestValid(t *testing.T) {
	for _, name := range []string{"a", "Team.pdf", ".hidden", "中国.pdf", "عربي", "COM10"} {
		if !Valid(name) {
			t.Errorf("Valid(%q) = false, want true", name)
		}
	}
	for _, name := range []string{
		"", ".", "..", "a.", "a ", "CON", "con.txt", "Lpt1 .x", "COM²", "a/b", "a\\b", "a:b",
		"a\x00", "a\x1f", "\xff", "e\u0301", "a\u202eb", strings.Repeat("a", MaxBytes+1),
		strings.Repeat("中", MaxUTF16+1),
	} {
		if Valid(name) {
			t.Errorf("Valid(%q) = true, want false", name)
		}
	}
}

func FuzzSafe(f *testing.F) {
	for _, seed := range []string{
		"", "CON", "con.pdf", "COM¹", "a.", " . ", "中国?.pdf", "المملكة", "e\u0301",
		"a\x00b", "\xff\xfe", "\u202e", strings.Repeat("中", 200) + ".pdf", "LPT9 .tar.gz",
		strings.Repeat("a\u0301", 130), strings.Repeat(". ", 200) + "x",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got := Safe(in)
		if got == "" {
			t.Fatalf("Safe(%q) is empty", in)
		}
		if !utf8.ValidString(got) {
			t.Fatalf("Safe(%q) = %q: invalid UTF-8", in, got)
		}
		if !Valid(got) {
			t.Fatalf("Safe(%q) = %q (%d bytes, %d units): not Valid", in, got, len(got), utf16Len(got))
		}
		if again := Safe(got); again != got {
			t.Fatalf("Safe(Safe(%q)) = %q, want %q", in, again, got)
		}
	})
}
