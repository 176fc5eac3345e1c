package data

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// exchange merges everything each store holds into the other, both ways.
func exchange(t *testing.T, stores ...*Store) {
	t.Helper()
	for _, from := range stores {
		b := export(t, from)
		for _, to := range stores {
			if to != from {
				merge(t, to, b)
			}
		}
	}
}

// twoLaptops makes two stores holding one event with one person, as if
// the second had joined from the first.
func twoLaptops(t *testing.T) (a, b *Store, p *Person, paths [2]string) {
	t.Helper()
	dir := t.TempDir()
	paths = [2]string{filepath.Join(dir, "a.lodesk"), filepath.Join(dir, "b.lodesk")}
	var err error
	if a, err = Create(context.Background(), paths[0]); err != nil {
		t.Fatal(err)
	}
	if b, err = Create(context.Background(), paths[1]); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close(); b.Close() })
	d := &Delegation{Code: "RU", Name: "Russia"}
	p = &Person{DelegationID: "", FullName: "Ivan", PassportNo: "PASS-111", Medical: "MED-ORIGINAL"}
	mustInsert(t, a, &Event{Name: "Summit"}, d)
	p.DelegationID = d.ID
	mustInsert(t, a, p)
	exchange(t, a, b)
	return a, b, p, paths
}

func TestSealingIsDeterministic(t *testing.T) {
	k := newEventKey(make([]byte, 32), "w")
	x, y := sealWith(k, "person", "1", "medical", "asthma"), sealWith(k, "person", "1", "medical", "asthma")
	if x != y || !strings.HasPrefix(x, sealPrefix+k.ID+":") {
		t.Fatalf("%q %q", x, y)
	}
	for _, other := range []string{sealWith(k, "person", "2", "medical", "asthma"), sealWith(k, "person", "1", "medical", "asthma.")} {
		if other == x {
			t.Error("another place or value sealed to the same text")
		}
	}
	if plain, err := openWith(k, "person", "1", "medical", x[len(sealPrefix+k.ID+":"):]); err != nil || plain != "asthma" {
		t.Fatal(plain, err)
	}
}

// Protecting keeps a pending conflict of medical notes: both versions are
// still listed and readable, and neither is left in plain text in the
// file, its change log or its conflicts.
func TestProtectKeepsPendingConflicts(t *testing.T) {
	ctx := context.Background()
	a, b, p, paths := twoLaptops(t)
	pa, _ := Get[Person](ctx, a, p.ID)
	pa.Medical = "MED-FROM-A"
	if err := a.Update(ctx, pa); err != nil {
		t.Fatal(err)
	}
	pb, _ := Get[Person](ctx, b, p.ID)
	pb.Medical = "MED-FROM-B"
	if err := b.Update(ctx, pb); err != nil {
		t.Fatal(err)
	}
	exchange(t, a, b)
	before, err := a.Conflicts(ctx)
	if err != nil || len(before) != 1 {
		t.Fatalf("conflicts before: %v %v", before, err)
	}
	if err := a.Protect(ctx, "passphrase-123"); err != nil {
		t.Fatal(err)
	}
	after, err := a.Conflicts(ctx)
	if err != nil || len(after) != 1 || after[0].Current.Value != before[0].Current.Value || after[0].Other.Value != before[0].Other.Value {
		t.Fatalf("conflicts after protect: %+v %v (before %+v)", after, err, before)
	}
	for _, s := range []string{"MED-FROM-A", "MED-FROM-B", "MED-ORIGINAL", "PASS-111"} {
		if fileHas(t, paths[0], s) {
			t.Errorf("%s in plain text after protect", s)
		}
	}
}

// A protected laptop seals what arrives by merge before storing it; an
// unprotected one that merges the protection seals everything it holds.
func TestMergeSealsAndProtectionTravels(t *testing.T) {
	ctx := context.Background()
	a, b, p, paths := twoLaptops(t)
	if err := a.Protect(ctx, "passphrase-123"); err != nil {
		t.Fatal(err)
	}
	mustInsert(t, b, &Person{DelegationID: p.DelegationID, FullName: "Olga", PassportNo: "PASS-FROM-B"})
	merge(t, a, export(t, b))
	if fileHas(t, paths[0], "PASS-FROM-B") {
		t.Error("a value merged into a protected file is stored in plain text")
	}
	// B, without the passphrase, cannot take the protection.
	if _, err := b.Merge(ctx, export(t, a).changes, nil); err == nil {
		t.Fatal("a merge bringing a key without the passphrase succeeded")
	}
	if err := b.Unlock(ctx, "passphrase-123"); err != nil { // unprotected: only remembered
		t.Fatal(err)
	}
	merge(t, b, export(t, a))
	if prot, _ := b.Protected(ctx); !prot || !b.Unlocked() {
		t.Fatal("B did not become protected")
	}
	b.Close()
	for _, s := range []string{"PASS-111", "PASS-FROM-B", "MED-ORIGINAL"} {
		if fileHas(t, paths[1], s) {
			t.Errorf("%s in plain text on B after the protection arrived", s)
		}
	}
}

// Two laptops that protect the event independently, with one passphrase,
// end with one key: the later write of data_key; everything reads on both.
func TestIndependentProtectionConverges(t *testing.T) {
	ctx := context.Background()
	a, b, p, _ := twoLaptops(t)
	if err := a.Protect(ctx, "passphrase-123"); err != nil {
		t.Fatal(err)
	}
	mustInsert(t, a, &Person{DelegationID: p.DelegationID, FullName: "A's", PassportNo: "PASS-A"})
	if err := b.Protect(ctx, "passphrase-123"); err != nil {
		t.Fatal(err)
	}
	mustInsert(t, b, &Person{DelegationID: p.DelegationID, FullName: "B's", PassportNo: "PASS-B"})
	exchange(t, a, b)
	exchange(t, a, b)
	ka, _ := a.CurrentKey(ctx)
	kb, _ := b.CurrentKey(ctx)
	if ka == nil || kb == nil || ka.ID != kb.ID {
		t.Fatalf("keys: %v %v", ka, kb)
	}
	for _, s := range []*Store{a, b} {
		ps, err := s.FindPeople(ctx, PersonFilter{})
		if err != nil {
			t.Fatal(err)
		}
		got := map[string]string{}
		for _, q := range ps {
			got[q.FullName] = q.PassportNo
		}
		if got["Ivan"] != "PASS-111" || got["A's"] != "PASS-A" || got["B's"] != "PASS-B" {
			t.Errorf("passports: %v", got)
		}
	}
	if sa, sb := snap(t, a), snap(t, b); !equalSnaps(sa, sb) {
		t.Error("the two files differ after both keys met")
	}
}

func equalSnaps(a, b map[string][]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if strings.Join(v, "\n") != strings.Join(b[k], "\n") {
			return false
		}
	}
	return true
}

// A form that loaded the event before it was protected cannot undo the
// protection by saving.
func TestSavingAStaleEventKeepsTheKey(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	mustInsert(t, s, &Event{Name: "Summit"})
	stale, err := s.Event(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Protect(ctx, "passphrase-123"); err != nil {
		t.Fatal(err)
	}
	stale.Name = "Summit 2026"
	if err := s.Update(ctx, stale); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.Protected(ctx); !p {
		t.Fatal("saving a stale event removed the protection")
	}
}
