// Package fieldtest checks, in the record packages' tests, that a rule
// refuses a value with the field and the error it should.
package fieldtest

import (
	"errors"
	"testing"

	"lodesk/app/field"
)

// Check fails t unless err is nil (name "") or a *field.Error about the
// field name that is want (any error when want is nil).
func Check(t testing.TB, err error, name string, want error) {
	t.Helper()
	if name == "" {
		if err != nil {
			t.Fatalf("got %v, want nil", err)
		}
		return
	}
	if field.Of(err) != name {
		t.Fatalf("got %v, want a problem with %s", err, name)
	}
	if want != nil && !errors.Is(err, want) {
		t.Fatalf("got %v, want %v", err, want)
	}
}
