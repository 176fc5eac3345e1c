package report

import (
	"strings"

	"lodesk/app/i18n"
	"lodesk/app/pdf"
)

// bodyW is the width between the margins.
const bodyW = pdf.PageW - 2*pdf.Margin

// printer lays a report out in one language.
type printer struct {
	src *Source
	p   *i18n.Printer
	d   *pdf.Doc
}

// newDoc starts a report: its title and subtitle on the first page, a
// running head on the others.
func (src *Source) newDoc(p *i18n.Printer, title, subtitle string) *printer {
	pr := &printer{src: src, p: p, d: pdf.New(title, src.Author, src.Now)}
	d := pr.d
	if src.record {
		d.Record()
	}
	d.Top = pdf.Margin + 7
	d.OnPage = func(d *pdf.Doc) {
		if d.PageNo() == 1 {
			d.Y = pdf.Margin
			return
		}
		d.Text(pdf.Margin, pdf.Margin+2, title+" · "+subtitle, pdf.Regular, 8)
		d.TextRight(pdf.PageW-pdf.Margin, pdf.Margin+2, src.Event.Name, pdf.Regular, 8)
		d.Line(pdf.Margin, pdf.Margin+3.5, pdf.PageW-pdf.Margin, pdf.Margin+3.5)
	}
	d.AddPage()
	pr.title(title, subtitle)
	return pr
}

// title draws the event's name, the report's title and its subtitle.
func (pr *printer) title(title, subtitle string) {
	d := pr.d
	d.Text(pdf.Margin, d.Y+4, pr.src.Event.Name, pdf.Regular, 9)
	d.Y += 6
	d.Text(pdf.Margin, d.Y+6, strings.ToUpper(title), pdf.Bold, 15)
	d.Y += 8.5
	if subtitle != "" {
		d.Text(pdf.Margin, d.Y+4.5, subtitle, pdf.Bold, 11)
		d.Y += 6.5
	}
	d.Line(pdf.Margin, d.Y, pdf.PageW-pdf.Margin, d.Y)
	d.Y += 2
}

// finish draws the foot of every page: confidential, the generation
// time and data version, the page of the total.
func (pr *printer) finish() *pdf.Doc {
	p, src := pr.p, pr.src
	stamp := p.T("common.generated", p.Stamp(src.Now), src.Version)
	left := p.T("common.confidential") + " · " + p.T("common.printed_for", src.Event.Coordinator)
	if src.Event.Coordinator == "" {
		left = p.T("common.confidential")
	}
	pr.d.Finish(func(d *pdf.Doc, page, total int) {
		y := pdf.PageH - pdf.Margin
		// The page's stream ends with whatever colours it last set; text
		// is painted with the fill colour.
		d.SetFillColor(0, 0, 0)
		d.SetTextColor(0, 0, 0)
		d.SetDrawColor(0, 0, 0)
		d.Line(pdf.Margin, y-6.5, pdf.PageW-pdf.Margin, y-6.5)
		d.Text(pdf.Margin, y-3.2, left, pdf.Bold, 7.5)
		d.TextRight(pdf.PageW-pdf.Margin, y-3.2, p.T("common.page_of", page, total), pdf.Bold, 8)
		d.Text(pdf.Margin, y, stamp, pdf.Regular, 7)
	})
	return pr.d
}

// heading starts a section with at least minBody mm under it.
func (pr *printer) heading(key string, minBody float64, args ...any) {
	pr.d.Heading(pr.p.T(key, args...), minBody)
}

// none writes the line a section shows when it is empty.
func (pr *printer) none() {
	pr.d.Para(pdf.Margin, bodyW, pr.p.T("report.none"), pdf.Regular, 9)
	pr.d.Y += 1
}

// table draws a table whose columns are given as message keys and
// widths; the widths are scaled to the page.
func (pr *printer) table(cols []col, rows [][]string) {
	var sum float64
	for _, c := range cols {
		sum += c.w
	}
	tc := make([]pdf.Col, len(cols))
	heads, cells := make([]float64, len(cols)), make([]float64, len(cols))
	for i, c := range cols {
		title := pr.p.T(c.key)
		if c.key == timeZoneKey {
			title = pr.p.T(c.key, pr.p.Zone(pr.src.Now))
		}
		tc[i] = pdf.Col{Title: title, W: c.w * bodyW / sum}
		heads[i] = pr.longestWord(title, pdf.Bold)
		cells[i] = heads[i]
	}
	for _, row := range rows {
		for i := range min(len(row), len(cols)) {
			cells[i] = max(cells[i], pr.longestWord(row[i], pdf.Regular))
		}
	}
	// Whole words in the cells too where the page has room, else at
	// least in the headings.
	if !fitWords(tc, cells) {
		fitWords(tc, heads)
	}
	pr.d.Table(pdf.Table{Cols: tc, Rows: rows, Size: tableSize})
}

// longestWord is the width a cell needs for its longest word.
func (pr *printer) longestWord(s string, st pdf.Style) float64 {
	var w float64
	for _, word := range strings.Fields(s) {
		w = max(w, pr.d.Width(word, st, tableSize))
	}
	return w + cellPad
}

const (
	tableSize = 8.0 // points
	// cellPad is a cell's padding on both sides (pdf.Table's), with a
	// little to spare.
	cellPad = 2*1.2 + 0.4
)

// fitWords widens the columns narrower than least (the longest word of
// their heading or cells), so that no word breaks inside, and takes the
// room from the others in proportion to their widths. When the words
// cannot all fit across the page, the widths stay as they were and it
// says false.
func fitWords(cols []pdf.Col, least []float64) bool {
	var total, need float64
	for i, c := range cols {
		total += c.W
		need += least[i]
	}
	if need > total {
		return false
	}
	fixed := make([]bool, len(cols))
	for range cols { // each pass fixes at least one more column, or ends
		var fixedW, freeW float64
		for i, c := range cols {
			if fixed[i] {
				fixedW += least[i]
			} else {
				freeW += c.W
			}
		}
		if freeW == 0 {
			return true
		}
		scale := (total - fixedW) / freeW
		more := false
		for i := range cols {
			if fixed[i] {
				cols[i].W = least[i]
				continue
			}
			cols[i].W *= scale
			if cols[i].W < least[i] {
				fixed[i], more = true, true
			}
		}
		if !more {
			return true
		}
	}
	return true
}

// col is a table column: its heading's message key and relative width.
type col struct {
	key string
	w   float64
}

// timeZoneKey heads a column of times: "Time (WIB)".
const timeZoneKey = "report.col.time_zone"

// timeCol is a time column whose heading names the event's zone.
func timeCol(w float64) col { return col{timeZoneKey, w} }

// kv draws label: value lines in two columns of width lw (wider when a
// label needs it, up to half the page) and the rest.
func (pr *printer) kv(lw float64, pairs ...string) {
	d := pr.d
	lw = labelWidth(d, lw, pairs)
	for i := 0; i+1 < len(pairs); i += 2 {
		lines := d.Wrap(pairs[i+1], pdf.Regular, 9.5, bodyW-lw)
		d.Need(pdf.LineHeight(9.5) * float64(len(lines)))
		d.Text(pdf.Margin, d.Y+3.4, pairs[i], pdf.Bold, 9.5)
		for _, l := range lines {
			d.Text(pdf.Margin+lw, d.Y+3.4, l, pdf.Regular, 9.5)
			d.Y += pdf.LineHeight(9.5)
		}
	}
	d.Y += 1.5
}

// labelWidth is lw, or the width of the widest label of pairs (label,
// value, ...) and a gap when that is more, at most half the page: a
// label never runs into its value, in either language.
func labelWidth(d *pdf.Doc, lw float64, pairs []string) float64 {
	for i := 0; i < len(pairs); i += 2 {
		lw = max(lw, d.Width(pairs[i], pdf.Bold, 9.5)+3)
	}
	return min(lw, bodyW/2)
}

// ellipsis shortens s to fit w mm at size, ending it with "…".
func ellipsis(d *pdf.Doc, s string, st pdf.Style, size, w float64) string {
	s = strings.Join(strings.Fields(s), " ")
	if d.Width(s, st, size) <= w {
		return s
	}
	r := []rune(s)
	lo, hi := 0, len(r)
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if d.Width(string(r[:mid])+"…", st, size) <= w {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return strings.TrimSpace(string(r[:lo])) + "…"
}

// delegationName is "CODE Name" (the name in the printed language for a
// country without a name of its own).
func (pr *printer) delegationName(id string) string {
	d := pr.src.delBy[id]
	if d == nil {
		return ""
	}
	return d.Code + " " + d.Name
}

// loName is an LO's name ("" when removed).
func (pr *printer) loName(id string) string {
	if l := pr.src.loBy[id]; l != nil {
		return l.FullName
	}
	return ""
}
