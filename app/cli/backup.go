package cli

import (
	"errors"
	"fmt"
	"time"

	"lodesk/app/backup"
	"lodesk/app/event"
	"lodesk/data"
)

// runBackup is "lodesk backup FILE DIR [--passphrase-file F]": a checked
// copy of FILE in DIR, named after the event and the time, encrypted with
// age when the event is protected. It opens FILE read-only, so it runs
// while the window has the event open. The passphrase is needed only the
// first time a protected event is backed up on this laptop (to make its
// backup key). DIR is not rotated: the window rotates its own folder.
func runBackup(e *Env) error {
	if err := e.Args.Want("FILE", "DIR"); err != nil {
		return err
	}
	path, dir := e.Args.Pos[0], e.Args.Pos[1]
	s, err := data.Open(e.Ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	began := time.Now()
	info, err := backup.Backup(e.Ctx, s, dir, began)
	s.Close()
	if errors.Is(err, data.ErrLocked) {
		info, err = backupUnlocked(e, path, dir, began)
	}
	if err != nil {
		return err
	}
	how := ""
	if info.Encrypted {
		how = ", encrypted"
	}
	fmt.Fprintf(e.Stdout, "backed up %s to %s (%d KB%s, %s)\n", path, info.Path, (info.Size+1023)/1024, how, time.Since(began).Round(time.Millisecond))
	return nil
}

// backupUnlocked backs up a protected event whose backup key is not made
// yet: it opens the event for writing and unlocks it.
func backupUnlocked(e *Env, path, dir string, began time.Time) (backup.Info, error) {
	pf := e.Args.Flag("passphrase-file")
	if pf == "" {
		return backup.Info{}, fmt.Errorf("backup %s: the event is protected and has no backup key on this laptop yet: give --passphrase-file once", path)
	}
	pass, err := ReadPassphrase(pf)
	if err != nil {
		return backup.Info{}, err
	}
	s, err := event.Open(e.Ctx, path)
	if err != nil {
		return backup.Info{}, err
	}
	defer s.Close()
	if err := s.Unlock(e.Ctx, pass); err != nil {
		return backup.Info{}, fmt.Errorf("backup %s: %w", path, err)
	}
	return backup.Backup(e.Ctx, s, dir, began)
}

// runRestore is "lodesk restore BACKUP FILE [--passphrase-file F]": the
// backup, checked, into the new event file FILE, which is then opened once
// (migrated to this build's schema, given its own replica id) and checked.
// An encrypted backup needs the event passphrase it was taken under.
func runRestore(e *Env) error {
	if err := e.Args.Want("BACKUP", "FILE"); err != nil {
		return err
	}
	from, to := e.Args.Pos[0], e.Args.Pos[1]
	var pass string
	if pf := e.Args.Flag("passphrase-file"); pf != "" {
		p, err := ReadPassphrase(pf)
		if err != nil {
			return err
		}
		pass = p
	}
	if err := backup.RestoreAs(e.Ctx, from, to, pass); err != nil {
		if errors.Is(err, backup.ErrPassphrase) {
			return usagef("%v: give --passphrase-file", err)
		}
		return err
	}
	s, err := event.Open(e.Ctx, to)
	if err != nil {
		return fmt.Errorf("open the restored %s: %w", to, err)
	}
	defer s.Close()
	rep, err := s.Check(e.Ctx)
	if err != nil {
		return fmt.Errorf("check the restored %s: %w", to, err)
	}
	if !rep.OK() {
		for _, p := range rep.Problems {
			fmt.Fprintf(e.Stderr, "%s: %s\n", to, p)
		}
		return fmt.Errorf("the restored %s has problems", to)
	}
	fmt.Fprintf(e.Stdout, "restored %s to %s: %d changes, ok\n", from, to, rep.Changes)
	return nil
}
