package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"
)

// capture writes what the test window shows to $CAPTURE_DIR/name.png when
// CAPTURE_DIR is set, to look at a layout while changing it.
func capture(t *testing.T, d *desk, name string) {
	t.Helper()
	dir := os.Getenv("CAPTURE_DIR")
	if dir == "" {
		return
	}
	f, err := os.Create(filepath.Join(dir, name+".png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, d.win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
