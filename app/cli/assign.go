package cli

import (
	"fmt"

	"lodesk/app/assign"
	"lodesk/app/event"
	"lodesk/data"
)

// runAssign lists assignments and warnings; --auto fills the open lead
// slots (--dry-run only shows what it would do; --replace re-plans the
// leads set by hand too).
func runAssign(e *Env) error {
	if err := e.Args.Want("FILE"); err != nil {
		return err
	}
	path := e.Args.Pos[0]
	auto, dry, replace := e.Args.Bool("auto"), e.Args.Bool("dry-run"), e.Args.Bool("replace")
	var s *data.Store
	var err error
	if auto && !dry {
		s, err = event.Open(e.Ctx, path)
	} else {
		s, err = data.Open(e.Ctx, path, data.Options{ReadOnly: true})
	}
	if err != nil {
		return err
	}
	defer s.Close()
	if auto || dry {
		plan, err := assign.MakePlan(e.Ctx, s, assign.Options{Replace: replace})
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		verb := "would assign"
		if !dry {
			if err := assign.Apply(e.Ctx, s, plan); err != nil {
				return fmt.Errorf("%s: %w", path, err)
			}
			verb = "assigned"
		}
		for _, a := range plan.Replaced {
			fmt.Fprintf(e.Stdout, "replace  lead %s\n", a.ID)
		}
		for _, p := range plan.Proposals {
			fmt.Fprintf(e.Stdout, "%s  %-6s %-28s <- %-26s %s  (%s)\n", verb, p.Delegation.Code, trunc(p.Delegation.Name, 28),
				trunc(p.LO.FullName, 26), p.Period, p.Reason)
		}
		for _, d := range plan.Unmatched {
			fmt.Fprintf(e.Stdout, "no LO available for %s %s\n", d.Code, d.Name)
		}
		fmt.Fprintf(e.Stdout, "%s %d lead(s), %d sharing a language; %d without an LO\n", verb, len(plan.Proposals), plan.Covered, len(plan.Unmatched))
		if dry {
			return nil
		}
	}
	b, err := assign.LoadBoard(e.Ctx, s)
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	fmt.Fprintf(e.Stdout, "assignments (%d):\n", len(b.Rows))
	for _, r := range b.Rows {
		fmt.Fprintf(e.Stdout, "  %-34s %-9s %-26s %s\n", trunc(r.Delegation, 34), r.Assignment.Role, trunc(r.LO, 26), r.Period)
	}
	fmt.Fprintf(e.Stdout, "warnings (%d):\n", len(b.Conflicts))
	for _, c := range b.Conflicts {
		fmt.Fprintf(e.Stdout, "  %s\n", c)
	}
	return nil
}

// trunc shortens s to n characters for a column.
func trunc(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
