package itinerary

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	ics "github.com/arran4/golang-ical"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/data"
)

func TestClashes(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 12, 2, h, m, 0, 0, time.UTC) }
	arr := Entry{Kind: KindArrival, Start: at(2, 0), End: at(2, 0), Title: "Arrival"}
	dep := Entry{Kind: KindDeparture, Start: at(20, 0), End: at(20, 0), Title: "Departure"}
	item := func(title, place string, h1, m1, h2, m2 int) Entry {
		return Entry{Kind: KindProgramme, Title: title, Place: place, Start: at(h1, m1), End: at(h2, m2), ItemID: title}
	}
	tr := Transfers{{"JCC", "Istana"}: 45 * time.Minute}
	tests := []struct {
		name    string
		entries []Entry
		want    []string
	}{
		{"clean day", []Entry{arr, item("a", "JCC, Hall A", 3, 0, 4, 0), item("b", "Istana", 5, 0, 6, 0), dep}, nil},
		{"overlap", []Entry{arr, item("a", "JCC", 3, 0, 4, 0), item("b", "JCC", 3, 30, 5, 0), dep}, []string{ClashOverlap}},
		{"back to back is no overlap", []Entry{item("a", "JCC", 3, 0, 4, 0), item("b", "JCC", 4, 0, 5, 0)}, nil},
		{"before arrival", []Entry{arr, item("a", "JCC", 1, 0, 3, 0)}, []string{ClashBeforeArrival}},
		{"after departure", []Entry{item("a", "JCC", 19, 0, 21, 0), dep}, []string{ClashAfterDeparture}},
		{"tight transfer", []Entry{item("a", "JCC, Hall A", 3, 0, 4, 0), item("b", "Istana", 4, 30, 5, 0)}, []string{ClashTransfer}},
		{"transfer either way", []Entry{item("a", "Istana", 3, 0, 4, 0), item("b", "JCC, Room 2", 4, 30, 5, 0)}, []string{ClashTransfer}},
		{"transfer not set", []Entry{item("a", "Hotel", 3, 0, 4, 0), item("b", "JCC", 4, 5, 5, 0)}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sortEntries(tt.entries)
			var got []string
			for _, c := range clashes(tt.entries, tr) {
				got = append(got, c.Kind)
				if c.String() == "" {
					t.Error("empty clash text")
				}
			}
			if strings.Join(got, ",") != strings.Join(tt.want, ",") {
				t.Errorf("clashes %v, want %v", got, tt.want)
			}
		})
	}
}

// TestAcrossTheDateLine: a delegation from Tonga (UTC+13) lands in
// Jakarta late on 1 December, which is already 2 December at home; the
// itinerary files it under 1 December and shows both clocks, and the .ics
// carries the same instant.
func TestAcrossTheDateLine(t *testing.T) {
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "e.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	landing := time.Date(2026, 12, 1, 23, 30, 0, 0, jkt)
	del := &data.Delegation{Code: "TO", Name: "Tonga"}
	insertAll(t, s, &data.Event{Name: "E", TimeZone: "Asia/Jakarta", StartDate: "2026-12-02"}, del)
	insertAll(t, s,
		&data.TravelLeg{
			DelegationID: del.ID, Direction: data.Arrival, Carrier: "FJ", FlightNo: "941", Airport: "CGK",
			Terminal: "T3", Scheduled: landing, TimeZone: "Pacific/Tongatapu", VIPLounge: true,
		},
		&data.TravelLeg{
			DelegationID: del.ID, Direction: data.Departure, Carrier: "FJ", FlightNo: "942", Airport: "CGK",
			Scheduled: time.Date(2026, 12, 4, 18, 0, 0, 0, jkt), TimeZone: "Asia/Jakarta",
		},
		&data.ProgrammeItem{
			Title: "Opening plenary", Venue: "JCC", Room: "Plenary Hall", DressCode: "Lounge suit",
			Starts: time.Date(2026, 12, 2, 9, 0, 0, 0, jkt), Ends: time.Date(2026, 12, 2, 11, 0, 0, 0, jkt), Attendees: data.Codes{"all"},
		},
		&data.ProgrammeItem{
			Title: "Bilateral with Fiji", Venue: "JCC", Room: "Room 3",
			Starts: time.Date(2026, 12, 2, 10, 30, 0, 0, jkt), Ends: time.Date(2026, 12, 2, 11, 30, 0, 0, jkt), Attendees: data.Codes{"FJ", "TO"},
		},
		&data.ProgrammeItem{
			Title: "Other delegations' dinner", Starts: time.Date(2026, 12, 2, 19, 0, 0, 0, jkt),
			Ends: time.Date(2026, 12, 2, 21, 0, 0, 0, jkt), Attendees: data.Codes{"FJ"},
		},
	)
	it, err := ForDelegation(ctx, s, del.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(it.Days) != 3 || it.Days[0].Date != "2026-12-01" || it.Days[0].Entries[0].Kind != KindArrival {
		t.Fatalf("days %+v", it.Days)
	}
	arr := it.Days[0].Entries[0]
	if !strings.Contains(strings.Join(arr.Details, "|"), "local time 05:30") || arr.Summary(jkt)[:5] != "23:30" {
		t.Errorf("arrival %q %v", arr.Summary(jkt), arr.Details)
	}
	if n := len(it.Days[1].Entries); n != 2 {
		t.Errorf("2 December has %d entries, want the plenary and the bilateral only", n)
	}
	if len(it.Clashes) != 1 || it.Clashes[0].Kind != ClashOverlap {
		t.Errorf("clashes %+v", it.Clashes)
	}

	out := ICS(it, time.Date(2026, 11, 30, 0, 0, 0, 0, time.UTC))
	cal, err := ics.ParseCalendar(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	evs := cal.Events()
	if len(evs) != 4 {
		t.Fatalf("%d events in the .ics", len(evs))
	}
	start, err := evs[0].GetStartAt()
	if err != nil || !start.Equal(landing) {
		t.Errorf("first event starts %v (%v), want %v", start, err, landing)
	}
	if p := evs[0].GetProperty(ics.ComponentPropertySummary); p == nil || p.Value != "Arrival FJ 941" {
		t.Errorf("summary %+v", p)
	}
	end, err := evs[1].GetEndAt()
	if err != nil || !end.Equal(time.Date(2026, 12, 2, 11, 0, 0, 0, jkt)) {
		t.Errorf("plenary ends %v %v", end, err)
	}
	if ICS(it, time.Now()) == out {
		t.Log("DTSTAMP follows now") // different stamps, same UIDs
	}
}

func TestDemoItineraries(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(t, demo.Small), data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	dels, _ := s.FindDelegations(ctx, data.DelegationFilter{})
	for _, d := range dels {
		if d.Status == data.StatusCancelled {
			continue
		}
		it, err := ForDelegation(ctx, s, d.ID)
		if err != nil {
			t.Fatal(err)
		}
		// From arrival to departure; anything the delegation is down for
		// outside its stay is flagged.
		var kinds []string
		for _, day := range it.Days {
			for _, e := range day.Entries {
				kinds = append(kinds, e.Kind)
			}
		}
		flagged := map[string]bool{}
		for _, c := range it.Clashes {
			flagged[c.A.ItemID] = true
		}
		seenArrival := false
		for _, day := range it.Days {
			for _, e := range day.Entries {
				seenArrival = seenArrival || e.Kind == KindArrival
				if !seenArrival && !flagged[e.ItemID] {
					t.Errorf("%s: %q comes before the arrival without a clash", d.Code, e.Title)
				}
			}
		}
		if !strings.Contains(strings.Join(kinds, " "), KindArrival) || kinds[len(kinds)-1] != KindDeparture {
			t.Errorf("%s: itinerary %v", d.Code, kinds)
		}
	}
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{Role: data.AssignLead})
	for _, a := range as {
		it, err := ForLO(ctx, s, a.LOID)
		if err != nil {
			t.Fatal(err)
		}
		if len(it.Days) == 0 {
			t.Errorf("LO %s has an empty itinerary", a.LOID)
		}
	}
}

func insertAll(t *testing.T, s *data.Store, rs ...data.Record) {
	t.Helper()
	err := s.Write(context.Background(), func(tx *data.Tx) error {
		for _, r := range rs {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
