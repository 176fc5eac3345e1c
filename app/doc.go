// Package app holds what the window and the command line share: the build
// version here, and one subpackage per use case (event, demo, cli, ...).
// It never imports Fyne and never writes SQL.
package app

// Version is the release, set at build time with
// -ldflags "-X lodesk/app.Version=...".
var Version = "0.1.0"
