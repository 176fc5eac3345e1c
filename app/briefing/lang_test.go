package briefing

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"lodesk/app/demo"
	"lodesk/app/i18n"
	"lodesk/app/imex"
	"lodesk/app/itinerary"
	"lodesk/data"
)

var (
	// A word, not part of a name such as Huang Mei-ling.
	englishWords    = regexp.MustCompile(`(?:^|[^\p{L}-])(January|February|March|May|June|July|August|October|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Contacts|Itinerary|Delegation roster|Check-out by|Generated|Page \d)(?:[^\p{L}-]|$)`)
	indonesianWords = regexp.MustCompile(`(?:^|[^\p{L}-])(Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Kontak|Halaman \d|Dibuat)(?:[^\p{L}-]|$)`)
	keyLike         = regexp.MustCompile(`\b(pack|manifest|common|itinerary|clash|date|movement|accreditation)\.[a-z_]+`)
	isoDate         = regexp.MustCompile(`\b20\d\d-\d\d-\d\d\b`)
)

// TestPackAndManifestLanguages prints one delegation's pack and every
// manifest in Indonesian and in English: each in its language only, dates
// as people write them (no 2026-12-03), with the SOP steps in that
// language and no message key left untranslated.
func TestPackAndManifestLanguages(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, false)
	d, err := s.DelegationByCode(ctx, "JP")
	if err != nil {
		t.Fatal(err)
	}
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{DelegationID: d.ID})
	items, _ := s.FindChecklist(ctx, as[0].ID)
	if len(items) == 0 {
		t.Fatal("no checklist")
	}
	step := items[0]
	for _, lang := range []string{i18n.Indonesian, i18n.English} {
		t.Run(lang, func(t *testing.T) {
			dir := t.TempDir()
			if d := os.Getenv("LODESK_PACK_DIR"); d != "" {
				dir = filepath.Join(d, lang)
			}
			rs, err := Generate(ctx, s, Selection{DelegationIDs: []string{d.ID}, Manifests: ManifestKinds}, Options{Dir: dir, Now: fixedNow, NoLog: true, Lang: lang})
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range rs {
				text := pdftotext(t, r.Path)
				flat := strings.Join(strings.Fields(text), " ")
				wrong, month := englishWords, "Desember"
				if lang == i18n.English {
					wrong, month = indonesianWords, "December"
				}
				if m := wrong.FindString(text); m != "" {
					t.Errorf("%s: %q in a %s document", filepath.Base(r.Path), m, lang)
				}
				if !strings.Contains(text, month) {
					t.Errorf("%s: no %q", filepath.Base(r.Path), month)
				}
				if m := isoDate.FindString(text); m != "" {
					t.Errorf("%s: the date %q as a machine writes it", filepath.Base(r.Path), m)
				}
				if m := keyLike.FindString(text); m != "" {
					t.Errorf("%s: untranslated key %q", filepath.Base(r.Path), m)
				}
				if r.Kind != "pack" {
					continue
				}
				want, other := step.TextID, step.TextEN
				if lang == i18n.English {
					want, other = other, want
				}
				if !strings.Contains(flat, strings.Join(strings.Fields(want), " ")[:40]) || strings.Contains(flat, strings.Join(strings.Fields(other), " ")[:40]) {
					t.Errorf("%s: the SOP step is not in %s only", filepath.Base(r.Path), lang)
				}
			}
		})
	}
}

// TestPrintedKeysExist reads the package's sources: every message key it
// prints is in the catalogue.
func TestPrintedKeysExist(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	lit := regexp.MustCompile(`\.T\("([a-z_.]+)"[,)]`)
	p := i18n.New(i18n.Indonesian, nil)
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, _ := os.ReadFile(f)
		for _, m := range lit.FindAllStringSubmatch(string(src), -1) {
			n++
			if !p.Has(m[1]) {
				t.Errorf("%s: %q is not in the catalogue", f, m[1])
			}
		}
	}
	for _, k := range ManifestKinds {
		for _, pre := range []string{"manifest.title.", "manifest.for."} {
			if !p.Has(pre + k) {
				t.Errorf("no %s%s", pre, k)
			}
		}
	}
	for _, k := range []string{
		itinerary.KindArrival, itinerary.KindDeparture, itinerary.KindCheckIn, itinerary.KindCheckOut,
		"clash." + itinerary.ClashOverlap, "clash." + itinerary.ClashBeforeArrival, "clash." + itinerary.ClashAfterDeparture, "clash." + itinerary.ClashTransfer,
	} {
		if !strings.HasPrefix(k, "clash.") {
			k = "itinerary." + k
		}
		if !p.Has(k) {
			t.Errorf("no %s", k)
		}
	}
	if n < 100 {
		t.Errorf("only %d keys found: the pattern is wrong", n)
	}
}

// TestCateringByKind imports a programme row of kind jamuan titled in
// Indonesian: the catering manifest lists it (it goes by kind, not by
// words in titles), and an item of kind other titled "Lunch" it does not.
func TestCateringByKind(t *testing.T) {
	ctx := context.Background()
	s := openDemo(t, demo.Small, true)
	csv := "judul;mulai;selesai;jenis;tempat\n" +
		"Jamuan Makan Malam Kenegaraan;2026-12-03 19:00;2026-12-03 21:00;jamuan;Istana Bogor\n" +
		"Lunch with the press;2026-12-03 12:00;2026-12-03 13:00;lainnya;Media Centre\n"
	path := filepath.Join(t.TempDir(), "acara.csv")
	if err := os.WriteFile(path, []byte(csv), 0o600); err != nil {
		t.Fatal(err)
	}
	tab, err := imex.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := imex.Import(ctx, s, imex.Programme, tab, false); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "catering.pdf")
	if _, err := Manifest(ctx, s, "catering", out, Options{Now: fixedNow, NoLog: true, Lang: "id"}); err != nil {
		t.Fatal(err)
	}
	text := strings.Join(strings.Fields(pdftotext(t, out)), " ")
	if !strings.Contains(text, "JAMUAN MAKAN MALAM KENEGARAAN") && !strings.Contains(text, "Jamuan Makan Malam Kenegaraan") {
		t.Errorf("the jamuan is not in the catering manifest")
	}
	if strings.Contains(strings.ToUpper(text), "LUNCH WITH THE PRESS") {
		t.Errorf("an item of kind other is in the catering manifest")
	}
}
