package assignview

import (
	"bytes"
	"image"
	"image/jpeg"
	_ "image/png" // decode PNG photos

	"golang.org/x/image/draw"
)

// maxPhoto is the longest side of a stored photo, in pixels.
const maxPhoto = 400

// scalePhoto decodes a JPEG or PNG and returns it as a JPEG no larger
// than maxPhoto on either side.
func scalePhoto(b []byte) ([]byte, error) {
	src, _, err := image.Decode(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	w, h := src.Bounds().Dx(), src.Bounds().Dy()
	if w > maxPhoto || h > maxPhoto {
		if w >= h {
			w, h = maxPhoto, max(1, h*maxPhoto/w)
		} else {
			w, h = max(1, w*maxPhoto/h), maxPhoto
		}
	}
	dst := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(dst, dst.Bounds(), src, src.Bounds(), draw.Src, nil)
	var out bytes.Buffer
	if err := jpeg.Encode(&out, dst, &jpeg.Options{Quality: 85}); err != nil {
		return nil, err
	}
	return out.Bytes(), nil
}
