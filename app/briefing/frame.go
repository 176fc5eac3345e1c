package briefing

import (
	"strings"
	"sync"
	"time"

	"lodesk/app/pdf"
	"lodesk/app/phone"
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
		// The event's name on the right, unless the head would run into it.
		if d.Width(head, pdf.Regular, 8)+d.Width(b.ev.Name, pdf.Regular, 8)+6 <= pdf.PageW-2*pdf.Margin {
			d.TextRight(pdf.PageW-pdf.Margin, pdf.Margin+2, b.ev.Name, pdf.Regular, 8)
		}
		d.Line(pdf.Margin, pdf.Margin+3.5, pdf.PageW-pdf.Margin, pdf.Margin+3.5)
	}
	d.AddPage()
	return d
}

// finish draws the foot of every page: the marking and who the copy is
// for, the generation time and data version, and the page number.
func (b *batch) finish(d *pdf.Doc, forWhom string) {
	left := b.tr.Marking(b.ev.Confidential)
	if forWhom != "" {
		left += " · " + b.tr.T("common.printed_for", forWhom)
	}
	d.Foot(left, b.tr.T("common.generated", b.tr.Stamp(b.now), b.version), func(page, total int) string {
		return b.tr.T("common.page_of", page, total)
	})
}

// span is a time range "19:30–22:30" in the event's zone.
func (b *batch) span(from, to time.Time) string {
	t := b.tr.Clock(from)
	if to.After(from) {
		t += "–" + b.tr.Clock(to)
	}
	return t
}

// eventDates is the event's first and last day.
func (b *batch) eventDates() string {
	from, _ := time.ParseInLocation(time.DateOnly, b.ev.StartDate, b.loc)
	to, _ := time.ParseInLocation(time.DateOnly, b.ev.EndDate, b.loc)
	switch {
	case from.IsZero() || to.IsZero():
		return join(b.tr.PlainDate(from), b.tr.PlainDate(to))
	case from.Equal(to):
		return b.tr.PlainDate(from)
	}
	return b.tr.T("common.from_to", b.tr.PlainDate(from), b.tr.PlainDate(to))
}

// period is an assignment's days, or the whole event.
func (b *batch) period(from, to string) string {
	if from == "" && to == "" {
		return b.tr.T("pack.whole_event")
	}
	return b.tr.T("common.from_to", b.tr.Day(from), b.tr.Day(to))
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

// yes is "yes" in the printed language, or nothing.
func (b *batch) yes(v bool) string {
	if v {
		return b.tr.YesNo(true)
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
