package ui

import (
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/app/version"
)

// viewAction is what View > label does (Ctrl+1..8 run the same items).
func viewAction(t *testing.T, d *desk, label string) func() {
	t.Helper()
	return menuAction(t, d, "View", label)
}

// menuAction is what menu > label does; the item must be enabled.
func menuAction(t *testing.T, d *desk, menu, label string) func() {
	t.Helper()
	for _, m := range d.win.MainMenu().Items {
		if m.Label != menu {
			continue
		}
		for _, it := range m.Items {
			if it.Label == label && !it.Disabled {
				return it.Action
			}
		}
	}
	t.Fatalf("no enabled %s menu item %q", menu, label)
	return nil
}

func TestNavigateEveryScreen(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	sh := d.shell

	// The dashboard opens first with the live figures and today's arrival.
	dash := sh.screens[scrDashboard].(*dashScreen)
	want := map[string]string{"delegations": "3", "confirmed": "1", "arrived": "1", "expected": "1", "people": "4", "los": "2", "los_assigned": "1", "los_unassigned": "1", "no_lead": "2", "arrivals": "1", "departures": "0"}
	for k, v := range want {
		if got := dash.stats[k].Value; got != v {
			t.Errorf("dashboard %s = %s, want %s", k, got, v)
		}
	}
	if got := dash.arrivals.Cell(0, 1); got != "Viet Nam" {
		t.Errorf("arrivals board row 0 = %q, want Viet Nam", got)
	}
	if dash.arrivals.Cell(0, 3) != "VN 631" {
		t.Errorf("arrival flight %q", dash.arrivals.Cell(0, 3))
	}
	if dash.noArrivals.Visible() || !dash.noDepartures.Visible() || dash.noDepartures.Text != "No departures on this day." {
		t.Errorf("board notes: arrivals %v, departures %v", dash.noArrivals.Visible(), dash.noDepartures.Visible())
	}
	// The next day has no arrival.
	test.Tap(dash.nextButton)
	d.wait()
	if dash.arrivals.Cell(0, 1) != "" || dash.stats["arrivals"].Value != "0" || !dash.noArrivals.Visible() {
		t.Errorf("next day still shows arrivals: %q", dash.arrivals.Rows())
	}
	test.Tap(dash.todayButton)
	d.wait()
	if dash.stats["arrivals"].Value != "1" {
		t.Errorf("Today shows %s arrivals", dash.stats["arrivals"].Value)
	}

	// Every screen, through the View menu, shows its rows.
	cases := []struct {
		label string
		index int
		first []string // cells of the first row of the first table; for a screen package, texts on screen
	}{
		{"Delegations", scrDelegations, []string{"JP", "Japan", "Arrived", "Full", "1", ""}},
		{"Liaison Officers", scrLOs, []string{"2 of 2"}},
		{"Assignments", scrAssignments, []string{"Japan has no lead LO", "Conflicts: 2"}},
		{"Programme", scrProgramme, []string{"Seating and photos", "1 of 1"}},
		{"Checklists", scrChecklists, []string{"Sari Wulandari", "Viet Nam", "Arrival", "Meet the HOD at the aircraft door", "Pending"}},
		{"Requests & Incidents", scrRequests, []string{"Special requests", "Incidents", "Gifts", "Contacts"}},
		{"Print", scrPrint, nil}, // ui/printview tests the Print screen
		{"Dashboard", scrDashboard, nil},
	}
	for _, c := range cases {
		viewAction(t, d, c.label)()
		d.wait()
		if sh.current != c.index || sh.body.Objects[0] != sh.contents[c.index] {
			t.Fatalf("%s: current screen %d, want %d", c.label, sh.current, c.index)
		}
		if c.first == nil {
			continue
		}
		if _, ok := sh.screens[c.index].(*mounted); ok {
			// A screen package: its own tests check its tables; here what
			// it says about them must be on screen.
			seen := texts(sh.contents[c.index])
			for _, want := range c.first {
				if want != "" && !containsText(seen, want) {
					t.Errorf("%s: %q not on screen (%q)", c.label, want, seen)
				}
			}
			continue
		}
		tbl := firstTable(t, sh.screens[c.index])
		if len(tbl.shown) == 0 {
			t.Fatalf("%s: the list is empty", c.label)
		}
		for i, want := range c.first {
			if want == "" {
				continue
			}
			if got := tbl.table.Cell(0, i); got != want {
				t.Errorf("%s: row 0 column %q = %q, want %q", c.label, tbl.table.Header(i), got, want)
			}
		}
		if got := tbl.count.Text; got != strconv.Itoa(len(tbl.all)) {
			t.Errorf("%s: count %q, want %d", c.label, got, len(tbl.all))
		}
	}
	// The navigation list follows the menu.
	sh.nav.Select(scrLOs)
	if sh.current != scrLOs {
		t.Errorf("tapping the navigation list shows screen %d", sh.current)
	}
}

// firstTable is the first searchable table of a screen.
func firstTable(t *testing.T, s screen) *searchTable {
	t.Helper()
	switch v := s.(type) {
	case *listScreen:
		return v.parts[0].table
	case *printScreen:
		return v.parts[0].table
	}
	t.Fatalf("%T has no table", s)
	return nil
}

func TestFindFocusesSearch(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	viewAction(t, d, "Liaison Officers")()
	d.wait()
	viewAction(t, d, "Find")()
	want := d.shell.screens[scrLOs].searchEntry()
	if got := d.win.Canvas().Focused(); got != fyne.Focusable(want) {
		t.Fatalf("Find focused %v, want the LO search entry", got)
	}
	test.Type(want, "budi")
	if seen := texts(d.shell.contents[scrLOs]); !containsText(seen, "1 of 2") {
		t.Errorf("typing after Find shows %q, want one of two LOs", seen)
	}
}

func TestMenusAndShortcuts(t *testing.T) {
	d := newTestDesk(t)
	d.showWelcome()
	menu := d.win.MainMenu()
	var labels []string
	for _, m := range menu.Items {
		labels = append(labels, m.Label)
	}
	if len(labels) != 3 || labels[0] != "File" || labels[1] != "Settings" || labels[2] != "Help" {
		t.Errorf("welcome menus %q", labels)
	}
	openTestEvent(t, d, testEvent(t))
	menu = d.win.MainMenu()
	shortcuts := map[string]string{}
	for _, m := range menu.Items {
		for _, it := range m.Items {
			if it.Shortcut != nil {
				shortcuts[it.Label] = it.Shortcut.ShortcutName()
			}
		}
	}
	for label, want := range map[string]string{
		"New event…": "CustomDesktop:Control+N", "Open…": "CustomDesktop:Control+O", "Close event": "CustomDesktop:Control+W",
		"Quit": "CustomDesktop:Control+Q", "Dashboard": "CustomDesktop:Control+1", "Print": "CustomDesktop:Control+8", "Find": "CustomDesktop:Control+F",
	} {
		if got := shortcuts[label]; got != want {
			t.Errorf("%s shortcut %q, want %q", label, got, want)
		}
	}
}

func TestAboutShowsVersion(t *testing.T) {
	d := newTestDesk(t)
	d.showWelcome()
	for _, m := range d.win.MainMenu().Items {
		if m.Label == "Help" {
			for _, it := range m.Items {
				if it.Label == "About LO Desk" {
					it.Action()
				}
			}
		}
	}
	if got := overlayTexts(d); !containsText(got, "Version "+version.Version) {
		t.Errorf("About shows %q, want the version %s", got, version.Version)
	}
}

func TestRecentMenuOpensEvent(t *testing.T) {
	d := newTestDesk(t)
	path := testEvent(t)
	d.prefs.addRecent(path)
	d.showWelcome()
	var recent *fyne.MenuItem
	for _, it := range d.win.MainMenu().Items[0].Items {
		if it.Label == "Open recent" {
			recent = it
		}
	}
	if recent == nil || len(recent.ChildMenu.Items) != 1 || recent.ChildMenu.Items[0].Label != "test.lodesk" {
		t.Fatalf("Open recent menu %+v", recent)
	}
	recent.ChildMenu.Items[0].Action()
	d.wait()
	if d.store == nil || !samePath(d.store.Path(), path) {
		t.Fatal("the recent event did not open from the menu")
	}
}

// TestFileMenuImportExport: with an event open, File offers Import and
// Export of any kind, and Sync, Protect and Backups.
func TestFileMenuImportExport(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	var labels []string
	for _, it := range d.win.MainMenu().Items[0].Items {
		if !it.Disabled {
			labels = append(labels, it.Label)
		}
	}
	got := strings.Join(labels, "|")
	for _, want := range []string{"Import…", "Export…", "Sync…", "Backups…"} {
		if !strings.Contains(got, want) {
			t.Errorf("File menu %q lacks %q", got, want)
		}
	}
}
