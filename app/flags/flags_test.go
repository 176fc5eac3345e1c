package flags

import (
	"errors"
	"image/color"
	"io/fs"
	"path"
	"strings"
	"testing"

	"lodesk/assets"
)

func at(t *testing.T, country string, fx, fy float64) color.RGBA {
	t.Helper()
	img, err := Image(country, 160)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	return img.RGBAAt(int(fx*float64(b.Dx())), int(fy*float64(b.Dy())))
}

func near(c color.RGBA, r, g, b uint8) bool {
	d := func(x, y uint8) int {
		if x > y {
			return int(x - y)
		}
		return int(y - x)
	}
	return c.A > 200 && d(c.R, r)+d(c.G, g)+d(c.B, b) < 60
}

// TestFlagsDraw samples flags whose SVG uses what oksvg cannot read as
// published: combined and one-argument transforms (Japan, Vietnam,
// Israel), <use> (South Korea, China) and markers (the United States'
// stars).
func TestFlagsDraw(t *testing.T) {
	tests := []struct {
		country string
		fx, fy  float64
		r, g, b uint8
	}{
		{"ID", 0.5, 0.25, 0xe7, 0x00, 0x11},  // red band
		{"id", 0.5, 0.75, 0xff, 0xff, 0xff},  // white band
		{"JP", 0.5, 0.5, 0xbc, 0x00, 0x2d},   // the sun
		{"JP", 0.1, 0.1, 0xff, 0xff, 0xff},   // the white field
		{"VN", 0.1, 0.1, 0xda, 0x25, 0x1d},   // red field
		{"VN", 0.5, 0.45, 0xff, 0xff, 0x00},  // the star
		{"IL", 0.5, 0.15, 0x00, 0x38, 0xb8},  // the blue stripe
		{"KR", 0.15, 0.5, 0xff, 0xff, 0xff},  // white field
		{"KR", 0.5, 0.35, 0xcd, 0x2e, 0x3a},  // the red half of the taegeuk
		{"CN", 0.2, 0.3, 0xff, 0xff, 0x00},   // the big star
		{"SG", 0.12, 0.22, 0xff, 0xff, 0xff}, // the crescent (repeated arcs)
		{"SG", 0.05, 0.22, 0xdf, 0x00, 0x00}, // red beside it
		{"DZ", 0.6, 0.5, 0xd2, 0x10, 0x34},   // the star (repeated arcs)
		{"DZ", 0.52, 0.4, 0xff, 0xff, 0xff},  // white inside the crescent
		{"US", 0.9, 0.03, 0xbd, 0x3d, 0x44},  // a red stripe
		{"US", 0.9, 0.115, 0xff, 0xff, 0xff}, // a white stripe
	}
	for _, tt := range tests {
		if c := at(t, tt.country, tt.fx, tt.fy); !near(c, tt.r, tt.g, tt.b) {
			t.Errorf("%s at (%.2f, %.2f) = %v, want #%02x%02x%02x", tt.country, tt.fx, tt.fy, c, tt.r, tt.g, tt.b)
		}
	}
}

// TestUSStars counts white in the canton: the fifty stars are drawn.
func TestUSStars(t *testing.T) {
	img, err := Image("US", 320)
	if err != nil {
		t.Fatal(err)
	}
	white := 0
	for y := 2; y < 128; y++ {
		for x := 2; x < 180; x++ {
			if c := img.RGBAAt(x, y); c.R > 200 && c.G > 200 && c.B > 200 {
				white++
			}
		}
	}
	if white < 1500 {
		t.Errorf("%d white pixels in the canton: the stars are missing", white)
	}
}

// TestEveryFlagDraws draws every flag of the set: each parses and paints
// most of its area.
func TestEveryFlagDraws(t *testing.T) {
	files, _ := fs.Glob(assets.Flags, "flags/4x3/*.svg")
	if len(files) < 250 {
		t.Fatalf("%d flags", len(files))
	}
	for _, f := range files {
		code := strings.TrimSuffix(path.Base(f), ".svg")
		if len(code) != 2 || code == "xx" { // xx: the blank "unknown" flag
			continue // regions and organisations (gb-eng, eu, un)
		}
		img, err := Image(code, 48)
		if err != nil {
			t.Errorf("%s: %v", code, err)
			continue
		}
		b := img.Bounds()
		painted := 0
		for y := 1; y < b.Dy()-1; y++ {
			for x := 1; x < b.Dx()-1; x++ {
				if c := img.RGBAAt(x, y); c.R < 250 || c.G < 250 || c.B < 250 {
					painted++
				}
			}
		}
		if total := (b.Dx() - 2) * (b.Dy() - 2); painted < total/10 {
			t.Errorf("%s: only %d of %d pixels painted", code, painted, total)
		}
	}
	if _, err := Image("QZ", 48); !errors.Is(err, ErrNoFlag) {
		t.Errorf("QZ: %v", err)
	}
	if _, err := PNG("../etc", 48); !errors.Is(err, ErrNoFlag) {
		t.Errorf("path: %v", err)
	}
}

func TestExplicitPath(t *testing.T) {
	tests := []struct{ in, want string }{
		{"M146 40.2a84.4 84.4 0 0 0 .8 165.2 86 86 0 0 1-106.6-59z", "M146 40.2 a84.4 84.4 0 0 0 .8 165.2 a86 86 0 0 1 -106.6 -59 z"},
		{"m0 0 16 11h61 61", "m0 0 l16 11 h61 h61"},
		{"M1,2L3,4", "M1 2 L3 4"},
		{"a1 1 0 011 2", "a1 1 0 0 1 1 2"},
		{"M1 x", "M1 x"}, // not understood: left alone
	}
	for _, tt := range tests {
		if got := explicitPath(tt.in); got != tt.want {
			t.Errorf("explicitPath(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
