//go:build !windows

package cli

// AttachConsole is needed on Windows only, where the window build has no
// console of its own.
func AttachConsole() {}
