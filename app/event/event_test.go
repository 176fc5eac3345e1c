package event

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"lodesk/app/accred"
	"lodesk/app/field"
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
		{"no name", data.Event{Name: "  "}, "name", field.ErrRequired},
		{"bad zone", data.Event{Name: "S", TimeZone: "Mars/Olympus"}, "time_zone", field.ErrBadZone},
		{"bad date", data.Event{Name: "S", StartDate: "2026-13-01"}, "start_date", field.ErrBadDate},
		{"end before start", data.Event{Name: "S", StartDate: "2026-12-05", EndDate: "2026-12-01"}, "end_date", field.ErrEndBeforeStart},
		{"phone not a number", data.Event{Name: "S", CoordPhone: "call Rina"}, "coordinator_phone", phone.ErrNotNumber},
		{"phone nobody uses", data.Event{Name: "S", CoordPhone: "+1 555 0100 999"}, "coordinator_phone", phone.ErrInvalid},
		{"unknown language", data.Event{Name: "S", DefaultLang: "fr"}, "default_lang", field.ErrBadUILanguage},
		{"bad holiday", data.Event{Name: "S", Holidays: data.Codes{"2026-12-25", "2026-12-32"}}, "holidays", field.ErrBadDate},
		{"bad access zone", data.Event{Name: "S", Zones: data.Codes{"apron", "VIP lounge"}}, "zones", accred.ErrBadZoneCode},
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
			var fe *field.Error
			if !errors.As(err, &fe) || fe.Field != tt.field || !errors.Is(err, tt.err) {
				t.Errorf("err = %v, want %s: %v", err, tt.field, tt.err)
			}
		})
	}
}

func TestCreate(t *testing.T) {
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
	var fe *field.Error
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
	if _, err := Save(ctx, s, ev); err != nil {
		t.Fatal(err)
	}
	got, _ := s.Event(ctx)
	if got.Coordinator != "Rina Wulandari" || got.CoordPhone != "+628111234567" || len(got.Holidays) != 1 {
		t.Fatalf("saved %+v", got)
	}
	before, _ := s.DataVersion(ctx)
	bad := *got
	bad.Coordinator, bad.EndDate = "Someone else", "2026-11-01"
	if _, err := Save(ctx, s, &bad); !errors.Is(err, field.ErrEndBeforeStart) {
		t.Fatalf("end before start: %v", err)
	}
	after, _ := s.DataVersion(ctx)
	if got, _ := s.Event(ctx); got.Coordinator != "Rina Wulandari" || after != before {
		t.Errorf("a refused update wrote: coordinator %q, data version %v -> %v", got.Coordinator, before, after)
	}
}
