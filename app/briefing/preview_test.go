package briefing

import (
	"bytes"
	"context"
	"image"
	"math"
	"os"
	"path/filepath"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/pdf/pdftest"
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
	g := pdftest.Grey(img, b.Dx(), b.Dy())
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
	if dir := os.Getenv("LODESK_PREVIEW_DIR"); dir != "" {
		pdftest.SavePNG(t, filepath.Join(dir, "preview-page1.png"), img)
	}
	ref := pdftest.Poppler(t, pdf.Bytes(), b.Dx(), b.Dy())
	if dir := os.Getenv("LODESK_PREVIEW_DIR"); dir != "" {
		pdftest.SavePNG(t, filepath.Join(dir, "pdftoppm-page1.png"), ref)
	}
	// Compared at 1/6 of the size (a cell is about 1.6 mm square). On the
	// demo, the preview and poppler differ by 1.7 grey levels of 255 on
	// average, 45 at worst (antialiasing, hinting, a pixel of rounding);
	// the whole page 1 mm lower differs by 7.7 on average, and the cover
	// of the next pack (other names in the same places) by 170 to 210 in
	// its worst cell. So: at most 3 on average and 96 in any cell.
	const w, h = previewW / 6, previewW * 297 / 210 / 6
	d, worst := pdftest.Compare(img, ref, w, h)
	t.Logf("preview vs pdftoppm at %dx%d: mean difference %.2f of 255, worst cell %d", w, h, d, worst)
	if d > 3 || worst > 96 {
		t.Errorf("preview differs from pdftoppm's rendering: mean %.2f of 255 (want ≤ 3), worst cell %d (want ≤ 96)", d, worst)
	}
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
