package imex

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// Problem is what is wrong with a file, a row or a cell. Row is the
// spreadsheet's row number (0: the whole file); Col the file's column index
// (-1: the whole row); Column the kind's column key. A Warning (a likely
// duplicate) does not stop an import.
type Problem struct {
	File    string
	Row     int
	Col     int
	Column  string
	Value   string
	Err     error
	Warning bool
}

// Error reads "people.csv: row 5, column C (full_name): name is empty".
func (p Problem) Error() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		b.WriteString(": ")
	}
	if p.Row > 0 {
		b.WriteString("row ")
		b.WriteString(strconv.Itoa(p.Row))
		if p.Col >= 0 || p.Column != "" {
			b.WriteString(", ")
		} else {
			b.WriteString(": ")
		}
	}
	switch {
	case p.Col >= 0 && p.Column != "":
		fmt.Fprintf(&b, "column %s (%s): ", ColumnName(p.Col), p.Column)
	case p.Col >= 0:
		fmt.Fprintf(&b, "column %s: ", ColumnName(p.Col))
	case p.Column != "":
		fmt.Fprintf(&b, "column %s: ", p.Column)
	}
	if p.Warning {
		b.WriteString("warning: ")
	}
	if p.Err != nil {
		b.WriteString(p.Err.Error())
	}
	return b.String()
}

func (p Problem) Unwrap() error { return p.Err }

// Errors about a row's values; the window translates them by errors.Is.
var (
	ErrUnknownDelegation = errors.New("no delegation with this code")
	ErrSharedCode        = errors.New("two delegations in the event file have this code: give one another code")
	ErrUnknownPerson     = errors.New("no such person in the delegation")
	ErrAmbiguousPerson   = errors.New("two people in the delegation have this name")
	ErrRepeated          = errors.New("the same record as an earlier row")
	ErrLikelyDuplicate   = errors.New("likely duplicate")
	ErrNobodyChosen      = errors.New("nobody is chosen yet: choose the people on the seat map")
)

// InvalidError is an import that was refused: every problem found, and
// nothing written.
type InvalidError struct {
	File     string
	Problems []Problem
}

func (e *InvalidError) Error() string {
	n := 0
	for _, p := range e.Problems {
		if !p.Warning {
			n++
		}
	}
	return fmt.Sprintf("%s: %d problem(s), nothing imported", e.File, n)
}

// ErrInvalid is what InvalidError wraps.
var ErrInvalid = errors.New("the file has problems")

func (e *InvalidError) Unwrap() error { return ErrInvalid }

// MaxListed is how many problems a list of them shows (the command line,
// the window's file problems); the rest are counted, "and N more", so that
// a file with thousands of bad rows is still read from its first problem.
const MaxListed = 100

// Listed is ps cut to at most limit problems, and how many it leaves off.
func Listed(ps []Problem, limit int) (shown []Problem, more int) {
	if len(ps) <= limit {
		return ps, 0
	}
	return ps[:limit], len(ps) - limit
}
