package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"time"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

// Store is an open event file. Reads may run concurrently; writes are
// serialised through one connection in immediate transactions.
type Store struct {
	path      string
	rw        *sql.DB // one connection: every write; nil when read-only
	ro        *sql.DB // readers
	lock      *os.File
	clock     *Clock
	replica   string
	earlier   []string // earlier ids of this file itself (clock recovery)
	readOnly  bool
	recovered Restamped // what the clock recovery did at open

	mu     sync.Mutex
	author string
	cur    *EventKey            // the key values are sealed with (Unlock, Protect, a merge)
	keys   map[string]*EventKey // every key unwrapped, by id
	pass   string               // the passphrase given to Unlock, for keys met later
}

// Options tune Open.
type Options struct {
	ReadOnly bool             // no writes, no lock, no migration
	Now      func() time.Time // the wall clock (tests); time.Now if nil
}

// Create makes a new, empty event file; it refuses to overwrite one. The
// file is made whole under a hidden temporary name beside path and then
// linked into place, so that a crash or a kill during Create leaves either
// no file at path or a complete event file, never a half-made one that
// would block the name and fail to open.
func Create(ctx context.Context, path string) (*Store, error) {
	if _, err := os.Lstat(path); err == nil {
		return nil, fmt.Errorf("create %s: %w", path, ErrExists)
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".new-*")
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	tmp := f.Name()
	f.Close() // before SQLite opens it
	defer removeSQLite(tmp)
	s, err := open(ctx, tmp, Options{}, true)
	if err == nil {
		err = s.Close()
	}
	if err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	if err := publish(tmp, path); err != nil {
		return nil, fmt.Errorf("create %s: %w", path, err)
	}
	return open(ctx, path, Options{}, false)
}

// publish puts the finished file tmp at path unless something is there:
// a hard link is atomic and refuses an existing name; where the file
// system has none (FAT on a USB stick), a rename after a last look.
func publish(tmp, path string) error {
	err := os.Link(tmp, path)
	switch {
	case err == nil:
	case errors.Is(err, os.ErrExist):
		return ErrExists
	default:
		if _, serr := os.Lstat(path); serr == nil {
			return ErrExists
		}
		if err := os.Rename(tmp, path); err != nil {
			return err
		}
	}
	syncDir(filepath.Dir(path))
	return nil
}

// removeSQLite removes a database file and what SQLite and the lock leave
// beside it.
func removeSQLite(path string) {
	for _, p := range []string{path, path + "-wal", path + "-shm", path + "-journal", path + "-lock"} {
		_ = os.Remove(p)
	}
}

// syncDir makes a new name in dir durable where the OS allows it (not on
// Windows, where directories cannot be opened for sync).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

// Open opens an existing event file, migrating it to this build's schema.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if fi.IsDir() {
		return nil, fmt.Errorf("open %s: %w", path, ErrNotEventFile)
	}
	return open(ctx, path, opts, false)
}

func open(ctx context.Context, path string, opts Options, isNew bool) (_ *Store, err error) {
	s := &Store{path: path, clock: NewClock(opts.Now), readOnly: opts.ReadOnly, keys: map[string]*EventKey{}}
	defer func() {
		if err != nil {
			_ = s.closeAll()
			if s.lock != nil {
				_ = releaseLock(s.lock)
			}
		}
	}()
	if !opts.ReadOnly {
		if s.lock, err = acquireLock(path); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		if !isNew {
			RemoveLeftovers(path)
		}
	}
	const common = "_pragma=busy_timeout(10000)&_pragma=foreign_keys(1)&_pragma=synchronous(FULL)&_pragma=secure_delete(1)"
	s.ro, err = sql.Open("sqlite", path+"?"+common+"&_pragma=query_only(1)")
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	s.ro.SetMaxOpenConns(4)
	if err := s.checkKind(ctx, isNew); err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	if !opts.ReadOnly {
		// A damaged file is never written to (see backup.go).
		if err := s.QuickCheck(ctx); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		s.rw, err = sql.Open("sqlite", path+"?"+common+"&_txlock=immediate")
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		s.rw.SetMaxOpenConns(1)
		s.rw.SetConnMaxIdleTime(0)
		if _, err := s.rw.ExecContext(ctx, "PRAGMA journal_mode=WAL"); err != nil {
			return nil, fmt.Errorf("open %s: set WAL: %w", path, err)
		}
		if err := migrate(ctx, s.rw); err != nil {
			return nil, fmt.Errorf("open %s: %w", path, err)
		}
		// A file being created gets its replica id where it will live.
		if !isNew {
			if err := s.initReplica(ctx); err != nil {
				return nil, fmt.Errorf("open %s: %w", path, err)
			}
			if err := s.loadOwnIDs(ctx); err != nil {
				return nil, fmt.Errorf("open %s: %w", path, err)
			}
			if err := s.recoverClock(ctx); err != nil {
				return nil, fmt.Errorf("open %s: %w", path, err)
			}
		}
	}
	var last sql.NullInt64
	if err := s.ro.QueryRowContext(ctx, "SELECT max(hlc) FROM change_log").Scan(&last); err != nil {
		return nil, fmt.Errorf("open %s: read clock: %w", path, err)
	}
	s.clock.Observe(HLC(last.Int64))
	return s, nil
}

// checkKind refuses SQLite files that are not event files, and files from a
// newer LO Desk.
func (s *Store) checkKind(ctx context.Context, isNew bool) error {
	var appID, version, objects int
	if err := s.ro.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		if isNew {
			return err
		}
		return fmt.Errorf("%w: %v", ErrNotEventFile, err)
	}
	if err := s.ro.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if err := s.ro.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&objects); err != nil {
		return err
	}
	switch {
	case isNew && appID == 0 && version == 0 && objects == 0:
		return nil
	case appID != ApplicationID:
		return ErrNotEventFile
	case version > SchemaVersion():
		return &VersionError{File: version, Known: SchemaVersion()}
	}
	return nil
}

// Path is the event file's path.
func (s *Store) Path() string { return s.path }

// Name is the file's base name without the extension.
func (s *Store) Name() string {
	b := filepath.Base(s.path)
	return b[:len(b)-len(filepath.Ext(b))]
}

// ReadOnly says whether the store refuses writes.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Replica is this copy's replica id ("" when read-only).
func (s *Store) Replica() string { return s.replica }

// Clock is the store's hybrid logical clock.
func (s *Store) Clock() *Clock { return s.clock }

// SetAuthor names the coordinator whose writes follow (for the audit trail).
func (s *Store) SetAuthor(name string) {
	s.mu.Lock()
	s.author = name
	s.mu.Unlock()
}

// Author is the coordinator named by SetAuthor.
func (s *Store) Author() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.author
}

// Close checkpoints and closes the file, then releases the lock.
func (s *Store) Close() error {
	if s == nil {
		return nil
	}
	var err error
	if s.rw != nil {
		_, _ = s.rw.Exec("PRAGMA wal_checkpoint(TRUNCATE)")
	}
	s.mu.Lock()
	for _, k := range s.keys {
		clear(k.key)
	}
	s.cur, s.keys, s.pass = nil, map[string]*EventKey{}, ""
	s.mu.Unlock()
	err = s.closeAll()
	if s.lock != nil {
		if lerr := releaseLock(s.lock); err == nil {
			err = lerr
		}
		s.lock = nil
	}
	return err
}

func (s *Store) closeAll() error {
	if s == nil {
		return nil
	}
	var errs []error
	if s.rw != nil {
		errs = append(errs, s.rw.Close())
		s.rw = nil
	}
	if s.ro != nil {
		errs = append(errs, s.ro.Close())
		s.ro = nil
	}
	return errors.Join(errs...)
}
