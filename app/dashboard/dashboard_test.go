package dashboard

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/event"
	"lodesk/data"
)

func TestDashboardCountsTheEventsDay(t *testing.T) {
	ctx := context.Background()
	s, err := event.Create(ctx, filepath.Join(t.TempDir(), "summit"), data.Event{Name: "Summit", StartDate: "2026-12-01", EndDate: "2026-12-04"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	d := &data.Delegation{Code: "JP", Name: "Japan", Status: data.StatusConfirmed}
	p := &data.Person{FullName: "Tanaka Hiroshi"}
	err = s.Write(ctx, func(tx *data.Tx) error {
		if err := tx.Insert(d); err != nil {
			return err
		}
		p.DelegationID = d.ID
		if err := tx.Insert(p); err != nil {
			return err
		}
		legs := []*data.TravelLeg{
			// 23:30 Jakarta on 1 Dec is 16:30 UTC: it belongs to 1 Dec.
			{
				DelegationID: d.ID, PersonID: p.ID, Direction: data.Arrival, Carrier: "GA", FlightNo: "881", Airport: "CGK",
				Scheduled: time.Date(2026, 12, 1, 23, 30, 0, 0, jkt), VIPLounge: true,
			},
			// 00:30 Jakarta on 2 Dec: the next day.
			{
				DelegationID: d.ID, Direction: data.Arrival, Mode: data.ModePrivateJet, Airport: "HLP",
				Scheduled: time.Date(2026, 12, 2, 0, 30, 0, 0, jkt),
			},
			{
				DelegationID: d.ID, Direction: data.Departure, Carrier: "JL", FlightNo: "726", Airport: "CGK",
				Scheduled: time.Date(2026, 12, 1, 9, 0, 0, 0, jkt),
			},
		}
		for _, l := range legs {
			if err := tx.Insert(l); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	dash, err := LoadDashboard(ctx, s, time.Date(2026, 12, 1, 12, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	if dash.Counts.Delegations != 1 || dash.Counts.People != 1 || dash.Counts.ArrivalsDay != 1 || dash.Counts.DeparturesDay != 1 {
		t.Errorf("counts %+v", dash.Counts)
	}
	if len(dash.Arrivals) != 1 || dash.Arrivals[0].Time != "23:30" || dash.Arrivals[0].Flight != "GA 881" ||
		dash.Arrivals[0].Who != "Tanaka Hiroshi" || !dash.Arrivals[0].VIP || dash.Arrivals[0].Delegation != "Japan" {
		t.Errorf("arrivals %+v", dash.Arrivals)
	}
	next, err := LoadDashboard(ctx, s, time.Date(2026, 12, 1, 18, 0, 0, 0, time.UTC)) // 01:00 on 2 Dec in Jakarta
	if err != nil {
		t.Fatal(err)
	}
	if len(next.Arrivals) != 1 || next.Arrivals[0].Flight != "" || next.Arrivals[0].Mode != data.ModePrivateJet || next.Arrivals[0].Time != "00:30" {
		t.Errorf("next day arrivals %+v", next.Arrivals)
	}
}

func TestAlertsOnDemo(t *testing.T) {
	ctx := context.Background()
	s, err := data.Open(ctx, demotest.File(t, demo.Small), data.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// The morning of the second arrival day.
	now := demotest.Start.Add(24*time.Hour + 2*time.Hour)
	a, err := LoadAlerts(ctx, s, now)
	if err != nil {
		t.Fatal(err)
	}
	if a.ConflictKinds["no_lead"] == 0 {
		t.Errorf("the demo leaves delegations without a lead, none reported: %v", a.ConflictKinds)
	}
	if a.Checklists.All.Total == 0 || a.Checklists.All.Done == 0 || len(a.Checklists.Overdue) == 0 {
		t.Errorf("checklists %+v, %d overdue", a.Checklists.All, len(a.Checklists.Overdue))
	}
	late := now.AddDate(0, 2, 0) // two months on, every unreported gift is late
	a, err = LoadAlerts(ctx, s, late)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.GiftsDue) == 0 || a.GiftsDue[0].DaysLeft >= 0 || a.GiftsDue[0].LO == "" {
		t.Errorf("gifts due two months on: %+v", a.GiftsDue)
	}
}
