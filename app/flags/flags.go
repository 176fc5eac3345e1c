// Package flags draws country flags from the SVG set in assets (flag-icons,
// MIT) with the SVG rasteriser Fyne already brings (oksvg and rasterx),
// without Fyne itself: the PDFs and the window use the same pictures.
// Organisations and companies have no flag: their code in a box stands for
// one (Box).
package flags

import (
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"io/fs"
	"strings"
	"sync"

	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"

	"lodesk/assets"
	"lodesk/data"
)

// Aspect is a flag's width over its height.
const Aspect = 4.0 / 3.0

// ErrNoFlag is a country without a flag in the set.
var ErrNoFlag = errors.New("no flag")

// SVG is a country's flag (ISO 3166-1 alpha-2, any case) as the set has
// it.
func SVG(country string) ([]byte, error) {
	c := strings.ToLower(strings.TrimSpace(country))
	if len(c) != 2 {
		return nil, fmt.Errorf("%q: %w", country, ErrNoFlag)
	}
	b, err := fs.ReadFile(assets.Flags, "flags/4x3/"+c+".svg")
	if err != nil {
		return nil, fmt.Errorf("%q: %w", country, ErrNoFlag)
	}
	return b, nil
}

// Has says whether the set has a country's flag.
func Has(country string) bool {
	_, err := SVG(country)
	return err == nil
}

type key struct {
	country string
	width   int
}

var (
	mu    sync.Mutex
	cache = map[key][]byte{}
)

// Image draws a country's flag w pixels wide (and w*3/4 high) on white,
// with a thin grey border so a white flag shows on white paper.
func Image(country string, w int) (*image.RGBA, error) {
	src, err := SVG(country)
	if err != nil {
		return nil, err
	}
	norm, err := normalise(src)
	if err != nil {
		return nil, fmt.Errorf("flag %s: %w", country, err)
	}
	icon, err := oksvg.ReadIconStream(bytes.NewReader(norm), oksvg.IgnoreErrorMode)
	if err != nil {
		return nil, fmt.Errorf("flag %s: %w", country, err)
	}
	w = max(w, 8)
	h := int(float64(w)/Aspect + 0.5)
	icon.SetTarget(0, 0, float64(w), float64(h))
	// oksvg strokes in target pixels, not in the drawing's units.
	if icon.ViewBox.W > 0 {
		for i := range icon.SVGPaths {
			icon.SVGPaths[i].LineWidth *= float64(w) / icon.ViewBox.W
		}
	}
	img := image.NewRGBA(image.Rect(0, 0, w, h)) // RGBA: the rasteriser's fast path
	// On white: paper is white, and an opaque PNG is lighter for a PDF.
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	icon.Draw(rasterx.NewDasher(w, h, newScanner(w, h, img)), 1)
	border := color.RGBA{0x99, 0x99, 0x99, 0xff}
	for x := range w {
		img.Set(x, 0, border)
		img.Set(x, h-1, border)
	}
	for y := range h {
		img.Set(0, y, border)
		img.Set(w-1, y, border)
	}
	return img, nil
}

// PNG is Image encoded as PNG, kept once drawn.
func PNG(country string, w int) ([]byte, error) {
	k := key{strings.ToLower(country), w}
	mu.Lock()
	b, ok := cache[k]
	mu.Unlock()
	if ok {
		return b, nil
	}
	img, err := Image(country, w)
	if err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("flag %s: %w", country, err)
	}
	mu.Lock()
	cache[k] = buf.Bytes()
	mu.Unlock()
	return buf.Bytes(), nil
}

// Of is the country whose flag stands for a delegation: a country
// delegation's own, when the set has it. Organisations and companies, and
// countries without a flag, show their code in a box instead.
func Of(d *data.Delegation) (country string, ok bool) {
	if d == nil || d.Kind != data.KindCountry || !Has(d.Country) {
		return "", false
	}
	return d.Country, true
}

// ForDelegation is the delegation's flag as PNG w pixels wide, or nil when
// its code in a box stands for it.
func ForDelegation(d *data.Delegation, w int) []byte {
	c, ok := Of(d)
	if !ok {
		return nil
	}
	b, err := PNG(c, w)
	if err != nil {
		return nil
	}
	return b
}
