package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/google/uuid"
)

// A replica is one copy of the event file on one machine. The id stored in
// the file is trusted only while the file is where that id was minted: a
// copied, moved or restored file (another path, machine or inode) mints a
// new id before it writes, so two copies never write under one id.
func (s *Store) initReplica(ctx context.Context) error {
	here := FileIdentity(s.path)
	var id, where string
	err := s.rw.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'replica_id'").Scan(&id)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("read replica id: %w", err)
	}
	err = s.rw.QueryRowContext(ctx, "SELECT value FROM meta WHERE key = 'replica_home'").Scan(&where)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("read replica home: %w", err)
	}
	if id != "" && where == here {
		s.replica = id
		return nil
	}
	nid, err := uuid.NewV7()
	if err != nil {
		return err
	}
	tx, err := s.rw.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	const up = "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"
	if _, err := tx.ExecContext(ctx, up, "replica_id", nid.String()); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, up, "replica_home", here); err != nil {
		return err
	}
	if id != "" {
		if _, err := tx.ExecContext(ctx, up, "previous_replica_id", id); err != nil {
			return err
		}
	}
	// A copy does not own the ids the original wrote under.
	if _, err := tx.ExecContext(ctx, "DELETE FROM meta WHERE key = ?", metaOwnIDs); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save replica id: %w", err)
	}
	s.replica = nid.String()
	return nil
}

// FileIdentity names where a file lives: machine, absolute path and, where
// the OS has one, the file's inode.
func FileIdentity(path string) string {
	host, _ := os.Hostname()
	abs, err := filepath.Abs(path)
	if err != nil {
		abs = path
	}
	return host + "|" + abs + "|" + inode(path)
}
