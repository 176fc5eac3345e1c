package data

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/chacha20poly1305"
)

// Protected fields (tagged "sensitive": passport numbers, medical notes)
// are encrypted at rest, field by field, with XChaCha20-Poly1305 under the
// event's data key. The data key is wrapped by a key derived from the event
// passphrase with Argon2id and kept in Event.DataKey, so it syncs with the
// event and laptops sharing the passphrase read each other's fields. Until
// the passphrase is entered, protected fields read as Locked.

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
	sealPrefix = "lodesk-enc:1:"
	keyPrefix  = "argon2id:1"
)

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
	return s.dataKey != nil
}

// Unlock enters the event passphrase. A wrong one is ErrWrongPassphrase.
func (s *Store) Unlock(ctx context.Context, passphrase string) error {
	ev, err := s.Event(ctx)
	if err != nil {
		return err
	}
	if ev.DataKey == "" {
		return nil
	}
	key, err := unwrapKey(ev.DataKey, passphrase)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.dataKey = key
	s.mu.Unlock()
	return nil
}

// Protect sets the event passphrase: it makes a data key, encrypts every
// protected field already stored (in the rows and in the change log), then
// checkpoints and vacuums so no plain text is left in the file or its WAL.
func (s *Store) Protect(ctx context.Context, passphrase string) error {
	if len([]rune(passphrase)) < 8 {
		return ErrWeakPassphrase
	}
	if p, err := s.Protected(ctx); err != nil {
		return err
	} else if p {
		return ErrProtected
	}
	key := make([]byte, chacha20poly1305.KeySize)
	if _, err := rand.Read(key); err != nil {
		return err
	}
	wrapped, err := wrapKey(key, passphrase)
	if err != nil {
		return err
	}
	err = s.Write(ctx, func(tx *Tx) error {
		ev, err := s.Event(ctx)
		if err != nil {
			return err
		}
		ev.DataKey = wrapped
		if err := tx.Update(ev); err != nil {
			return err
		}
		s.mu.Lock()
		s.dataKey = key
		s.mu.Unlock()
		return tx.sealExisting()
	})
	if err != nil {
		s.mu.Lock()
		s.dataKey = nil
		s.mu.Unlock()
		return fmt.Errorf("protect: %w", err)
	}
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

// sealExisting encrypts the protected values already in the tables and the
// change log.
func (tx *Tx) sealExisting() error {
	for _, r := range AllRecords() {
		ti := infoOf(r)
		for _, c := range ti.cols {
			if !c.sensitive {
				continue
			}
			rows, err := tx.tx.QueryContext(tx.ctx, "SELECT id, "+c.name+" FROM "+ti.name+" WHERE "+c.name+" <> ''")
			if err != nil {
				return err
			}
			type pair struct{ id, v string }
			var todo []pair
			for rows.Next() {
				var p pair
				if err := rows.Scan(&p.id, &p.v); err != nil {
					rows.Close()
					return err
				}
				todo = append(todo, p)
			}
			rows.Close()
			for _, p := range todo {
				sealed, err := tx.s.seal(ti.name, p.id, c.name, p.v)
				if err != nil {
					return err
				}
				if _, err := tx.exec("UPDATE "+ti.name+" SET "+c.name+" = ? WHERE id = ?", sealed, p.id); err != nil {
					return err
				}
				// A fresh stamp, so laptops that hold the plain value take the
				// sealed one at their next sync.
				h := tx.s.clock.Next()
				if err := tx.stampField(h, ti.name, p.id, c.name); err != nil {
					return err
				}
				js, err := json.Marshal(sealed)
				if err != nil {
					return err
				}
				if err := tx.logChange(h, "update", ti.name, p.id, c.name, string(js)); err != nil {
					return err
				}
			}
			if err := tx.sealLog(ti, &c); err != nil {
				return err
			}
		}
	}
	return nil
}

// sealLog replaces plain protected values in the change log by the sealed
// values the rows now hold (history of an old value is dropped: it cannot be
// kept without keeping the plain text).
func (tx *Tx) sealLog(ti *tableInfo, c *column) error {
	if _, err := tx.exec(`UPDATE change_log SET value = (SELECT json_quote(t.`+c.name+`) FROM `+ti.name+` t WHERE t.id = change_log.row_id)
		WHERE tbl = ? AND op = 'update' AND field = ?`, ti.name, c.name); err != nil {
		return fmt.Errorf("seal change log: %w", err)
	}
	_, err := tx.exec(`UPDATE change_log SET value = json_set(value, '$.`+c.name+`', (SELECT t.`+c.name+` FROM `+ti.name+` t WHERE t.id = change_log.row_id))
		WHERE tbl = ? AND op = 'insert' AND value IS NOT NULL`, ti.name)
	if err != nil {
		return fmt.Errorf("seal change log: %w", err)
	}
	return nil
}

// seal encrypts a protected value, bound to its table, row and column.
// Without a key (event not protected) the value passes through.
func (s *Store) seal(table, id, col, plain string) (string, error) {
	s.mu.Lock()
	key := s.dataKey
	s.mu.Unlock()
	if plain == "" || strings.HasPrefix(plain, sealPrefix) {
		return plain, nil
	}
	if key == nil {
		return plain, nil
	}
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, aead.NonceSize(), aead.NonceSize()+len(plain)+aead.Overhead())
	if _, err := rand.Read(nonce); err != nil {
		return "", err
	}
	out := aead.Seal(nonce, nonce, []byte(plain), []byte(table+"|"+id+"|"+col))
	return sealPrefix + base64.RawStdEncoding.EncodeToString(out), nil
}

// open decrypts a stored protected value; sealed values read as Locked
// without the key.
func (s *Store) open(table, id, col, stored string) (string, error) {
	if !strings.HasPrefix(stored, sealPrefix) {
		return stored, nil
	}
	s.mu.Lock()
	key := s.dataKey
	s.mu.Unlock()
	if key == nil {
		return Locked, nil
	}
	raw, err := base64.RawStdEncoding.DecodeString(stored[len(sealPrefix):])
	if err != nil {
		return "", fmt.Errorf("%s.%s: damaged protected value: %w", table, col, err)
	}
	aead, err := chacha20poly1305.NewX(key)
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
