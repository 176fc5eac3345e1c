package data

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func init() {
	kdfParams.time, kdfParams.memory, kdfParams.threads = 1, 1024, 1 // fast tests
}

// fileHas says whether the event file or its WAL contains b.
func fileHas(t *testing.T, path string, b string) bool {
	t.Helper()
	for _, p := range []string{path, path + "-wal"} {
		raw, err := os.ReadFile(p)
		if err != nil && !errors.Is(err, os.ErrNotExist) {
			t.Fatal(err)
		}
		if bytes.Contains(raw, []byte(b)) {
			return true
		}
	}
	return false
}

func TestProtect(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "e.lodesk")
	s, err := Create(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	d := &Delegation{Code: "RU", Name: "Russia"}
	mustInsert(t, s, &Event{Name: "Summit"}, d)
	p := &Person{
		DelegationID: d.ID, FullName: "Ivan Petrov", PassportNo: "PASS-775511", Medical: "HEART-CONDITION-X",
		Allergies: Allergies{{"peanut", SeveritySevere}}, Dietary: "halal",
	}
	mustInsert(t, s, p)
	p.Medical = "HEART-CONDITION-Y"
	if err := s.Update(ctx, p); err != nil {
		t.Fatal(err)
	}
	if err := s.Protect(ctx, "short"); !errors.Is(err, ErrWeakPassphrase) {
		t.Errorf("weak passphrase: %v", err)
	}
	if err := s.Protect(ctx, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	if err := s.Protect(ctx, "another passphrase"); !errors.Is(err, ErrProtected) {
		t.Errorf("second protect: %v", err)
	}
	// Readable while the key is held; new writes are sealed too.
	got, err := Get[Person](ctx, s, p.ID)
	if err != nil || got.Medical != "HEART-CONDITION-Y" || got.PassportNo != "PASS-775511" {
		t.Fatalf("after protect: %+v %v", got, err)
	}
	mustInsert(t, s, &Person{DelegationID: d.ID, FullName: "Olga", PassportNo: "PASS-998877"})
	s.Close()
	for _, secret := range []string{"PASS-775511", "HEART-CONDITION-X", "HEART-CONDITION-Y", "PASS-998877"} {
		if fileHas(t, path, secret) {
			t.Errorf("%s found in plain text after protect", secret)
		}
	}
	if !fileHas(t, path, "peanut") {
		t.Error("allergies must stay readable")
	}

	s, err = Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if prot, _ := s.Protected(ctx); !prot || s.Unlocked() {
		t.Fatalf("protected=%v unlocked=%v", prot, s.Unlocked())
	}
	got, err = Get[Person](ctx, s, p.ID)
	if err != nil || !IsLocked(got.Medical) || !IsLocked(got.PassportNo) || got.Allergies[0].Substance != "peanut" {
		t.Fatalf("locked read: %+v %v", got, err)
	}
	// Editing other fields while locked keeps the protected ones.
	got.Position = "Deputy Minister"
	if err := s.Update(ctx, got); err != nil {
		t.Fatalf("update while locked: %v", err)
	}
	got.Medical = "new note"
	if err := s.Update(ctx, got); !errors.Is(err, ErrLocked) {
		t.Errorf("changing a protected field while locked: %v", err)
	}
	if err := s.Insert(ctx, &Person{DelegationID: d.ID, FullName: "X", PassportNo: "P1"}); !errors.Is(err, ErrLocked) {
		t.Errorf("inserting a protected value while locked: %v", err)
	}
	if err := s.Unlock(ctx, "wrong passphrase"); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	if err := s.Unlock(ctx, "correct horse battery"); err != nil {
		t.Fatal(err)
	}
	got, err = Get[Person](ctx, s, p.ID)
	if err != nil || got.Medical != "HEART-CONDITION-Y" || got.PassportNo != "PASS-775511" || got.Position != "Deputy Minister" {
		t.Fatalf("unlocked read: %+v %v", got, err)
	}
	h, err := s.History(ctx, "person", p.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range h {
		if bytes.Contains([]byte(c.Value), []byte("HEART")) || bytes.Contains([]byte(c.Value), []byte("PASS-")) {
			t.Errorf("change log keeps plain text: %+v", c)
		}
	}
}

func TestSealedValueBoundToItsPlace(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	d := &Delegation{Code: "A"}
	mustInsert(t, s, &Event{Name: "E"}, d)
	a := &Person{DelegationID: d.ID, FullName: "A", Medical: "secret-a"}
	b := &Person{DelegationID: d.ID, FullName: "B", Medical: "secret-b"}
	mustInsert(t, s, a, b)
	if err := s.Protect(ctx, "passphrase-123"); err != nil {
		t.Fatal(err)
	}
	// Copy a's sealed value onto b: it must not decrypt there.
	if _, err := s.rw.Exec("UPDATE person SET medical = (SELECT medical FROM person WHERE id = ?) WHERE id = ?", a.ID, b.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := Get[Person](ctx, s, b.ID); err == nil {
		t.Error("a sealed value moved to another row decrypted")
	}
}
