package cli

import (
	"fmt"
	"os"
	"strings"

	"lodesk/app/event"
	"lodesk/data"
)

func runProtect(e *Env) error {
	if err := e.Args.Want("FILE"); err != nil {
		return err
	}
	pf := e.Args.Flag("passphrase-file")
	if pf == "" {
		return usagef("--passphrase-file is required")
	}
	pass, err := ReadPassphrase(pf)
	if err != nil {
		return err
	}
	path := e.Args.Pos[0]
	s, err := event.Open(e.Ctx, path)
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Protect(e.Ctx, pass); err != nil {
		return fmt.Errorf("protect %s: %w", path, err)
	}
	fmt.Fprintf(e.Stdout, "%s: passport numbers and medical notes are now encrypted; keep the passphrase safe: it cannot be recovered\n", path)
	fmt.Fprintf(e.Stdout, "sync with --passphrase-file F: the other laptops of the event take the protection at their next sync with the same passphrase\n")
	return nil
}

// ReadPassphrase reads a passphrase file: its first line, without the line
// ending.
func ReadPassphrase(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", fmt.Errorf("passphrase file: %w", err)
	}
	line, _, _ := strings.Cut(string(b), "\n")
	line = strings.TrimRight(line, "\r")
	if line == "" {
		return "", fmt.Errorf("passphrase file %s: the first line is empty", path)
	}
	return line, nil
}

// unlock enters the passphrase from --passphrase-file, if given, into s.
func unlock(e *Env, s *data.Store) error {
	pf := e.Args.Flag("passphrase-file")
	if pf == "" {
		return nil
	}
	pass, err := ReadPassphrase(pf)
	if err != nil {
		return err
	}
	if err := s.Unlock(e.Ctx, pass); err != nil {
		return fmt.Errorf("%s: %w", s.Path(), err)
	}
	return nil
}
