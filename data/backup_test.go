package data

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fillContacts writes n contacts in one transaction.
func fillContacts(t testing.TB, s *Store, n int) {
	t.Helper()
	err := s.Write(context.Background(), func(tx *Tx) error {
		for i := range n {
			c := &Contact{Department: "transport", Name: fmt.Sprintf("Driver %05d", i), Phone: "+62 812 0000 0000", Notes: strings.Repeat("a note long enough to fill pages quickly ", 10)}
			if err := tx.Insert(c); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// damageMiddle overwrites a few pages in the middle of a closed file.
func damageMiddle(t testing.TB, path string) {
	t.Helper()
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	const page = 4096
	pages := fi.Size() / page
	if pages < 8 {
		t.Fatalf("%s has only %d pages", path, pages)
	}
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	junk := make([]byte, 3*page)
	for i := range junk {
		junk[i] = byte(i*7 + 13)
	}
	if _, err := f.WriteAt(junk, pages/2*page); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

func TestBackupToMakesSoundCopy(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	fillContacts(t, s, 500)
	dest := filepath.Join(t.TempDir(), "copy.lodesk-backup")
	if err := s.BackupTo(ctx, dest); err != nil {
		t.Fatal(err)
	}
	if err := VerifyFile(ctx, dest); err != nil {
		t.Fatal(err)
	}
	if got := pragma(t, dest, "journal_mode"); got != "delete" {
		t.Errorf("copy journal_mode = %s, want delete", got)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), "*"))
	if len(left) != 1 {
		t.Errorf("backup folder holds %v, want the copy alone", left)
	}
	if err := s.BackupTo(ctx, dest); !errors.Is(err, ErrExists) {
		t.Errorf("second backup to the same name: %v, want ErrExists", err)
	}
	c, err := Open(ctx, dest, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	got, err := All[Contact](ctx, c)
	if err != nil || len(got) != 500 {
		t.Fatalf("copy holds %d contacts (%v), want 500", len(got), err)
	}
}

func TestBackupFromReadOnlyWhileWriterOpen(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	fillContacts(t, s, 50)
	r, err := Open(ctx, s.Path(), Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	dest := filepath.Join(t.TempDir(), "b.lodesk-backup")
	if err := r.BackupTo(ctx, dest); err != nil {
		t.Fatal(err)
	}
	fillContacts(t, s, 1) // the writer is not held up
	if err := VerifyFile(ctx, dest); err != nil {
		t.Fatal(err)
	}
}

func TestVerifyFileRefusesOthers(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	if err := os.WriteFile(text, []byte("hello"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := VerifyFile(ctx, text); !errors.Is(err, ErrNotEventFile) {
		t.Errorf("text file: %v, want ErrNotEventFile", err)
	}
	if err := VerifyFile(ctx, dir); !errors.Is(err, ErrNotEventFile) {
		t.Errorf("folder: %v, want ErrNotEventFile", err)
	}
	if err := VerifyFile(ctx, filepath.Join(dir, "none")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v, want ErrNotExist", err)
	}
	after, _ := os.ReadFile(text)
	if string(after) != "hello" {
		t.Error("VerifyFile changed the file")
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 1 {
		t.Errorf("VerifyFile left %v", left)
	}
}

func TestQuickCheckFindsDamage(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	fillContacts(t, s, 2000)
	path := s.Path()
	if err := s.QuickCheck(ctx); err != nil {
		t.Fatalf("sound file: %v", err)
	}
	s.Close()
	damageMiddle(t, path)
	if err := VerifyFile(ctx, path); !errors.Is(err, ErrDamaged) {
		t.Errorf("VerifyFile on damaged file: %v, want ErrDamaged", err)
	}
	r, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	err = r.QuickCheck(ctx)
	var de *DamageError
	if !errors.As(err, &de) || !IsDamaged(err) || de.Path != path || len(de.Problems) == 0 {
		t.Fatalf("QuickCheck = %v, want a DamageError naming %s", err, path)
	}
	if len(de.Problems) > maxProblems+1 {
		t.Errorf("%d problems reported, want at most %d", len(de.Problems), maxProblems+1)
	}
}

func TestBackupOfDamagedFileFails(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	fillContacts(t, s, 2000)
	path := s.Path()
	s.Close()
	damageMiddle(t, path)
	r, err := Open(ctx, path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	dir := t.TempDir()
	err = r.BackupTo(ctx, filepath.Join(dir, "b.lodesk-backup"))
	var de *DamageError
	if !errors.As(err, &de) || de.Path != path {
		t.Fatalf("BackupTo of a damaged file = %v, want a DamageError naming %s", err, path)
	}
	if left, _ := filepath.Glob(filepath.Join(dir, "*")); len(left) != 0 {
		t.Errorf("a failed backup left %v", left)
	}
}

// TestOpenRefusesDamaged: a damaged file is never opened for writing
// (the quick_check in open).
func TestOpenRefusesDamaged(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	fillContacts(t, s, 2000)
	path := s.Path()
	s.Close()
	damageMiddle(t, path)
	before, _ := os.ReadFile(path)
	w, err := Open(ctx, path, Options{})
	if err == nil {
		w.Close()
		t.Fatal("a damaged file opened for writing")
	}
	if !errors.Is(err, ErrDamaged) {
		t.Fatalf("Open = %v, want ErrDamaged", err)
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Error("Open changed the damaged file")
	}
}
