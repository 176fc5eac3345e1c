package briefing

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"lodesk/app/demo"
	"lodesk/data"
)

// previewW is the width the Print screen draws the preview at
// (printview.PreviewWidth).
const previewW = 800

// firstPack is the assignment the Print screen previews for "all packs".
func firstPack(t testing.TB, s *data.Store) string {
	t.Helper()
	as, err := Assignments(context.Background(), s, Selection{All: true})
	if err != nil || len(as) == 0 {
		t.Fatalf("assignments: %d, %v", len(as), err)
	}
	return as[0].ID
}

// TestPreview: the preview of the demo's first pack is a page, drawn, with
// the cover's title where the PDF has it, and looks like poppler's
// rendering of the same page.
func TestPreview(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, false)
	id := firstPack(t, s)
	opts := Options{NoLog: true, Now: fixedNow, PrintedBy: "Test Coordinator"}
	img, err := Preview(ctx, s, id, opts, previewW)
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	if b.Dx() != previewW || math.Abs(float64(b.Dy())/float64(b.Dx())-297.0/210) > 0.005 {
		t.Fatalf("preview %v is not A4", b)
	}
	g := grey(img, b.Dx(), b.Dy())
	if ink := inked(g, g.Bounds()); ink < 0.03 {
		t.Errorf("preview is nearly blank: %.3f of it inked", ink)
	}
	// The title "LIAISON OFFICER BRIEFING PACK", bold 20 pt, has its
	// baseline at 51 mm from the top, from the left margin (15 mm) to
	// about 120 mm; below it, the rule at 55 mm, then white until the
	// delegation's label.
	mm := float64(previewW) / 210
	at := func(x0, y0, x1, y1 float64) image.Rectangle {
		return image.Rect(int(x0*mm), int(y0*mm), int(x1*mm), int(y1*mm))
	}
	if ink := inked(g, at(15, 45, 120, 51)); ink < 0.2 {
		t.Errorf("no title on the cover: %.2f of its place inked", ink)
	}
	if ink := inked(g, at(15, 56, 195, 60)); ink > 0.01 {
		t.Errorf("ink under the title's rule: %.2f", ink)
	}

	var pdf bytes.Buffer
	if _, err := WritePack(ctx, s, id, &pdf, opts); err != nil {
		t.Fatal(err)
	}
	ref := pdftoppm(t, pdf.Bytes(), b.Dx(), b.Dy())
	if dir := os.Getenv("LODESK_PREVIEW_DIR"); dir != "" {
		savePNG(t, filepath.Join(dir, "preview-page1.png"), img)
		if ref != nil {
			savePNG(t, filepath.Join(dir, "pdftoppm-page1.png"), ref)
		}
	}
	if ref == nil {
		t.Skip("pdftoppm not found: install poppler-utils to compare the preview with poppler's rendering")
	}
	// Compared at 1/6 of the size (a cell is about 1.6 mm square). On the
	// demo, the preview and poppler differ by 1.7 grey levels of 255 on
	// average, 45 at worst (antialiasing, hinting, a pixel of rounding);
	// the whole page 1 mm lower differs by 7.7 on average, and the cover
	// of the next pack (other names in the same places) by 170 to 210 in
	// its worst cell. So: at most 3 on average and 96 in any cell.
	const w, h = previewW / 6, previewW * 297 / 210 / 6
	d, worst := diff(grey(img, w, h), grey(ref, w, h))
	t.Logf("preview vs pdftoppm at %dx%d: mean difference %.2f of 255, worst cell %d", w, h, d, worst)
	if d > 3 || worst > 96 {
		t.Errorf("preview differs from pdftoppm's rendering: mean %.2f of 255 (want ≤ 3), worst cell %d (want ≤ 96)", d, worst)
	}
}

// pdftoppm renders page 1 of a PDF w×h with poppler, or returns nil when
// it is not installed.
func pdftoppm(t *testing.T, pdf []byte, w, h int) image.Image {
	t.Helper()
	bin, err := exec.LookPath("pdftoppm")
	if err != nil {
		return nil
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "p.pdf")
	if err := os.WriteFile(in, pdf, 0o600); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, "-png", "-f", "1", "-l", "1", "-singlefile", "-scale-to-x", strconv.Itoa(w), "-scale-to-y", strconv.Itoa(h), in, filepath.Join(dir, "p")).CombinedOutput()
	if err != nil {
		t.Fatalf("pdftoppm: %v: %s", err, out)
	}
	f, err := os.Open(filepath.Join(dir, "p.png"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

// grey is img in grey, scaled to w×h by averaging.
func grey(img image.Image, w, h int) *image.Gray {
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

// inked is the share of r's pixels darker than mid-grey.
func inked(g *image.Gray, r image.Rectangle) float64 {
	r = r.Intersect(g.Bounds())
	var n int
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if g.GrayAt(x, y).Y < 128 {
				n++
			}
		}
	}
	return float64(n) / float64(max(r.Dx()*r.Dy(), 1))
}

// diff is the mean absolute difference of two grey images of one size,
// and the largest.
func diff(a, b *image.Gray) (mean float64, worst int) {
	var sum int
	for i := range a.Pix {
		d := int(a.Pix[i]) - int(b.Pix[i])
		if d < 0 {
			d = -d
		}
		sum += d
		worst = max(worst, d)
	}
	return float64(sum) / float64(len(a.Pix)), worst
}

func savePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}
