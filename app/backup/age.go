package backup

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"filippo.io/age"

	"lodesk/data"
)

// An encrypted backup (of a protected event) is
//
//	lodesk encrypted backup v1\n
//	key: HEADER\n
//	AGE PAYLOAD (the checked copy, encrypted with age)
//
// where HEADER is data.BackupKey.Header: the wrapped data key and the
// sealed age identity, useless without the event passphrase.
const (
	ageMagic     = "lodesk encrypted backup v1\n"
	ageKeyPrefix = "key: "
	maxHeader    = 4096
)

// ErrPassphrase means the backup is encrypted and no passphrase was given.
var ErrPassphrase = errors.New("the backup is encrypted: the event passphrase is needed")

// Encrypted says whether the file at path is an encrypted backup.
func Encrypted(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	buf := make([]byte, len(ageMagic))
	n, _ := io.ReadFull(f, buf)
	return string(buf[:n]) == ageMagic, nil
}

// encryptFile writes the checked copy plain, encrypted to k, as dest,
// which must not exist: under a temporary name, synced, then named.
func encryptFile(plain, dest string, k *data.BackupKey) (err error) {
	dir, base := filepath.Split(dest)
	if dir == "" {
		dir = "."
	}
	in, err := os.Open(plain)
	if err != nil {
		return err
	}
	defer in.Close()
	tmp, err := os.CreateTemp(dir, base+".*.partial")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	bw := bufio.NewWriter(tmp)
	if _, err := bw.WriteString(ageMagic + ageKeyPrefix + k.Header + "\n"); err != nil {
		return err
	}
	w, err := age.Encrypt(bw, k.Recipient)
	if err != nil {
		return err
	}
	if _, err := io.Copy(w, in); err != nil {
		return err
	}
	if err := w.Close(); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := tmp.Sync(); err != nil {
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := placeNew(tmp.Name(), dest); err != nil {
		return err
	}
	return data.SyncDir(dir)
}

// decryptTo writes the database inside the encrypted backup from to w.
func decryptTo(from string, w io.Writer, passphrase string) error {
	f, err := os.Open(from)
	if err != nil {
		return err
	}
	defer f.Close()
	br := bufio.NewReaderSize(io.LimitReader(f, 1<<40), maxHeader+len(ageMagic))
	magic := make([]byte, len(ageMagic))
	if _, err := io.ReadFull(br, magic); err != nil || string(magic) != ageMagic {
		return fmt.Errorf("%s: %w", from, data.ErrNotEventFile)
	}
	line, err := br.ReadSlice('\n')
	if err != nil || !strings.HasPrefix(string(line), ageKeyPrefix) {
		return &data.DamageError{Path: from, Problems: []string{"the key line is missing"}}
	}
	header := strings.TrimSuffix(strings.TrimPrefix(string(line), ageKeyPrefix), "\n")
	if passphrase == "" {
		return fmt.Errorf("%s: %w", from, ErrPassphrase)
	}
	id, err := data.BackupIdentity(header, passphrase)
	if err != nil {
		if errors.Is(err, data.ErrDamaged) {
			return &data.DamageError{Path: from, Problems: []string{err.Error()}}
		}
		return fmt.Errorf("%s: %w", from, err)
	}
	r, err := age.Decrypt(br, id)
	if err != nil {
		return &data.DamageError{Path: from, Problems: []string{err.Error()}}
	}
	if _, err := io.Copy(w, r); err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return err // the target, not the backup
		}
		return &data.DamageError{Path: from, Problems: []string{err.Error()}}
	}
	return nil
}
