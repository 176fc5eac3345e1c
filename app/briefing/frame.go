package briefing

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"lodesk/app/pdf"
	"lodesk/app/phone"
	"lodesk/data"
)

// newDoc starts a document with the running head every page after the
// first carries.
func (b *batch) newDoc(title, head string) *pdf.Doc {
	d := pdf.New(title, b.printed, b.now)
	if b.record {
		d.Record()
	}
	d.Top = pdf.Margin + 7
	d.OnPage = func(d *pdf.Doc) {
		if d.PageNo() == 1 {
			d.Y = pdf.Margin
			return
		}
		d.Text(pdf.Margin, pdf.Margin+2, head, pdf.Regular, 8)
		d.TextRight(pdf.PageW-pdf.Margin, pdf.Margin+2, b.ev.Name, pdf.Regular, 8)
		d.Line(pdf.Margin, pdf.Margin+3.5, pdf.PageW-pdf.Margin, pdf.Margin+3.5)
	}
	d.AddPage()
	return d
}

// finish draws the foot of every page: who the copy is for, the
// generation time and data version, and the page number of the total.
func (b *batch) finish(d *pdf.Doc, forWhom string) {
	stamp := fmt.Sprintf("Generated %s · data version %d", b.now.In(b.loc).Format("2 Jan 2006 15:04 MST"), b.version)
	d.Finish(func(d *pdf.Doc, page, total int) {
		y := pdf.PageH - pdf.Margin
		d.SetDrawColor(0, 0, 0)
		d.Line(pdf.Margin, y-6.5, pdf.PageW-pdf.Margin, y-6.5)
		left := "CONFIDENTIAL"
		if forWhom != "" {
			left += " · printed for " + forWhom
		}
		d.Text(pdf.Margin, y-3.2, left, pdf.Bold, 7.5)
		d.TextRight(pdf.PageW-pdf.Margin, y-3.2, fmt.Sprintf("Page %d of %d", page, total), pdf.Bold, 8)
		d.Text(pdf.Margin, y, stamp, pdf.Regular, 7)
	})
}

// day formats a date of the event's calendar.
func day(date string) string {
	t, err := time.Parse(time.DateOnly, date)
	if err != nil {
		return date
	}
	return t.Format("Monday 2 January 2006")
}

func (b *batch) clock(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(b.loc).Format("15:04")
}

func (b *batch) dateTime(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.In(b.loc).Format("Mon 2 Jan 15:04")
}

func role(r string) string {
	switch r {
	case data.RoleHOD:
		return "HOD"
	case "":
		return ""
	}
	return strings.ToUpper(r[:1]) + strings.ReplaceAll(r[1:], "_", " ")
}

func title(s string) string {
	if s == "" {
		return s
	}
	s = strings.ReplaceAll(s, "_", " ")
	return strings.ToUpper(s[:1]) + s[1:]
}

// phones keeps numbers formatted for print ("+62 812-3456-7890"): they
// wrap at their spaces, and formatting is slow enough to do once.
var phones sync.Map

func tel(e164 string) string {
	if e164 == "" {
		return ""
	}
	if v, ok := phones.Load(e164); ok {
		return v.(string)
	}
	v := phone.Display(e164)
	phones.Store(e164, v)
	return v
}

// department is a department's name as printed.
func department(d string) string {
	switch d {
	case "eo":
		return "EO (organiser)"
	case "lo_coordinator":
		return "LO coordinator"
	}
	return title(d)
}

func yes(b bool) string {
	if b {
		return "yes"
	}
	return ""
}

func join(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}
