package cli

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"lodesk/app/event"
	"lodesk/app/imex"
	"lodesk/app/seating"
	"lodesk/data"
)

// runImport is "import FILE KIND SOURCE [--dry-run] [--passphrase-file F]":
// every problem goes to
// stderr with file, row and column; a file with problems changes nothing.
func runImport(e *Env) error {
	if err := e.Args.Want("FILE", "KIND", "SOURCE"); err != nil {
		return err
	}
	path, kind, src := e.Args.Pos[0], e.Args.Pos[1], e.Args.Pos[2]
	if !isImportKind(kind) {
		return usagef("import KIND: want one of %v", imex.ImportKinds())
	}
	dry := e.Args.Bool("dry-run")
	t, err := imex.ReadFile(src)
	if err != nil {
		return err
	}
	var s *data.Store
	if dry {
		s, err = data.Open(e.Ctx, path, data.Options{ReadOnly: true})
	} else {
		s, err = event.Open(e.Ctx, path)
	}
	if err != nil {
		return err
	}
	defer s.Close()
	if err := unlock(e, s); err != nil {
		return err
	}
	res, err := imex.Import(e.Ctx, s, kind, t, dry)
	var inv *imex.InvalidError
	switch {
	case errors.As(err, &inv):
		printProblems(e.Stderr, inv.Problems)
		return err
	case err != nil:
		return err
	}
	printProblems(e.Stderr, res.Plan.AllProblems()) // warnings
	verb := "imported"
	if dry {
		verb = "would import (dry run, nothing written)"
	}
	fmt.Fprintf(e.Stdout, "%s: %s %d %s: %d new, %d updated, %d unchanged\n", t.File, verb,
		res.Inserted+res.Updated+res.Unchanged, kind, res.Inserted, res.Updated, res.Unchanged)
	printSeating(e.Stdout, res.Seating, dry)
	return nil
}

// printSeating says who moved (or, in a dry run, would move) in which
// seat map or photo line-up. A new seat plan, where everyone is placed
// for the first time, is one line: listing its hundreds of places would
// bury the moves in the other items.
func printSeating(w io.Writer, items []seating.ItemMoves, dry bool) {
	verb, made := "seating regenerated: %s: %d moved\n", "seating made: %s: %d placed\n"
	if dry {
		verb, made = "seating would change: %s: %d would move\n", "seating would be made: %s: %d would be placed\n"
	}
	for _, it := range items {
		if it.New {
			fmt.Fprintf(w, made, it.Title, len(it.Moves))
			continue
		}
		fmt.Fprintf(w, verb, it.Title, len(it.Moves))
		for _, m := range it.Moves {
			from, to := "-", "-"
			if m.From != nil {
				from = m.From.String()
			}
			if m.To != nil {
				to = m.To.String()
			}
			fmt.Fprintf(w, "  %s: %s -> %s\n", m.Name, from, to)
		}
	}
}

func isImportKind(kind string) bool {
	for _, k := range imex.ImportKinds() {
		if k == kind {
			return true
		}
	}
	return false
}

// printProblems lists at most imex.MaxListed problems and counts the rest.
func printProblems(w io.Writer, ps []imex.Problem) {
	shown, more := imex.Listed(ps, imex.MaxListed)
	for _, p := range shown {
		fmt.Fprintln(w, p.Error())
	}
	if more > 0 {
		fmt.Fprintf(w, "... and %d more\n", more)
	}
}

// runExport is "export FILE KIND TARGET [--passphrase-file F]" (.csv or
// .xlsx).
func runExport(e *Env) error {
	if err := e.Args.Want("FILE", "KIND", "TARGET"); err != nil {
		return err
	}
	path, kind, target := e.Args.Pos[0], e.Args.Pos[1], e.Args.Pos[2]
	if _, err := imex.Columns(kind); err != nil {
		return usagef("export KIND: want one of %v", imex.ExportKinds())
	}
	// Import reads .txt as CSV and .xlsm as XLSX; export writes only what
	// the name says (an .xlsm without macros is refused by Excel).
	if ext := strings.ToLower(filepath.Ext(target)); ext != ".csv" && ext != ".xlsx" {
		return usagef("export TARGET: %s: not a .csv or .xlsx file name", filepath.Base(target))
	}
	s, err := data.Open(e.Ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	if err := unlock(e, s); err != nil {
		return err
	}
	n, err := imex.Export(e.Ctx, s, kind, target)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.Stdout, "wrote %d %s to %s\n", n, kind, target)
	return nil
}
