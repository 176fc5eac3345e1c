package delegview

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/data"
	"lodesk/ui/kit"
)

func TestTravelLegEditor(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	test.Type(f.s.search, "argentina")
	del := f.s.selected
	before := len(f.s.detail.logi.travel.Rows())
	f.s.detail.tabs.SelectIndex(1)
	f.tap(f.button(f.s.detail.view, "Add travel leg"))
	dlg := f.top()
	dir := f.formItem(dlg, "Direction").(*kit.Select)
	dir.SetSelectedIndex(1) // departure
	test.Type(f.formItem(dlg, "Flight").(*kit.Input), "ar 1234")
	test.Type(f.formItem(dlg, "Airport").(*kit.Input), "cgk")
	when := find[*widget.Entry](f.formItem(dlg, "Time"))[0]
	test.Type(when, "2026-12-01 0930")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "Time: write it as YYYY-MM-DD HH:MM") {
		t.Fatalf("bad time accepted:\n%s", got)
	}
	when.SetText("2026-12-01 09:30")
	zone := f.formItem(dlg, "Time zone").(*kit.SelectEntry)
	zone.SetText("WITA")
	if got := text(dlg); !strings.Contains(got, "Event time: 2026-12-01 08:30") {
		t.Errorf("event time not shown:\n%s", got)
	}
	f.tap(f.button(dlg, "Save"))
	legs, _ := f.st.FindTravel(ctx, data.TravelFilter{DelegationID: del, Direction: data.Departure})
	var got *data.TravelLeg
	for i := range legs {
		if legs[i].FlightNo == "AR 1234" {
			got = &legs[i]
		}
	}
	if got == nil {
		t.Fatalf("not stored:\n%s", text(dlg))
	}
	if !got.Scheduled.Equal(time.Date(2026, 12, 1, 1, 30, 0, 0, time.UTC)) || got.TimeZone != "Asia/Makassar" || got.Airport != "CGK" {
		t.Errorf("stored %+v", got)
	}
	if n := len(f.s.detail.logi.travel.Rows()); n != before+1 {
		t.Errorf("travel tab shows %d legs, want %d", n, before+1)
	}
	// A departure the day before the first arrival is refused.
	f.tap(f.button(f.s.detail.view, "Add travel leg"))
	dlg = f.top()
	f.formItem(dlg, "Direction").(*kit.Select).SetSelectedIndex(1)
	test.Type(find[*widget.Entry](f.formItem(dlg, "Time"))[0], "2026-11-01 09:30")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "the arrival would be after the departure") {
		t.Errorf("departure before arrival accepted:\n%s", got)
	}
}

func TestVehicleAndStayEditors(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	test.Type(f.s.search, "argentina")
	del := f.s.selected
	f.s.detail.tabs.SelectIndex(3)
	f.tap(f.button(f.s.detail.view, "Add vehicle"))
	dlg := f.top()
	test.Type(f.formItem(dlg, "Plate").(*kit.Input), "b 77 arg")
	test.Type(f.formItem(dlg, "Driver's phone").(*kit.Input), "phone")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "Driver's phone: not a phone number") {
		t.Fatalf("bad phone accepted:\n%s", got)
	}
	f.formItem(dlg, "Driver's phone").(*kit.Input).SetText("0812-1111-2222")
	test.Tap(f.formItem(dlg, "Patwal").(*kit.Check))
	f.tap(f.button(dlg, "Save"))
	cars, _ := data.ByParent[data.Vehicle](ctx, f.st, "delegation_id", del)
	found := false
	for _, v := range cars {
		found = found || (v.Plate == "B 77 ARG" && v.DriverPhone == "+6281211112222" && v.Patwal)
	}
	if !found {
		t.Fatalf("vehicle not stored: %+v", cars)
	}
	f.s.detail.tabs.SelectIndex(2)
	f.tap(f.button(f.s.detail.view, "Add hotel stay"))
	dlg = f.top()
	test.Type(f.formItem(dlg, "Check-in").(*kit.Input), "2026-11-28 14:00")
	test.Type(f.formItem(dlg, "Check-out").(*kit.Input), "2026-11-27 12:00")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "Hotel: required") {
		t.Fatalf("no hotel accepted:\n%s", got)
	}
	test.Type(f.formItem(dlg, "Hotel").(*kit.Input), "Hotel Mulia")
	f.tap(f.button(dlg, "Save"))
	if got := text(dlg); !strings.Contains(got, "Check-out: before the check-in") {
		t.Fatalf("check-out before check-in accepted:\n%s", got)
	}
}

func TestCountryBrief(t *testing.T) {
	f := newFixture(t)
	ctx := context.Background()
	test.Type(f.s.search, "argentina")
	f.tap(f.button(f.s.detail.view, "Country brief…"))
	f.env.Wait()
	dlg := f.top()
	etiquette := f.formItem(dlg, "Etiquette").(*kit.Input)
	etiquette.SetText("Greet with a handshake.")
	f.tap(f.button(dlg, "Save"))
	b, err := f.st.CountryBriefFor(ctx, "AR")
	if err != nil || b.Etiquette != "Greet with a handshake." {
		t.Fatalf("brief %+v, %v", b, err)
	}
	// Opened again, it shows what was saved.
	f.tap(f.button(f.s.detail.view, "Country brief…"))
	f.env.Wait()
	if got := f.formItem(f.top(), "Etiquette").(*kit.Input).Text; got != "Greet with a handshake." {
		t.Errorf("reopened brief shows %q", got)
	}
}
