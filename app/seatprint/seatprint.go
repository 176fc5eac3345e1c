// Package seatprint prints a session's seating for the room: tent cards
// (a folded A4 per guest: the name in Latin and native script, the
// delegation and its flag, on both faces), and the wall plan and photo
// line-up on A3 or A4 landscape for a protocol officer to tape to a wall.
// It prints what app/seating stored, in Bahasa Indonesia or English
// (app/i18n), through app/pdf.
package seatprint

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"lodesk/app/event"
	"lodesk/app/flags"
	"lodesk/app/i18n"
	"lodesk/app/pdf"
	"lodesk/app/seating"
	"lodesk/data"
)

// Options say how to print.
type Options struct {
	Lang      string // "id", "en", or "" for the event's default language
	Paper     string // "A3" or "A4" for the wall plan; by its size when empty
	PrintedBy string // the store's author when empty
	Now       func() time.Time
	// Record keeps page 1 for a preview (Result.Page1).
	Record bool
	// Only, when set, prints the tent cards of these people alone (ids):
	// a newcomer's card, or a name spelled again.
	Only []string
}

// Result is what was printed.
type Result struct {
	Pages int
	Page1 *pdf.Page // with Options.Record
}

// Errors a coordinator can act on.
var (
	ErrNoSession  = errors.New("no programme item has this title")
	ErrAmbiguous  = errors.New("several programme items match")
	ErrNotSeated  = errors.New("the item has no seat plan or photo line-up")
	ErrNobodySeat = errors.New("nobody is seated yet: regenerate the seating first")
)

// FindSession finds a programme item by its id, its exact title (case
// and spacing ignored) or a part of its title that only one item has.
func FindSession(ctx context.Context, s *data.Store, name string) (*data.ProgrammeItem, error) {
	items, err := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	want := data.Fold(name)
	var exact, part []*data.ProgrammeItem
	for i := range items {
		it := &items[i]
		switch t := data.Fold(it.Title); {
		case it.ID == name || t == want:
			exact = append(exact, it)
		case want != "" && strings.Contains(t, want):
			part = append(part, it)
		}
	}
	if len(exact) == 0 {
		exact = part
	}
	switch len(exact) {
	case 0:
		return nil, fmt.Errorf("%q: %w", name, ErrNoSession)
	case 1:
		return exact[0], nil
	}
	var titles []string
	for _, it := range exact {
		titles = append(titles, it.Title)
	}
	return nil, fmt.Errorf("%q: %w: %s", name, ErrAmbiguous, strings.Join(titles, "; "))
}

// place is one stored seat with whom it holds.
type place struct {
	pos    seating.Position
	person *data.Person
	del    *data.Delegation
	flag   []byte // small flag PNG, nil for a code box
	review bool
}

// job is what one document reads.
type job struct {
	ev      *data.Event
	tr      *i18n.Printer
	item    *data.ProgrammeItem
	places  []place // in seating order
	rows    int
	version int64
	now     time.Time
	printed string
}

func load(ctx context.Context, s *data.Store, itemID string, opts Options) (*job, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, err
	}
	tr, err := i18n.For(ev, opts.Lang)
	if err != nil {
		return nil, err
	}
	item, err := data.Get[data.ProgrammeItem](ctx, s, itemID)
	if err != nil {
		return nil, fmt.Errorf("seating print: %w", err)
	}
	if !item.Seating && !item.Photo {
		return nil, fmt.Errorf("%s: %w", item.Title, ErrNotSeated)
	}
	j := &job{ev: ev, tr: tr, item: item, now: time.Now(), printed: opts.PrintedBy}
	if opts.Now != nil {
		j.now = opts.Now()
	}
	if j.printed == "" {
		j.printed = s.Author()
	}
	if j.printed == "" {
		j.printed = event.DefaultAuthor()
	}
	if j.version, err = s.DataVersion(ctx); err != nil {
		return nil, err
	}
	seats, err := data.ByParent[data.Seat](ctx, s, "item_id", itemID)
	if err != nil {
		return nil, err
	}
	if len(seats) == 0 {
		return nil, fmt.Errorf("%s: %w", item.Title, ErrNobodySeat)
	}
	dels := map[string]*data.Delegation{}
	people := map[string]*data.Person{}
	var texts []string
	for _, st := range seats {
		if _, ok := dels[st.DelegationID]; !ok {
			if d, err := data.Get[data.Delegation](ctx, s, st.DelegationID); err == nil {
				dels[d.ID] = d
				texts = append(texts, d.Name, tr.Country(d.Country))
			}
		}
		if p, err := data.Get[data.Person](ctx, s, st.PersonID); err == nil {
			people[p.ID] = p
			texts = append(texts, p.FullName, p.NativeName, p.Honorific)
		}
	}
	order := map[string]int{}
	if cands, err := seating.Attendees(ctx, s, item); err == nil {
		for i, c := range cands {
			order[c.PersonID] = i
		}
	}
	for _, st := range seats {
		p, d := people[st.PersonID], dels[st.DelegationID]
		if p == nil || d == nil {
			continue
		}
		j.places = append(j.places, place{pos: seating.Position{Row: st.PhotoRow, Place: st.PhotoPlace}, person: p, del: d, flag: flags.ForDelegation(d, 96), review: st.Review})
		j.rows = max(j.rows, st.PhotoRow)
	}
	slices.SortStableFunc(j.places, func(a, b place) int {
		oa, okA := order[a.person.ID]
		ob, okB := order[b.person.ID]
		switch {
		case okA && okB:
			return oa - ob
		case okA != okB:
			if okA {
				return -1
			}
			return 1
		}
		if a.pos.Row != b.pos.Row {
			return a.pos.Row - b.pos.Row
		}
		return abs(a.pos.Place) - abs(b.pos.Place)
	})
	texts = append(texts, item.Title, item.Venue, item.Room, ev.Name)
	if err := pdf.Prime(texts...); err != nil {
		return nil, err
	}
	return j, nil
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// name is how a person's name is printed: honorific and full name.
func name(p *data.Person) string { return strings.TrimSpace(p.Honorific + " " + p.FullName) }

// delegationName is a delegation as a card names it: a country's CLDR
// name in the printed language, else the delegation's own name.
func (j *job) delegationName(d *data.Delegation) string {
	if d.Kind == data.KindCountry && d.Country != "" {
		if n := j.tr.Country(d.Country); n != d.Country {
			return n
		}
	}
	return d.Name
}

// when is the item's day and time, as a plan's heading says it.
func (j *job) when() string {
	return j.tr.Date(j.item.Starts) + " · " + j.tr.Clock(j.item.Starts) + "–" + j.tr.Time(j.item.Ends)
}

// foot draws every page's foot.
func (j *job) foot(d *pdf.Doc) {
	d.Foot(j.tr.Marking(j.ev.Confidential)+" · "+j.item.Title, j.tr.T("common.generated", j.tr.Stamp(j.now), j.version),
		func(page, total int) string { return j.tr.T("common.page_of", page, total) })
}

func output(d *pdf.Doc, w io.Writer, opts Options) (Result, error) {
	r := Result{Pages: d.PageCount()}
	if opts.Record {
		p, err := d.Page1()
		if err != nil {
			return r, err
		}
		r.Page1 = p
	}
	return r, d.Output(w)
}
