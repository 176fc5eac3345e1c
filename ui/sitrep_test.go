package ui

import (
	"strings"
	"testing"

	"lodesk/ui/kit"
	"lodesk/ui/kit/kittest"
)

// TestDashboardSitrep: the Situation report tab reads the SITREP of the
// day the dashboard shows only once it is chosen, and follows the day.
func TestDashboardSitrep(t *testing.T) {
	d := newTestDesk(t)
	openTestEvent(t, d, testEvent(t))
	dash := d.shell.screens[scrDashboard].(*dashScreen)
	tab := dash.sitrepTab.Content
	if strings.Contains(kittest.Text(tab), "Situation report ·") {
		t.Fatal("the SITREP was read before its tab was chosen")
	}
	dash.tabs.Select(dash.sitrepTab)
	d.wait()
	day := kit.LongDay(dash.day)
	if text := kittest.Text(tab); !strings.Contains(text, "Situation report · "+day) || !strings.Contains(text, "1 / 1") && !strings.Contains(text, "0 / 1") {
		t.Errorf("SITREP tab for %s:\n%s", day, text)
	}
	dash.nextDay()
	d.wait()
	if text := kittest.Text(tab); strings.Contains(text, "Situation report · "+day) {
		t.Errorf("the SITREP did not follow the next day:\n%.300s", text)
	}
}
