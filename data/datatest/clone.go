// Package datatest holds what tests outside data need to do to an event
// file that no user action does, written here so that SQL stays in data.
package datatest

import (
	"database/sql"
	"io"
	"os"
	"testing"

	"lodesk/data"
)

// CloneDisk copies the event file from to the path to and gives the copy
// the replica id with the identity (machine, path, inode) of its own
// place, as a cloned disk keeps all three: the copy then trusts the id.
func CloneDisk(tb testing.TB, from, to, id string) {
	tb.Helper()
	src, err := os.Open(from)
	if err != nil {
		tb.Fatal(err)
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := io.Copy(dst, src); err != nil {
		tb.Fatal(err)
	}
	if err := dst.Close(); err != nil {
		tb.Fatal(err)
	}
	db, err := sql.Open("sqlite", to)
	if err != nil {
		tb.Fatal(err)
	}
	defer db.Close()
	for k, v := range map[string]string{"replica_id": id, "replica_home": data.FileIdentity(to)} {
		if _, err := db.Exec("UPDATE meta SET value = ? WHERE key = ?", v, k); err != nil {
			tb.Fatal(err)
		}
	}
}
