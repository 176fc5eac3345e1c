package pdf

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"
	"math"
	"math/rand/v2"
	"testing"
	"time"
)

// TestDeflateSameBytes: a document written with gofpdf's page
// compression off and its streams compressed afterwards is byte for byte
// the one gofpdf writes with compression on: pages in every script, an
// image with a palette, several pages. (The fonts Output adds are left
// out here: gofpdf knows nothing of them.)
func TestDeflateSameBytes(t *testing.T) {
	draw := func() *Doc {
		d := New("Same", "LO Desk", time.Date(2026, 12, 1, 8, 0, 0, 0, time.UTC))
		d.p.SetCatalogSort(true) // gofpdf writes its fonts in map order otherwise
		for page := range 3 {
			d.AddPage()
			for _, s := range samples {
				d.Para(Margin, 150, s, Regular, 12)
				d.Para(Margin, 150, "Name: "+s+" (HOD)", Bold, 10)
			}
			d.Rect(Margin, d.Y, 20, 10, "F")
			if page == 1 {
				d.Image("pal", palettePNG(t), Margin, d.Y+12, 20, 15)
			}
		}
		return d
	}
	// Font cuts grow as documents meet new letters: draw once first so
	// that both documents use the same cuts.
	if err := draw().Output(io.Discard); err != nil {
		t.Fatal(err)
	}
	d := draw()
	var raw, got bytes.Buffer
	if err := d.p.Output(&raw); err != nil {
		t.Fatal(err)
	}
	if err := compressStreams(&got, raw.Bytes(), nil); err != nil {
		t.Fatal(err)
	}
	ref := draw()
	ref.p.SetCompression(true)
	var want bytes.Buffer
	if err := ref.p.Output(&want); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want.Bytes()) {
		t.Fatalf("%d bytes written, gofpdf writes %d; first difference at %d", got.Len(), want.Len(), firstDiff(got.Bytes(), want.Bytes()))
	}
	if !bytes.Contains(want.Bytes(), []byte("/Filter /FlateDecode")) || bytes.Contains(want.Bytes(), []byte("BT /F")) {
		t.Fatal("the reference's pages are not compressed")
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func palettePNG(t *testing.T) []byte {
	img := image.NewPaletted(image.Rect(0, 0, 8, 6), color.Palette{color.White, color.RGBA{200, 0, 0, 255}})
	for x := range 8 {
		img.SetColorIndex(x, x%6, 1)
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestCompressStreamsRefusesStrangeFiles(t *testing.T) {
	for _, src := range []string{"", "%PDF-1.3\n", "%PDF-1.3\nstartxref\n99\n%%EOF\n", "%PDF-1.3\nxref\n0 2\n0000000000 65535 f \n0000000009 00000 n \ntrailer\n<<>>\nstartxref\n9\n%%EOF\n"} {
		if err := compressStreams(&bytes.Buffer{}, []byte(src), nil); err == nil {
			t.Errorf("%q: no error", src)
		}
	}
}

// TestNumAsSprintf: num writes what gofpdf's %.2f writes.
func TestNumAsSprintf(t *testing.T) {
	vals := []float64{0, math.Copysign(0, -1), -0.004, 0.004, 0.005, -0.005, 0.015, 1.005, 2.675, 841.89, -39.95, 539.225, 1e13, -1e13, 123456.785, 0.125, -0.125}
	r := rand.New(rand.NewPCG(1, 2))
	for range 200000 {
		vals = append(vals, (r.Float64()-0.3)*1200, math.Round(r.Float64()*120000)/100+0.005)
	}
	for _, v := range vals {
		var b bytes.Buffer
		num(&b, v)
		if want := fmt.Sprintf("%.2f", v); b.String() != want {
			t.Fatalf("%v: %s, want %s", v, b.String(), want)
		}
	}
}
