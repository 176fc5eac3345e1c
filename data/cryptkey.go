package data

import (
	"context"
	"crypto/hkdf"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// An event has one data key at a time: the one whose wrapped form is the
// event row's data_key, which syncs like any field (the latest write wins).
// Two laptops that protect the event independently each make a key; once
// their changes meet, both hold the same data_key, and every laptop
// re-seals what it holds under that key. The keys a file has met are kept
// wrapped in sync_key, so that values and packs sealed under an earlier key
// can still be opened with the passphrase.

// EventKey is an unwrapped event data key.
type EventKey struct {
	ID      string // a short hash of the key, safe to show and to store
	Wrapped string // the key wrapped with the passphrase (as in data_key)
	key     []byte
}

// Derive returns a 32-byte key for one purpose (HKDF-SHA256): packs are
// encrypted and authenticated with keys derived from the data key, never
// with the data key itself.
func (k *EventKey) Derive(purpose string) []byte {
	out, err := hkdf.Key(sha256.New, k.key, nil, "lodesk "+purpose, 32)
	if err != nil {
		panic(err) // only for lengths hkdf cannot produce
	}
	return out
}

func newEventKey(key []byte, wrapped string) *EventKey {
	k := &EventKey{Wrapped: wrapped, key: key}
	k.ID = hex.EncodeToString(k.Derive("key id")[:8])
	return k
}

// CurrentKey is the key protected values are sealed with and packs are
// written with: nil for an event without a passphrase, ErrLocked while the
// passphrase has not been entered.
func (s *Store) CurrentKey(ctx context.Context) (*EventKey, error) {
	ev, err := s.Event(ctx)
	if errors.Is(err, ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if ev.DataKey == "" {
		return nil, nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == nil || s.cur.Wrapped != ev.DataKey {
		return nil, ErrLocked
	}
	return s.cur, nil
}

// KeyByID returns a key this store has unwrapped, or nil.
func (s *Store) KeyByID(id string) *EventKey {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.keys[id]
}

// LearnKey unwraps a wrapped key met in a pack with the passphrase given to
// Unlock, and keeps it. Without a passphrase it is ErrLocked; a key the
// passphrase does not open is ErrWrongPassphrase.
func (s *Store) LearnKey(wrapped string) (*EventKey, error) {
	s.mu.Lock()
	for _, k := range s.keys {
		if k.Wrapped == wrapped {
			s.mu.Unlock()
			return k, nil
		}
	}
	pass := s.pass
	s.mu.Unlock()
	if pass == "" {
		return nil, ErrLocked
	}
	raw, err := unwrapKey(wrapped, pass)
	if err != nil {
		return nil, err
	}
	k := newEventKey(raw, wrapped)
	s.mu.Lock()
	s.keys[k.ID] = k
	s.mu.Unlock()
	return k, nil
}

// keyFor finds the key with this id: in memory, or wrapped in sync_key and
// opened with the passphrase.
func (s *Store) keyFor(ctx context.Context, q querier, id string) *EventKey {
	if k := s.KeyByID(id); k != nil {
		return k
	}
	rows, err := q.QueryContext(ctx, "SELECT wrapped FROM sync_key WHERE id = ?", id)
	if err != nil {
		return nil
	}
	var wrapped string
	if rows.Next() {
		_ = rows.Scan(&wrapped)
	}
	rows.Close()
	if wrapped == "" {
		return nil
	}
	k, err := s.LearnKey(wrapped)
	if err != nil || k.ID != id {
		return nil
	}
	return k
}

// keepKey records a key's wrapped form in sync_key.
func (tx *Tx) keepKey(k *EventKey) error {
	_, err := tx.exec("INSERT OR IGNORE INTO sync_key(id, wrapped) VALUES (?, ?)", k.ID, k.Wrapped)
	return err
}

// useKey makes k the key values are sealed with.
func (s *Store) useKey(k *EventKey) {
	s.mu.Lock()
	s.keys[k.ID] = k
	s.cur = k
	s.mu.Unlock()
}

// dataKeyStamp is the event's data_key and the stamp of its last write.
func dataKeyStamp(ctx context.Context, q *sql.Tx) (string, Stamp, bool, error) {
	var id, wrapped string
	var st Stamp
	err := q.QueryRowContext(ctx, "SELECT id, data_key, hlc, replica FROM event WHERE deleted = 0 ORDER BY hlc, id LIMIT 1").
		Scan(&id, &wrapped, &st.HLC, &st.Replica)
	if errors.Is(err, sql.ErrNoRows) {
		return "", Stamp{}, false, nil
	}
	if err != nil {
		return "", Stamp{}, false, err
	}
	var fs Stamp
	err = q.QueryRowContext(ctx, "SELECT hlc, replica FROM stamp WHERE tbl = 'event' AND row_id = ? AND field = 'data_key'", id).
		Scan(&fs.HLC, &fs.Replica)
	switch {
	case err == nil:
		st = fs
	case !errors.Is(err, sql.ErrNoRows):
		return "", Stamp{}, false, err
	}
	return wrapped, st, true, nil
}

// wrapKey encrypts the data key under a key derived from the passphrase:
// "argon2id:1$time$memory$threads$salt$sealed".
func wrapKey(key []byte, passphrase string) (string, error) {
	salt := make([]byte, 16)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	p := kdfParams
	kek := argon2.IDKey([]byte(passphrase), salt, p.time, p.memory, p.threads, chacha20poly1305.KeySize)
	aead, err := chacha20poly1305.NewX(kek)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	sealed := aead.Seal(nonce, nonce, key, []byte(keyPrefix))
	enc := base64.RawStdEncoding.EncodeToString
	return strings.Join([]string{
		keyPrefix, strconv.Itoa(int(p.time)), strconv.Itoa(int(p.memory)),
		strconv.Itoa(int(p.threads)), enc(salt), enc(sealed),
	}, "$"), nil
}

func unwrapKey(wrapped, passphrase string) ([]byte, error) {
	parts := strings.Split(wrapped, "$")
	if len(parts) != 6 || parts[0] != keyPrefix {
		return nil, fmt.Errorf("unknown key format %q", parts[0])
	}
	t, err1 := strconv.ParseUint(parts[1], 10, 32)
	m, err2 := strconv.ParseUint(parts[2], 10, 32)
	th, err3 := strconv.ParseUint(parts[3], 10, 8)
	salt, err4 := base64.RawStdEncoding.DecodeString(parts[4])
	sealed, err5 := base64.RawStdEncoding.DecodeString(parts[5])
	// Bounds on the costs a file may ask for, so a crafted one cannot
	// exhaust memory or time: 256 MiB, 16 passes.
	if err := errors.Join(err1, err2, err3, err4, err5); err != nil || t == 0 || t > 16 || th == 0 || m > 256<<10 {
		return nil, fmt.Errorf("damaged key: %v", err)
	}
	kek := argon2.IDKey([]byte(passphrase), salt, uint32(t), uint32(m), uint8(th), chacha20poly1305.KeySize)
	aead, err := chacha20poly1305.NewX(kek)
	if err != nil {
		return nil, err
	}
	if len(sealed) < aead.NonceSize() {
		return nil, errors.New("damaged key")
	}
	key, err := aead.Open(nil, sealed[:aead.NonceSize()], sealed[aead.NonceSize():], []byte(keyPrefix))
	if err != nil {
		return nil, ErrWrongPassphrase
	}
	return key, nil
}

// KeyStamp is the stamp of the write that gave the event its current key
// (false for an event without one): a protected pack carries that write,
// so that the protection reaches every laptop that reads one.
func (s *Store) KeyStamp(ctx context.Context) (Stamp, bool, error) {
	tx, err := s.ro.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return Stamp{}, false, err
	}
	defer tx.Rollback() //nolint:errcheck // read-only
	wrapped, st, ok, err := dataKeyStamp(ctx, tx)
	return st, ok && wrapped != "", err
}
