package ui

import (
	"errors"
	"testing"
)

func TestCanOpenWindow(t *testing.T) {
	tests := []struct {
		goos, display string
		want          error
	}{
		{"linux", "", ErrNoDisplay},
		{"linux", ":0", nil},
		{"freebsd", "", ErrNoDisplay},
		{"windows", "", nil},
		{"darwin", "", nil},
	}
	for _, tt := range tests {
		env := map[string]string{"DISPLAY": tt.display}
		got := canOpenWindow(tt.goos, func(k string) string { return env[k] })
		if !errors.Is(got, tt.want) {
			t.Errorf("canOpenWindow(%s, DISPLAY=%q) = %v, want %v", tt.goos, tt.display, got, tt.want)
		}
	}
}
