package ui

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"lodesk/app/event"
)

func TestWelcomeCreatesEvent(t *testing.T) {
	d := newTestDesk(t)
	d.showWelcome()
	w := d.welcome
	if got := texts(d.win.Content()); !containsText(got, "No recent events yet.") {
		t.Errorf("welcome screen shows %q, want the empty recent list", got)
	}
	test.Tap(w.newButton)
	f := d.newForm
	if f == nil {
		t.Fatal("New event… opened no form")
	}
	if f.zone.Text != "Asia/Jakarta" || f.host.Text != "ID" {
		t.Errorf("defaults: zone %q host %q", f.zone.Text, f.host.Text)
	}
	dir := t.TempDir()
	f.folder.SetText(dir)
	test.Type(f.name, "ASEAN Summit 2026")
	test.Type(f.city, "Jakarta")
	test.Type(f.start, "2026-12-01")
	test.Type(f.end, "2026-12-04")
	test.Tap(f.create)
	d.wait()

	path := filepath.Join(dir, "ASEAN Summit 2026.lodesk")
	if _, err := os.Stat(path); err != nil {
		t.Fatalf("no event file: %v (problem shown: %q)", err, f.problem.Text)
	}
	if d.store == nil || d.shell == nil {
		t.Fatal("the main window is not shown after creating the event")
	}
	ev, err := d.store.Event(context.Background())
	if err != nil || ev.Name != "ASEAN Summit 2026" || ev.City != "Jakarta" || ev.StartDate != "2026-12-01" || ev.TimeZone != "Asia/Jakarta" || ev.HostCountry != "ID" {
		t.Fatalf("event = %+v, %v", ev, err)
	}
	dash := d.shell.screens[scrDashboard].(*dashScreen)
	if dash.heading.Text != "ASEAN Summit 2026" {
		t.Errorf("dashboard heading %q", dash.heading.Text)
	}
	if got := d.prefs.recent(); len(got) != 1 || got[0] != path {
		t.Errorf("recent = %q, want [%s]", got, path)
	}

	// Close event returns to the welcome screen, which lists the file.
	d.closeEvent()
	if d.store != nil || d.welcome == nil || d.welcome.length() != 1 {
		t.Fatalf("after Close event: store %v, welcome %v", d.store, d.welcome)
	}
	d.welcome.selected(0) // the user taps the recent event
	d.wait()
	if d.store == nil || d.store.Path() != path {
		t.Fatal("the recent event did not open")
	}
	// Opening it again while it is open shows it, not "in use".
	st := d.store
	d.openPath(path)
	d.wait()
	if d.store != st || d.win.Canvas().Overlays().Top() != nil {
		t.Errorf("reopening the open event: store changed %v, dialog %q", d.store != st, overlayTexts(d))
	}
}

func TestNewEventValidation(t *testing.T) {
	d := newTestDesk(t)
	d.showWelcome()
	test.Tap(d.welcome.newButton)
	f := d.newForm
	dir := t.TempDir()
	f.folder.SetText(dir)

	cases := []struct {
		name, start, end, zone, host string
		want                         string
	}{
		{"", "", "", "Asia/Jakarta", "ID", "Event name: required"},
		{"X", "2026-13-01", "", "Asia/Jakarta", "ID", "First day: not a date (YYYY-MM-DD)"},
		{"X", "2026-12-04", "2026-12-01", "Asia/Jakarta", "ID", "Last day: ends before it starts"},
		{"X", "", "", "Mars/Olympus", "ID", "Time zone: unknown time zone"},
		{"X", "", "", "Asia/Jakarta", "IDN", "Host country: two-letter ISO country code"},
	}
	for _, c := range cases {
		f.name.SetText(c.name)
		f.start.SetText(c.start)
		f.end.SetText(c.end)
		f.zone.SetText(c.zone)
		f.host.SetText(c.host)
		test.Tap(f.create)
		d.wait()
		if !f.problem.Visible() || !containsText([]string{f.problem.Text}, c.want) {
			t.Errorf("%+v: problem %q (visible %v), want %q", c, f.problem.Text, f.problem.Visible(), c.want)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 || d.store != nil {
		t.Errorf("an invalid form wrote %d files / opened a store", len(entries))
	}
}

func TestOpenNotAnEventFileShowsTranslatedError(t *testing.T) {
	d := newTestDesk(t)
	d.showWelcome()
	path := filepath.Join(t.TempDir(), "notes.lodesk")
	if err := os.WriteFile(path, []byte("just some notes, not SQLite"), 0o600); err != nil {
		t.Fatal(err)
	}
	d.openPath(path)
	d.wait()
	if d.store != nil {
		t.Fatal("a non-event file was opened")
	}
	if got := overlayTexts(d); !containsText(got, "This file is not an LO Desk event file.") {
		t.Errorf("error dialog shows %q", got)
	}
}

func TestOpenDemo(t *testing.T) {
	d := newTestDesk(t)
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "data"))
	d.showWelcome()
	test.Tap(d.welcome.demoButton)
	d.wait()
	if d.store == nil {
		t.Fatalf("the demo did not open: %q", overlayTexts(d))
	}
	if rel, err := filepath.Rel(home, d.store.Path()); err != nil || filepath.IsAbs(rel) || rel[:2] == ".." {
		t.Errorf("demo written to %s, outside the user's folders %s", d.store.Path(), home)
	}
	n, err := d.store.Counts(context.Background(), nowIn(t))
	if err != nil || n.Delegations < 50 || n.People < 500 || n.LOs < 90 {
		t.Errorf("demo counts %+v, %v", n, err)
	}
	dash := d.shell.screens[scrDashboard].(*dashScreen)
	if dash.stats["people"].Value == "–" || dash.stats["people"].Value == "0" {
		t.Errorf("dashboard people = %q", dash.stats["people"].Value)
	}
}

func TestOpenInUseShowsTranslatedError(t *testing.T) {
	path := testEvent(t)
	other, err := event.Open(context.Background(), path) // another LO Desk has it open
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	setLang(t, "id_ID.UTF-8")
	d := newTestDesk(t)
	d.showWelcome()
	d.openPath(path)
	d.wait()
	if d.store != nil {
		t.Fatal("a file open for writing elsewhere was opened")
	}
	if got := overlayTexts(d); !containsText(got, "Berkas acara ini sedang dibuka di jendela LO Desk lain.") || !containsText(got, "OK") {
		t.Errorf("error dialog shows %q", got)
	}
}
