package demo

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"lodesk/app/phone"
	"lodesk/data"
)

var start = time.Date(2026, 11, 2, 0, 0, 0, 0, time.UTC)

func generate(t testing.TB, size Size) *data.Store {
	t.Helper()
	ctx := context.Background()
	s, err := data.Create(ctx, filepath.Join(t.TempDir(), "demo.lodesk"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	last, total := 0, 0
	progress := func(done, n int) {
		if done < last || done > n {
			t.Errorf("progress %d of %d after %d", done, n, last)
		}
		last, total = done, n
	}
	if err := Generate(ctx, s, Options{Size: size, Start: start, Progress: progress}); err != nil {
		t.Fatal(err)
	}
	if last == 0 || last != total {
		t.Errorf("progress ended at %d of %d", last, total)
	}
	if err := Generate(ctx, s, Options{Size: size, Start: start}); err == nil {
		t.Error("a second Generate into the same file: no error")
	}
	return s
}

func about(t *testing.T, what string, got, want int) {
	t.Helper()
	if got < want*9/10 || got > want*11/10 {
		t.Errorf("%s: %d, want about %d", what, got, want)
	}
}

func TestSmall(t *testing.T) {
	ctx := context.Background()
	s := generate(t, Small)
	rep, err := s.Check(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("check: %v %v", err, rep.Problems)
	}
	dels, _ := s.FindDelegations(ctx, data.DelegationFilter{})
	people, _ := s.FindPeople(ctx, data.PersonFilter{})
	los, _ := s.FindLOs(ctx, data.LOFilter{})
	about(t, "delegations", len(dels), 60)
	about(t, "people", len(people), 600)
	about(t, "LOs", len(los), 100)

	ev, err := s.Event(ctx)
	if err != nil {
		t.Fatal(err)
	}
	kinds, rels := map[string]int{}, map[string]int{}
	for _, d := range dels {
		kinds[d.Kind]++
		rels[d.Relations]++
		if d.Code == "ID" && (d.Precedence != 1 || ev.ChairID != d.ID) {
			t.Errorf("host: precedence %d, chair %s, want 1 and %s", d.Precedence, ev.ChairID, d.ID)
		}
	}
	for _, k := range data.DelegationKinds {
		if kinds[k] == 0 {
			t.Errorf("no %s delegation", k)
		}
	}
	for _, r := range data.Relations {
		if rels[r] == 0 {
			t.Errorf("no delegation with %s relations", r)
		}
	}

	// Each of these countries' delegates have native names in its script.
	scripts := map[string]*unicode.RangeTable{
		"RU": unicode.Cyrillic, "KZ": unicode.Cyrillic, "GR": unicode.Greek, "SA": unicode.Arabic, "IR": unicode.Arabic,
		"CN": unicode.Han, "TW": unicode.Han, "JP": unicode.Han, "KR": unicode.Hangul, "TH": unicode.Thai, "IL": unicode.Hebrew,
	}
	seen := map[string]bool{}
	allergies, medical := 0, 0
	for _, p := range people {
		if p.FullName == "" || !norm.NFC.IsNormalString(p.FullName+p.NativeName) {
			t.Errorf("person %s: name %q / %q: want a Latin name, NFC", p.ID, p.FullName, p.NativeName)
		}
		if tab := scripts[p.Nationality]; tab != nil && p.NativeName != "" {
			if !strings.ContainsFunc(p.NativeName, func(r rune) bool { return unicode.Is(tab, r) }) {
				t.Errorf("%s: native name %q not in the country's script", p.Nationality, p.NativeName)
			}
			seen[p.Nationality] = true
		}
		if p.Nationality == "VN" && strings.ContainsFunc(p.FullName, func(r rune) bool { return r > unicode.MaxASCII }) {
			seen["VN"] = true
		}
		if _, err := phone.E164(p.Phone, ""); err != nil {
			t.Errorf("%s %s: %v", p.Nationality, p.FullName, err)
		}
		if len(p.Allergies) > 0 {
			allergies++
		}
		if p.Medical != "" {
			medical++
		}
	}
	for cc := range scripts {
		if !seen[cc] {
			t.Errorf("no native name from %s", cc)
		}
	}
	if !seen["VN"] {
		t.Error("no Vietnamese name with diacritics")
	}
	if allergies == 0 || medical == 0 {
		t.Errorf("allergies %d, medical notes %d: want some of each", allergies, medical)
	}

	loc := ev.Location()
	days := map[string]bool{}
	arrivals, _ := s.FindTravel(ctx, data.TravelFilter{Direction: data.Arrival})
	for _, l := range arrivals {
		days[l.Scheduled.In(loc).Format(time.DateOnly)] = true
	}
	if len(days) != 3 || !days["2026-11-02"] {
		t.Errorf("arrival days %v, want three from 2026-11-02", days)
	}

	items, _ := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	var photo, gala bool
	for _, it := range items {
		photo = photo || it.Photo
		gala = gala || (it.Seating && it.Kind == data.ItemGala)
	}
	if !photo || !gala {
		t.Errorf("group photo %v, gala dinner %v", photo, gala)
	}
	c, _ := s.Counts(ctx, start)
	if c.Unassigned == 0 || c.LOsAssigned == 0 {
		t.Errorf("counts %+v: want both assigned and unassigned delegations", c)
	}
}

func TestDeterministic(t *testing.T) {
	ctx := context.Background()
	list := func() []string {
		s := generate(t, Small)
		var out []string
		dels, _ := s.FindDelegations(ctx, data.DelegationFilter{})
		for _, d := range dels {
			out = append(out, d.Code+" "+d.Name)
		}
		people, _ := data.All[data.Person](ctx, s)
		for _, p := range people {
			out = append(out, p.FullName+" "+p.NativeName+" "+p.Phone)
		}
		legs, _ := data.All[data.TravelLeg](ctx, s)
		for _, l := range legs {
			out = append(out, l.FlightNo+" "+l.Scheduled.String())
		}
		return out
	}
	a, b := list(), list()
	if strings.Join(a, "\n") != strings.Join(b, "\n") {
		t.Error("two generations differ")
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]Size{"small": Small, "Large": Large, "xlarge": XLarge, "": Small} {
		if got, err := ParseSize(in); err != nil || got != want {
			t.Errorf("ParseSize(%q) = %v, %v", in, got, err)
		}
	}
	if _, err := ParseSize("huge"); err == nil {
		t.Error("ParseSize(huge): no error")
	}
}

func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("large demo")
	}
	ctx := context.Background()
	s := generate(t, Large)
	c, err := s.Counts(ctx, start)
	if err != nil {
		t.Fatal(err)
	}
	about(t, "delegations", c.Delegations, 300)
	about(t, "people", c.People, 3000)
	about(t, "LOs", c.LOs, 500)
}

func BenchmarkGenerateLarge(b *testing.B) {
	for b.Loop() {
		generate(b, Large)
	}
}

// BenchmarkGenerateXLarge writes the xlarge demo, checklists and seat
// plans included (target: under 15 s).
func BenchmarkGenerateXLarge(b *testing.B) {
	for b.Loop() {
		generate(b, XLarge)
	}
}

// TestChecklists: every assignment has its SOP checklist, partly done,
// re-checks by another person than the check.
func TestChecklists(t *testing.T) {
	ctx := context.Background()
	s := generate(t, Small)
	as, err := s.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	status := map[string]int{}
	for _, a := range as {
		items, err := s.FindChecklist(ctx, a.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(items) < 20 {
			t.Fatalf("assignment %s has %d checklist items", a.ID, len(items))
		}
		for _, it := range items {
			status[it.Status]++
			if it.Status == data.CheckRechecked && strings.EqualFold(it.CheckedBy, it.RecheckedBy) {
				t.Errorf("item re-checked by the person who checked it: %+v", it)
			}
		}
	}
	for _, st := range []string{data.CheckPending, data.CheckChecked, data.CheckRechecked, data.CheckNotApplicable} {
		if status[st] == 0 {
			t.Errorf("no checklist item is %s (%v)", st, status)
		}
	}
}

// TestCodesUnique: delegation codes are what imports match on.
func TestCodesUnique(t *testing.T) {
	for _, size := range []Size{Small, Large} {
		g, err := newGen(Options{Size: size, Start: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		g.build()
		seen := map[string]bool{}
		for _, dl := range g.dels {
			if seen[strings.ToUpper(dl.d.Code)] {
				t.Errorf("%s: code %s used twice", size, dl.d.Code)
			}
			seen[strings.ToUpper(dl.d.Code)] = true
		}
	}
}

// TestXLarge builds the xlarge demo in memory (writing it is the CI's
// smoke test and BenchmarkGenerateXLarge): 1,000 delegations of the three
// kinds, some of 200 people, 30,000 people, 2,000 LOs with unique names,
// a six-day programme whose opening plenary fills its 5,000 seats.
func TestXLarge(t *testing.T) {
	g, err := newGen(Options{Size: XLarge, Start: start})
	if err != nil {
		t.Fatal(err)
	}
	recs := g.build()
	kinds, people, of200, leads, assistants := map[string]int{}, 0, 0, 0, 0
	for _, dl := range g.dels {
		kinds[dl.d.Kind]++
		people += len(dl.people)
		if len(dl.people) == 200 {
			of200++
		}
		names := map[string]bool{}
		for _, p := range dl.people {
			if names[p.FullName] {
				t.Errorf("%s: two people named %s", dl.d.Code, p.FullName)
			}
			names[p.FullName] = true
		}
	}
	about(t, "delegations", len(g.dels), 1000)
	about(t, "people", people, 30000)
	about(t, "LOs", len(g.los), 2000)
	if kinds[data.KindCountry] < 150 || kinds[data.KindOrganisation] < 20 || kinds[data.KindCompany] < 500 {
		t.Errorf("kinds %v", kinds)
	}
	if of200 < 15 {
		t.Errorf("%d delegations of 200, want the host and the G20", of200)
	}
	los := map[string]bool{}
	for _, l := range g.los {
		if los[l.FullName] {
			t.Errorf("two LOs named %s", l.FullName)
		}
		los[l.FullName] = true
	}
	var plenary *data.ProgrammeItem
	days := map[string]bool{}
	for _, phase := range recs {
		for _, r := range phase {
			switch r := r.(type) {
			case *data.Assignment:
				if r.Role == data.AssignLead {
					leads++
				} else {
					assistants++
				}
			case *data.ProgrammeItem:
				days[r.Starts.In(g.loc).Format(time.DateOnly)] = true
				if r.Kind == data.ItemPlenary && r.Seating {
					plenary = r
				}
			}
		}
	}
	if leads < 500 || leads+assistants < 1500 {
		t.Errorf("%d leads and %d assistants: want packs in proportion", leads, assistants)
	}
	if len(days) != 6 || g.ev.EndDate != "2026-11-08" {
		t.Errorf("programme on %d days to %s, want six to 2026-11-08", len(days), g.ev.EndDate)
	}
	if plenary == nil {
		t.Fatal("no seated plenary")
	}
	seats := 0
	for _, dl := range g.dels {
		if slices.Contains(plenary.Attendees, dl.d.Code) {
			seats += len(dl.people)
		}
	}
	if seats < plenarySeats*95/100 || seats > plenarySeats {
		t.Errorf("the plenary seats %d, want about %d", seats, plenarySeats)
	}
}
