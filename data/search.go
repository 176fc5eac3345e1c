package data

import (
	"strings"
	"unicode"

	"golang.org/x/text/cases"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

var folder = cases.Fold()

// Fold makes text comparable for search in any script: compatibility
// decomposition, combining marks removed (Nguyễn -> nguyen, Arabic
// harakat dropped), case folded. CJK, Thai and other scripts pass through.
func Fold(s string) string {
	t := transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	out = folder.String(out)
	return strings.Join(strings.Fields(out), " ")
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
