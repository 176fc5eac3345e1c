package seatprint

import (
	"context"
	"fmt"
	"io"
	"strings"

	"lodesk/app/pdf"
	"lodesk/app/seating"
	"lodesk/data"
)

// Plan writes a session's wall plan on A3 (or A4) landscape: every seat
// as a box with the flag, the delegation's code, the name and the place,
// row by row with the stage at the top, the host's right on the left as
// the room sees the host; or, for a group photo, the line-up as the
// camera sees it (front row at the bottom), then the list to call the
// guests in order.
func Plan(ctx context.Context, s *data.Store, itemID string, w io.Writer, opts Options) (Result, error) {
	j, err := load(ctx, s, itemID, opts)
	if err != nil {
		return Result{}, err
	}
	paper := strings.ToUpper(opts.Paper)
	if paper != "A4" && paper != "A3" {
		paper = j.paper()
	}
	title := j.tr.T("seating.plan_title", j.item.Title)
	if j.item.Photo {
		title = j.tr.T("seating.photo_title", j.item.Title)
	}
	d := pdf.NewPaper(title, j.printed, j.now, paper, true)
	if opts.Record {
		d.Record()
	}
	j.grid(d, title)
	if j.item.Photo {
		j.callList(d)
	}
	j.foot(d)
	return output(d, w, opts)
}

// paper is the sheet a plan needs: A3 for a wide or deep room, else A4.
func (j *job) paper() string {
	lo, hi := 0, 0
	for _, p := range j.places {
		lo, hi = min(lo, p.pos.Place), max(hi, p.pos.Place)
	}
	if hi-lo+1 > 13 || j.rows > 8 {
		return "A3"
	}
	return "A4"
}

// heading starts a page of the plan.
func (j *job) heading(d *pdf.Doc, title string) {
	d.AddPage()
	d.Text(pdf.Margin, pdf.Margin+6, title, pdf.Bold, 16)
	rule := j.tr.Label("attendance", j.item.AttendanceRule())
	if j.item.Photo {
		rule = j.tr.Label("attendance", data.AttendHeads)
	}
	d.Text(pdf.Margin, pdf.Margin+12, strings.Join(nonEmpty(j.when(), strings.Trim(j.item.Venue+", "+j.item.Room, ", "),
		j.tr.Label("programme_kind", j.item.Kind), rule, j.tr.T("seating.count", len(j.places))), " · "), pdf.Regular, 9)
	if j.item.SeatsLocked {
		d.TextRight(d.W-pdf.Margin, pdf.Margin+6, j.tr.T("seating.locked"), pdf.Bold, 10)
	}
	d.Y = pdf.Margin + 17
}

func nonEmpty(parts ...string) []string {
	var out []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			out = append(out, p)
		}
	}
	return out
}

// units says where a place is drawn, in boxes from the centre line
// (positive to the host's right). A row without a centre place (even,
// behind the first) sits half a box aside, as the seat map draws it:
// nobody on the centre line. A row's size is the item's row size (a last
// row partly filled is as wide as the others), else how many sit in it.
func units(places []place, rowSizes string) func(row, place int) float64 {
	count := map[int]int{}
	for _, p := range places {
		count[p.pos.Row]++
	}
	sizes, _ := seating.ParseRowSizes(rowSizes)
	centred := map[int]bool{}
	for row, n := range count {
		if len(sizes) > 0 {
			n = max(n, sizes[min(row-1, len(sizes)-1)])
		}
		centred[row] = seating.Centred(row, n)
	}
	return func(row, place int) float64 {
		u := float64(place)
		if !centred[row] {
			switch {
			case place > 0:
				u -= 0.5
			case place < 0:
				u += 0.5
			}
		}
		return u
	}
}

// grid draws the rows of boxes, as many rows a page as fit.
func (j *job) grid(d *pdf.Doc, title string) {
	byRow := map[int][]place{}
	for _, p := range j.places {
		byRow[p.pos.Row] = append(byRow[p.pos.Row], p)
	}
	unit := units(j.places, j.item.RowSizes)
	lo, hi := 0.0, 0.0
	for _, p := range j.places {
		u := unit(p.pos.Row, p.pos.Place)
		lo, hi = min(lo, u), max(hi, u)
	}
	cols := hi - lo + 1
	const rowLabelW = 9.0
	avail := d.W - 2*pdf.Margin - rowLabelW
	boxW := min(avail/cols, 40)
	boxH := min(boxW*0.75+4, 22)
	left := pdf.Margin + rowLabelW + (avail-boxW*cols)/2
	xOf := func(row, place int) float64 { return left + (hi-unit(row, place))*boxW } // host's right on the left
	top := pdf.Margin + 26
	bottom := d.H - pdf.Margin - 14
	perPage := max(int((bottom-top)/(boxH+2)), 1)
	for first := 1; first <= j.rows; first += perPage {
		j.heading(d, title)
		last := min(first+perPage-1, j.rows)
		band := j.tr.T("seating.stage")
		bandY := top - 7
		if j.item.Photo {
			band = j.tr.T("seating.camera")
			bandY = top + float64(last-first+1)*(boxH+2) + 1
		}
		d.SetFillColor(230, 230, 230)
		d.Rect(left, bandY, boxW*cols, 5, "F")
		d.TextCenter(xOf(1, 0)+boxW/2, bandY+3.7, band, pdf.Bold, 8)
		side := top - 9
		if j.item.Photo {
			side = bandY + 8
		}
		d.Text(left, side, "← "+j.tr.T("seating.host_right"), pdf.Regular, 7.5)
		d.TextRight(left+boxW*cols, side, j.tr.T("seating.host_left")+" →", pdf.Regular, 7.5)
		for r := first; r <= last; r++ {
			k := r - first
			if j.item.Photo {
				k = last - r // the front row nearest the camera, at the bottom
			}
			y := top + float64(k)*(boxH+2)
			d.TextCenter(pdf.Margin+rowLabelW/2, y+boxH/2+1.5, seating.RowName(r), pdf.Bold, 11)
			for _, p := range byRow[r] {
				j.box(d, p, xOf(r, p.pos.Place)+0.6, y, boxW-1.2, boxH)
			}
		}
	}
}

// box draws one seat.
func (j *job) box(d *pdf.Doc, p place, x, y, w, h float64) {
	host := p.pos.Row == 1 && p.pos.Place == 0
	switch {
	case host:
		d.SetFillColor(255, 243, 205)
		d.Rect(x, y, w, h, "F")
	case p.review:
		d.SetFillColor(255, 225, 225)
		d.Rect(x, y, w, h, "F")
	}
	lw := 0.25
	if p.person.Role == data.RoleHOD {
		lw = 0.6
	}
	d.SetLineWidth(lw)
	d.Rect(x, y, w, h, "D")
	d.SetLineWidth(0.2)
	fw := min(w*0.32, 9)
	d.Flag(fmt.Sprintf("plan-%s", p.del.Code), p.flag, p.del.Code, x+1, y+1, fw)
	size := min(max(w/5, 4.5), 7)
	d.Text(x+fw+2, y+1+fw*0.55, p.del.Code, pdf.Bold, size)
	d.TextRight(x+w-1, y+1+fw*0.55, p.pos.String(), pdf.Regular, size*0.85)
	lines := d.Wrap(name(p.person), pdf.Bold, size, w-2)
	ly := y + 1 + fw*0.75 + pdf.LineHeight(size)
	for i, l := range lines {
		if i == 2 || ly > y+h-0.5 {
			break
		}
		d.Text(x+1, ly, l, pdf.Bold, size)
		ly += pdf.LineHeight(size)
	}
	if n := p.person.NativeName; n != "" && ly <= y+h-0.5 {
		d.Text(x+1, ly, n, pdf.Regular, size)
	}
}

// callList lists the line-up in calling order: who stands where.
func (j *job) callList(d *pdf.Doc) {
	d.AddPage()
	d.Text(pdf.Margin, pdf.Margin+6, j.tr.T("seating.call_list", j.item.Title), pdf.Bold, 14)
	d.Y = pdf.Margin + 10
	rows := make([][]string, 0, len(j.places))
	for i, p := range j.places {
		rows = append(rows, []string{fmt.Sprint(i + 1), p.pos.String(), name(p.person), p.person.NativeName, j.delegationName(p.del), j.tr.Label("role_short", p.person.Role)})
	}
	w := d.W - 2*pdf.Margin
	d.Table(pdf.Table{
		Cols: []pdf.Col{
			{Title: "#", W: w * 0.05},
			{Title: j.tr.T("seating.col.place"), W: w * 0.09},
			{Title: j.tr.T("pack.col.name"), W: w * 0.3},
			{Title: j.tr.T("pack.col.native"), W: w * 0.2},
			{Title: j.tr.T("manifest.col.delegation"), W: w * 0.24},
			{Title: j.tr.T("pack.col.role"), W: w * 0.12},
		},
		Rows: rows, Size: 8,
	})
}
