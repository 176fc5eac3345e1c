package data

// Backups and damage detection. A backup is a consistent copy of the event
// file made with VACUUM INTO from a read transaction, so writers (the
// window, an import) go on while it is taken. The copy is written under a
// temporary name, checked, synced and only then renamed, so a file with a
// backup's final name is always whole and sound.

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// ErrDamaged means SQLite found the file damaged. A damaged file is never
// written to: the window offers the newest good backup instead.
var ErrDamaged = errors.New("the event file is damaged")

// DamageError says which file is damaged and what SQLite found.
type DamageError struct {
	Path     string
	Problems []string // SQLite's own words, at most a few
}

func (e *DamageError) Error() string {
	msg := e.Path + " is damaged"
	if len(e.Problems) > 0 {
		msg += ": " + strings.Join(e.Problems, "; ")
	}
	return msg
}

func (e *DamageError) Unwrap() error { return ErrDamaged }

// maxProblems bounds what a DamageError carries: a badly damaged file can
// yield thousands of lines.
const maxProblems = 5

// IsDamaged says whether err means a damaged file: ErrDamaged, or SQLite's
// "database disk image is malformed" from any query.
func IsDamaged(err error) bool {
	if errors.Is(err, ErrDamaged) {
		return true
	}
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CORRUPT
}

// QuickCheck runs PRAGMA quick_check: the page and record structure without
// comparing indexes to tables, fast enough for every open. A damaged file is
// a *DamageError.
func (s *Store) QuickCheck(ctx context.Context) error {
	return runCheck(ctx, s.ro, "quick_check", s.path)
}

// runCheck runs integrity_check or quick_check on db.
func runCheck(ctx context.Context, db *sql.DB, pragma, path string) error {
	rows, err := db.QueryContext(ctx, fmt.Sprintf("PRAGMA %s(%d)", pragma, maxProblems))
	if err != nil {
		if IsDamaged(err) {
			return &DamageError{Path: path, Problems: []string{err.Error()}}
		}
		return fmt.Errorf("%s %s: %w", pragma, path, err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return fmt.Errorf("%s %s: %w", pragma, path, err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		if IsDamaged(err) {
			return &DamageError{Path: path, Problems: append(problems, err.Error())}
		}
		return fmt.Errorf("%s %s: %w", pragma, path, err)
	}
	if len(problems) > 0 {
		return &DamageError{Path: path, Problems: problems}
	}
	return nil
}

// BackupTo writes a consistent copy of the event file to dest, which must
// not exist. The copy is made under a temporary name beside dest, checked
// with VerifyFile, synced, renamed to dest, and the folder synced: when
// BackupTo returns nil, dest is whole, sound and on disk. A copy that fails
// its check is removed and reported as a *DamageError naming the store's
// file (the copy is only as sound as what was read).
func (s *Store) BackupTo(ctx context.Context, dest string) error {
	if _, err := os.Lstat(dest); err == nil {
		return fmt.Errorf("backup %s to %s: %w", s.path, dest, ErrExists)
	}
	dir, base := filepath.Split(dest)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, base+".*.partial")
	if err != nil {
		return fmt.Errorf("backup %s: %w", s.path, err)
	}
	tmpName := tmp.Name()
	tmp.Close() // VACUUM INTO accepts an empty file
	ok := false
	defer func() {
		if !ok {
			_ = os.Remove(tmpName)
		}
	}()
	if err := s.vacuumInto(ctx, tmpName); err != nil {
		if IsDamaged(err) {
			return &DamageError{Path: s.path, Problems: []string{err.Error()}}
		}
		return fmt.Errorf("backup %s: %w", s.path, err)
	}
	if err := syncFile(tmpName); err != nil {
		return fmt.Errorf("backup %s: sync %s: %w", s.path, tmpName, err)
	}
	if err := VerifyFile(ctx, tmpName); err != nil {
		var de *DamageError
		if errors.As(err, &de) {
			return &DamageError{Path: s.path, Problems: de.Problems}
		}
		return fmt.Errorf("backup %s: check the copy: %w", s.path, err)
	}
	if _, err := os.Lstat(dest); err == nil {
		return fmt.Errorf("backup %s to %s: %w", s.path, dest, ErrExists)
	}
	if err := os.Rename(tmpName, dest); err != nil {
		return fmt.Errorf("backup %s: %w", s.path, err)
	}
	ok = true
	if err := SyncDir(dir); err != nil {
		return fmt.Errorf("backup %s: sync %s: %w", s.path, dir, err)
	}
	return nil
}

// vacuumInto copies the database into the empty file at path. It runs on a
// reader connection, so a writer is never held up; query_only, which would
// refuse VACUUM INTO, is lifted on that one connection for the copy, and a
// connection that cannot be put back is dropped from the pool. The copy is
// then switched to the rollback journal: a backup is one self-contained file.
func (s *Store) vacuumInto(ctx context.Context, path string) (err error) {
	conn, err := s.ro.Conn(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if _, rerr := conn.ExecContext(context.Background(), "PRAGMA query_only=1"); rerr != nil {
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}()
	if _, err := conn.ExecContext(ctx, "PRAGMA query_only=0"); err != nil {
		return err
	}
	if _, err := conn.ExecContext(ctx, "VACUUM INTO ?", path); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", fileURI(path, "_pragma=synchronous(FULL)"))
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var mode string
	if err := db.QueryRowContext(ctx, "PRAGMA journal_mode=DELETE").Scan(&mode); err != nil {
		return err
	}
	if mode != "delete" {
		return fmt.Errorf("copy kept journal mode %s", mode)
	}
	return db.Close()
}

// VerifyFile checks a file that is not open for writing anywhere (a backup,
// a copy about to be restored) without ever writing to it or beside it: it
// must be an LO Desk event file of a schema this build knows, and pass
// PRAGMA integrity_check and foreign_key_check. It returns nil,
// ErrNotEventFile, a *VersionError or a *DamageError.
func VerifyFile(ctx context.Context, path string) error {
	fi, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("verify %s: %w", path, err)
	}
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("verify %s: %w", path, ErrNotEventFile)
	}
	db, err := sql.Open("sqlite", fileURI(path, "mode=ro&immutable=1"))
	if err != nil {
		return fmt.Errorf("verify %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	var appID, version int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return fmt.Errorf("verify %s: %w", path, ErrNotEventFile)
	}
	if appID != ApplicationID {
		return fmt.Errorf("verify %s: %w", path, ErrNotEventFile)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return fmt.Errorf("verify %s: %w", path, err)
	}
	if version > SchemaVersion() {
		return fmt.Errorf("verify %s: %w", path, &VersionError{File: version, Known: SchemaVersion()})
	}
	if err := runCheck(ctx, db, "integrity_check", path); err != nil {
		return err
	}
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM pragma_foreign_key_check").Scan(&n); err != nil {
		if IsDamaged(err) {
			return &DamageError{Path: path, Problems: []string{err.Error()}}
		}
		return fmt.Errorf("verify %s: %w", path, err)
	}
	if n > 0 {
		return &DamageError{Path: path, Problems: []string{fmt.Sprintf("%d rows refer to missing rows", n)}}
	}
	return nil
}

// fileURI names path as an SQLite URI, whatever characters it holds. With
// "mode=ro&immutable=1" SQLite takes no lock and creates no -wal or -shm
// beside the file.
func fileURI(path, query string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	abs = filepath.ToSlash(abs)
	if !strings.HasPrefix(abs, "/") {
		abs = "/" + abs // a Windows drive path: file:///C:/...
	}
	u := url.URL{Scheme: "file", Path: abs, RawQuery: query}
	return u.String()
}

// syncFile flushes a file's content to the disk.
func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// SyncDir flushes a folder's entries (a rename into it) to the disk. Windows
// cannot sync a folder; NTFS journals the rename itself.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = f.Sync()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
