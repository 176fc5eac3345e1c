// Package cli runs lodesk's headless subcommands: the same code paths as
// the window, no display needed. Exit status: 0 done, 1 failed, 2 wrong
// usage; errors go to stderr.
package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitFail  = 1
	ExitUsage = 2
)

// Env is what a command runs with.
type Env struct {
	Ctx    context.Context
	Stdout io.Writer
	Stderr io.Writer
	Args   *Args
	// Live is the real standard output, for a command that reports as it
	// goes and runs until interrupted (sync --watch); Stdout is held until
	// the command ends.
	Live io.Writer
}

type command struct {
	usage string
	flags map[string]bool // flag name -> takes a value
	run   func(e *Env) error
}

// commands is the table of subcommands.
var commands = map[string]command{
	"demo":     {usage: "demo FILE [--size small|large|xlarge] [--start YYYY-MM-DD]", flags: map[string]bool{"size": true, "start": true}, run: runDemo},
	"check":    {usage: "check FILE", run: runCheck},
	"version":  {usage: "version", run: runVersion},
	"assign":   {usage: "assign FILE [--auto] [--dry-run] [--replace]", flags: map[string]bool{"auto": false, "dry-run": false, "replace": false}, run: runAssign},
	"import":   {usage: "import FILE KIND SOURCE [--dry-run] [--passphrase-file F]", flags: map[string]bool{"dry-run": false, "passphrase-file": true}, run: runImport},
	"export":   {usage: "export FILE KIND TARGET [--passphrase-file F]", flags: map[string]bool{"passphrase-file": true}, run: runExport},
	"protect":  {usage: "protect FILE --passphrase-file F", flags: map[string]bool{"passphrase-file": true}, run: runProtect},
	"backup":   {usage: "backup FILE DIR [--passphrase-file F]", flags: map[string]bool{"passphrase-file": true}, run: runBackup},
	"restore":  {usage: "restore BACKUP FILE [--passphrase-file F]", flags: map[string]bool{"passphrase-file": true}, run: runRestore},
	"sync":     {usage: "sync FILE --folder DIR [--passphrase-file F] [--watch]", flags: map[string]bool{"folder": true, "passphrase-file": true, "watch": false}, run: runSync},
	"pack":     {usage: "pack FILE (--all | --lo NAME | --delegation CODE) --out PATH [--lang id|en] [--passphrase-file F] [--coordinator]   (PATH: a folder, or a .pdf when one pack matches)", flags: map[string]bool{"all": false, "lo": true, "delegation": true, "out": true, "lang": true, "passphrase-file": true, "coordinator": false}, run: runPack},
	"report":   {usage: "report FILE KIND --out PATH [--date YYYY-MM-DD] [--lo NAME] [--lang id|en]   (KIND: sitrep, lo-daily, handover, final)", flags: map[string]bool{"out": true, "date": true, "lo": true, "lang": true}, run: runReport},
	"seating":  {usage: "seating FILE SESSION (--cards | --plan) --out PATH [--lang id|en]   (SESSION: a programme item's title, or part of it)", flags: map[string]bool{"cards": false, "plan": false, "out": true, "lang": true}, run: runSeating},
	"manifest": {usage: "manifest FILE KIND --out PATH [--lang id|en]   (KIND: arrivals, departures, catering, transport, roster, accreditation, movements)", flags: map[string]bool{"out": true, "lang": true}, run: runManifest},
}

// IsCommand says whether name is a subcommand (otherwise it is a file to
// open in the window).
func IsCommand(name string) bool {
	_, ok := commands[name]
	return ok || isHelp(name)
}

// UsageError is a mistake in the command line.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

func usagef(format string, a ...any) error { return &UsageError{Msg: fmt.Sprintf(format, a...)} }

// Run runs the subcommand args[0] and returns the exit status.
//
// A command's standard output is held until it ends and printed only if
// it succeeded: a failing command prints no summary that reads like
// success, just its error (and, where it did part of its work before
// failing, what it did) on stderr.
func Run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || isHelp(args[0]) {
		return runHelp(args, stdout, stderr)
	}
	cmd, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "lodesk: unknown command %q\n", args[0])
		printUsage(stderr)
		return ExitUsage
	}
	for _, a := range args[1:] {
		if a == "--" {
			break
		}
		if isHelp(a) {
			printHelp(stdout, args[0])
			return ExitOK
		}
	}
	a, err := parseArgs(args[1:], cmd.flags)
	if err != nil {
		fmt.Fprintf(stderr, "lodesk %s: %v\nusage: lodesk %s\n", args[0], err, cmd.usage)
		return ExitUsage
	}
	var out bytes.Buffer
	err = cmd.run(&Env{Ctx: ctx, Stdout: &out, Stderr: stderr, Args: a, Live: stdout})
	var ue *UsageError
	switch {
	case err == nil:
		_, _ = out.WriteTo(stdout)
		return ExitOK
	case errors.As(err, &ue):
		fmt.Fprintf(stderr, "lodesk %s: %v\nusage: lodesk %s\n", args[0], err, cmd.usage)
		return ExitUsage
	default:
		fmt.Fprintf(stderr, "lodesk %s: %v\n", args[0], err)
		return ExitFail
	}
}

func isHelp(s string) bool { return s == "help" || s == "--help" || s == "-h" }

// runHelp is `lodesk help [COMMAND]`.
func runHelp(args []string, stdout, stderr io.Writer) int {
	switch {
	case len(args) < 2:
		printUsage(stdout)
		return ExitOK
	case len(args) == 2 && printHelp(stdout, args[1]):
		return ExitOK
	case len(args) == 2:
		fmt.Fprintf(stderr, "lodesk help: unknown command %q\n", args[1])
	default:
		fmt.Fprintln(stderr, "lodesk help: want at most one command")
	}
	printUsage(stderr)
	return ExitUsage
}

func printUsage(w io.Writer) {
	fmt.Fprintln(w, "usage: lodesk [FILE]                 open the window (the file, or the welcome screen)")
	names := make([]string, 0, len(commands))
	for n := range commands {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Fprintf(w, "       lodesk %s\n", commands[n].usage)
	}
	fmt.Fprintln(w, "       lodesk help COMMAND          what a command does, its options and an example")
}

// Args are a command's positional arguments and flags; flags may stand
// before or after the positionals, as --name value or --name=value.
type Args struct {
	Pos   []string
	flags map[string]string
}

func parseArgs(in []string, spec map[string]bool) (*Args, error) {
	a := &Args{flags: map[string]string{}}
	for i := 0; i < len(in); i++ {
		s := in[i]
		if s == "--" {
			a.Pos = append(a.Pos, in[i+1:]...)
			break
		}
		if !strings.HasPrefix(s, "-") || s == "-" {
			a.Pos = append(a.Pos, s)
			continue
		}
		name, val, hasVal := strings.Cut(strings.TrimLeft(s, "-"), "=")
		takes, ok := spec[name]
		if !ok {
			return nil, fmt.Errorf("unknown option --%s", name)
		}
		if _, dup := a.flags[name]; dup {
			return nil, fmt.Errorf("option --%s given twice", name)
		}
		switch {
		case !takes && hasVal:
			return nil, fmt.Errorf("option --%s takes no value", name)
		case !takes:
			val = "true"
		case !hasVal:
			if i+1 >= len(in) {
				return nil, fmt.Errorf("option --%s needs a value", name)
			}
			i++
			val = in[i]
		}
		a.flags[name] = val
	}
	return a, nil
}

// Flag returns a flag's value ("" if absent).
func (a *Args) Flag(name string) string { return a.flags[name] }

// Bool says whether a switch was given.
func (a *Args) Bool(name string) bool { return a.flags[name] == "true" }

// Want checks the number of positional arguments.
func (a *Args) Want(names ...string) error {
	if len(a.Pos) != len(names) {
		return usagef("want %d argument(s): %s", len(names), strings.Join(names, " "))
	}
	return nil
}
