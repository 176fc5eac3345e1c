package delegview

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"strings"
	"testing"
)

func TestScalePhoto(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 1000, 500))
	img.Set(10, 10, color.White)
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	out, err := scalePhoto(&b)
	if err != nil {
		t.Fatal(err)
	}
	got, err := jpeg.Decode(bytes.NewReader(out))
	if err != nil || got.Bounds().Dx() != 400 || got.Bounds().Dy() != 200 {
		t.Fatalf("scaled to %v, %v", got.Bounds(), err)
	}
	if _, err := scalePhoto(strings.NewReader("not an image")); !errors.Is(err, errNotImage) {
		t.Errorf("text as a photo: %v", err)
	}
}
