package data

import (
	"context"
	"crypto/hmac"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"golang.org/x/crypto/chacha20poly1305"
)

// Protected fields (tagged "sensitive": passport numbers, medical notes)
// are encrypted at rest, field by field, with XChaCha20-Poly1305 under the
// event's data key (see cryptkey.go). The data key is wrapped by a key
// derived from the event passphrase with Argon2id and kept in
// Event.DataKey, so it syncs with the event and laptops sharing the
// passphrase read each other's fields. Until the passphrase is entered,
// protected fields read as Locked.
//
// Sealing is deterministic: the nonce is an HMAC of the value and its place
// (table, row, column) under a key derived from the data key. The same
// value in the same place seals to the same text on every laptop, so that
// sealing is a change of representation, not a write: it needs no stamp
// and never overrides an edit made elsewhere. It reveals only whether one
// field of one row holds the same value in two places (a row and its
// history), which the stamps reveal anyway.

// Locked is what a protected field reads as while the passphrase has not
// been entered. Writing it back leaves the field unchanged.
const Locked = "\x00locked"

// IsLocked says whether a field value is the Locked placeholder.
func IsLocked(v string) bool { return v == Locked }

var (
	ErrWrongPassphrase = errors.New("wrong passphrase")
	ErrLocked          = errors.New("protected fields are locked: enter the event passphrase")
	ErrProtected       = errors.New("the event is already protected")
	ErrWeakPassphrase  = errors.New("the passphrase must have at least 8 characters")
)

const (
	sealPrefixV1 = "lodesk-enc:1:" // random nonce, under the only key (before key ids)
	sealPrefix   = "lodesk-enc:2:" // + key id + ":" + base64(nonce || sealed)
	keyPrefix    = "argon2id:1"
)

// isSealed says whether a stored value is a sealed one.
func isSealed(v string) bool { return strings.HasPrefix(v, "lodesk-enc:") }

// kdfParams are Argon2id's cost parameters (tests lower them).
var kdfParams = struct {
	time, memory uint32
	threads      uint8
}{time: 3, memory: 64 * 1024, threads: 2}

// Protected says whether the event has a passphrase.
func (s *Store) Protected(ctx context.Context) (bool, error) {
	ev, err := s.Event(ctx)
	if errors.Is(err, ErrNotFound) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	return ev.DataKey != "", nil
}

// Unlocked says whether protected fields can be read and written.
func (s *Store) Unlocked() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur != nil
}

// Unlock enters the event passphrase. A wrong one is ErrWrongPassphrase.
// On an event without a passphrase it only remembers it, for the keys of
// protected packs a sync may bring (LearnKey).
func (s *Store) Unlock(ctx context.Context, passphrase string) error {
	ev, err := s.Event(ctx)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return err
	}
	if ev == nil || ev.DataKey == "" {
		s.mu.Lock()
		s.pass = passphrase
		s.mu.Unlock()
		return nil
	}
	s.mu.Lock()
	same := s.cur != nil && s.cur.Wrapped == ev.DataKey && s.pass == passphrase
	s.mu.Unlock()
	if same { // entered already: spare the key derivation
		return nil
	}
	key, err := unwrapKey(ev.DataKey, passphrase)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.pass = passphrase
	s.mu.Unlock()
	s.useKey(newEventKey(key, ev.DataKey))
	return nil
}

// Protect sets the event passphrase: it makes a data key, seals in place
// every protected value already stored (in the rows, in every version in
// the change log and in kept conflicts), then checkpoints and vacuums so
// no plain text is left in the file or its WAL.
func (s *Store) Protect(ctx context.Context, passphrase string) error {
	if len([]rune(passphrase)) < 8 {
		return ErrWeakPassphrase
	}
	if p, err := s.Protected(ctx); err != nil {
		return err
	} else if p {
		return ErrProtected
	}
	raw := make([]byte, chacha20poly1305.KeySize)
	if _, err := rand.Read(raw); err != nil {
		return err
	}
	wrapped, err := wrapKey(raw, passphrase)
	if err != nil {
		return err
	}
	key := newEventKey(raw, wrapped)
	err = s.Write(ctx, func(tx *Tx) error {
		ev, err := s.Event(ctx)
		if err != nil {
			return err
		}
		h := tx.s.clock.Next()
		if _, err := tx.exec("UPDATE event SET data_key = ? WHERE id = ?", wrapped, ev.ID); err != nil {
			return err
		}
		if err := tx.stampField(h, "event", ev.ID, "data_key"); err != nil {
			return err
		}
		if err := tx.logChange(h, "update", "event", ev.ID, "data_key", string(encodeValue(wrapped))); err != nil {
			return err
		}
		if err := tx.keepKey(key); err != nil {
			return err
		}
		return tx.resealAll(key)
	})
	if err != nil {
		return fmt.Errorf("protect: %w", err)
	}
	s.mu.Lock()
	s.pass = passphrase
	s.mu.Unlock()
	s.useKey(key)
	return s.compact(ctx)
}

// compact rewrites the file so freed pages keep nothing, and empties the WAL.
func (s *Store) compact(ctx context.Context) error {
	for _, q := range []string{"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"} {
		if _, err := s.rw.ExecContext(ctx, q); err != nil {
			return fmt.Errorf("%s: %w", q, err)
		}
	}
	return nil
}

// seal encrypts a protected value with the current key, bound to its
// table, row and column. Without a key (event not protected) the value
// passes through; a value already sealed is re-sealed under the current
// key when it can be opened.
func (s *Store) seal(table, id, col, plain string) (string, error) {
	s.mu.Lock()
	key := s.cur
	s.mu.Unlock()
	if key == nil {
		return plain, nil
	}
	return sealWith(key, table, id, col, plain), nil
}

// sealWith seals plain under k, deterministically (see the package note).
func sealWith(k *EventKey, table, id, col, plain string) string {
	if plain == "" || plain == Locked {
		return plain
	}
	aad := []byte(table + "|" + id + "|" + col)
	mac := hmac.New(sha256.New, k.Derive("seal nonce"))
	mac.Write(aad)
	mac.Write([]byte{0})
	mac.Write([]byte(plain))
	aead, err := chacha20poly1305.NewX(k.key)
	if err != nil {
		panic(err) // the key has the right size
	}
	nonce := mac.Sum(nil)[:aead.NonceSize()]
	out := aead.Seal(nonce, nonce, []byte(plain), aad)
	return sealPrefix + k.ID + ":" + base64.RawStdEncoding.EncodeToString(out)
}

// open decrypts a stored protected value; sealed values read as Locked
// without their key.
func (s *Store) open(table, id, col, stored string) (string, error) {
	if !isSealed(stored) {
		return stored, nil
	}
	kid, body, v1 := sealedParts(stored)
	s.mu.Lock()
	key := s.cur
	if !v1 {
		key = s.keys[kid]
	}
	s.mu.Unlock()
	if key == nil {
		return Locked, nil
	}
	return openWith(key, table, id, col, body)
}

// sealedParts splits a sealed value into its key id and body.
func sealedParts(stored string) (kid, body string, v1 bool) {
	if strings.HasPrefix(stored, sealPrefixV1) {
		return "", stored[len(sealPrefixV1):], true
	}
	rest := strings.TrimPrefix(stored, sealPrefix)
	kid, body, _ = strings.Cut(rest, ":")
	return kid, body, false
}

func openWith(k *EventKey, table, id, col, body string) (string, error) {
	raw, err := base64.RawStdEncoding.DecodeString(body)
	if err != nil {
		return "", fmt.Errorf("%s.%s: damaged protected value: %w", table, col, err)
	}
	aead, err := chacha20poly1305.NewX(k.key)
	if err != nil {
		return "", err
	}
	if len(raw) < aead.NonceSize() {
		return "", fmt.Errorf("%s.%s: damaged protected value", table, col)
	}
	plain, err := aead.Open(nil, raw[:aead.NonceSize()], raw[aead.NonceSize():], []byte(table+"|"+id+"|"+col))
	if err != nil {
		return "", fmt.Errorf("%s.%s: protected value does not decrypt: %w", table, col, err)
	}
	return string(plain), nil
}
