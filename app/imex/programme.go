package imex

import (
	"context"
	"fmt"
	"strings"

	"lodesk/app/field"
	"lodesk/app/programme"
	"lodesk/data"
)

// allWords are the ways to say that every delegation attends.
var allWords = map[string]bool{"all": true, "semua": true, "seluruh": true, "semuadelegasi": true, "alldelegations": true}

// programmeImporter matches a row to the programme item with the same
// title (case, spacing and diacritics ignored) starting at the same
// instant. An item moved to another time is a new row: the old one stays
// and the import warns of the likely duplicate.
type programmeImporter struct {
	codes   codeIndex
	byStart index[data.ProgrammeItem] // folded title + instant
	byTitle index[data.ProgrammeItem]
	target  map[string]int
}

func (p *programmeImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	p.codes = newCodeIndex(ds)
	items, err := data.All[data.ProgrammeItem](ctx, s)
	if err != nil {
		return err
	}
	p.byStart, p.byTitle, p.target = index[data.ProgrammeItem]{}, index[data.ProgrammeItem]{}, map[string]int{}
	for i := range items {
		it := &items[i]
		p.byStart.add(key(data.Fold(it.Title), instant(it.Starts)), it)
		p.byTitle.add(data.Fold(it.Title), it)
	}
	return nil
}

// attendees reads "all" or delegation codes, which must be in the event
// file; the codes are stored as the event file spells them.
func (p *programmeImporter) attendees(r *rowCtx) (data.Codes, bool) {
	parts := data.SplitList(r.get("attendees"))
	var out data.Codes
	ok := true
	for _, c := range parts {
		if allWords[normHeader(c)] {
			return data.Codes{"all"}, true
		}
		if d := p.codes.find(r, "attendees", c); d != nil {
			out = append(out, d.Code)
		} else {
			ok = false
		}
	}
	return out, ok
}

func (p *programmeImporter) row(r *rowCtx) {
	title := r.get("title")
	r.rp.Label = strings.TrimSpace(title + " " + r.get("starts"))
	if title == "" {
		r.fail("title", field.ErrRequired)
	}
	if r.get("starts") == "" {
		r.fail("starts", field.ErrRequired)
	}
	starts, okS := r.when("starts")
	ends, okE := r.when("ends")
	if title == "" || starts.IsZero() || !okS || !okE {
		return
	}
	k := key(data.Fold(title), instant(starts))
	old := p.byStart.one(k)
	if len(p.byStart[k]) > 1 {
		r.fail("title", fmt.Errorf("%q: %w", title, ErrAmbiguousRow))
		return
	}
	rec := &data.ProgrammeItem{Kind: data.ItemOther, Attendees: data.Codes{"all"}, Attendance: data.AttendDelegations}
	tk := "new\x00" + k
	if old != nil {
		cp := *old
		rec, tk = &cp, old.ID
	}
	if !claim(r, p.target, tk, "starts") {
		return
	}
	rec.Title, rec.Starts = title, starts
	if r.has("ends") {
		rec.Ends = ends
	}
	r.text("venue", &rec.Venue)
	r.text("room", &rec.Room)
	r.text("dress_code", &rec.DressCode)
	if r.get("attendees") != "" {
		if a, ok := p.attendees(r); ok {
			rec.Attendees = a
		}
	}
	r.yesNo("photo", &rec.Photo)
	r.text("notes", &rec.Notes)
	r.choice("kind", programmeKindWords, &rec.Kind)
	p.seating(r, rec)
	r.rule(programme.CheckFields(rec), nil, "title")
	r.rp.Label = title + " " + starts.In(r.pl.loc).Format("2006-01-02 15:04")
	decide(r.rp, rec, old)
	if old == nil {
		for _, o := range p.byTitle[data.Fold(title)] {
			r.warn("starts", fmt.Errorf("%w: %q also starts at %s", ErrLikelyDuplicate, o.Title, isoTime(o.Starts, r.pl.loc)))
		}
		p.byTitle.add(data.Fold(title), rec)
	}
}

// seating reads the attendance rule of a seated item; "none" takes the
// seat plan away, an empty cell keeps what was there.
func (p *programmeImporter) seating(r *rowCtx, rec *data.ProgrammeItem) {
	rule := ""
	r.choice("seating", seatingWords, &rule)
	switch rule {
	case "":
	case noSeating:
		rec.Seating = false
	default:
		rec.Seating = true
		rec.SetAttendance(rule)
		if rule == data.AttendChosen && len(rec.Chosen) == 0 {
			r.warn("seating", ErrNobodyChosen)
		}
	}
}

func (p *programmeImporter) finish(*planner) {}
