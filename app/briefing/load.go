package briefing

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"lodesk/app/event"
	"lodesk/app/i18n"
	"lodesk/app/itinerary"
	"lodesk/app/pdf"
	"lodesk/data"
)

// batch is what every pack of one Generate call shares, read once.
type batch struct {
	ev       *data.Event
	tr       *i18n.Printer // the printed language
	loc      *time.Location
	version  int64
	now      time.Time
	printed  string // who prints
	coord    bool   // the coordinator's full copy
	contacts []data.Contact
	requests map[string][]data.Request // open requests by delegation
	los      map[string]*data.LO
	dels     map[string]*data.Delegation
	byDel    map[string][]data.Assignment // assignments by delegation
	its      sync.Map                     // delegation id -> *itinerary.Itinerary
	record   bool                         // documents record their first page (the preview)
	proto    *protocolData                // movements, focal points, vehicles
	// people by delegation, in FindPeople's order, when keepPeople has
	// them all (nil before)
	people   map[string][]data.Person
	everyone []data.Person                 // the same, in FindPeople's order
	briefs   map[string]*data.CountryBrief // by country, when primeFonts has read them
	shared   *shared                       // nil: each pack reads its own
}

// shared is what the packs of a large batch read once for all, each pack
// taking its share, where a pack alone queries for its delegation, LO and
// assignment (a dozen queries a pack).
type shared struct {
	its      *itinerary.Set
	vehicles map[string][]data.Vehicle       // by delegation
	stays    map[string][]data.Accommodation // by delegation
	gifts    map[string][]data.Gift          // by LO
}

// shareMin is the share of the event's assignments (1/shareMin) from
// which a batch reads the tables once instead of querying per pack: in
// the xlarge demo's profile, the per-pack queries of its 1,622 packs took
// 2.7 cpu-s, reading the whole tables (checklists included, since left
// to each pack) 0.44, a sixth of that.
const shareMin = 6

// assignments counts the event's assignments.
func (b *batch) assignments() int {
	n := 0
	for _, as := range b.byDel {
		n += len(as)
	}
	return n
}

// loadShared reads what the packs share; it needs b.people.
func (b *batch) loadShared(ctx context.Context, s *data.Store) error {
	sh := &shared{}
	var err error
	if sh.vehicles, err = data.GroupByParent[data.Vehicle](ctx, s, "delegation_id"); err != nil {
		return fmt.Errorf("briefing: vehicles: %w", err)
	}
	if sh.stays, err = data.GroupByParent[data.Accommodation](ctx, s, "delegation_id"); err != nil {
		return fmt.Errorf("briefing: hotels: %w", err)
	}
	if sh.gifts, err = data.GroupByParent[data.Gift](ctx, s, "lo_id"); err != nil {
		return fmt.Errorf("briefing: gifts: %w", err)
	}
	if sh.its, err = itinerary.NewSet(ctx, s, itinerary.Rows{People: b.people, Vehicles: sh.vehicles, Stays: sh.stays}); err != nil {
		return fmt.Errorf("briefing: %w", err)
	}
	b.shared = sh
	return nil
}

func loadBatch(ctx context.Context, s *data.Store, opts Options) (*batch, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, fmt.Errorf("briefing: %w", err)
	}
	tr, err := i18n.For(ev, opts.Lang)
	if err != nil {
		return nil, fmt.Errorf("briefing: %w", err)
	}
	b := &batch{ev: ev, tr: tr, loc: ev.Location(), coord: opts.Coordinator, printed: opts.PrintedBy}
	if b.printed == "" {
		b.printed = s.Author()
	}
	if b.printed == "" {
		b.printed = event.DefaultAuthor()
	}
	b.now = time.Now()
	if opts.Now != nil {
		b.now = opts.Now()
	}
	if b.version, err = s.DataVersion(ctx); err != nil {
		return nil, fmt.Errorf("briefing: data version: %w", err)
	}
	if b.proto, err = loadProtocol(ctx, s); err != nil {
		return nil, err
	}
	if b.contacts, err = s.FindContacts(ctx, ""); err != nil {
		return nil, fmt.Errorf("briefing: contacts: %w", err)
	}
	reqs, err := s.FindRequests(ctx, "", data.RequestOpen)
	if err != nil {
		return nil, fmt.Errorf("briefing: requests: %w", err)
	}
	b.requests = map[string][]data.Request{}
	for _, r := range reqs {
		b.requests[r.DelegationID] = append(b.requests[r.DelegationID], r)
	}
	los, err := data.All[data.LO](ctx, s)
	if err != nil {
		return nil, fmt.Errorf("briefing: LOs: %w", err)
	}
	b.los = map[string]*data.LO{}
	for i := range los {
		b.los[los[i].ID] = &los[i]
	}
	dels, err := s.FindDelegations(ctx, data.DelegationFilter{})
	if err != nil {
		return nil, fmt.Errorf("briefing: delegations: %w", err)
	}
	b.dels = map[string]*data.Delegation{}
	for i := range dels {
		b.dels[dels[i].ID] = &dels[i]
	}
	as, err := s.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, fmt.Errorf("briefing: assignments: %w", err)
	}
	b.byDel = map[string][]data.Assignment{}
	for _, a := range as {
		b.byDel[a.DelegationID] = append(b.byDel[a.DelegationID], a)
	}
	return b, nil
}

// pack is everything one LO's briefing pack prints.
type pack struct {
	*batch
	a         data.Assignment
	lo        *data.LO
	del       *data.Delegation
	people    []data.Person
	hod       *data.Person
	focus     *data.Person // the person the LO is attached to, if any
	it        *itinerary.Itinerary
	vehicles  []data.Vehicle
	stays     []data.Accommodation
	brief     *data.CountryBrief
	checklist []data.ChecklistItem
	gifts     []data.Gift
	team      []data.Assignment // the delegation's other LOs
}

func loadPack(ctx context.Context, s *data.Store, b *batch, a data.Assignment) (*pack, error) {
	p := &pack{batch: b, a: a, lo: b.los[a.LOID], del: b.dels[a.DelegationID]}
	if p.lo == nil || p.del == nil {
		return nil, fmt.Errorf("assignment %s: LO or delegation missing: %w", a.ID, data.ErrNotFound)
	}
	var err error
	wrap := func(what string, err error) error {
		return fmt.Errorf("pack for %s (%s): %s: %w", p.lo.FullName, p.del.Code, what, err)
	}
	if b.people != nil {
		p.people = slices.Clone(b.people[p.del.ID])
	} else if p.people, err = s.FindPeople(ctx, data.PersonFilter{DelegationID: p.del.ID}); err != nil {
		return nil, wrap("people", err)
	}
	for i := range p.people {
		if p.people[i].Role == data.RoleHOD && p.hod == nil {
			p.hod = &p.people[i]
		}
		if p.people[i].ID == a.PersonID {
			p.focus = &p.people[i]
		}
	}
	if p.it, err = b.itinerary(ctx, s, p.del.ID); err != nil {
		return nil, wrap("itinerary", err)
	}
	p.it.Days = slices.DeleteFunc(slices.Clone(p.it.Days), func(d itinerary.Day) bool {
		return a.FromDate != "" && d.Date < a.FromDate || a.ToDate != "" && d.Date > a.ToDate
	})
	if err := p.loadOwn(ctx, s); err != nil {
		return nil, fmt.Errorf("pack for %s (%s): %w", p.lo.FullName, p.del.Code, err)
	}
	for _, o := range b.byDel[p.del.ID] {
		if o.ID != a.ID {
			p.team = append(p.team, o)
		}
	}
	return p, nil
}

// loadOwn reads the pack's vehicles, hotels, country brief, checklist and
// gifts, or takes them from what the batch shares.
func (p *pack) loadOwn(ctx context.Context, s *data.Store) error {
	if p.del.Country != "" {
		if p.briefs != nil {
			p.brief = p.briefs[strings.ToUpper(p.del.Country)]
		} else {
			var err error
			p.brief, err = s.CountryBriefFor(ctx, p.del.Country)
			if err != nil && !errors.Is(err, data.ErrNotFound) {
				return fmt.Errorf("country brief: %w", err)
			}
		}
	}
	if sh := p.shared; sh != nil {
		p.vehicles = sh.vehicles[p.del.ID]
		p.stays = sh.stays[p.del.ID]
		p.gifts = sh.gifts[p.lo.ID]
	} else {
		if err := p.loadShares(ctx, s); err != nil {
			return err
		}
	}
	// Each assignment's own, by its index: read with the rest, the
	// xlarge demo's 48,660 items held for the whole batch grew the
	// resident memory by 130 MB for a third of a cpu-second.
	var err error
	if p.checklist, err = s.FindChecklist(ctx, p.a.ID); err != nil {
		return fmt.Errorf("checklist: %w", err)
	}
	return nil
}

// loadShares reads the pack's vehicles, hotels and gifts, which a large
// batch shares.
func (p *pack) loadShares(ctx context.Context, s *data.Store) error {
	var err error
	if p.vehicles, err = data.ByParent[data.Vehicle](ctx, s, "delegation_id", p.del.ID); err != nil {
		return fmt.Errorf("vehicles: %w", err)
	}
	if p.stays, err = data.ByParent[data.Accommodation](ctx, s, "delegation_id", p.del.ID); err != nil {
		return fmt.Errorf("hotels: %w", err)
	}
	if p.gifts, err = data.ByParent[data.Gift](ctx, s, "lo_id", p.lo.ID); err != nil {
		return fmt.Errorf("gifts: %w", err)
	}
	return nil
}

// itinerary composes a delegation's itinerary once per batch: the lead
// and the assistant LO print the same one.
func (b *batch) itinerary(ctx context.Context, s *data.Store, delID string) (*itinerary.Itinerary, error) {
	if it, ok := b.its.Load(delID); ok {
		c := *it.(*itinerary.Itinerary)
		return &c, nil
	}
	var it *itinerary.Itinerary
	if b.shared != nil {
		it = b.shared.its.ForDelegation(b.dels[delID])
	} else {
		var err error
		if it, err = itinerary.ForDelegation(ctx, s, delID); err != nil {
			return nil, err
		}
	}
	b.its.Store(delID, it)
	c := *it
	return &c, nil
}

// keepPeople keeps everyone (from FindPeople) for the packs, by
// delegation: FindPeople sorts within a delegation by role and name
// either way, so each comes in the order a query for it alone gives.
func (b *batch) keepPeople(people []data.Person) {
	b.everyone = people
	b.people = map[string][]data.Person{}
	for _, p := range people {
		b.people[p.DelegationID] = append(b.people[p.DelegationID], p)
	}
}

// primeFonts gives the font cuts every character the batch's documents
// will print, read in a few queries, so that the packs share one cut per
// font (see pdf.Prime). It needs b.people (keepPeople), and keeps the
// country briefs for the packs.
func (b *batch) primeFonts(ctx context.Context, s *data.Store) error {
	var texts []string
	for _, p := range b.everyone {
		texts = append(texts, p.FullName, p.NativeName, p.Honorific, p.Position, p.HandlingNotes, p.Dietary, p.Mobility)
	}
	briefs, err := data.All[data.CountryBrief](ctx, s)
	if err != nil {
		return fmt.Errorf("briefing: country briefs: %w", err)
	}
	// CountryBriefFor's: the first of a country's, in creation order
	b.briefs = map[string]*data.CountryBrief{}
	for i, c := range briefs {
		texts = append(texts, c.Relations, c.Etiquette, c.Phrases, c.Notes)
		if b.briefs[c.Country] == nil {
			b.briefs[c.Country] = &briefs[i]
		}
	}
	texts = append(texts, b.proto.texts()...)
	for _, l := range b.los {
		texts = append(texts, l.FullName)
	}
	for _, d := range b.dels {
		texts = append(texts, d.Name, d.Notes, d.RelationsNotes)
	}
	for _, rs := range b.requests {
		for _, r := range rs {
			texts = append(texts, r.Text)
		}
	}
	texts = append(texts, b.ev.Name, b.ev.City, b.ev.Organiser, b.ev.Coordinator)
	return pdf.Prime(texts...)
}
