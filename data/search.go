package data

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// strokes maps letters that carry a stroke or are ligatures, which Unicode
// does not decompose, to their base letters (Đặng -> dang, Łódź -> lodz).
var strokes = strings.NewReplacer("đ", "d", "Đ", "d", "ł", "l", "Ł", "l", "ø", "o", "Ø", "o",
	"ħ", "h", "Ħ", "h", "ı", "i", "ŧ", "t", "Ŧ", "t", "æ", "ae", "Æ", "ae", "œ", "oe", "Œ", "oe", "ƀ", "b", "ɨ", "i")

// Fold makes text comparable for search in any script: compatibility
// decomposition, combining marks removed (Nguyễn -> nguyen, Arabic
// harakat dropped), stroked letters to their base, case folded. CJK, Thai
// and other scripts pass through.
func Fold(s string) string {
	if isASCII(s) {
		return strings.Join(strings.Fields(strings.ToLower(s)), " ")
	}
	f := folders.Get().(*folder)
	defer folders.Put(f)
	out, _, err := transform.String(f.marks, strokes.Replace(s))
	if err != nil {
		out = s
	}
	out = f.cases.String(out)
	return strings.Join(strings.Fields(out), " ")
}

// folder holds Fold's transformers, which keep buffers between uses: made
// once per goroutine that needs one rather than once per string (an
// import folds each row's names).
type folder struct {
	marks transform.Transformer
	cases cases.Caser
}

var folders = sync.Pool{New: func() any {
	return &folder{
		marks: transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC),
		cases: cases.Fold(),
	}
}}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// searchClause returns a WHERE fragment matching every word of q in the
// search column, with its arguments; empty if q has no words.
func searchClause(q string) (string, []any) {
	words := strings.Fields(Fold(q))
	if len(words) == 0 {
		return "", nil
	}
	parts := make([]string, len(words))
	args := make([]any, len(words))
	for i, w := range words {
		parts[i] = `search LIKE ? ESCAPE '\'`
		args[i] = "%" + likeEscape(w) + "%"
	}
	return strings.Join(parts, " AND "), args
}

func likeEscape(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}
