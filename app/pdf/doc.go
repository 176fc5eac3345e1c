// Package pdf typesets A4 and A3 documents in every script the event's names
// come in, over gofpdf: a font per script with fallback by rune (DejaVu
// Sans, Droid Sans Fallback for Chinese, Japanese and Korean, Noto Sans
// Thai), NFC, Arabic joined into its contextual forms, right-to-left runs
// put in display order, while the text a PDF reader extracts stays the
// stored text in logical order. It knows nothing of the event: package
// briefing lays out the packs and manifests with it.
package pdf

import (
	"bytes"
	"fmt"
	"image/color"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/jung-kurt/gofpdf"
)

// A4 portrait in millimetres, and the margins the packs use.
const (
	PageW  = 210.0
	PageH  = 297.0
	Margin = 15.0
	ptMM   = 25.4 / 72
)

// Doc is one PDF being written.
type Doc struct {
	// p is reached only through Doc's methods, so that what is drawn on
	// the first page can be recorded for the preview (see Record).
	p *gofpdf.Fpdf
	// Y is the cursor: the top of the next block.
	Y float64
	// Top and Bottom bound the body of a page.
	Top, Bottom float64
	// OnPage runs after every page break, to draw a running head; it may
	// move Y.
	OnPage func(d *Doc)
	// W and H are the page's size in millimetres.
	W, H float64

	used     map[*fontRef]*runeSet // what each font draws (embed.go)
	order    []*fontRef            // the fonts in the order first used
	ops      bytes.Buffer          // scratch for operators, kept
	opsR     bytes.Reader          // reads ops to gofpdf (see write)
	lastRef  *fontRef              // the font show drew in last
	lastSet  *runeSet              // and its characters
	capture  *bytes.Buffer         // when set, write puts the operators here, not on the page
	forms    []*xform              // the forms the pages paint (qr.go)
	laid     map[layoutKey][]seg   // layouts of this document's lines
	curFont  string
	curSize  float64
	err      error
	Sections []Section

	rec   *recorder // page 1's drawing, for the preview; nil unless Record
	state gstate    // colours and line width, as gofpdf holds them
	// paint is the fill colour in force in the current page's content,
	// and paints that of each page left (index: page - 1): text sets
	// its colour there and leaves it (see show).
	paint  color.RGBA
	paints []color.RGBA
}

// Section is a heading and the page it starts on, for a table of contents.
type Section struct {
	Title string
	Page  int
}

// New starts an empty A4 portrait document.
func New(title, author string, created time.Time) *Doc {
	return NewPaper(title, author, created, "A4", false)
}

// NewPaper starts an empty document on A4 or A3 paper, portrait or
// landscape (wall plans are A3 landscape).
func NewPaper(title, author string, created time.Time, size string, landscape bool) *Doc {
	if size != "A3" {
		size = "A4"
	}
	orient, w, h := "P", PageW, PageH
	if size == "A3" {
		w, h = 297.0, 420.0
	}
	if landscape {
		orient, w, h = "L", h, w
	}
	p := gofpdf.New(orient, "mm", size, "")
	p.SetMargins(Margin, Margin, Margin)
	p.SetAutoPageBreak(false, Margin)
	p.SetTitle(title, true)
	p.SetAuthor(author, true)
	p.SetCreator("LO Desk", true)
	p.SetCreationDate(created)
	p.SetModificationDate(created)
	p.SetLineWidth(0.2)
	p.SetCompression(false) // Output compresses the pages (deflate.go)
	return &Doc{
		p: p, W: w, H: h, Top: Margin, Bottom: h - Margin - 8, used: map[*fontRef]*runeSet{}, laid: map[layoutKey][]seg{},
		state: gstate{text: black, fill: black, draw: black, lineW: 0.2}, // gofpdf's defaults
		paint: black,
	}
}

// Err is the first error met, from layout or from gofpdf.
func (d *Doc) Err() error {
	if d.err != nil {
		return d.err
	}
	return d.p.Error()
}

func (d *Doc) fail(err error) {
	if d.err == nil && err != nil {
		d.err = err
	}
}

// AddPage starts a page and runs OnPage.
func (d *Doc) AddPage() {
	d.leavePage()
	d.p.AddPage()
	d.paint = d.state.fill // gofpdf sets it at the top of the page
	d.curFont = ""
	d.Y = d.Top
	if d.OnPage != nil {
		d.OnPage(d)
	}
}

// Need breaks the page unless h millimetres fit below Y; it says whether
// it did.
func (d *Doc) Need(h float64) bool {
	if d.Y+h <= d.Bottom {
		return false
	}
	d.AddPage()
	return true
}

// setFont selects a font for the text that follows, with gofpdf's
// operator; Output embeds the fonts (embed.go).
func (d *Doc) setFont(ref *fontRef, size float64) {
	if d.used[ref] == nil {
		d.used[ref] = &runeSet{}
		d.order = append(d.order, ref)
	}
	if d.curFont == ref.name && d.curSize == size {
		return
	}
	d.p.RawWriteStr("BT /" + fontName(ref) + " " + strconv.FormatFloat(size, 'f', 2, 64) + " Tf ET")
	d.curFont, d.curSize = ref.name, size
}

// show draws s in the current font with its baseline at y, starting at
// x, as gofpdf's Text does.
func (d *Doc) show(ref *fontRef, x, y float64, s string) {
	if ref != d.lastRef {
		d.lastRef, d.lastSet = ref, d.used[ref]
	}
	d.lastSet.add(s)
	b := &d.ops
	b.Reset()
	// gofpdf wraps text of another colour than the fill in q and Q
	// with its colour; the colour is set here only when the page's
	// content is in another, and stays (paintFill sets the fill back).
	if d.state.text != d.paint {
		b.WriteString(colorOp(d.state.text))
		b.WriteByte(' ')
		d.paint = d.state.text
	}
	k := d.p.GetConversionRatio()
	_, h := d.p.GetPageSize() // gofpdf's height, a hair over the paper's in mm
	textOp(b, x*k, (h-y)*k, s)
	d.write()
}

// write hands the operators in d.ops to gofpdf for the current page
// without making a string of them.
func (d *Doc) write() {
	if d.capture != nil {
		d.capture.Write(d.ops.Bytes())
		d.capture.WriteByte('\n') // as gofpdf ends each
		return
	}
	d.opsR.Reset(d.ops.Bytes())
	d.p.RawWriteBuf(&d.opsR)
}

type layoutKey struct {
	s  string
	st Style
}

// layout lays a line out once per document, and once for a batch's
// documents while the font cuts stay the same (sharedLayouts): wrapping
// measures the same words again and again.
func (d *Doc) layout(s string, st Style) ([]seg, error) {
	k := layoutKey{s, st}
	if segs, ok := d.laid[k]; ok {
		return segs, nil
	}
	segs, epoch, ok := sharedLayouts.get(k)
	if ok {
		d.laid[k] = segs
		return segs, nil
	}
	segs, err := layout(s, st)
	if err == nil {
		d.laid[k] = segs
		sharedLayouts.put(k, segs, epoch)
	}
	return segs, err
}

// Width is the width of a line of text in millimetres.
func (d *Doc) Width(s string, st Style, size float64) float64 {
	if pf := plainFaceOf(s, st); pf != nil {
		return float64(pf.width(s)) / 1000 * size * ptMM
	}
	segs, err := d.layout(s, st)
	if err != nil {
		d.fail(err)
		return 0
	}
	var w float64
	for _, g := range segs {
		w += g.width
	}
	return w / 1000 * size * ptMM
}

// Text draws a line with its baseline at y, starting at x.
func (d *Doc) Text(x, y float64, s string, st Style, size float64) float64 {
	if pf := plainFaceOf(s, st); pf != nil {
		if s == "" {
			return x
		}
		ref, err := faces[pf.id].ensure(nil) // the current cut: its seed holds ASCII
		if err != nil {
			d.fail(err)
			return x
		}
		d.setFont(ref, size)
		d.show(ref, x, y, s)
		d.record(op{kind: opText, x: x, y: y, ref: ref, size: size, text: s})
		return x + float64(pf.width(s))/1000*size*ptMM
	}
	segs, err := d.layout(s, st)
	if err != nil {
		d.fail(err)
		return x
	}
	for _, g := range segs {
		d.setFont(g.ref, size)
		d.show(g.ref, x, y, g.text)
		d.record(op{kind: opText, x: x, y: y, ref: g.ref, size: size, text: g.text})
		x += g.width / 1000 * size * ptMM
	}
	return x
}

// TextRight draws a line ending at x.
func (d *Doc) TextRight(x, y float64, s string, st Style, size float64) {
	d.Text(x-d.Width(s, st, size), y, s, st, size)
}

// TextCenter draws a line centred on x.
func (d *Doc) TextCenter(x, y float64, s string, st Style, size float64) {
	d.Text(x-d.Width(s, st, size)/2, y, s, st, size)
}

// LineHeight is the distance between baselines for a size in points.
func LineHeight(size float64) float64 { return size * ptMM * 1.3 }

// Wrap breaks text into lines no wider than w millimetres: at spaces, or
// between any two characters of Chinese, Japanese or Thai text, which
// have no spaces; a newline always breaks.
func (d *Doc) Wrap(s string, st Style, size, w float64) []string {
	if strings.IndexByte(s, '\n') < 0 { // one paragraph (most table cells)
		return d.wrapPara(s, st, size, w)
	}
	var out []string
	for _, para := range strings.Split(s, "\n") {
		out = append(out, d.wrapPara(para, st, size, w)...)
	}
	return out
}

func (d *Doc) wrapPara(s string, st Style, size, w float64) []string {
	if d.Width(s, st, size) <= w {
		return []string{s}
	}
	// Widths add up rune by rune (no kerning; Arabic joins only inside a
	// word), so each word is measured once.
	space := d.Width(" ", st, size)
	var lines []string
	cur, curW := "", 0.0
	words := splitWords
	if plainFaceOf(s, st) != nil {
		words = plainSplitWords
	}
	for _, word := range words(s) {
		ww := d.Width(strings.TrimRight(word, " "), st, size)
		trail := float64(len(word)-len(strings.TrimRight(word, " "))) * space
		if cur == "" || curW+ww <= w {
			cur += word
			curW += ww + trail
			continue
		}
		lines = append(lines, strings.TrimRight(cur, " "))
		cur, curW = strings.TrimLeft(word, " "), ww+trail
	}
	if cur != "" {
		lines = append(lines, strings.TrimRight(cur, " "))
	}
	// A word longer than the line is cut where it must.
	var out []string
	for _, l := range lines {
		for d.Width(l, st, size) > w && len([]rune(l)) > 1 {
			rs := []rune(l)
			k := len(rs) - 1
			for k > 1 && d.Width(string(rs[:k]), st, size) > w {
				k--
			}
			out = append(out, string(rs[:k]))
			l = string(rs[k:])
		}
		out = append(out, l)
	}
	return out
}

// splitWords splits after spaces and around every Chinese, Japanese or Thai
// character.
func splitWords(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i, r := range rs {
		switch {
		case r == ' ':
			out = append(out, string(rs[start:i+1]))
			start = i + 1
		case isCJK(r) && !isHangul(r) || isThai(r) && !unicode.Is(unicode.Mn, r):
			if i > start && !(isThai(r) && i+1 < len(rs) && unicode.Is(unicode.Mn, rs[i+1])) {
				out = append(out, string(rs[start:i]))
				start = i
			}
		}
	}
	if start < len(rs) {
		out = append(out, string(rs[start:]))
	}
	return out
}

// Para writes wrapped text at x, w wide, from Y, breaking pages as
// needed, and moves Y below it.
func (d *Doc) Para(x, w float64, s string, st Style, size float64) {
	lh := LineHeight(size)
	for _, line := range d.Wrap(s, st, size, w) {
		d.Need(lh)
		d.Text(x, d.Y+size*ptMM*0.9, line, st, size)
		d.Y += lh
	}
}

// Heading starts a section: a rule and a title, recorded for the table of
// contents. It starts a new page when less than minBody mm would follow.
func (d *Doc) Heading(title string, minBody float64) {
	d.Y += 3
	d.Need(10 + minBody)
	d.Sections = append(d.Sections, Section{Title: title, Page: d.PageNo()})
	d.SetFillColor(0, 0, 0)
	d.Rect(Margin, d.Y, d.W-2*Margin, 7, "F")
	d.SetTextColor(255, 255, 255)
	d.Text(Margin+2, d.Y+5, strings.ToUpper(title), Bold, 10.5)
	d.SetTextColor(0, 0, 0)
	d.Y += 9.5
}

// Box draws an unchecked check box of side s with its top left at x, y.
func (d *Doc) Box(x, y, s float64) {
	d.SetLineWidth(0.3)
	d.Rect(x, y, s, s, "D")
	d.SetLineWidth(0.2)
}

// Tick draws a check mark in a box of side s at x, y.
func (d *Doc) Tick(x, y, s float64) {
	d.SetLineWidth(0.5)
	d.Line(x+s*0.2, y+s*0.55, x+s*0.42, y+s*0.8)
	d.Line(x+s*0.42, y+s*0.8, x+s*0.82, y+s*0.2)
	d.SetLineWidth(0.2)
}

// Finish draws what needs the page count: it calls draw on every page
// with the page number and the total.
func (d *Doc) Finish(draw func(d *Doc, page, total int)) {
	total := d.p.PageCount()
	for p := 1; p <= total; p++ {
		d.SetPage(p)
		draw(d, p, total)
	}
}

// Output writes the PDF.
func (d *Doc) Output(w io.Writer) error {
	if err := d.Err(); err != nil {
		return err
	}
	raw := buffers.Get().(*bytes.Buffer)
	defer buffers.Put(raw)
	raw.Reset()
	if err := d.p.Output(raw); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	if err := compressStreams(w, raw.Bytes(), d.embedFonts); err != nil {
		return fmt.Errorf("write pdf: %w", err)
	}
	return nil
}
