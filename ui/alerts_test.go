package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/app/dashboard"
	"lodesk/app/demo"
	"lodesk/data"
	"lodesk/ui/checkview"
	"lodesk/ui/widgets"
)

// TestDashboardAlerts: the dashboard's Alerts tab shows checklist progress
// by phase, the overdue steps and the assignment conflicts, and its title
// counts what needs attention.
func TestDashboardAlerts(t *testing.T) {
	// A demo whose first arrivals were yesterday: steps are overdue today.
	d := openDemoFrom(t, time.Now().AddDate(0, 0, -1))
	dash := d.shell.screens[scrDashboard].(*dashScreen)
	p := dash.alerts
	if !strings.Contains(p.summary.Text, "steps done") {
		t.Errorf("summary %q", p.summary.Text)
	}
	if len(p.phases.Objects) != 5 {
		t.Errorf("%d phase lines, want 5", len(p.phases.Objects))
	}
	if len(p.overdue.Rows()) == 0 || !strings.HasPrefix(p.overdueTitle.Text, "Overdue steps (") {
		t.Errorf("overdue: %q, %d rows", p.overdueTitle.Text, len(p.overdue.Rows()))
	}
	if !strings.Contains(p.conflicts.Text, "delegations without a lead") {
		t.Errorf("conflicts %q", p.conflicts.Text)
	}
	if n := len(p.conflictList.Rows()); n == 0 || p.conflictList.Cell(0, 0) == "" {
		t.Errorf("conflict list has %d rows", n)
	}
	if len(p.byLO.Rows()) == 0 || len(p.byDelegation.Rows()) == 0 {
		t.Errorf("progress by LO %d rows, by delegation %d rows", len(p.byLO.Rows()), len(p.byDelegation.Rows()))
	}
	// The demo's overdue Note Verbale follow-ups, and its back-up car booked twice.
	if n := len(p.notes.table.Rows()); n == 0 || !strings.HasPrefix(p.notes.title.Text, "Note Verbale follow-ups overdue (") {
		t.Errorf("notes %q, %d rows", p.notes.title.Text, n)
	}
	if rows := p.conflictList.Rows(); rows[len(rows)-1][0] != "Vehicle booked twice" || rows[len(rows)-1][1] != "B 1945 RFR" {
		t.Errorf("last conflict %q", rows[len(rows)-1])
	}
	// Israel has no diplomatic relations with Indonesia: listed with the
	// organiser's guidance.
	var israel []string
	for _, r := range p.protocol.table.Rows() {
		if strings.HasPrefix(r[1], "IL ") {
			israel = r
		}
	}
	if len(israel) != 3 || israel[0] != "No diplomatic relations" || israel[2] == "" {
		t.Errorf("protocol alerts %q", p.protocol.table.Rows())
	}
	if !strings.HasPrefix(dash.alertsTab.Text, "Alerts (") {
		t.Errorf("tab title %q does not count the alerts", dash.alertsTab.Text)
	}
}

// TestDashboardSameRows: the dashboard's tables, given the same rows
// again (read again on its timer, nothing changed), keep the selected
// row and are not drawn again; other rows replace them.
func TestDashboardSameRows(t *testing.T) {
	tb := widgets.NewStringTable([]widgets.Column{{Title: "Time", Width: 80}, {Title: "Room", Width: 100}})
	w := test.NewWindow(tb)
	t.Cleanup(w.Close)
	rows := func(last string) [][]string {
		return [][]string{{"09:00", "Hall A"}, {"10:00", "Hall B"}, {"11:00", last}}
	}
	setRows(tb, rows("Hall C"))
	tb.SelectRow(1)
	if got := tb.Selected(); got != 1 {
		t.Fatalf("row %d selected, want 1", got)
	}
	setRows(tb, rows("Hall C"))
	if got := tb.Selected(); got != 1 {
		t.Errorf("the same rows again: row %d selected, want 1", got)
	}
	setRows(tb, rows("Hall D"))
	if got := tb.Selected(); got != -1 || tb.Cell(2, 1) != "Hall D" {
		t.Errorf("other rows: row %d selected, want none; last room %q", got, tb.Cell(2, 1))
	}
}

// openDemoFrom opens, in a test window, the small demo starting at start.
func openDemoFrom(t *testing.T, start time.Time) *desk {
	t.Helper()
	d := newTestDesk(t)
	path := filepath.Join(t.TempDir(), "demo.lodesk")
	s, err := data.Create(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	if err := demo.Generate(context.Background(), s, demo.Options{Start: start}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	openTestEvent(t, d, path)
	d.wait()
	return d
}

// TestDashboardAlertsMostOverdue: when more steps are overdue than the
// dashboard lists, its title still counts them all and its button opens
// the checklists' overview on the list of every one.
func TestDashboardAlertsMostOverdue(t *testing.T) {
	// A demo whose arrivals were three days ago: hundreds of steps are late.
	d := openDemoFrom(t, time.Now().AddDate(0, 0, -3))
	p := d.shell.screens[scrDashboard].(*dashScreen).alerts
	if n := len(p.overdue.Rows()); n != dashboard.MaxOverdue {
		t.Fatalf("%d overdue rows, want the %d most overdue", n, dashboard.MaxOverdue)
	}
	var total int
	if _, err := fmt.Sscanf(p.overdueTitle.Text, "Overdue steps (%d)", &total); err != nil || total <= dashboard.MaxOverdue {
		t.Errorf("title %q: want every overdue step counted", p.overdueTitle.Text)
	}
	if !p.allOverdue.Visible() || !strings.Contains(p.allOverdue.Text, "see all") {
		t.Fatalf("button %q, visible %v", p.allOverdue.Text, p.allOverdue.Visible())
	}
	dash := d.shell.screens[scrDashboard].(*dashScreen)
	onUI(d, func() { dash.tabs.Select(dash.alertsTab); d.win.Resize(fyne.NewSize(1180, 680)) })
	capture(t, d, "alerts-most-overdue")
	onUI(d, p.allOverdue.OnTapped)
	d.wait()
	capture(t, d, "checklists-all-overdue")
	if d.shell.current != scrChecklists {
		t.Fatalf("screen %d, want the checklists", d.shell.current)
	}
	c := d.shell.screens[scrChecklists].(*mounted).s.(*checkview.Checklists)
	if got, ok := c.OverdueShowing(); !ok || got != total {
		t.Errorf("the checklists show their overdue steps: %v, listing %d, want all %d", ok, got, total)
	}
}

// TestAlertsStale: the dashboard's timer reads the alerts again when the
// data changed, or when they are a minute old (steps fall due meanwhile).
func TestAlertsStale(t *testing.T) {
	at := time.Date(2026, 12, 2, 9, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		name       string
		version    int64
		now, read  time.Time
		wantReload bool
	}{
		{"never read", 7, at, time.Time{}, true},
		{"one tick, nothing changed", 7, at.Add(dashboardRefresh), at, false},
		{"one tick, a change", 8, at.Add(dashboardRefresh), at, true},
		{"two ticks, nothing changed", 7, at.Add(2 * dashboardRefresh), at, true},
		{"two ticks a little early", 7, at.Add(2*dashboardRefresh - time.Second), at, true},
	} {
		if got := alertsStale(c.version, 7, c.now, c.read); got != c.wantReload {
			t.Errorf("%s: stale %v, want %v", c.name, got, c.wantReload)
		}
	}
}

// TestDashboardTickAlerts: the dashboard's timer leaves the alerts alone
// when nothing changed, and shows a new serious incident at the next tick.
func TestDashboardTickAlerts(t *testing.T) {
	d := openDemoFrom(t, time.Now().AddDate(0, 0, -1))
	dash := d.shell.screens[scrDashboard].(*dashScreen)
	p := dash.alerts
	var readAt time.Time
	onUI(d, func() { readAt = p.readAt })
	if readAt.IsZero() {
		t.Fatal("the alerts were not read when the dashboard opened")
	}
	onUI(d, dash.reload)
	d.wait()
	onUI(d, func() {
		if !p.readAt.Equal(readAt) {
			t.Errorf("nothing changed, yet the timer read the alerts again")
		}
	})
	inc := &data.Incident{OccurredAt: time.Now(), Severity: "high", What: "Lift stuck with the minister"}
	if err := d.store.Insert(context.Background(), inc); err != nil {
		t.Fatal(err)
	}
	onUI(d, dash.reload)
	d.wait()
	onUI(d, func() {
		found := false
		for _, r := range p.incidents.Rows() {
			found = found || strings.Contains(strings.Join(r, " "), "Lift stuck")
		}
		if p.readAt.Equal(readAt) || !found {
			t.Errorf("after a change the timer did not show the new incident: %q", p.incidents.Rows())
		}
	})
}
