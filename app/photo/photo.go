// Package photo turns a picture file a coordinator picks (a person's or an
// LO's photo) into what the event file stores: a JPEG no larger than
// MaxSide on either side.
package photo

import (
	"bytes"
	"errors"
	"image"
	"image/jpeg"
	_ "image/png" // decode PNG photos
	"io"

	"golang.org/x/image/draw"
)

// MaxSide is the longest side of a stored photo, in pixels.
const MaxSide = 400

// MaxFile is the largest picture file read.
const MaxFile = 20 << 20

// ErrNotImage is a file that is not a PNG or JPEG picture.
var ErrNotImage = errors.New("not a PNG or JPEG image")

// Scale decodes a PNG or JPEG picture and returns it as a JPEG no larger
// than MaxSide on either side.
func Scale(r io.Reader) ([]byte, error) {
	src, _, err := image.Decode(io.LimitReader(r, MaxFile))
	if err != nil {
		return nil, ErrNotImage
	}
	b := src.Bounds()
	w, h := b.Dx(), b.Dy()
	if w == 0 || h == 0 {
		return nil, ErrNotImage
	}
	if w > MaxSide || h > MaxSide {
		if w >= h {
			w, h = MaxSide, max(1, h*MaxSide/b.Dx())
		} else {
			w, h = max(1, w*MaxSide/b.Dy()), MaxSide
		}
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, b, draw.Src, nil)
	var out bytes.Buffer
	if err := jpeg.Encode(&out, dst, &jpeg.Options{Quality: 85}); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
