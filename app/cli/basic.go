package cli

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"time"

	"lodesk/app/demo"
	"lodesk/app/event"
	"lodesk/app/version"
	"lodesk/data"
)

func runVersion(e *Env) error {
	if err := e.Args.Want(); err != nil {
		return err
	}
	fmt.Fprintf(e.Stdout, "lodesk %s (schema %d, %s, %s/%s)\n", version.Version, data.SchemaVersion(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}

func runDemo(e *Env) error {
	if err := e.Args.Want("FILE"); err != nil {
		return err
	}
	size, err := demo.ParseSize(e.Args.Flag("size"))
	if err != nil {
		return usagef("%v", err)
	}
	opts := demo.Options{Size: size}
	if st := e.Args.Flag("start"); st != "" {
		t, err := time.Parse(time.DateOnly, st)
		if err != nil {
			return usagef("--start %q: want YYYY-MM-DD", st)
		}
		opts.Start = t
	}
	path := e.Args.Pos[0]
	s, err := data.Create(e.Ctx, path)
	if err != nil {
		return err
	}
	s.SetAuthor(event.DefaultAuthor())
	began := time.Now()
	if err := demo.Generate(e.Ctx, s, opts); err != nil {
		s.Close()
		removeEventFile(path)
		return fmt.Errorf("demo %s: %w", path, err)
	}
	if err := s.Close(); err != nil {
		return fmt.Errorf("close %s: %w", path, err)
	}
	fmt.Fprintf(e.Stdout, "wrote %s in %s\n", path, time.Since(began).Round(time.Millisecond))
	return nil
}

func removeEventFile(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm"} {
		_ = os.Remove(p)
	}
}

func runCheck(e *Env) error {
	if err := e.Args.Want("FILE"); err != nil {
		return err
	}
	path := e.Args.Pos[0]
	s, err := data.Open(e.Ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := s.Check(e.Ctx)
	if err != nil {
		return fmt.Errorf("check %s: %w", path, err)
	}
	fmt.Fprintf(e.Stdout, "%s: schema %d, journal %s, %d changes\n", path, rep.SchemaVersion, rep.JournalMode, rep.Changes)
	names := make([]string, 0, len(rep.Rows))
	for n := range rep.Rows {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(e.Stdout, "  %-16s %6d\n", n, rep.Rows[n])
	}
	if !rep.OK() {
		for _, p := range rep.Problems {
			fmt.Fprintf(e.Stderr, "%s: %s\n", path, p)
		}
		return errors.New("the file has problems")
	}
	fmt.Fprintln(e.Stdout, "ok")
	return nil
}
