package ui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/container"

	"lodesk/app/event"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

// TestNewEventSaysWhatToDo: on a brand-new event every screen and every
// tab says what to do where its list is empty, never a blank table.
func TestNewEventSaysWhatToDo(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.lodesk")
	today := time.Now()
	s, err := event.Create(context.Background(), path, data.Event{
		Name: "New Summit", City: "Jakarta", TimeZone: "Asia/Jakarta", HostCountry: "ID",
		StartDate: today.Format(time.DateOnly), EndDate: today.AddDate(0, 0, 3).Format(time.DateOnly),
	})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	d := newTestDesk(t)
	openTestEvent(t, d, path)

	// What each screen says, on one of its tabs.
	want := map[string][]string{
		"Delegations":          {"No delegations yet: add one with New delegation", "Nobody yet: choose a delegation"},
		"Liaison Officers":     {"No liaison officers yet: add one with New LO"},
		"Assignments":          {"No assignments yet: press Auto-match", "No liaison officer and no delegation to show yet"},
		"Programme":            {"The programme is empty", "No delegations yet: add them on the Delegations screen", "No programme item has a seating plan", "No transfer times yet"},
		"Checklists":           {"No checklist yet: give the delegations their LOs", "No templates yet"},
		"Requests & Incidents": {"No special requests yet: record one with Add", "No incidents recorded", "No gifts declared yet", "No department contacts yet: add one"},
		"Print":                {"No LO to evaluate yet", "No lesson recorded yet: record one", "Nothing has been printed yet: print"},
		"Protocol & Transport": {"Nobody to accredit yet", "No movements yet: plan a motorcade", "No delegations yet: add them on the Delegations screen"},
	}
	for i, sc := range d.shell.screens {
		name := sc.title()
		phrases, ok := want[name]
		if !ok {
			continue
		}
		d.uiMu.Lock() // as the UI goroutine: background work shows after
		d.shell.show(i)
		d.uiMu.Unlock()
		d.wait()
		var seen []string
		for _, tabs := range kittest.Find[*container.AppTabs](d.shell.contents[i]) {
			for j := range tabs.Items {
				d.uiMu.Lock()
				tabs.SelectIndex(j)
				d.uiMu.Unlock()
				d.wait()
				seen = append(seen, texts(d.shell.contents[i])...)
			}
		}
		if len(seen) == 0 {
			seen = texts(d.shell.contents[i])
		}
		all := strings.Join(seen, "\n")
		for _, p := range phrases {
			if !strings.Contains(all, p) {
				t.Errorf("%s does not say %q", name, p)
			}
		}
	}
}
