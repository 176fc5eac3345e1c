package reportview

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/data"
	"lodesk/ui/printview"
)

// TestReportsTab chooses each report as a user would, sees its first
// page and prints it into the folder.
func TestReportsTab(t *testing.T) {
	env, s := openDemo(t)
	dir := t.TempDir()
	fyne.CurrentApp().Preferences().SetString(printview.PrefFolder, dir)
	v := NewView(env.Env, fyne.CurrentApp().Preferences())
	env.Win.SetContent(v.Content())
	v.Load()
	env.Wait()
	if len(v.day.Options) < 4 || v.day.Selected == "" {
		t.Fatalf("days offered %v, chosen %q", v.day.Options, v.day.Selected)
	}
	if !v.lo.Disabled() || v.preview.Image == nil {
		t.Errorf("SITREP: LO chooser enabled %v, preview %v", !v.lo.Disabled(), v.preview.Image != nil)
	}
	tests := []struct {
		kind, lo, file string
	}{
		{"LO daily report", "", "lo-daily-"},
		{"Hand-over sheets", "", "handover-"},
		{"End-of-event report", "", "final-"},
		{"Situation report (SITREP)", "", "sitrep-"},
	}
	v.day.SetSelected("2026-12-03")
	env.Wait()
	for _, tt := range tests {
		v.kind.SetSelected(tt.kind)
		env.Wait()
		if (tt.kind == "LO daily report" || tt.kind == "Hand-over sheets") == v.lo.Disabled() {
			t.Errorf("%s: LO chooser disabled %v", tt.kind, v.lo.Disabled())
		}
		if v.day.Disabled() != (tt.kind == "End-of-event report") {
			t.Errorf("%s: day chooser disabled %v", tt.kind, v.day.Disabled())
		}
		if v.preview.Image == nil {
			t.Errorf("%s: no first page (%q)", tt.kind, v.previewMsg.Text)
		}
		test.Tap(v.printBtn)
		env.Wait()
		if !strings.Contains(v.status.Text, filepath.Join(dir, tt.file)) {
			t.Errorf("%s: status %q", tt.kind, v.status.Text)
		}
	}
	files, _ := os.ReadDir(dir)
	if len(files) != len(tests) {
		t.Errorf("%d files written, want %d", len(files), len(tests))
	}
	// An LO's daily report.
	v.kind.SetSelected("LO daily report")
	v.lo.SetSelectedIndex(1)
	env.Wait()
	o := v.options()
	if o.LO == "" || o.Date != "2026-12-03" {
		t.Errorf("options %+v", o)
	}
	// The LO's notes for the day: typed, saved through app/duty, printed.
	if !v.notesBox.Visible() {
		t.Fatal("no notes box for an LO's daily report")
	}
	v.notes.SetText("Arrival went smoothly; luggage took 40 minutes.")
	test.Tap(v.notesSave)
	env.Wait()
	notes, _ := data.All[data.LONote](context.Background(), s)
	found := false
	for _, n := range notes {
		found = found || (n.Day == o.Date && n.Text == "Arrival went smoothly; luggage took 40 minutes.")
	}
	if !found {
		t.Errorf("note not stored (status %q)", v.status.Text)
	}
	v.notes.SetText("  ")
	test.Tap(v.notesSave)
	env.Wait()
	if !strings.Contains(v.status.Text, "notes for the day") {
		t.Errorf("an empty note: status %q", v.status.Text)
	}
	v.kind.SetSelected("End-of-event report")
	env.Wait()
	if v.notesBox.Visible() {
		t.Error("notes box shown for the final report")
	}
}
