package briefing

import (
	"fmt"
	"strings"

	"lodesk/app/flags"
	"lodesk/app/pdf"
	"lodesk/data"
)

const contentW = pdf.PageW - 2*pdf.Margin

// cover draws the first page: the event, the delegation and its head,
// the LO, the coordinator's QR code, and room for the contents.
func (p *pack) cover(d *pdf.Doc) error {
	y := pdf.Margin
	d.SetFillColor(0, 0, 0)
	d.Rect(pdf.Margin, y, contentW, 9, "F")
	d.SetTextColor(255, 255, 255)
	d.Text(pdf.Margin+3, y+6.2, p.tr.Marking(p.ev.Confidential), pdf.Bold, 12)
	d.TextRight(pdf.PageW-pdf.Margin-3, y+6.2, p.copyName(), pdf.Bold, 9)
	d.SetTextColor(0, 0, 0)
	y += 16
	d.Text(pdf.Margin, y, p.ev.Name, pdf.Bold, 15)
	y += 6
	d.Text(pdf.Margin, y, join(p.ev.City, p.eventDates(), p.ev.Organiser), pdf.Regular, 9)
	y += 14
	d.Text(pdf.Margin, y, p.tr.T("pack.cover_title"), pdf.Bold, 20)
	y += 4
	d.SetLineWidth(0.8)
	d.Line(pdf.Margin, y, pdf.PageW-pdf.Margin, y)
	d.SetLineWidth(0.2)
	y += 10

	country := p.tr.Country(p.del.Country)
	d.Flag("flag-"+p.del.Code, flags.ForDelegation(p.del, 240), p.del.Code, pdf.PageW-pdf.Margin-28, y-3, 28)
	d.Text(pdf.Margin, y, p.tr.T("pack.delegation"), pdf.Regular, 9)
	y += 7
	d.Text(pdf.Margin, y, p.del.Name, pdf.Bold, 18)
	y += 6
	if country == p.del.Name || p.del.Country == "" {
		country = ""
	}
	prec := p.tr.T("pack.precedence_none")
	if p.del.Precedence > 0 {
		prec = p.tr.T("pack.precedence", p.del.Precedence)
	}
	d.Text(pdf.Margin, y, join(p.tr.T("pack.code", p.del.Code), country, prec, p.tr.Label("relations", p.del.Relations)), pdf.Regular, 9.5)
	y += 6
	y = p.relationsMark(d, y) + 6

	photoW := 0.0
	if p.hod != nil && len(p.hod.Photo) > 0 && d.Image("hod-"+p.hod.ID, p.hod.Photo, pdf.Margin, y-4, 28, 0) {
		photoW = 32
	}
	x := pdf.Margin + photoW
	d.Text(x, y, p.tr.Label("role", data.RoleHOD), pdf.Regular, 9)
	y += 7
	if p.hod != nil {
		d.Text(x, y, strings.TrimSpace(p.hod.Honorific+" "+p.hod.FullName), pdf.Bold, 15)
		y += 8
		if p.hod.NativeName != "" {
			d.Text(x, y, p.hod.NativeName, pdf.Regular, 15)
			y += 7
		}
		d.Text(x, y, p.hod.Position, pdf.Regular, 10)
		if l := p.badgeLine(&p.hod.Badge); l != "" {
			y += 5
			d.Text(x, y, p.tr.T("accreditation.badge", l), pdf.Regular, 9)
		}
	} else {
		d.Text(x, y, p.tr.T("pack.hod_not_named"), pdf.Regular, 12)
	}
	y = max(y+14, 135)

	d.Text(pdf.Margin, y, p.tr.T("pack.liaison_officer"), pdf.Regular, 9)
	y += 7
	d.Text(pdf.Margin, y, p.lo.FullName, pdf.Bold, 15)
	y += 6
	d.Text(pdf.Margin, y, join(p.tr.Label("assign_role", p.a.Role), tel(p.lo.Phone), p.lo.Email), pdf.Regular, 10)
	y += 5
	d.Text(pdf.Margin, y, p.tr.T("pack.assigned_for", p.period(p.a.FromDate, p.a.ToDate)), pdf.Regular, 10)
	if p.focus != nil {
		y += 5
		d.Text(pdf.Margin, y, p.tr.T("pack.attached_to", strings.TrimSpace(p.focus.Honorific+" "+p.focus.FullName)), pdf.Regular, 10)
	}
	p.coverLOBadge(d, y)

	// QR code: the LO coordinator's contact card.
	qy := 132.0
	qx := pdf.PageW - pdf.Margin - 42
	d.Rect(qx-2, qy-2, 44, 56, "D")
	if err := d.QR(qx, qy, 40, p.vcard()); err != nil {
		return err
	}
	d.TextCenter(qx+20, qy+44, p.tr.Label("department", "lo_coordinator"), pdf.Bold, 8)
	d.TextCenter(qx+20, qy+48, p.ev.Coordinator, pdf.Regular, 8)
	d.TextCenter(qx+20, qy+51.5, tel(p.ev.CoordPhone), pdf.Regular, 8)

	y = 200
	d.SetDrawColor(0, 0, 0)
	lines := d.Wrap(p.tr.T("pack.printed_for_by", p.lo.FullName, p.printed, p.tr.Stamp(p.now)), pdf.Regular, 8, contentW-4)
	d.Rect(pdf.Margin, y-6, contentW, 2.5+float64(len(lines))*pdf.LineHeight(8), "D")
	for i, l := range lines {
		d.Text(pdf.Margin+2, y-1.5+float64(i)*pdf.LineHeight(8), l, pdf.Regular, 8)
	}
	return nil
}

// contents fills the cover's lower part with the table of contents, for
// packs of more than four pages.
func (p *pack) contents(d *pdf.Doc) {
	if d.PageCount() <= 4 {
		return
	}
	d.SetPage(1)
	y := 212.0
	d.Text(pdf.Margin, y, p.tr.T("pack.contents"), pdf.Bold, 11)
	y += 6
	for i, s := range d.Sections {
		col := i / 6
		yy := y + float64(i%6)*5
		x := pdf.Margin + float64(col)*contentW/2
		d.Text(x, yy, s.Title, pdf.Regular, 9.5)
		d.TextRight(x+contentW/2-8, yy, fmt.Sprint(s.Page), pdf.Regular, 9.5)
	}
}

// vcard is the LO coordinator's contact card for the cover's QR code.
func (p *pack) vcard() string {
	name := p.ev.Coordinator
	phone := p.ev.CoordPhone
	for _, c := range p.contacts {
		if c.Department == "lo_coordinator" && name == "" {
			name, phone = c.Name, c.Phone
		}
	}
	esc := strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\n", `\n`)
	return "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + esc.Replace(name) + "\r\nN:" + esc.Replace(name) + ";;;;\r\n" +
		"ORG:" + esc.Replace(p.ev.Name) + "\r\nTITLE:" + esc.Replace(p.tr.Label("department", "lo_coordinator")) + "\r\nTEL;TYPE=CELL:" + phone + "\r\nEND:VCARD\r\n"
}

// relationsMark boxes, under the delegation, the organiser's guidance for
// a delegation without diplomatic relations with the host; it returns
// the y below it.
func (p *pack) relationsMark(d *pdf.Doc, y float64) float64 {
	if p.del.Relations != data.RelationsNone {
		return y
	}
	text := p.del.RelationsNotes
	if text == "" && p.brief != nil {
		text = p.brief.Relations
	}
	if text == "" {
		text = p.tr.T("pack.no_relations_default")
	}
	lines := d.Wrap(text, pdf.Regular, 9, contentW-6)
	h := 7 + float64(len(lines))*pdf.LineHeight(9) + 2
	d.SetFillColor(255, 235, 235)
	d.SetDrawColor(180, 0, 0)
	d.SetLineWidth(0.6)
	d.Rect(pdf.Margin, y, contentW, h, "FD")
	d.SetLineWidth(0.2)
	d.SetDrawColor(0, 0, 0)
	d.SetTextColor(150, 0, 0)
	d.Text(pdf.Margin+3, y+5, p.tr.T("pack.no_relations", strings.ToUpper(p.tr.Country(p.ev.HostCountry))), pdf.Bold, 10)
	d.SetTextColor(0, 0, 0)
	yy := y + 7
	for _, l := range lines {
		d.Text(pdf.Margin+3, yy+3.2, l, pdf.Regular, 9)
		yy += pdf.LineHeight(9)
	}
	return y + h
}
