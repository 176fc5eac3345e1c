// Package pdftest holds what the tests of package pdf and of the packs
// share to check a drawn page against poppler's: rendering a PDF's first
// page with pdftoppm, scaling to grey cells, comparing, saving a PNG. Only
// tests import it.
package pdftest

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// NeedEnv, when set (CI sets it), makes a missing poppler tool fail the
// test instead of skipping it, so that CI never passes without checking.
const NeedEnv = "LODESK_NEED_POPPLER"

// Tool finds one of poppler's programs (pdftotext, pdftoppm). Without it
// the test is skipped on a developer's machine and fails under NeedEnv.
func Tool(t testing.TB, name string) string {
	t.Helper()
	bin, err := exec.LookPath(name)
	if err == nil {
		return bin
	}
	if os.Getenv(NeedEnv) != "" {
		t.Fatalf("%s not found, and %s is set: install poppler-utils (make deps)", name, NeedEnv)
	}
	t.Skipf("%s not found: install poppler-utils to check against poppler", name)
	return ""
}

// Poppler renders page 1 of a PDF w×h with poppler's pdftoppm (see Tool
// when it is missing).
func Poppler(t testing.TB, pdf []byte, w, h int) image.Image {
	t.Helper()
	bin := Tool(t, "pdftoppm")
	dir := t.TempDir()
	in := filepath.Join(dir, "p.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-png", "-f", "1", "-l", "1", "-singlefile", "-scale-to-x", strconv.Itoa(w), "-scale-to-y", strconv.Itoa(h), in, filepath.Join(dir, "p")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	b, err := os.ReadFile(filepath.Join(dir, "p.png"))
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// Grey is img in grey, scaled to w×h cells by averaging.
func Grey(img image.Image, w, h int) *image.Gray {
	b := img.Bounds()
	src := image.NewGray(b)
	draw.Draw(src, b, img, b.Min, draw.Src)
	out := image.NewGray(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			x0, x1 := b.Min.X+x*b.Dx()/w, b.Min.X+(x+1)*b.Dx()/w
			y0, y1 := b.Min.Y+y*b.Dy()/h, b.Min.Y+(y+1)*b.Dy()/h
			var sum, n int
			for yy := y0; yy < y1; yy++ {
				for xx := x0; xx < x1; xx++ {
					sum += int(src.GrayAt(xx, yy).Y)
					n++
				}
			}
			out.SetGray(x, y, color.Gray{Y: uint8(sum / max(n, 1))})
		}
	}
	return out
}

// Compare scales two images to w×h grey cells and returns the mean and
// the largest absolute difference of their cells, of 255.
func Compare(a, b image.Image, w, h int) (mean float64, worst int) {
	ga, gb := Grey(a, w, h), Grey(b, w, h)
	var sum int
	for i := range ga.Pix {
		d := int(ga.Pix[i]) - int(gb.Pix[i])
		sum += max(d, -d)
		worst = max(worst, d, -d)
	}
	return float64(sum) / float64(len(ga.Pix)), worst
}

// SavePNG writes img to path, for a person to look at.
func SavePNG(t testing.TB, path string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
