//go:build windows

package cli

import (
	"os"
	"syscall"
)

// AttachConsole lets a subcommand print to the Command Prompt or
// PowerShell it was started from: the .exe is built with -H windowsgui, so
// it gets no console of its own. Output already redirected to a file or a
// pipe is left alone.
func AttachConsole() {
	const attachParentProcess = ^uint32(0) // ATTACH_PARENT_PROCESS
	if valid(os.Stdout) && valid(os.Stderr) {
		return
	}
	proc := syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")
	if r, _, _ := proc.Call(uintptr(attachParentProcess)); r == 0 {
		return // started from Explorer: no console to attach to
	}
	for _, f := range []**os.File{&os.Stdout, &os.Stderr} {
		if !valid(*f) {
			if c, err := os.OpenFile("CONOUT$", os.O_WRONLY, 0); err == nil {
				*f = c
			}
		}
	}
}

func valid(f *os.File) bool {
	if f == nil {
		return false
	}
	_, err := f.Stat()
	return err == nil
}
