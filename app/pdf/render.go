package pdf

import (
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"math"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"
)

// Render draws the page widthPx pixels wide, on white. Text is drawn
// glyph by glyph from the font cuts the PDF embeds, mapped through their
// own cmaps (so Arabic takes the joined forms the PDF shows) and advanced
// by their own widths, as a PDF reader does; there is no kerning and no
// hinting. Lines and borders are at least a pixel wide, as poppler draws
// them.
func (pg *Page) Render(widthPx int) (*image.RGBA, error) {
	if widthPx < 1 || widthPx > 20000 {
		return nil, fmt.Errorf("pdf: render %d pixels wide", widthPx)
	}
	k := float64(widthPx) / pg.W
	dst := image.NewRGBA(image.Rect(0, 0, widthPx, int(math.Round(pg.H*k))))
	draw.Draw(dst, dst.Bounds(), image.White, image.Point{}, draw.Src)
	r := &renderer{dst: dst, k: k, faces: map[faceKey]font.Face{}, rast: vector.NewRasterizer(0, 0)}
	for i := 0; i < len(pg.ops); {
		o := pg.ops[i]
		switch {
		case o.kind == opText:
			if err := r.text(o); err != nil {
				return nil, err
			}
		case o.kind == opLine:
			r.line(o)
		case o.kind == opRect && o.fill && !o.stroke:
			// Rectangles filled one after another in one colour are
			// painted as one shape: the QR code's modules then meet
			// without light seams between them.
			j := i + 1
			for j < len(pg.ops) && pg.ops[j].kind == opRect && pg.ops[j].fill && !pg.ops[j].stroke && pg.ops[j].fc == o.fc {
				j++
			}
			r.fillRects(pg.ops[i:j])
			i = j
			continue
		case o.kind == opRect:
			r.rect(o)
		case o.kind == opImage:
			r.image(o)
		}
		i++
	}
	return dst, nil
}

type faceKey struct {
	ref  *fontRef
	size float64
}

type renderer struct {
	dst   *image.RGBA
	k     float64 // pixels per millimetre
	faces map[faceKey]font.Face
	rast  *vector.Rasterizer
	mask  image.Alpha
}

// pt is a point in pixels.
type pt struct{ x, y float64 }

func (r *renderer) px(x, y float64) pt { return pt{x * r.k, y * r.k} }

// face is the font of a text run at its size in pixels; faces are not
// safe for concurrent use, so each render makes its own.
func (r *renderer) face(ref *fontRef, size float64) (font.Face, error) {
	key := faceKey{ref, size}
	if f, ok := r.faces[key]; ok {
		return f, nil
	}
	sf, err := ref.parsed()
	if err != nil {
		return nil, err
	}
	f, err := opentype.NewFace(sf, &opentype.FaceOptions{Size: size * ptMM * r.k, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("pdf: font %s: %w", ref.name, err)
	}
	r.faces[key] = f
	return f, nil
}

// parsed is the font the cut's bytes hold, parsed once.
func (f *fontRef) parsed() (*sfnt.Font, error) {
	f.once.Do(func() {
		f.sf, f.err = sfnt.Parse(f.data)
		if f.err != nil {
			f.err = fmt.Errorf("pdf: font %s: %w", f.name, f.err)
		}
	})
	return f.sf, f.err
}

func (r *renderer) text(o op) error {
	if o.ref == nil {
		return errors.New("pdf: text without a font")
	}
	face, err := r.face(o.ref, o.size)
	if err != nil {
		return err
	}
	src := image.NewUniform(o.fc)
	p := r.px(o.x, o.y)
	for _, c := range o.text {
		dot := fixed.Point26_6{X: fixed.Int26_6(math.Round(p.x * 64)), Y: fixed.Int26_6(math.Round(p.y * 64))}
		dr, mask, mp, adv, _ := face.Glyph(dot, c)
		if mask != nil && !dr.Empty() {
			draw.DrawMask(r.dst, dr, src, image.Point{}, mask, mp, draw.Over)
		}
		p.x += float64(adv) / 64
	}
	return nil
}

// stroke is a line width in pixels: at least one.
func (r *renderer) stroke(w float64) float64 { return max(w*r.k, 1) }

func (r *renderer) line(o op) {
	a, b := r.px(o.x, o.y), r.px(o.x2, o.y2)
	dx, dy := b.x-a.x, b.y-a.y
	n := math.Hypot(dx, dy)
	if n == 0 {
		return
	}
	hw := r.stroke(o.lineW) / 2
	nx, ny := -dy/n*hw, dx/n*hw // butt caps, as PDF's default
	r.paint(o.sc, [][]pt{{{a.x + nx, a.y + ny}, {b.x + nx, b.y + ny}, {b.x - nx, b.y - ny}, {a.x - nx, a.y - ny}}})
}

// box is a rectangle's outline in pixels, clockwise, grown by g on each
// side; reversed, it cuts a hole.
func box(a, b pt, g float64, reverse bool) []pt {
	p := []pt{{a.x - g, a.y - g}, {b.x + g, a.y - g}, {b.x + g, b.y + g}, {a.x - g, b.y + g}}
	if reverse {
		p[1], p[3] = p[3], p[1]
	}
	return p
}

func (r *renderer) rect(o op) {
	a, b := r.px(o.x, o.y), r.px(o.x2, o.y2)
	if o.fill {
		r.paint(o.fc, [][]pt{box(a, b, 0, false)})
	}
	if o.stroke {
		hw := r.stroke(o.lineW) / 2
		r.paint(o.sc, [][]pt{box(a, b, hw, false), box(a, b, -hw, true)})
	}
}

func (r *renderer) fillRects(os []op) {
	polys := make([][]pt, len(os))
	for i, o := range os {
		polys[i] = box(r.px(o.x, o.y), r.px(o.x2, o.y2), 0, false)
	}
	r.paint(os[0].fc, polys)
}

// paint fills polygons (nonzero winding) in one colour, antialiased.
func (r *renderer) paint(c color.RGBA, polys [][]pt) {
	lo, hi := pt{math.Inf(1), math.Inf(1)}, pt{math.Inf(-1), math.Inf(-1)}
	for _, poly := range polys {
		for _, p := range poly {
			lo = pt{min(lo.x, p.x), min(lo.y, p.y)}
			hi = pt{max(hi.x, p.x), max(hi.y, p.y)}
		}
	}
	bounds := image.Rect(int(math.Floor(lo.x)), int(math.Floor(lo.y)), int(math.Ceil(hi.x)), int(math.Ceil(hi.y)))
	if bounds.Empty() || !bounds.Overlaps(r.dst.Bounds()) {
		return
	}
	w, h := bounds.Dx(), bounds.Dy()
	r.rast.Reset(w, h)
	r.rast.DrawOp = draw.Src
	ox, oy := float64(bounds.Min.X), float64(bounds.Min.Y)
	for _, poly := range polys {
		r.rast.MoveTo(float32(poly[0].x-ox), float32(poly[0].y-oy))
		for _, p := range poly[1:] {
			r.rast.LineTo(float32(p.x-ox), float32(p.y-oy))
		}
		r.rast.ClosePath()
	}
	if cap(r.mask.Pix) < w*h {
		r.mask.Pix = make([]uint8, w*h)
	}
	r.mask.Pix, r.mask.Stride, r.mask.Rect = r.mask.Pix[:w*h], w, image.Rect(0, 0, w, h)
	r.rast.Draw(&r.mask, r.mask.Rect, image.Opaque, image.Point{})
	draw.DrawMask(r.dst, bounds, image.NewUniform(c), image.Point{}, &r.mask, image.Point{}, draw.Over)
}

func (r *renderer) image(o op) {
	a, b := r.px(o.x, o.y), r.px(o.x2, o.y2)
	dr := image.Rect(int(math.Round(a.x)), int(math.Round(a.y)), int(math.Round(b.x)), int(math.Round(b.y)))
	if dr.Empty() {
		return
	}
	xdraw.CatmullRom.Scale(r.dst, dr, o.img, o.img.Bounds(), draw.Over, nil)
}
