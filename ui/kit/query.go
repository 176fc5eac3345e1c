package kit

import (
	"strings"

	"lodesk/data"
)

// Query is a search as the user typed it, folded into words (case,
// accents and strokes removed, as data.Fold does).
type Query []string

// NewQuery folds what the user typed.
func NewQuery(typed string) Query { return strings.Fields(data.Fold(typed)) }

// Matches says whether folded text holds every word of the query; an
// empty query matches everything.
func (q Query) Matches(folded string) bool {
	for _, w := range q {
		if !strings.Contains(folded, w) {
			return false
		}
	}
	return true
}
