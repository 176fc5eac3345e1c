package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"lodesk/app/event"
	"lodesk/data"
	"lodesk/ui/kit/kittest"
)

// newTestDesk makes a desk on a headless app in English (unless the test
// set LANG before), closing its event at the end.
func newTestDesk(t *testing.T) *desk {
	t.Helper()
	if !strings.HasPrefix(getenv("LANG"), "id") {
		setLang(t, "en_US.UTF-8")
	}
	// Backups and the demo go to the user's folders: a test's own.
	home := t.TempDir()
	for _, k := range []string{"HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "LOCALAPPDATA", "APPDATA"} {
		t.Setenv(k, home)
	}
	a := test.NewTempApp(t)
	d := newDesk(a)
	t.Cleanup(func() {
		d.wait()
		d.closeStore()
		d.applyLanguage(langEN) // the next test starts in English
	})
	return d
}

// setLang sets the locale variables Fyne and systemLanguage read.
func setLang(t *testing.T, loc string) {
	t.Helper()
	for _, env := range []string{"LANG", "LC_ALL", "LC_MESSAGES"} {
		t.Setenv(env, loc)
	}
	t.Setenv("LANGUAGE", "")
}

// testEvent creates an event file with a few delegations, people in
// several scripts, LOs, an assignment with a checklist item, a programme
// item, a request, an incident and today's arrival.
func testEvent(t *testing.T) string {
	t.Helper()
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "test.lodesk")
	today := time.Now().In(mustZone(t, "Asia/Jakarta"))
	s, err := event.Create(ctx, path, data.Event{
		Name: "Test Summit", City: "Jakarta",
		StartDate: today.Format(time.DateOnly), EndDate: today.AddDate(0, 0, 3).Format(time.DateOnly),
		TimeZone: "Asia/Jakarta", HostCountry: "ID",
	})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	vn := &data.Delegation{Code: "VN", Name: "Viet Nam", Kind: data.KindCountry, Country: "VN", Precedence: 2, Relations: data.RelationsFull, Status: data.StatusConfirmed}
	jp := &data.Delegation{Code: "JP", Name: "Japan", Kind: data.KindCountry, Country: "JP", Precedence: 1, Relations: data.RelationsFull, Status: data.StatusArrived}
	un := &data.Delegation{Code: "UNWTO", Name: "UN Tourism", Kind: data.KindOrganisation, Precedence: 3, Relations: data.RelationsNone, Status: data.StatusExpected}
	for _, d := range []*data.Delegation{vn, jp, un} {
		insert(t, s, d)
	}
	people := []*data.Person{
		{DelegationID: vn.ID, Role: data.RoleHOD, Honorific: "H.E.", FullName: "Nguyễn Văn An", Position: "Minister of Culture", Allergies: data.Allergies{{Substance: "peanut", Severity: data.SeveritySevere}}},
		{DelegationID: vn.ID, Role: data.RoleMember, FullName: "Trần Thị Bình", Position: "Adviser"},
		{DelegationID: jp.ID, Role: data.RoleHOD, FullName: "Yamada Taro", NativeName: "山田太郎", Position: "Minister"},
		{DelegationID: un.ID, Role: data.RoleHOD, FullName: "Zurab Pololikashvili", NativeName: "ზურაბ", Position: "Secretary-General"},
	}
	for _, p := range people {
		insert(t, s, p)
	}
	lo := &data.LO{FullName: "Sari Wulandari", Languages: data.LangSkills{{Code: "id", Level: data.LevelNative}, {Code: "vi", Level: data.LevelFluent}}, Status: data.LOActive, Experience: 4}
	insert(t, s, lo)
	insert(t, s, &data.LO{FullName: "Budi Santoso", Languages: data.LangSkills{{Code: "ja", Level: data.LevelWorking}}, Status: data.LOReserve})
	as := &data.Assignment{LOID: lo.ID, DelegationID: vn.ID, PersonID: people[0].ID, Role: data.AssignLead, FromDate: "2026-12-01", ToDate: "2026-12-04"}
	insert(t, s, as)
	insert(t, s, &data.ChecklistItem{AssignmentID: as.ID, Phase: data.PhaseArrival, TextEN: "Meet the HOD at the aircraft door", TextID: "Sambut ketua delegasi di pintu pesawat", Status: data.CheckPending})
	insert(t, s, &data.ProgrammeItem{Title: "Gala Dinner", Kind: data.ItemGala, Starts: today.Add(time.Hour), Ends: today.Add(3 * time.Hour), Venue: "Hotel Indonesia", Attendees: data.Codes{"all"}})
	insert(t, s, &data.Request{DelegationID: vn.ID, Category: "dietary", Text: "Peanut-free meals", ReceivedAt: today, Status: data.RequestOpen})
	insert(t, s, &data.Incident{DelegationID: jp.ID, OccurredAt: today, Severity: "low", What: "Late car", Action: "Spare car sent"})
	insert(t, s, &data.TravelLeg{DelegationID: vn.ID, Direction: data.Arrival, Mode: data.ModeFlight, Carrier: "VN", FlightNo: "631", Airport: "CGK", Scheduled: today, TimeZone: "Asia/Jakarta"})
	return path
}

func insert(t *testing.T, s *data.Store, r data.Record) {
	t.Helper()
	if err := s.Insert(context.Background(), r); err != nil {
		t.Fatalf("insert %T: %v", r, err)
	}
}

func mustZone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// openTestEvent opens path in d and waits until the dashboard is loaded.
func openTestEvent(t *testing.T, d *desk, path string) {
	t.Helper()
	d.showWelcome()
	d.openPath(path)
	d.wait()
	if d.store == nil || d.shell == nil {
		t.Fatalf("the event %s did not open; overlays: %v", path, overlayTexts(d))
	}
}

// texts lists the text a user sees in o (kittest.Texts).
func texts(o fyne.CanvasObject) []string { return kittest.Texts(o) }

// overlayTexts is the text of the top dialog, if any.
func overlayTexts(d *desk) []string { return kittest.Texts(kittest.Top(d.win)) }

func containsText(list []string, want string) bool { return kittest.Contains(list, want) }

func getenv(k string) string { return os.Getenv(k) }

func nowIn(t *testing.T) time.Time { return time.Now().In(mustZone(t, "Asia/Jakarta")) }
