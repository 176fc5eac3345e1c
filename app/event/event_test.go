package event

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/phone"
	"lodesk/data"
)

func TestValidate(t *testing.T) {
	tests := []struct {
		name  string
		ev    data.Event
		field string
		err   error
	}{
		{"ok with defaults", data.Event{Name: " Summit "}, "", nil},
		{"no name", data.Event{Name: "  "}, "name", ErrRequired},
		{"bad zone", data.Event{Name: "S", TimeZone: "Mars/Olympus"}, "time_zone", ErrBadTimeZone},
		{"bad date", data.Event{Name: "S", StartDate: "2026-13-01"}, "start_date", ErrBadDate},
		{"end before start", data.Event{Name: "S", StartDate: "2026-12-05", EndDate: "2026-12-01"}, "end_date", ErrEndBeforeStart},
		{"phone not a number", data.Event{Name: "S", CoordPhone: "call Rina"}, "coordinator_phone", phone.ErrNotNumber},
		{"phone nobody uses", data.Event{Name: "S", CoordPhone: "+1 555 0100 999"}, "coordinator_phone", phone.ErrInvalid},
		{"unknown language", data.Event{Name: "S", DefaultLang: "fr"}, "default_lang", ErrBadLanguage},
		{"bad holiday", data.Event{Name: "S", Holidays: data.Codes{"2026-12-25", "25/12/2026"}}, "holidays", ErrBadDate},
		{"bad access zone", data.Event{Name: "S", Zones: data.Codes{"apron", "VIP lounge"}}, "zones", ErrBadZone},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(&tt.ev)
			if tt.err == nil {
				if err != nil {
					t.Fatal(err)
				}
				if tt.ev.Name != "Summit" || tt.ev.TimeZone != DefaultTimeZone || tt.ev.HostCountry != DefaultHost {
					t.Errorf("defaults not applied: %+v", tt.ev)
				}
				return
			}
			var fe *FieldError
			if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, tt.err) {
				t.Errorf("err = %v, want %s: %v", err, tt.field, tt.err)
			}
		})
	}
}

func TestCreateAndDashboard(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Create(ctx, filepath.Join(dir, "summit"), data.Event{Name: "Summit", StartDate: "2026-12-01", EndDate: "2026-12-04"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(filepath.Join(dir, "summit.lodesk")); err != nil {
		t.Fatalf("extension not added: %v", err)
	}
	if _, err := Create(ctx, filepath.Join(dir, "bad.lodesk"), data.Event{}); err == nil {
		t.Error("created an event without a name")
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.lodesk")); !errors.Is(err, os.ErrNotExist) {
		t.Error("a refused event left a file behind")
	}

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

func TestValidateNormalises(t *testing.T) {
	ev := data.Event{
		Name: "S", CoordPhone: "0811-1234-567",
		Holidays: data.Codes{" 2027-01-01", "2026-12-25", "2027-01-01", ""},
		Zones:    data.Codes{"Apron", " vip", "APRON"},
	}
	if err := Validate(&ev); err != nil {
		t.Fatal(err)
	}
	if ev.CoordPhone != "+628111234567" {
		t.Errorf("phone %q, want +628111234567 (read in the host country)", ev.CoordPhone)
	}
	if got := strings.Join(ev.Zones, "; "); got != "apron; vip" {
		t.Errorf("zones %q, want lower-case, once each", got)
	}
	if got := strings.Join(ev.Holidays, "; "); got != "2026-12-25; 2027-01-01" {
		t.Errorf("holidays %q, want sorted, once each", got)
	}
	var fe *FieldError
	bad := data.Event{Name: "S", Holidays: data.Codes{"2026-02-30"}}
	if err := Validate(&bad); !errors.As(err, &fe) || fe.Value != "2026-02-30" || !strings.Contains(err.Error(), `"2026-02-30"`) {
		t.Errorf("bad holiday: %v, want it named", err)
	}
}

func TestUpdateWritesOnlyValidDetails(t *testing.T) {
	ctx := context.Background()
	s, err := Create(ctx, filepath.Join(t.TempDir(), "e"), data.Event{Name: "Summit", StartDate: "2026-11-29", EndDate: "2026-12-02"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ev, _ := s.Event(ctx)
	ev.Coordinator, ev.CoordPhone, ev.Holidays = "Rina Wulandari", "+62 811 1234 567", data.Codes{"2026-12-25"}
	if err := Update(ctx, s, ev); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Event(ctx)
	if got.Coordinator != "Rina Wulandari" || got.CoordPhone != "+628111234567" || len(got.Holidays) != 1 {
		t.Fatalf("saved %+v", got)
	}
	before, _ := s.DataVersion(ctx)
	bad := *got
	bad.Coordinator, bad.EndDate = "Someone else", "2026-11-01"
	if err := Update(ctx, s, &bad); !errors.Is(err, ErrEndBeforeStart) {
		t.Fatalf("end before start: %v", err)
	}
	after, _ := s.DataVersion(ctx)
	if got, _ := s.Event(ctx); got.Coordinator != "Rina Wulandari" || after != before {
		t.Errorf("a refused update wrote: coordinator %q, data version %v -> %v", got.Coordinator, before, after)
	}
}
