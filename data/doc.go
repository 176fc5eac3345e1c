// Package data owns the event file: one SQLite database per event
// (*.lodesk). It opens and creates the file, applies the embedded
// migrations, defines the domain types and is the only place that speaks
// SQL. Every write goes through a Tx, which stamps each changed field with a
// hybrid logical clock and appends it to the change log in the same
// transaction, so sync can never be bypassed.
//
// It knows nothing of Fyne, PDF or spreadsheets.
package data
