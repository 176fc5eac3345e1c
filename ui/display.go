package ui

import (
	"errors"
	"os"
	"runtime"
)

// ErrNoDisplay is why the window cannot open: on Linux and the BSDs the
// window needs an X11 display, named by $DISPLAY.
var ErrNoDisplay = errors.New("no display to open the window on: DISPLAY is not set " +
	"(start LO Desk from a desktop session, or run a subcommand: lodesk help)")

// CanOpenWindow says whether the window can open here, before anything
// is drawn: without a display the windowing library would panic, and a
// user deserves a sentence, not a stack trace.
func CanOpenWindow() error {
	return canOpenWindow(runtime.GOOS, os.Getenv)
}

func canOpenWindow(goos string, getenv func(string) string) error {
	switch goos {
	case "windows", "darwin", "android", "ios", "js", "wasip1":
		return nil
	}
	if getenv("DISPLAY") == "" {
		return ErrNoDisplay
	}
	return nil
}
