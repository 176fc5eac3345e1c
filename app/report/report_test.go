package report

import (
	"context"
	"slices"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/gifts"
	"lodesk/app/imex"
	"lodesk/data"
)

// openDemo opens the small demo read-only, at noon of its third day.
func openDemo(t *testing.T) (*data.Store, *Source) {
	t.Helper()
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(t, demo.Small), data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	src, err := Load(ctx, s, demotest.Start.AddDate(0, 0, 2).Add(5*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	return s, src
}

// column returns the index of a header in an export.
func column(t *testing.T, rows [][]string, key string) int {
	t.Helper()
	i := slices.Index(rows[0], key)
	if i < 0 {
		t.Fatalf("no column %q in %v", key, rows[0])
	}
	return i
}

// exportedOn counts the export rows whose time column falls on day and
// whose other column (if any) has the value want.
func exportedOn(t *testing.T, rows [][]string, timeCol string, day Day, col, want string) int {
	t.Helper()
	ti, ci := column(t, rows, timeCol), -1
	if col != "" {
		ci = column(t, rows, col)
	}
	n := 0
	for _, r := range rows[1:] {
		at, err := time.Parse(time.RFC3339, r[ti])
		if err != nil {
			t.Fatalf("%s %q: %v", timeCol, r[ti], err)
		}
		if day.Contains(at) && (ci < 0 || r[ci] == want) {
			n++
		}
	}
	return n
}

// TestSitrepMatchesRegisters: for every day of the demo, the SITREP's
// arrivals and departures are the travel export's rows of that day, its
// incidents the incident register's, its open and escalated requests the
// request register's.
func TestSitrepMatchesRegisters(t *testing.T) {
	ctx := context.Background()
	s, src := openDemo(t)
	travel, err := imex.ExportRows(ctx, s, imex.Travel)
	if err != nil {
		t.Fatal(err)
	}
	incidents, err := imex.ExportRows(ctx, s, imex.Incidents)
	if err != nil {
		t.Fatal(err)
	}
	requests, err := imex.ExportRows(ctx, s, imex.Requests)
	if err != nil {
		t.Fatal(err)
	}
	status := column(t, requests, "status")
	count := func(v string) int {
		n := 0
		for _, r := range requests[1:] {
			if r[status] == v {
				n++
			}
		}
		return n
	}
	anyArrivals, anyIncidents := false, false
	for n := range 6 {
		day, err := src.ParseDay(demotest.Start.AddDate(0, 0, n).Format(time.DateOnly))
		if err != nil {
			t.Fatal(err)
		}
		r := src.Sitrep(day)
		if want := exportedOn(t, travel, "scheduled", day, "direction", data.Arrival); r.Arrivals.Planned != want {
			t.Errorf("%s: %d arrivals, the travel export has %d", day.Date, r.Arrivals.Planned, want)
		}
		if want := exportedOn(t, travel, "scheduled", day, "direction", data.Departure); r.Departures.Planned != want {
			t.Errorf("%s: %d departures, the travel export has %d", day.Date, r.Departures.Planned, want)
		}
		if want := exportedOn(t, incidents, "time", day, "", ""); len(r.Incidents) != want {
			t.Errorf("%s: %d incidents, the register has %d", day.Date, len(r.Incidents), want)
		}
		sev := 0
		for _, k := range r.BySeverity {
			sev += k
		}
		if sev != len(r.Incidents) {
			t.Errorf("%s: severities add up to %d of %d incidents", day.Date, sev, len(r.Incidents))
		}
		if r.Requests.Open != count(data.RequestOpen) || r.Requests.Escalated != count(data.RequestEscalated) {
			t.Errorf("%s: %d open, %d escalated requests; the register has %d and %d", day.Date, r.Requests.Open, r.Requests.Escalated, count(data.RequestOpen), count(data.RequestEscalated))
		}
		byDept := 0
		for _, d := range r.Requests.ByDepartment {
			byDept += d.Open + d.Escalated
		}
		if byDept != r.Requests.Open+r.Requests.Escalated {
			t.Errorf("%s: departments add up to %d", day.Date, byDept)
		}
		anyArrivals = anyArrivals || r.Arrivals.Planned > 0
		anyIncidents = anyIncidents || len(r.Incidents) > 0
	}
	if !anyArrivals || !anyIncidents {
		t.Error("the demo has no arrival or no incident on any day: the test proves nothing")
	}
}

// TestSitrepDay checks the rest of a day's SITREP on the demo's third day.
func TestSitrepDay(t *testing.T) {
	_, src := openDemo(t)
	day, _ := src.ParseDay(demotest.Start.AddDate(0, 0, 2).Format(time.DateOnly))
	r := src.Sitrep(day)
	if !r.AsOf.Equal(src.Now) {
		t.Errorf("as of %v, want now %v", r.AsOf, src.Now)
	}
	// The demo leaves every third delegation without a lead LO.
	if len(r.NoLead) == 0 {
		t.Error("no delegation without a lead LO")
	}
	for _, d := range r.NoLead {
		for _, od := range r.OnDuty {
			if od.Delegation == d.Code+" "+d.Name && od.Role == data.AssignLead {
				t.Errorf("%s has a lead on duty and is listed without one", d.Code)
			}
		}
	}
	if len(r.OnDuty) == 0 || len(r.Checklist) == 0 {
		t.Errorf("%d on duty, %d phases", len(r.OnDuty), len(r.Checklist))
	}
	for _, g := range r.Gifts {
		if g.WorkingDays > GiftWindow {
			t.Errorf("gift due in %d working days listed", g.WorkingDays)
		}
	}
}

// TestSitrepGiftsDue: the SITREP lists the gifts not yet reported whose
// KPK deadline falls within GiftWindow working days of the day, and the
// late ones; not one due later, one already reported, nor one received
// after the day.
func TestSitrepGiftsDue(t *testing.T) {
	_, src := openDemo(t)
	day, _ := src.ParseDay("2026-12-03")
	hol := src.Event.Holidays
	// receivedFor is a receipt date whose deadline is n working days
	// after the day.
	receivedFor := func(n int) time.Time {
		for d := day.Start.Add(10 * time.Hour); d.After(day.Start.AddDate(0, -3, 0)); d = d.AddDate(0, 0, -1) {
			if gifts.WorkingDaysUntil(day.Start, gifts.Deadline(d, hol), hol) == n {
				return d
			}
		}
		t.Fatalf("no receipt date %d working days before its deadline", n)
		return time.Time{}
	}
	tests := []struct {
		item     string
		received time.Time
		status   string
		listed   bool
	}{
		{"due in the window", receivedFor(GiftWindow), "received", true},
		{"due just after the window", receivedFor(GiftWindow + 1), "received", false},
		{"late", receivedFor(-2), "received", true},
		{"reported to KPK", receivedFor(1), "reported_kpk", false},
		{"received after the day", day.End.Add(time.Hour), "received", false},
	}
	src.Gifts = nil
	for _, tt := range tests {
		src.Gifts = append(src.Gifts, data.Gift{Item: tt.item, ReceivedAt: tt.received, Status: tt.status})
	}
	got := map[string]bool{}
	for _, g := range src.Sitrep(day).Gifts {
		got[g.Gift.Item] = true
		if g.WorkingDays > GiftWindow {
			t.Errorf("%s: %d working days left, listed", g.Gift.Item, g.WorkingDays)
		}
	}
	for _, tt := range tests {
		if got[tt.item] != tt.listed {
			t.Errorf("%s: listed %v, want %v", tt.item, got[tt.item], tt.listed)
		}
	}
}
