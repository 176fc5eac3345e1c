package cli

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"lodesk/app/event"
	"lodesk/app/report"
)

// runReport prints a SITREP, an LO daily report, hand-over sheets or
// the end-of-event report.
func runReport(e *Env) error {
	if err := e.Args.Want("FILE", "KIND"); err != nil {
		return err
	}
	kind := strings.ToLower(e.Args.Pos[1])
	if !slices.Contains(report.Kinds, kind) {
		return usagef("KIND %q: want one of %s", kind, strings.Join(report.Kinds, ", "))
	}
	out := e.Args.Flag("out")
	if out == "" {
		return usagef("--out is required")
	}
	switch l := strings.ToLower(e.Args.Flag("lang")); l {
	case "", "id", "en":
	default:
		return usagef("--lang %q: want id or en", l)
	}
	if d := e.Args.Flag("date"); d != "" {
		if _, err := time.Parse(time.DateOnly, d); err != nil {
			return usagef("--date %q: want YYYY-MM-DD", d)
		}
	}
	s, err := event.Open(e.Ctx, e.Args.Pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	r, err := report.WriteFile(e.Ctx, s, out, report.Options{Kind: kind, Date: e.Args.Flag("date"), LO: e.Args.Flag("lo"), Lang: e.Args.Flag("lang")})
	if err != nil {
		if errors.Is(err, report.ErrKind) {
			return usagef("%v", err)
		}
		return fmt.Errorf("%s: %w", s.Path(), err)
	}
	fmt.Fprintf(e.Stdout, "%s (%d pages)\n", r.Path, r.Pages)
	return nil
}
