package briefing

import (
	"bytes"
	"context"
	"errors"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"lodesk/app/demo"
	"lodesk/app/demo/demotest"
	"lodesk/app/pdf/pdftest"
	"lodesk/data"
)

var fixedNow = func() time.Time { return time.Date(2026, 11, 30, 14, 0, 0, 0, time.UTC) }

func openDemo(t testing.TB, size demo.Size, write bool) *data.Store {
	t.Helper()
	path := demotest.File(t, size)
	if write {
		path = demotest.Copy(t, path)
	}
	s, err := data.Open(context.Background(), path, data.Options{ReadOnly: !write})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// pdftotext extracts a PDF's text without the bidi marks pdftotext puts
// around right-to-left runs; it skips the test without poppler-utils.
func pdftotext(t *testing.T, path string) string {
	t.Helper()
	bin := pdftest.Tool(t, "pdftotext")
	out, err := exec.Command(bin, "-enc", "UTF-8", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return strings.Map(func(r rune) rune {
		if r >= 0x202A && r <= 0x202E || r == 0x200E || r == 0x200F {
			return -1
		}
		return r
	}, string(out))
}

func TestAllPacks(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, true)
	dir := t.TempDir()
	if d := os.Getenv("LODESK_PACK_DIR"); d != "" {
		dir = d
	}
	var calls int
	rs, err := Generate(ctx, s, Selection{All: true, Manifests: ManifestKinds}, Options{
		Dir: dir, Now: fixedNow, PrintedBy: "Test Coordinator",
		Progress: func(done, total int) { calls++ },
	})
	if err != nil {
		t.Fatal(err)
	}
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{})
	if got, want := len(rs), len(as)+len(ManifestKinds); got != want || calls != want {
		t.Fatalf("%d documents, %d progress calls; want %d", got, calls, want)
	}
	logs, err := data.All[data.PrintLog](ctx, s)
	if err != nil || len(logs) != len(rs) {
		t.Fatalf("print log: %d entries (%v), want %d", len(logs), err, len(rs))
	}
	if !logs[0].Redacted || logs[0].PrintedBy != "Test Coordinator" || logs[0].ForWhom == "" {
		t.Errorf("print log entry %+v", logs[0])
	}
	// Made largest delegation first, returned in print order, manifests
	// last.
	order, err := Assignments(ctx, s, Selection{All: true})
	if err != nil {
		t.Fatal(err)
	}
	for i, a := range order {
		if rs[i].Assign != a.ID {
			t.Fatalf("document %d is %s, want the pack of assignment %s", i, rs[i].Path, a.ID)
		}
	}
	seen := checkPacks(t, s, rs)
	for _, c := range []string{"CN", "JP", "KR", "TW", "TH", "SA", "IR", "RU", "VN"} {
		if !seen[c] {
			t.Errorf("no pack for a delegation from %s", c)
		}
	}
}

// checkPacks checks that every name of a pack's delegation extracts from
// it exactly as stored, and that the LO copy hides diagnoses and
// passport numbers; it returns the nationalities seen.
func checkPacks(t *testing.T, s *data.Store, rs []Result) map[string]bool {
	ctx := context.Background()
	people, _ := s.FindPeople(ctx, data.PersonFilter{})
	seen := map[string]bool{}
	for _, r := range rs {
		if r.Kind != "pack" {
			continue
		}
		a, _ := data.Get[data.Assignment](ctx, s, r.Assign)
		text := pdftotext(t, r.Path)
		flat := strings.Join(strings.Fields(text), " ")
		for _, p := range people {
			if p.DelegationID != a.DelegationID {
				continue
			}
			for _, name := range []string{p.FullName, p.NativeName} {
				if name != "" && !strings.Contains(flat, name) {
					t.Errorf("%s: %q does not extract", filepath.Base(r.Path), name)
				}
			}
			seen[p.Nationality] = true
			if p.PassportNo != "" && strings.Contains(text, p.PassportNo) {
				t.Errorf("%s: LO copy shows %s's full passport number", filepath.Base(r.Path), p.FullName)
			}
			if p.Medical != "" && strings.Contains(text, p.Medical) {
				t.Errorf("%s: LO copy shows %s's medical notes", filepath.Base(r.Path), p.FullName)
			}
		}
		wants := []string{"CONFIDENTIAL", "SOP CHECKLIST", "ITINERARY, DAY BY DAY", "GIFT AND GRATUITY DECLARATION", "data version"}
		if !strings.Contains(text, "CONFIDENTIAL") { // the demo's language is Indonesian
			wants = []string{"RAHASIA", "DAFTAR PERIKSA SOP", "JADWAL PERJALANAN, HARI DEMI HARI", "PELAPORAN GRATIFIKASI", "versi data"}
		}
		for _, want := range wants {
			if !strings.Contains(text, want) {
				t.Errorf("%s: no %q", filepath.Base(r.Path), want)
			}
		}
	}
	return seen
}

// The large demo has assignments for the scripts the small one lacks
// (Hebrew, Greek).
func TestLargeDemoScripts(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Large, false)
	var ids []string
	for _, code := range []string{"IL", "GR", "KZ", "TW", "VN", "IR", "KR", "TH"} {
		if d, err := s.DelegationByCode(ctx, code); err == nil {
			ids = append(ids, d.ID)
		}
	}
	rs, err := Generate(ctx, s, Selection{DelegationIDs: ids}, Options{Dir: t.TempDir(), Now: fixedNow, NoLog: true})
	if err != nil {
		t.Fatal(err)
	}
	seen := checkPacks(t, s, rs)
	for _, c := range []string{"IL", "GR"} {
		if !seen[c] {
			t.Errorf("no pack for a delegation from %s", c)
		}
	}
}

func TestRedaction(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, false)
	people, _ := s.FindPeople(ctx, data.PersonFilter{})
	var sick *data.Person
	for i := range people {
		if people[i].Medical != "" && people[i].PassportNo != "" {
			sick = &people[i]
			break
		}
	}
	if sick == nil {
		t.Fatal("the demo has nobody with medical notes")
	}
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{DelegationID: sick.DelegationID})
	if len(as) == 0 {
		t.Fatal("no assignment")
	}
	for _, coord := range []bool{false, true} {
		dir := t.TempDir()
		rs, err := Generate(ctx, s, Selection{DelegationIDs: []string{sick.DelegationID}}, Options{Dir: dir, Now: fixedNow, Coordinator: coord, NoLog: true, Lang: "en"})
		if err != nil || len(rs) == 0 {
			t.Fatal(err, len(rs))
		}
		if fi, err := os.Stat(rs[0].Path); err != nil || (runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600) {
			t.Errorf("%s: mode %v, want readable by the user only (%v)", rs[0].Path, fi.Mode().Perm(), err)
		}
		text := strings.Join(strings.Fields(pdftotext(t, rs[0].Path)), " ")
		diag := strings.Join(strings.Fields(sick.Medical), " ")
		full := strings.Contains(text, diag) && strings.Contains(text, sick.PassportNo)
		alert := strings.Contains(text, "medical alert: see the event doctor")
		if coord && !full {
			t.Errorf("coordinator copy lacks %s's medical notes or passport", sick.FullName)
		}
		if !coord && (full || !alert || strings.Contains(text, sick.PassportNo)) {
			t.Errorf("LO copy: diagnosis or passport shown, or no alert (alert %v)", alert)
		}
		if !coord && !strings.Contains(text, sick.PassportNo[len(sick.PassportNo)-3:]) {
			t.Errorf("LO copy: no masked passport")
		}
	}
}

func TestCancel(t *testing.T) {
	s := openDemo(t, demo.Small, false)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	rs, err := Generate(ctx, s, Selection{All: true}, Options{
		Dir: t.TempDir(), NoLog: true, Workers: 1,
		Progress: func(done, total int) {
			if done == 2 {
				cancel()
			}
		},
	})
	if !errors.Is(err, context.Canceled) || len(rs) < 2 || len(rs) > 4 {
		t.Fatalf("after cancel: %d documents, err %v", len(rs), err)
	}
}

func TestHODPhoto(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, true)
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{})
	hods, _ := s.FindPeople(ctx, data.PersonFilter{DelegationID: as[0].DelegationID, Role: data.RoleHOD})
	if len(hods) == 0 {
		t.Fatal("the demo's first assignment has no HOD")
	}
	img := image.NewGray(image.Rect(0, 0, 30, 40))
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	hods[0].Photo = buf.Bytes()
	if err := s.Update(ctx, &hods[0]); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if _, err := WritePack(ctx, s, as[0].ID, &out, Options{NoLog: true}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(out.Bytes(), []byte("/Subtype /Image")) {
		t.Error("the cover has no photo")
	}
}

// TestOnePackEmbedsEachFontOnce prints one delegation's packs in a fresh
// process (the font cuts are shared by the process, and other tests have
// grown them): each font is embedded in one cut, not once per cut made
// while the document was laid out (the Arabic forms are fonts of their
// own and not counted).
func TestOnePackEmbedsEachFontOnce(t *testing.T) {
	if os.Getenv("LODESK_ONE_PACK") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestOnePackEmbedsEachFontOnce$", "-test.v")
		cmd.Env = append(os.Environ(), "LODESK_ONE_PACK=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("in a fresh process: %v\n%s", err, out)
		}
		return
	}
	ctx := context.Background()
	s := openDemo(t, demo.Small, true)
	d, err := s.DelegationByCode(ctx, "CN") // Chinese names beside Latin ones
	if err != nil {
		t.Fatal(err)
	}
	as, err := data.ByParent[data.Assignment](ctx, s, "delegation_id", d.ID)
	if err != nil || len(as) == 0 {
		t.Fatalf("no assignment for CN: %v", err)
	}
	// One pack alone: the LO's, when the LO has no other assignment.
	rs, err := Generate(ctx, s, Selection{LOIDs: []string{as[0].LOID}}, Options{Dir: t.TempDir(), NoLog: true, Now: fixedNow})
	if err != nil || len(rs) != 1 {
		t.Fatalf("generate: %d packs, %v", len(rs), err)
	}
	b, err := os.ReadFile(rs[0].Path)
	if err != nil {
		t.Fatal(err)
	}
	cuts := map[string]map[string]bool{}
	for _, m := range regexp.MustCompile(`/BaseFont /utf8([a-z]+)([0-9]+)`).FindAllSubmatch(b, -1) {
		fam := string(m[1])
		if cuts[fam] == nil {
			cuts[fam] = map[string]bool{}
		}
		cuts[fam][string(m[2])] = true
	}
	if len(cuts["cjk"]) == 0 {
		t.Fatalf("no Chinese font in %s", filepath.Base(rs[0].Path))
	}
	for fam, n := range cuts {
		if fam != "ar" && len(n) > 1 {
			t.Errorf("%s embeds %d cuts of font %s, want one", filepath.Base(rs[0].Path), len(n), fam)
		}
	}
}
