package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"lodesk/ui/kit/kittest"
)

// detailsForm is the open Event details dialog's widgets, found by their
// labels as a user reads them.
type detailsForm struct {
	name, coordinator, phone, venues, holidays, end, zones *widget.Entry
	zone                                                   *widget.SelectEntry
	chair, printLang                                       *widget.Select
	confidential                                           *widget.Check
	save                                                   *widget.Button
	win                                                    fyne.Window
}

func openDetails(t *testing.T, d *desk) *detailsForm {
	t.Helper()
	if !containsText(overlayTexts(d), "Event details") {
		t.Fatalf("no Event details dialog: %q", overlayTexts(d))
	}
	w := d.win
	return &detailsForm{
		name: kittest.Entry(t, w, "Event name"), coordinator: kittest.Entry(t, w, "LO coordinator"),
		phone: kittest.Entry(t, w, "Coordinator's phone"), venues: kittest.Entry(t, w, "Venues"),
		holidays: kittest.Entry(t, w, "Public holidays"), end: kittest.Entry(t, w, "Last day"),
		zones: kittest.Entry(t, w, "Access zones"), zone: kittest.Field[*widget.SelectEntry](t, w, "Time zone"),
		chair:     kittest.Field[*widget.Select](t, w, "Chair (centre of seating)"),
		printLang: kittest.Field[*widget.Select](t, w, "Printed language"), confidential: kittest.Field[*widget.Check](t, w, "Marking"),
		save: kittest.MustButton(t, kittest.Top(w), "Save"), win: w,
	}
}

// problem is what the dialog says is wrong, "" if nothing.
func (f *detailsForm) problem() string { return kittest.Problem(f.win) }

func TestEventDetailsEditAndSave(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	menuAction(t, d, "File", "Event details…")()
	d.wait()
	f := openDetails(t, d)
	if f.name.Text != "Test Summit" || f.zone.Text != "Asia/Jakarta" || f.chair.SelectedIndex() != 0 {
		t.Errorf("form not filled from the event: %q %q chair %d", f.name.Text, f.zone.Text, f.chair.SelectedIndex())
	}

	f.name.SetText("Test Summit 2026")
	test.Type(f.coordinator, "Rina Wulandari")
	test.Type(f.phone, "0811 1234 567")
	test.Type(f.venues, "JCC Senayan; Hotel Mulia")
	f.chair.SetSelected(f.chair.Options[2]) // VN: JP, then VN by precedence
	f.holidays.SetText("2027-01-01\n2026-12-25\n")
	f.zones.SetText("Apron; VIP; plenary")
	if f.printLang.SelectedIndex() != 0 || f.confidential.Checked {
		t.Errorf("an event in Indonesia prints in Bahasa Indonesia by default, unmarked confidential: %d %v", f.printLang.SelectedIndex(), f.confidential.Checked)
	}
	f.printLang.SetSelectedIndex(1) // English
	f.confidential.SetChecked(true)
	test.Tap(f.save)
	d.wait()
	if p := f.problem(); p != "" {
		t.Fatalf("saving showed %q", p)
	}
	ev, err := d.store.Event(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if ev.Name != "Test Summit 2026" || ev.Coordinator != "Rina Wulandari" || ev.CoordPhone != "+628111234567" ||
		strings.Join(ev.Venues, "; ") != "JCC Senayan; Hotel Mulia" || strings.Join(ev.Holidays, " ") != "2026-12-25 2027-01-01" || ev.ChairID == "" ||
		strings.Join(ev.Zones, " ") != "apron vip plenary" || ev.DefaultLang != "en" || !ev.Confidential {
		t.Fatalf("saved %+v", ev)
	}
	d.wait()
	if got := d.win.Title(); !strings.HasPrefix(got, "Test Summit 2026 — ") {
		t.Errorf("window title %q after the rename", got)
	}
	if dash := d.shell.screens[scrDashboard].(*dashScreen); dash.heading.Text != "Test Summit 2026" {
		t.Errorf("dashboard heading %q after the rename", dash.heading.Text)
	}
}

func TestEventDetailsRefusesBadInput(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	ctx := context.Background()
	before, _ := d.store.DataVersion(ctx)
	d.showEventDetails()
	d.wait()
	f := openDetails(t, d)

	cases := []struct {
		name, set, want string
	}{
		{"phone", "call Rina", "Coordinator's phone “call Rina”: not a phone number"},
		{"holiday", "2026-12-25\n25/12/2026", "Public holidays “25/12/2026”: not a date (YYYY-MM-DD)"},
		{"end", "2000-01-01", "Last day: ends before it starts"},
		{"name", "", "Event name: required"},
		{"zones", "apron; vip lounge", "Access zones “vip lounge”: not a zone code (letters, digits, - or _)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			f.phone.SetText("")
			f.holidays.SetText("")
			f.end.SetText("")
			f.name.SetText("Test Summit")
			f.zones.SetText("")
			switch c.name {
			case "zones":
				f.zones.SetText(c.set)
			case "phone":
				f.phone.SetText(c.set)
			case "holiday":
				f.holidays.SetText(c.set)
			case "end":
				f.end.SetText(c.set)
			case "name":
				f.name.SetText(c.set)
			}
			test.Tap(f.save)
			d.wait()
			if p := f.problem(); p != c.want {
				t.Errorf("problem %q, want %q", p, c.want)
			}
		})
	}
	if after, _ := d.store.DataVersion(ctx); after != before {
		t.Errorf("refused details wrote: data version %d -> %d", before, after)
	}
	if ev, _ := d.store.Event(ctx); ev.Name != "Test Summit" || ev.CoordPhone != "" {
		t.Errorf("event changed: %+v", ev)
	}
}
