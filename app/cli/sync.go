package cli

import (
	"fmt"
	"io"
	"strings"

	"lodesk/app/sync"
)

// runSync is `lodesk sync FILE --folder DIR [--passphrase-file F] [--watch]`.
func runSync(e *Env) error {
	if err := e.Args.Want("FILE"); err != nil {
		return err
	}
	folder := e.Args.Flag("folder")
	if folder == "" {
		return usagef("--folder DIR is required")
	}
	var pass string
	if pf := e.Args.Flag("passphrase-file"); pf != "" {
		var err error
		if pass, err = ReadPassphrase(pf); err != nil {
			return err
		}
	}
	if e.Args.Bool("watch") {
		return runWatch(e, folder, pass)
	}
	sum, err := sync.SyncFile(e.Ctx, e.Args.Pos[0], sync.Options{Folder: folder, Passphrase: pass})
	if err != nil {
		// A joining file is removed on failure: nothing of it stays.
		if !sum.Joined && (sum.Sent > 0 || sum.Received > 0 || len(sum.Held) > 0 || len(sum.Conflicts) > 0) {
			fmt.Fprintf(e.Stderr, "%s: done before the sync failed (kept):\n", e.Args.Pos[0])
			printSummary(e.Stderr, e.Args.Pos[0], &sum)
		}
		return fmt.Errorf("sync %s: %w", e.Args.Pos[0], err)
	}
	printSummary(e.Stdout, e.Args.Pos[0], &sum)
	return nil
}

func printSummary(w io.Writer, path string, s *sync.Summary) {
	if s.Replica == "" {
		return
	}
	if s.Joined {
		fmt.Fprintf(w, "%s: joined from %s\n", path, s.Folder)
	}
	if r := s.Recovered; r.Changes > 0 {
		fmt.Fprintf(w, "clock: this computer's clock had been more than a day fast; %d change(s) stamped in the future were stamped again now (this laptop now syncs as %s)\n", r.Changes, r.New)
	}
	if f := s.Forked; f.New != "" {
		fmt.Fprintf(w, "copy: another copy of this event file synced under this laptop's identity (a copied disk?); this laptop now syncs as %s, and %d change(s) it had not sent yet were stamped again\n", f.New, f.Changes)
	}
	fmt.Fprintf(w, "out: %d changes in %d pack(s)%s\n", s.Sent, len(s.Written), counts(s.SentByTable))
	if s.Compacted > 0 {
		fmt.Fprintf(w, "     %d earlier pack(s) of this laptop replaced by one snapshot\n", s.Compacted)
	}
	fmt.Fprintf(w, "in:  %d new changes from %d pack(s)%s\n", s.Received, s.PacksRead, counts(s.ByTable))
	if s.Duplicates > 0 {
		fmt.Fprintf(w, "     %d change(s) already here, delivered before\n", s.Duplicates)
	}
	if len(s.ByAuthor) > 0 {
		fmt.Fprintf(w, "     by%s\n", counts(s.ByAuthor))
	}
	if n := len(s.Held); n > 0 {
		fmt.Fprintf(w, "held back: %d change(s) stamped more than a day ahead of this computer's clock (check the clocks; they merge once the time comes):\n", n)
		for i, c := range s.Held {
			if i == 10 {
				fmt.Fprintf(w, "  ... and %d more\n", n-10)
				break
			}
			fmt.Fprintf(w, "  %s %s %s by %q on %s, stamped %s\n", c.Op, c.Table, c.RowID, c.Author, c.Replica, c.HLC)
		}
	}
	if n := len(s.Conflicts); n > 0 {
		fmt.Fprintf(w, "to review: %d field(s) edited on two laptops at once; both versions are kept until a coordinator chooses in the window:\n", n)
		for _, c := range s.Conflicts { // values stay off the terminal: they are medical
			fmt.Fprintf(w, "  %s %s %s: versions by %q and %q\n", c.Table, c.RowID, c.Field, c.Current.Author, c.Other.Author)
		}
	}
}

// counts formats a map as " (a 3, b 1)", largest first.
func counts(m map[string]int) string {
	if len(m) == 0 {
		return ""
	}
	keys := sync.ByCount(m)
	parts := make([]string, len(keys))
	for i, k := range keys {
		name := k
		if name == "" {
			name = "(unnamed)"
		}
		parts[i] = fmt.Sprintf("%s %d", name, m[k])
	}
	return " (" + strings.Join(parts, ", ") + ")"
}
