package los

import (
	"errors"
	"testing"

	"lodesk/app/field"
	"lodesk/data"
)

// TestCheckFieldsSaysEveryProblem: a blank name, a bad e-mail and an end
// before the start are all said at once, each naming its field.
func TestCheckFieldsSaysEveryProblem(t *testing.T) {
	lo := data.LO{FullName: " ", Email: "adi.example", AvailableFrom: "2026-11-20", AvailableTo: "2026-11-10"}
	err := CheckFields(&lo, "ID")
	j, ok := err.(interface{ Unwrap() []error })
	if !ok {
		t.Fatalf("one problem said: %v", err)
	}
	var got []string
	for _, e := range j.Unwrap() {
		got = append(got, field.Of(e))
	}
	want := []string{"full_name", "email", "available_to"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("fields %q, want %q", got, want)
	}
	if !errors.Is(err, field.ErrRequired) || !errors.Is(err, field.ErrEndBeforeStart) {
		t.Errorf("the rules' errors are lost: %v", err)
	}
	ok2 := data.LO{FullName: "Adi", Email: "adi@example.org"}
	if err := CheckFields(&ok2, "ID"); err != nil {
		t.Errorf("a good LO refused: %v", err)
	}
}
