// Package demo writes a deterministic, realistic demo event into a new
// event file: delegations from countries with full, limited and no
// relations with Indonesia, international organisations and a company,
// their people with names in their own scripts, liaison officers, travel,
// hotels, vehicles, a four-day programme, requests, incidents and gifts.
// Name tables and reference lists live in embedded files under data/.
package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/google/uuid"
	"github.com/nyaruka/phonenumbers"

	"lodesk/app/seating"
	"lodesk/app/sop"
	"lodesk/data"
)

// Size is how big the demo event is.
type Size int

// Sizes: Small has about 60 delegations, 600 people and 100 LOs; Large
// 300 delegations, 3,000 people and 500 LOs; XLarge, the scale of the
// largest meetings Indonesia hosts, 1,000 delegations (some of 200
// people), 30,000 people, 2,000 LOs and a six-day programme.
const (
	Small Size = iota
	Large
	XLarge
)

func (s Size) String() string {
	switch s {
	case Large:
		return "large"
	case XLarge:
		return "xlarge"
	}
	return "small"
}

// ParseSize reads "small", "large" or "xlarge".
func ParseSize(s string) (Size, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "small", "":
		return Small, nil
	case "large":
		return Large, nil
	case "xlarge":
		return XLarge, nil
	}
	return Small, fmt.Errorf("demo size %q: want small, large or xlarge", s)
}

// Options tune Generate.
type Options struct {
	Size Size
	// Start is the first arrival day, a date in the event's time zone;
	// zero means today.
	Start time.Time
	// Progress, if set, is called as records are written.
	Progress func(done, total int)
}

// TimeZone is the demo event's time zone.
const TimeZone = "Asia/Jakarta"

// Generate writes the demo event into s, which must be a new, empty event
// file. The same options give the same content (ids aside).
func Generate(ctx context.Context, s *data.Store, opts Options) error {
	if _, err := s.Event(ctx); err == nil {
		return fmt.Errorf("demo: the event file already holds an event")
	}
	g, err := newGen(opts)
	if err != nil {
		return err
	}
	phases := g.build()
	total := 0
	for _, p := range phases {
		total += len(p)
	}
	done := 0
	for _, p := range phases {
		err := s.Write(ctx, func(tx *data.Tx) error {
			for _, r := range p {
				if err := g.write(tx, r); err != nil {
					return err
				}
				done++
				if opts.Progress != nil && (done%250 == 0 || done == total) {
					opts.Progress(done, total)
				}
			}
			return nil
		})
		if err != nil {
			return fmt.Errorf("demo: %w", err)
		}
	}
	return seatAll(ctx, s)
}

// seatAll places everyone at the functions with a seat map or a group
// photo, by the protocol rule.
func seatAll(ctx context.Context, s *data.Store) error {
	items, err := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		return err
	}
	for _, it := range items {
		if it.Photo || it.Seating {
			if _, err := seating.Regenerate(ctx, s, it.ID); err != nil {
				return fmt.Errorf("demo: seating %s: %w", it.Title, err)
			}
		}
	}
	return nil
}

// write inserts one record; an assignment comes with its SOP checklist,
// partly done.
func (g *gen) write(tx *data.Tx, r data.Record) error {
	a, ok := r.(*data.Assignment)
	if !ok {
		return tx.Insert(r)
	}
	items, err := sop.AssignTx(tx, a)
	if err != nil {
		return err
	}
	for _, it := range g.progress(a, items) {
		if err := tx.Update(it); err != nil {
			return err
		}
	}
	return nil
}

// gen builds the demo in memory; every choice comes from r, in a fixed
// order, so the same options give the same event.
type gen struct {
	r      *rand.Rand
	t      *tables
	size   Size
	prof   profile
	loc    *time.Location
	day0   time.Time // first arrival day, midnight in loc
	ev     *data.Event
	dels   []*deleg
	los    []*data.LO
	leads  map[*deleg]*data.LO
	phones map[string]*phonenumbers.PhoneNumber // example number per country
	// longNames gives people two given names, for the xlarge demo's
	// delegations of 200 and its 2,000 LOs.
	longNames bool
}

// deleg is a delegation with what the generator knows about it.
type deleg struct {
	d       *data.Delegation
	c       *country // nil for organisations and companies
	o       *org
	domain  string
	people  []*data.Person
	hod     *data.Person
	arrive  time.Time
	depart  time.Time
	car     *data.Vehicle
	isHost  bool
	private bool // the HOD flies in on a private or state aircraft
}

func newGen(opts Options) (*gen, error) {
	t, err := loadTables()
	if err != nil {
		return nil, err
	}
	loc, err := time.LoadLocation(TimeZone)
	if err != nil {
		return nil, fmt.Errorf("demo: %w", err)
	}
	start := opts.Start
	if start.IsZero() {
		start = time.Now().In(loc)
	}
	day0 := time.Date(start.Year(), start.Month(), start.Day(), 0, 0, 0, 0, loc)
	seed := uint64(20260) + uint64(opts.Size)
	return &gen{
		r: rand.New(rand.NewPCG(seed, seed*0x9e3779b97f4a7c15)), t: t, size: opts.Size, prof: profiles[opts.Size],
		loc: loc, day0: day0, leads: map[*deleg]*data.LO{}, phones: map[string]*phonenumbers.PhoneNumber{},
	}, nil
}

// build returns the records to write, one slice per transaction, each in
// an order where a row comes after the rows it refers to.
func (g *gen) build() [][]data.Record {
	var people, travel, staff, rest []data.Record
	g.event()
	g.delegations()
	people = append(people, g.ev)
	for _, dl := range g.dels {
		people = append(people, dl.d)
	}
	for _, dl := range g.dels {
		g.delegates(dl)
		for _, p := range dl.people {
			people = append(people, p)
		}
	}
	for _, dl := range g.dels {
		if dl.d.Status != data.StatusCancelled {
			travel = append(travel, g.logistics(dl)...)
		}
	}
	staff = append(staff, g.liaisonOfficers()...)
	staff = append(staff, g.assignments()...)
	rest = append(rest, g.programme()...)
	rest = append(rest, g.requests()...)
	rest = append(rest, g.incidents()...)
	rest = append(rest, g.gifts()...)
	rest = append(rest, g.contacts()...)
	rest = append(rest, g.briefs()...)
	rest = append(rest, g.duty(staff)...)
	prot := g.protocol([][]data.Record{people, travel, staff, rest})
	return [][]data.Record{people, travel, staff, rest, prot}
}

// id gives a record its UUIDv7 id up front, so that references can be
// set before anything is written.
func id() string { return uuid.Must(uuid.NewV7()).String() }

// day is midnight of the n-th day after the first arrival day.
func (g *gen) day(n int) time.Time { return g.day0.AddDate(0, 0, n) }

// at is the n-th day at hh:mm in the event's zone.
func (g *gen) at(n, hh, mm int) time.Time {
	d := g.day(n)
	return time.Date(d.Year(), d.Month(), d.Day(), hh, mm, 0, 0, g.loc)
}

func (g *gen) date(n int) string { return g.day(n).Format(time.DateOnly) }

// pick returns a random element of xs.
func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

// chance is true with probability p.
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }

// weighted picks from "value:weight" choices.
func (g *gen) weighted(choices ...wv) string {
	total := 0
	for _, c := range choices {
		total += c.w
	}
	n := g.r.IntN(total)
	for _, c := range choices {
		if n < c.w {
			return c.v
		}
		n -= c.w
	}
	return choices[len(choices)-1].v
}

type wv struct {
	v string
	w int
}

func (g *gen) event() {
	year := g.day(1).Year()
	g.ev = &data.Event{
		Base:         data.Base{ID: id()},
		Name:         fmt.Sprintf("ASEAN-Pacific Tourism Summit %d", year),
		City:         "Jakarta",
		Venues:       data.Codes{venueMain, venueGala, "Hotel Mulia Senayan"},
		StartDate:    g.date(1),
		EndDate:      g.date(g.prof.lastDay),
		TimeZone:     TimeZone,
		HostCountry:  "ID",
		Coordinator:  "Ratna Sari Dewi",
		CoordPhone:   "+628111234567",
		DefaultLang:  "id",
		Organiser:    "Ministry of Tourism of the Republic of Indonesia",
		Confidential: true,
		Holidays:     fixedHolidays(year, year+1),
	}
}

// fixedHolidays are Indonesia's public holidays on fixed dates (New Year,
// Labour Day, Pancasila Day, Independence Day, Christmas) in the given
// years. The others follow the lunar calendars and a yearly decree, and
// the coordinator enters them.
func fixedHolidays(years ...int) data.Codes {
	var out data.Codes
	for _, y := range years {
		for _, md := range []string{"01-01", "05-01", "06-01", "08-17", "12-25"} {
			out = append(out, fmt.Sprintf("%d-%s", y, md))
		}
	}
	return out
}
