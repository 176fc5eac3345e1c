// Command lodesk is LO Desk: with a subcommand it runs headless, without
// one it opens the window (on FILE, or the welcome screen).
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"

	_ "time/tzdata" // times right on machines without zoneinfo (Windows)

	// First of lodesk's packages to be initialised, before Fyne's: mends a
	// C.UTF-8 locale that Fyne would log an error about (see its comment).
	_ "lodesk/app/envlocale"

	"lodesk/app/cli"
	"lodesk/ui"
)

func main() {
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		cli.AttachConsole()
		// Ctrl-C, or a service manager's SIGTERM: a command that runs until
		// stopped (sync --watch) ends cleanly.
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := cli.Run(ctx, args, os.Stdout, os.Stderr)
		stop()
		os.Exit(code)
	}
	if err := ui.CanOpenWindow(); err != nil {
		fmt.Fprintln(os.Stderr, "lodesk:", err)
		os.Exit(1)
	}
	path := ""
	if len(args) > 0 {
		path = args[0]
	}
	ui.Run(path)
}
