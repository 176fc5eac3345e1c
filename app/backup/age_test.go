package backup

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"lodesk/data"
)

const (
	passport = "X9988776Q"
	medical  = "insulin-dependent diabetes"
	pass     = "correct horse battery"
)

// newProtected creates a protected event with one HOD holding a passport
// number and a medical note, and returns its path, closed.
func newProtected(t *testing.T, dir string) string {
	t.Helper()
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(dir, "Summit.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	d := &data.Delegation{Code: "FRA", Name: "France", Kind: "country", Country: "FR"}
	err = s.Write(ctx, func(tx *data.Tx) error {
		if err := tx.Insert(&data.Event{Name: "Summit"}); err != nil {
			return err
		}
		if err := tx.Insert(d); err != nil {
			return err
		}
		return tx.Insert(&data.Person{DelegationID: d.ID, Role: "hod", FullName: "Jean Dupont", PassportNo: passport, Medical: medical})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Protect(ctx, pass); err != nil {
		t.Fatal(err)
	}
	return s.Path()
}

func noSecrets(t *testing.T, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range []string{passport, medical} {
		if bytes.Contains(b, []byte(secret)) {
			t.Errorf("%s holds %q in plain text", path, secret)
		}
	}
}

func TestProtectedBackupIsEncrypted(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	bdir := filepath.Join(dir, "backups")
	path := newProtected(t, dir)

	// The first backup on this laptop needs the event unlocked once.
	ro, err := data.Open(ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Backup(ctx, ro, bdir, time.Now()); !errors.Is(err, data.ErrLocked) {
		t.Errorf("backup with no key yet, locked: %v, want ErrLocked", err)
	}
	ro.Close()
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Unlock(ctx, pass); err != nil {
		t.Fatal(err)
	}
	first, err := Backup(ctx, s, bdir, time.Now().Add(-time.Hour))
	s.Close()
	if err != nil || !first.Encrypted {
		t.Fatalf("first backup: %+v %v", first, err)
	}
	// Later backups are taken locked, read-only even.
	ro, err = data.Open(ctx, path, data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	second, err := Backup(ctx, ro, bdir, time.Now())
	ro.Close()
	if err != nil || !second.Encrypted {
		t.Fatalf("locked backup: %+v %v", second, err)
	}
	entries, _ := os.ReadDir(bdir)
	if len(entries) != 2 {
		t.Errorf("backup folder holds %d files, want the 2 backups alone", len(entries))
	}
	for _, b := range []Info{first, second} {
		noSecrets(t, b.Path)
	}
	if list, _ := List(bdir, "Summit"); len(list) != 2 || !list[0].Encrypted {
		t.Errorf("List = %+v", list)
	}

	to := filepath.Join(dir, "restored.lodesk")
	if err := RestoreAs(ctx, second.Path, to, ""); !errors.Is(err, ErrPassphrase) {
		t.Errorf("restore without passphrase: %v, want ErrPassphrase", err)
	}
	if err := RestoreAs(ctx, second.Path, to, "wrong horse battery"); !errors.Is(err, data.ErrWrongPassphrase) {
		t.Errorf("restore with a wrong passphrase: %v, want ErrWrongPassphrase", err)
	}
	if _, err := os.Stat(to); err == nil {
		t.Fatal("a failed restore left the target")
	}
	if _, _, err := NewestGood(ctx, bdir, "Summit", ""); !errors.Is(err, ErrPassphrase) {
		t.Errorf("NewestGood without passphrase: %v", err)
	}
	good, _, err := NewestGood(ctx, bdir, "Summit", pass)
	if err != nil || good.Path != second.Path {
		t.Fatalf("NewestGood = %v %v", good, err)
	}
	if err := RestoreAs(ctx, second.Path, to, pass); err != nil {
		t.Fatal(err)
	}
	noSecrets(t, to) // the fields stay encrypted inside
	r, err := data.Open(ctx, to, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if err := r.Unlock(ctx, pass); err != nil {
		t.Fatal(err)
	}
	people, err := data.All[data.Person](ctx, r)
	if err != nil || len(people) != 1 || people[0].PassportNo != passport || people[0].Medical != medical {
		t.Fatalf("restored people: %+v %v", people, err)
	}
}

func TestEncryptedBackupDamage(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := newProtected(t, dir)
	s, err := data.Open(ctx, path, data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Unlock(ctx, pass)
	info, err := Backup(ctx, s, dir, time.Now())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(info.Path)
	b[len(b)-100] ^= 1
	os.WriteFile(info.Path, b, 0o600)
	err = RestoreAs(ctx, info.Path, filepath.Join(dir, "r.lodesk"), pass)
	if !errors.Is(err, data.ErrDamaged) {
		t.Errorf("restore of a flipped bit: %v, want ErrDamaged", err)
	}
}
