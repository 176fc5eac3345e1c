package cli

import (
	"errors"
	"strings"
	"testing"

	"lodesk/app/imex"
)

// TestPrintProblemsIsBounded: a refused file's problems are listed up to
// imex.MaxListed, then counted.
func TestPrintProblemsIsBounded(t *testing.T) {
	for _, n := range []int{2, imex.MaxListed, imex.MaxListed + 3} {
		ps := make([]imex.Problem, n)
		for i := range ps {
			ps[i] = imex.Problem{File: "people.csv", Row: i + 2, Col: 2, Column: "nationality", Err: errors.New("not a country")}
		}
		var b strings.Builder
		printProblems(&b, ps)
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		want := min(n, imex.MaxListed)
		if n > imex.MaxListed {
			want++
			if last := lines[len(lines)-1]; last != "... and 3 more" {
				t.Errorf("%d problems end with %q", n, last)
			}
		}
		if len(lines) != want || lines[0] != "people.csv: row 2, column C (nationality): not a country" {
			t.Errorf("%d problems: %d lines, want %d; first %q", n, len(lines), want, lines[0])
		}
	}
}
