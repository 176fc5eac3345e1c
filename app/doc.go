// Package app holds what the window and the command line share, one
// subpackage per use case or kind of record (delegations, logistics, sop,
// imex, briefing, cli, ...); the build's release is in app/version. Nothing
// under app imports Fyne or writes SQL: docs/architecture.md.
package app
