package cli

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"lodesk/app/event"
	"lodesk/app/fsname"
	"lodesk/app/private"
	"lodesk/app/seatprint"
)

// runSeating prints a session's tent cards (--cards) or its wall plan and
// photo line-up (--plan) to --out: a .pdf file, or a folder that gets
// "Seating - TITLE - cards.pdf" or "... - plan.pdf".
func runSeating(e *Env) error {
	if err := e.Args.Want("FILE", "SESSION"); err != nil {
		return err
	}
	cards, plan := e.Args.Bool("cards"), e.Args.Bool("plan")
	if cards == plan {
		return usagef("give one of --cards, --plan")
	}
	out := e.Args.Flag("out")
	if out == "" {
		return usagef("--out is required")
	}
	lang, err := printLang(e)
	if err != nil {
		return err
	}
	s, err := event.Open(e.Ctx, e.Args.Pos[0])
	if err != nil {
		return err
	}
	defer s.Close()
	item, err := seatprint.FindSession(e.Ctx, s, e.Args.Pos[1])
	if err != nil {
		return fmt.Errorf("%s: %w", s.Path(), err)
	}
	var buf bytes.Buffer
	what, print := "plan", seatprint.Plan
	if cards {
		what, print = "cards", seatprint.Cards
	}
	r, err := print(e.Ctx, s, item.ID, &buf, seatprint.Options{Lang: lang})
	if err != nil {
		return fmt.Errorf("%s: %w", s.Path(), err)
	}
	path := out
	if !strings.EqualFold(filepath.Ext(out), ".pdf") {
		path = filepath.Join(out, fsname.Safe("Seating - "+item.Title+" - "+what+".pdf"))
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	if err := private.WriteFile(path, buf.Bytes()); err != nil { // names and seats: the user's only
		return err
	}
	fmt.Fprintf(e.Stdout, "%s (%d pages)\n", path, r.Pages)
	return nil
}
