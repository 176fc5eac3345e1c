package data

import (
	"context"
	"path/filepath"
	"testing"
)

// newStore creates an event file under t.TempDir(), closed at cleanup.
func newStore(t testing.TB) *Store {
	t.Helper()
	s, err := Create(context.Background(), filepath.Join(t.TempDir(), "event.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustInsert(t testing.TB, s *Store, rs ...Record) {
	t.Helper()
	err := s.Write(context.Background(), func(tx *Tx) error {
		for _, r := range rs {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
