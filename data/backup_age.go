package data

// Backups of a protected event are encrypted with age to an X25519 key of
// this replica, so that they can be taken while the event is locked (on
// open, before the passphrase is entered). The recipient (the public half)
// is kept in meta in the clear; the identity is kept in meta sealed with
// the data key. Every encrypted backup carries, in the clear, the wrapped
// data key and the sealed identity: the event passphrase, as it was when
// the backup was taken, is all a restore needs.

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"filippo.io/age"
)

const (
	metaBackupRecipient = "backup_recipient"
	metaBackupIdentity  = "backup_identity"
	backupKeyVersion    = "lodesk-backup-key:1"
)

// BackupKey is what encrypting one event's backups takes.
type BackupKey struct {
	Recipient age.Recipient
	// Header goes in the clear before the age payload: the wrapped data
	// key and the sealed identity. One line, no spaces but the separators.
	Header string
}

// BackupKey returns the key this event's backups are encrypted with, or nil
// for an event without a passphrase. The first call on a replica, which
// must be unlocked and open for writing, makes the key; until then a
// protected event gives ErrLocked.
func (s *Store) BackupKey(ctx context.Context) (*BackupKey, error) {
	ev, err := s.Event(ctx)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("backup key: %w", err)
	}
	if ev.DataKey == "" {
		return nil, nil
	}
	rcpt, sealed, err := s.readBackupKey(ctx)
	if err != nil {
		return nil, err
	}
	if rcpt == "" {
		if rcpt, sealed, err = s.makeBackupKey(ctx); err != nil {
			return nil, err
		}
	}
	r, err := age.ParseX25519Recipient(rcpt)
	if err != nil {
		return nil, fmt.Errorf("backup key: %w", err)
	}
	return &BackupKey{Recipient: r, Header: backupKeyVersion + " " + ev.DataKey + " " + sealed}, nil
}

func (s *Store) readBackupKey(ctx context.Context) (rcpt, sealed string, err error) {
	rows, err := s.ro.QueryContext(ctx, "SELECT key, value FROM meta WHERE key IN (?, ?)", metaBackupRecipient, metaBackupIdentity)
	if err != nil {
		return "", "", fmt.Errorf("backup key: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return "", "", fmt.Errorf("backup key: %w", err)
		}
		if k == metaBackupRecipient {
			rcpt = v
		} else {
			sealed = v
		}
	}
	if err := rows.Err(); err != nil {
		return "", "", fmt.Errorf("backup key: %w", err)
	}
	if (rcpt == "") != (sealed == "") {
		return "", "", fmt.Errorf("backup key: half of it is missing")
	}
	return rcpt, sealed, nil
}

func (s *Store) makeBackupKey(ctx context.Context) (rcpt, sealed string, err error) {
	if s.rw == nil {
		return "", "", fmt.Errorf("backup key: %w", ErrLocked)
	}
	if !s.Unlocked() {
		return "", "", fmt.Errorf("backup key: %w", ErrLocked)
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		return "", "", fmt.Errorf("backup key: %w", err)
	}
	if sealed, err = s.seal("meta", metaBackupIdentity, "value", id.String()); err != nil {
		return "", "", fmt.Errorf("backup key: %w", err)
	}
	rcpt = id.Recipient().String()
	tx, err := s.rw.BeginTx(ctx, nil)
	if err != nil {
		return "", "", fmt.Errorf("backup key: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // no-op after Commit
	const put = "INSERT INTO meta(key, value) VALUES (?, ?)"
	if _, err := tx.ExecContext(ctx, put, metaBackupRecipient, rcpt); err != nil {
		return "", "", fmt.Errorf("backup key: %w", err)
	}
	if _, err := tx.ExecContext(ctx, put, metaBackupIdentity, sealed); err != nil {
		return "", "", fmt.Errorf("backup key: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return "", "", fmt.Errorf("backup key: %w", err)
	}
	return rcpt, sealed, nil
}

// Bounds on the Argon2id cost a backup header may ask for: the header
// comes from a file on disk, and an absurd memory cost would exhaust the
// laptop before the passphrase is even tried.
const (
	maxBackupKDFMemory = 256 << 10 // KiB: 256 MiB, four times today's cost
	maxBackupKDFTime   = 16
)

// BackupIdentity opens the header of an encrypted backup with the event
// passphrase and returns the identity that decrypts it. A wrong passphrase
// is ErrWrongPassphrase; a header that cannot be read is ErrDamaged.
func BackupIdentity(header, passphrase string) (age.Identity, error) {
	f := strings.Split(header, " ")
	if len(f) != 3 || f[0] != backupKeyVersion {
		return nil, fmt.Errorf("backup key: %w", ErrDamaged)
	}
	p := strings.Split(f[1], "$")
	if len(p) != 6 {
		return nil, fmt.Errorf("backup key: %w", ErrDamaged)
	}
	t, err1 := strconv.ParseUint(p[1], 10, 32)
	m, err2 := strconv.ParseUint(p[2], 10, 32)
	if err1 != nil || err2 != nil || t > maxBackupKDFTime || m > maxBackupKDFMemory {
		return nil, fmt.Errorf("backup key: %w", ErrDamaged)
	}
	key, err := unwrapKey(f[1], passphrase)
	if errors.Is(err, ErrWrongPassphrase) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("backup key: %w: %v", ErrDamaged, err)
	}
	opener := &Store{keys: map[string]*EventKey{}}
	opener.useKey(newEventKey(key, f[1]))
	s, err := opener.open("meta", metaBackupIdentity, "value", f[2])
	clear(key)
	if err != nil || s == Locked || !isSealed(f[2]) {
		return nil, fmt.Errorf("backup key: %w", ErrDamaged)
	}
	id, err := age.ParseX25519Identity(s)
	if err != nil {
		return nil, fmt.Errorf("backup key: %w", ErrDamaged)
	}
	return id, nil
}
