package reportview

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/report"
	"lodesk/data"
	"lodesk/ui/kit"
)

func TestMain(m *testing.M) {
	for _, env := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		_ = os.Setenv(env, "en_US.UTF-8")
	}
	os.Exit(m.Run())
}

// openDemo opens a copy of the small demo in a test window.
func openDemo(t *testing.T) (*kit.TestEnv, *data.Store) {
	t.Helper()
	test.NewTempApp(t)
	s, err := data.Open(context.Background(), demotest.Copy(t, demotest.File(t, demo.Small)), data.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	w := test.NewTempWindow(t, nil)
	return kit.NewTestEnv(w, s), s
}

// TestSitrepPanel shows a day's SITREP as the dashboard does: the figures
// are the report's, the tables hold its rows, Print writes the PDF.
func TestSitrepPanel(t *testing.T) {
	env, s := openDemo(t)
	dir := t.TempDir()
	p := NewSitrep(env.Env, func() string { return dir })
	env.Win.SetContent(p.Content())
	p.Load("2026-12-02")
	env.Wait()

	src, err := report.Load(context.Background(), s, demotest.Start)
	if err != nil {
		t.Fatal(err)
	}
	day, _ := src.ParseDay("2026-12-02")
	want := src.Sitrep(day)
	if got := p.stats["arrivals"].Value; !strings.HasSuffix(got, " / "+strconv.Itoa(want.Arrivals.Planned)) || want.Arrivals.Planned == 0 {
		t.Errorf("arrivals tile %q, the report plans %d", got, want.Arrivals.Planned)
	}
	if n := len(p.tables["moves"].Rows()); n != want.Arrivals.Planned+want.Departures.Planned {
		t.Errorf("%d movements listed, want %d", n, want.Arrivals.Planned+want.Departures.Planned)
	}
	if n := len(p.tables["duty"].Rows()); n != len(want.OnDuty) || n == 0 {
		t.Errorf("%d LOs on duty listed, want %d", n, len(want.OnDuty))
	}
	if !strings.Contains(p.dayLabel.Text, "Wednesday 2 December 2026") {
		t.Errorf("day %q", p.dayLabel.Text)
	}
	if !p.notes["moves"].Hidden {
		t.Error("the empty note shows over the movements")
	}

	test.Tap(p.printBtn)
	env.Wait()
	if _, err := os.Stat(filepath.Join(dir, "sitrep-2026-12-02-id.pdf")); err != nil {
		t.Errorf("print: %v (status %q)", err, p.status.Text)
	}
}
