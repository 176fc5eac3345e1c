//go:build ignore

// Command icon_gen draws LO Desk's icon: a white ID badge on a lanyard,
// with a red header band (merah putih) and the letters "LO", on a navy
// rounded square. It writes icon.png (512x512) and the sizes that
// icon.ico holds. To make both again, in assets/:
//
//	go run icon_gen.go /tmp/icons
//	cp /tmp/icons/icon-512.png icon.png
//	icotool -c -o icon.ico /tmp/icons/icon-{16,24,32,48,64,128}.png -r /tmp/icons/icon-256.png
//
// (icotool is in Debian's icoutils.)
package main

import (
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strconv"
)

const ss = 8 // supersampling per axis

type rgba struct{ r, g, b, a float64 }

func over(dst, src rgba) rgba {
	a := src.a + dst.a*(1-src.a)
	if a == 0 {
		return rgba{}
	}
	mix := func(s, d float64) float64 { return (s*src.a + d*dst.a*(1-src.a)) / a }
	return rgba{mix(src.r, dst.r), mix(src.g, dst.g), mix(src.b, dst.b), a}
}

func hex(v uint32, a float64) rgba {
	return rgba{float64(v>>16&255) / 255, float64(v>>8&255) / 255, float64(v&255) / 255, a}
}

func inRoundRect(x, y, x0, y0, x1, y1, r float64) bool {
	if x < x0 || x > x1 || y < y0 || y > y1 {
		return false
	}
	cx := math.Max(x0+r, math.Min(x, x1-r))
	cy := math.Max(y0+r, math.Min(y, y1-r))
	return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
}

func inEllipse(x, y, cx, cy, rx, ry float64) bool {
	dx, dy := (x-cx)/rx, (y-cy)/ry
	return dx*dx+dy*dy <= 1
}

var (
	navyTop = hex(0x1d3f8f, 1)
	navyBot = hex(0x0f1f4d, 1)
	white   = hex(0xffffff, 1)
	red     = hex(0xd92b2b, 1)
	ink     = hex(0x14306e, 1)
	grey    = hex(0xb8c2d6, 1)
	shadow  = hex(0x000000, 0.28)
)

// sample returns the colour at (x, y) in 512-unit coordinates.
func sample(x, y float64) rgba {
	c := rgba{}
	// background: rounded square with a vertical gradient
	if inRoundRect(x, y, 16, 16, 496, 496, 104) {
		t := (y - 16) / 480
		c = over(c, rgba{
			navyTop.r + (navyBot.r-navyTop.r)*t,
			navyTop.g + (navyBot.g-navyTop.g)*t,
			navyTop.b + (navyBot.b-navyTop.b)*t, 1,
		})
	}
	// lanyard straps from the top edge to the card's slot
	if y >= 16 && y <= 128 && (math.Abs(x-(256-58+y*0.38)) < 11 || math.Abs(x-(256+58-y*0.38)) < 11) && y < 110 {
		c = over(c, red)
	}
	// card shadow
	if inRoundRect(x, y, 100, 108, 420, 462, 34) {
		c = over(c, shadow)
	}
	// card
	const cx0, cy0, cx1, cy1 = 92.0, 96.0, 420.0, 448.0
	if inRoundRect(x, y, cx0, cy0, cx1, cy1, 34) {
		col := white
		if y < 178 {
			col = red
		}
		c = over(c, col)
		// clip slot in the header band
		if inRoundRect(x, y, 216, 118, 296, 140, 11) {
			c = over(c, navyBot)
		}
		// L
		if (x >= 128 && x <= 172 && y >= 208 && y <= 372) || (x >= 128 && x <= 232 && y >= 328 && y <= 372) {
			c = over(c, ink)
		}
		// O: a ring
		if inEllipse(x, y, 316, 290, 70, 84) && !inEllipse(x, y, 316, 290, 27, 41) {
			c = over(c, ink)
		}
		// a line of text under the letters
		if inRoundRect(x, y, 140, 398, 372, 414, 8) {
			c = over(c, grey)
		}
	}
	return c
}

func main() {
	dir := os.Args[1]
	if err := os.MkdirAll(dir, 0o755); err != nil {
		panic(err)
	}
	for _, size := range []int{16, 24, 32, 48, 64, 128, 256, 512} {
		draw(filepath.Join(dir, "icon-"+strconv.Itoa(size)+".png"), size)
	}
}

func draw(path string, size int) {
	k := 512 / float64(size)
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					s := sample(k*(float64(px)+(float64(sx)+0.5)/ss), k*(float64(py)+(float64(sy)+0.5)/ss))
					r += s.r * s.a
					g += s.g * s.a
					b += s.b * s.a
					a += s.a
				}
			}
			n := float64(ss * ss)
			if a > 0 {
				r, g, b = r/a, g/a, b/a
			}
			a /= n
			img.SetNRGBA(px, py, color.NRGBA{uint8(r*255 + 0.5), uint8(g*255 + 0.5), uint8(b*255 + 0.5), uint8(a*255 + 0.5)})
		}
	}
	f, err := os.Create(path)
	if err != nil {
		panic(err)
	}
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(f, img); err != nil {
		panic(err)
	}
	if err := f.Close(); err != nil {
		panic(err)
	}
}
