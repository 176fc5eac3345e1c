package seatprint

import (
	"context"
	"io"

	"lodesk/app/flags"
	"lodesk/app/pdf"
	"lodesk/data"
)

// Cards writes the tent cards of a session: one A4 landscape sheet per
// seated guest, in seating order, folded along the middle; both faces
// carry the flag, the name in Latin and native script and the delegation,
// the upper face upside down so it reads from the other side.
func Cards(ctx context.Context, s *data.Store, itemID string, w io.Writer, opts Options) (Result, error) {
	j, err := load(ctx, s, itemID, opts)
	if err != nil {
		return Result{}, err
	}
	d := pdf.NewPaper(j.tr.T("seating.cards_title", j.item.Title), j.printed, j.now, "A4", true)
	if opts.Record {
		d.Record()
	}
	only := map[string]bool{}
	for _, id := range opts.Only {
		only[id] = true
	}
	big := map[string][]byte{}
	for _, pl := range j.places {
		if len(only) > 0 && !only[pl.person.ID] {
			continue
		}
		d.AddPage()
		if _, ok := big[pl.del.ID]; !ok {
			big[pl.del.ID] = flags.ForDelegation(pl.del, 480)
		}
		half := d.H / 2
		j.cardFace(d, pl, big[pl.del.ID], half)
		d.Upside(d.W/2, half/2, func() { j.cardFace(d, pl, big[pl.del.ID], 0) })
		// The fold, and where to cut nothing: a dashed guide.
		d.SetDrawColor(170, 170, 170)
		for x := 10.0; x < d.W-10; x += 6 {
			d.Line(x, half, x+3, half)
		}
		d.SetDrawColor(0, 0, 0)
		d.Text(pdf.Margin, half-1.5, j.tr.T("seating.fold"), pdf.Regular, 6)
		d.TextRight(d.W-pdf.Margin, d.H-6, pl.pos.String()+" · "+j.item.Title, pdf.Regular, 6)
	}
	return output(d, w, opts)
}

// cardFace draws one face of a tent card in the half page starting at top.
func (j *job) cardFace(d *pdf.Doc, pl place, flag []byte, top float64) {
	const flagW = 62.0
	x0 := pdf.Margin + 6
	fy := top + (d.H/2-flagW*3/4)/2
	d.Flag("card-"+pl.del.Code, flag, pl.del.Code, x0, fy, flagW)
	tx := x0 + flagW + 12
	maxW := d.W - tx - pdf.Margin - 4
	latin := name(pl.person)
	size := fit(d, latin, pdf.Bold, 40, maxW)
	y := top + 42
	if pl.person.NativeName == "" {
		y += 8
	}
	d.Text(tx, y, latin, pdf.Bold, size)
	if n := pl.person.NativeName; n != "" {
		ns := fit(d, n, pdf.Regular, 30, maxW)
		y += pdf.LineHeight(ns) + 2
		d.Text(tx, y, n, pdf.Regular, ns)
	}
	y += 14
	dn := j.delegationName(pl.del)
	d.Text(tx, y, dn, pdf.Regular, fit(d, dn, pdf.Regular, 20, maxW))
}

// fit is the largest size up to max at which s is at most w wide.
func fit(d *pdf.Doc, s string, st pdf.Style, max, w float64) float64 {
	if s == "" {
		return max
	}
	if tw := d.Width(s, st, max); tw > w {
		return max * w / tw
	}
	return max
}
