package flags

import (
	"bytes"
	"image/draw"
	"io/fs"
	"os"
	"strings"
	"testing"

	"github.com/srwiley/rasterx"

	"lodesk/assets"
)

// TestBandScannerSamePixels: flags drawn row band by row band are pixel
// for pixel the ones rasterx's ScannerGV draws, at the widths the
// program uses (64, 96, 240 and 480). A few intricate emblems at one
// width by default; LODESK_ALL_FLAGS=1 compares every flag of the set at
// every width (under a minute).
func TestBandScannerSamePixels(t *testing.T) {
	countries := []string{"es", "mx", "gb", "us", "sa"}
	widths := []int{96} // rasterx's scanner is slow: CI runs this under -race
	if os.Getenv("LODESK_ALL_FLAGS") != "" {
		widths = []int{64, 96, 240, 480}
		entries, err := fs.ReadDir(assets.Flags, "flags/4x3")
		if err != nil {
			t.Fatal(err)
		}
		countries = countries[:0]
		for _, e := range entries {
			if c := strings.TrimSuffix(e.Name(), ".svg"); Has(c) {
				countries = append(countries, c)
			}
		}
	}
	band := newScanner
	defer func() { newScanner = band }()
	gv := func(w, h int, dst draw.Image) rasterx.Scanner { return rasterx.NewScannerGV(w, h, dst, dst.Bounds()) }
	for _, c := range countries {
		for _, w := range widths {
			newScanner = band
			got, err := Image(c, w)
			if err != nil {
				t.Fatal(err)
			}
			newScanner = gv
			want, err := Image(c, w)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Pix, want.Pix) {
				t.Errorf("%s at %d px: not the same pixels", c, w)
			}
		}
	}
}
