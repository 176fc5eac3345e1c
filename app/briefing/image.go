package briefing

import (
	"bytes"

	"github.com/jung-kurt/gofpdf"
)

// imageType tells a JPEG from a PNG ("" for anything else).
func imageType(b []byte) string {
	switch {
	case bytes.HasPrefix(b, []byte{0xFF, 0xD8, 0xFF}):
		return "JPG"
	case bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")):
		return "PNG"
	}
	return ""
}

func pdfImageOptions(typ string) gofpdf.ImageOptions {
	return gofpdf.ImageOptions{ImageType: typ, ReadDpi: false}
}
