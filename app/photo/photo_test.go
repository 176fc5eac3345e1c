package photo

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"testing"
)

func TestScale(t *testing.T) {
	pic := func(w, h int) []byte {
		img := image.NewRGBA(image.Rect(0, 0, w, h))
		for x := range w {
			img.Set(x, h/2, color.RGBA{R: 200, A: 255})
		}
		var b bytes.Buffer
		if err := png.Encode(&b, img); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	tests := []struct {
		name       string
		in         []byte
		wantW, wan int
	}{
		{"wide", pic(1200, 600), 400, 200},
		{"tall", pic(300, 900), 133, 400},
		{"small stays", pic(120, 80), 120, 80},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, err := Scale(bytes.NewReader(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			img, err := jpeg.Decode(bytes.NewReader(out))
			if err != nil {
				t.Fatalf("not a JPEG: %v", err)
			}
			if b := img.Bounds(); b.Dx() != tt.wantW || b.Dy() != tt.wan {
				t.Errorf("%dx%d, want %dx%d", b.Dx(), b.Dy(), tt.wantW, tt.wan)
			}
		})
	}
	if _, err := Scale(bytes.NewReader([]byte("GIF89a not really"))); !errors.Is(err, ErrNotImage) {
		t.Errorf("not an image: %v", err)
	}
}
