package data

import (
	"context"
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"
)

// sample returns one filled record of every type, references wired up.
func sample() []Record {
	d := &Delegation{
		Code: "TH", Name: "Thailand", Kind: KindCountry, Country: "TH", Precedence: 3,
		Relations: RelationsFull, Languages: Codes{"th", "en"}, Status: StatusConfirmed,
	}
	p := &Person{
		Role: RoleHOD, FullName: "Somchai Wongsawat", NativeName: "สมชาย วงศ์สวัสดิ์",
		PassportNo: "AA1234567", Allergies: Allergies{{"shellfish", SeveritySevere}}, Medical: "diabetic", Photo: []byte{1, 2, 3},
	}
	v := &Vehicle{Plate: "B 1234 RI", Capacity: 4, Patwal: true}
	tl := &TravelLeg{
		Direction: Arrival, Mode: ModeFlight, Carrier: "TG", FlightNo: "TG433", Airport: "CGK",
		Scheduled: time.Date(2026, 12, 1, 8, 30, 0, 0, time.UTC), TimeZone: "Asia/Bangkok", VIPLounge: true,
	}
	ac := &Accommodation{Hotel: "Hotel Mulia", Rooms: "1201", CheckIn: time.Date(2026, 12, 1, 7, 0, 0, 0, time.UTC)}
	lo := &LO{FullName: "Dewi Lestari", Languages: LangSkills{{"th", LevelFluent}, {"en", LevelNative}}, Experience: 5, Status: LOActive}
	tpl := &SOPTemplate{Name: "Default", IsDefault: true}
	si := &SOPItem{Phase: PhaseArrival, Position: 1, TextEN: "Meet at the aircraft door", TextID: "Sambut di pintu pesawat", NeedsRecheck: true}
	as := &Assignment{Role: AssignLead, FromDate: "2026-12-01", ToDate: "2026-12-05"}
	pi := &ProgrammeItem{
		Title: "Opening plenary", Kind: ItemPlenary, Starts: time.Date(2026, 12, 2, 2, 0, 0, 0, time.UTC),
		Ends: time.Date(2026, 12, 2, 4, 0, 0, 0, time.UTC), Attendees: Codes{"all"}, Photo: true,
	}
	seat := &Seat{Seat: "A3", PhotoRow: 1, PhotoPlace: -1}
	ci := &ChecklistItem{Phase: PhaseArrival, Position: 1, TextEN: "Meet", Status: CheckPending}
	rq := &Request{Category: "dietary", Text: "Halal meals", Status: RequestOpen, ReceivedAt: time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)}
	inc := &Incident{Severity: "high", What: "Lost luggage", OccurredAt: time.Date(2026, 12, 1, 10, 0, 0, 0, time.UTC)}
	g := &Gift{FromWhom: "HOD", Item: "Silk scarf", Amount: 100, Currency: "USD", ValueIDR: 1600000, Status: "received"}
	ct := &Contact{Department: "patwal", Name: "Iptu Budi", Phone: "+62811000111", RadioChannel: "7"}
	cb := &CountryBrief{Country: "TH", Relations: "Full diplomatic relations since 1950"}
	pl := &PrintLog{PrintedAt: time.Date(2026, 12, 1, 20, 0, 0, 0, time.UTC), PrintedBy: "Ayu", Document: "pack", ForWhom: "Dewi"}
	ev := &Event{Name: "Summit", TimeZone: "Asia/Jakarta", HostCountry: "ID", Venues: Codes{"BNDCC"}}
	tr := &Transfer{FromVenue: "JCC", ToVenue: "Istana", Minutes: 40}
	ev.Zones = Codes{"apron", "vip"}
	p.Badge = Badge{BadgeNo: "D-0001", BadgeCategory: "delegate", Zones: Codes{"apron", "vip"}}
	lo.Badge = Badge{BadgeNo: "L-0001", BadgeCategory: "lo", Zones: Codes{"vip"}}
	v.CarPass, v.Zones = "CP-01", Codes{"apron"}
	mv := &Movement{
		Kind: MoveArrival, Starts: time.Date(2026, 12, 1, 8, 30, 0, 0, time.UTC),
		Ends: time.Date(2026, 12, 1, 9, 30, 0, 0, time.UTC), FromPlace: "CGK", ToPlace: "Hotel Mulia",
	}
	car := &ConvoyCar{Position: 2, Role: CarVIP, Riders: "HOD (rear right)", Flags: Codes{"TH", "ID"}}
	nv := &NoteVerbale{Reference: "NV-001", Date: "2026-11-01", Direction: NoteOutgoing, Subject: "Airport access", Status: NoteSent, FollowUpDue: "2026-11-10"}
	sh := &Shift{Starts: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC), Ends: time.Date(2026, 12, 1, 11, 0, 0, 0, time.UTC)}
	ho := &HandOver{HandedAt: time.Date(2026, 12, 1, 11, 0, 0, 0, time.UTC), Note: "HOD asked for a halal dinner"}
	ln := &LONote{Day: "2026-12-01", Text: "Arrival went well"}
	le := &LOEvaluation{Punctuality: 5, Protocol: 4, Overall: 4, EngageAgain: true, Comments: "Calm"}
	ls := &Lesson{RecordedAt: time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC), Department: "transport", What: "Buses late"}
	return []Record{ev, d, p, v, tl, ac, lo, tpl, si, as, pi, seat, ci, rq, inc, g, ct, cb, pl, tr, sh, ho, ln, le, ls, mv, car, nv}
}

// wire inserts the samples with their references set.
func wire(t *testing.T, s *Store, rs []Record) {
	t.Helper()
	ctx := context.Background()
	err := s.Write(ctx, func(tx *Tx) error {
		ids := map[string]string{}
		for _, r := range rs {
			v := reflect.ValueOf(r).Elem()
			for _, c := range infoOf(r).cols {
				if c.ref != "" {
					if id := ids[c.ref]; id != "" {
						v.FieldByIndex(c.index).SetString(id)
					}
				}
			}
			if err := tx.Insert(r); err != nil {
				return err
			}
			ids[r.Table()] = r.base().ID
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestEveryTypeCovered(t *testing.T) {
	got := map[string]bool{}
	for _, r := range sample() {
		got[r.Table()] = true
	}
	for _, r := range AllRecords() {
		if !got[r.Table()] {
			t.Errorf("sample() lacks %s", r.Table())
		}
	}
}

// TestEveryWriteIsLogged inserts, updates and deletes one row of every type
// and checks the change log and stamps for each.
func TestEveryWriteIsLogged(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	rs := sample()
	wire(t, s, rs)
	for _, r := range rs {
		t.Run(r.Table(), func(t *testing.T) {
			h, err := s.History(ctx, r.Table(), r.base().ID)
			if err != nil {
				t.Fatal(err)
			}
			if len(h) != 1 || h[0].Op != "insert" || h[0].Replica != s.Replica() {
				t.Fatalf("after insert: %+v", h)
			}
			var obj map[string]any
			if err := json.Unmarshal([]byte(h[0].Value), &obj); err != nil {
				t.Fatalf("insert value: %v", err)
			}
			if len(obj) != len(infoOf(r).cols) {
				t.Errorf("insert logged %d fields, want %d", len(obj), len(infoOf(r).cols))
			}

			// Update one string field (the first non-reference one).
			ti := infoOf(r)
			var field string
			for _, c := range ti.cols {
				if c.kind == kString && c.ref == "" {
					reflect.ValueOf(r).Elem().FieldByIndex(c.index).SetString("changed")
					field = c.name
					break
				}
			}
			if err := s.Update(ctx, r); err != nil {
				t.Fatal(err)
			}
			h, _ = s.History(ctx, r.Table(), r.base().ID)
			if len(h) != 2 || h[1].Op != "update" || h[1].Field != field || h[1].Value != `"changed"` {
				t.Fatalf("after update of %s: %+v", field, h)
			}
			if h[1].HLC <= h[0].HLC {
				t.Errorf("stamps not increasing: %v then %v", h[0].HLC, h[1].HLC)
			}
			// An update that changes nothing writes nothing.
			if err := s.Update(ctx, r); err != nil {
				t.Fatal(err)
			}
			if h2, _ := s.History(ctx, r.Table(), r.base().ID); len(h2) != 2 {
				t.Errorf("no-op update logged: %+v", h2)
			}
		})
	}
	// Deleting the delegation cascades to its person, travel leg,
	// accommodation, assignment (and its checklist), seat and request.
	var d *Delegation
	for _, r := range rs {
		if x, ok := r.(*Delegation); ok {
			d = x
		}
	}
	gone, err := s.Delete(ctx, d)
	if err != nil {
		t.Fatal(err)
	}
	tables := map[string]bool{}
	for _, g := range gone {
		tables[g.Table()] = true
		h, _ := s.History(ctx, g.Table(), g.base().ID)
		last := h[len(h)-1]
		if last.Op != "delete" {
			t.Errorf("%s %s: last change %+v, want delete", g.Table(), g.base().ID, last)
		}
		// Only references (ids) may stay in the log.
		ti := infoOf(g)
		for _, c := range h[:len(h)-1] {
			if c.Value == "" || (c.Op == "update" && ti.byName[c.Field] != nil && ti.byName[c.Field].ref != "") {
				continue
			}
			var obj map[string]any
			if c.Op != "insert" || json.Unmarshal([]byte(c.Value), &obj) != nil {
				t.Errorf("%s: data left in change log after delete: %+v", g.Table(), c)
				continue
			}
			for k := range obj {
				if col := ti.byName[k]; col == nil || col.ref == "" {
					t.Errorf("%s: field %s left in change log after delete", g.Table(), k)
				}
			}
		}
	}
	for _, want := range []string{"delegation", "person", "travel_leg", "accommodation", "assignment", "checklist_item", "seat", "request"} {
		if !tables[want] {
			t.Errorf("delete did not cascade to %s", want)
		}
	}
	if _, err := Get[Person](ctx, s, gone[1].base().ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleted person still found: %v", err)
	}
	var passport string
	if err := s.ro.QueryRow("SELECT passport_no || medical FROM person").Scan(&passport); err != nil || passport != "" {
		t.Errorf("tombstone keeps personal fields: %q %v", passport, err)
	}

	// Undo.
	if err := s.Restore(ctx, gone); err != nil {
		t.Fatal(err)
	}
	for _, g := range gone {
		h, _ := s.History(ctx, g.Table(), g.base().ID)
		if h[len(h)-1].Op != "update" {
			t.Errorf("%s: restore not logged", g.Table())
		}
	}
	p, err := Get[Person](ctx, s, gone[1].base().ID)
	if err != nil {
		t.Fatal(err)
	}
	want := gone[1].(*Person)
	if !reflect.DeepEqual(p, want) {
		t.Errorf("restored person\n got %+v\nwant %+v", p, want)
	}
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("check: %+v %v", rep, err)
	}
}

func TestRoundTripAllFields(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	rs := sample()
	wire(t, s, rs)
	for _, r := range rs {
		got := reflect.New(reflect.TypeOf(r).Elem()).Interface().(Record)
		err := s.Write(ctx, func(tx *Tx) error { return tx.Get(got, r.base().ID) })
		if err != nil {
			t.Fatalf("%s: %v", r.Table(), err)
		}
		if !reflect.DeepEqual(got, r) {
			t.Errorf("%s round trip\n got %+v\nwant %+v", r.Table(), got, r)
		}
	}
}

func TestFailedWriteLeavesNothing(t *testing.T) {
	ctx := context.Background()
	s := newStore(t)
	before, _ := s.DataVersion(ctx)
	err := s.Write(ctx, func(tx *Tx) error {
		if err := tx.Insert(&Delegation{Code: "AU", Name: "Australia"}); err != nil {
			return err
		}
		return tx.Insert(&Person{DelegationID: "01900000-0000-7000-8000-000000000000", FullName: "Nobody"})
	})
	if err == nil {
		t.Fatal("insert with a dangling reference succeeded")
	}
	ds, _ := s.FindDelegations(ctx, DelegationFilter{})
	after, _ := s.DataVersion(ctx)
	if len(ds) != 0 || after != before {
		t.Errorf("failed transaction left %d delegations, data version %d -> %d", len(ds), before, after)
	}
	if err := s.Update(ctx, &Delegation{Base: Base{ID: "01900000-0000-7000-8000-000000000001"}}); !errors.Is(err, ErrNotFound) {
		t.Errorf("update of a missing row: %v", err)
	}
	if err := s.Insert(ctx, &Delegation{Base: Base{ID: "not-a-uuid"}}); err == nil {
		t.Error("insert accepted a bad id")
	}
}
