package i18n

import (
	"errors"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"lodesk/data"
)

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestDates(t *testing.T) {
	at := time.Date(2026, 12, 2, 11, 30, 0, 0, time.UTC) // 19:30 in Bali
	tests := []struct {
		lang, loc string
		fn        func(p *Printer) string
		want      string
	}{
		{"id", "Asia/Makassar", func(p *Printer) string { return p.Date(at) }, "Rabu, 2 Desember 2026"},
		{"en", "Asia/Makassar", func(p *Printer) string { return p.Date(at) }, "Wednesday, 2 December 2026"},
		{"id", "Asia/Makassar", func(p *Printer) string { return p.Day("2026-08-17") }, "Senin, 17 Agustus 2026"},
		{"en", "Asia/Makassar", func(p *Printer) string { return p.Day("not a date") }, "not a date"},
		{"id", "Asia/Makassar", func(p *Printer) string { return p.ShortDate(at) }, "Rab, 2 Des"},
		{"en", "Asia/Makassar", func(p *Printer) string { return p.ShortDate(at) }, "Wed 2 Dec"},
		{"id", "Asia/Makassar", func(p *Printer) string { return p.Time(at) }, "19:30 WITA"},
		{"en", "Asia/Jakarta", func(p *Printer) string { return p.Time(at) }, "18:30 WIB"},
		{"id", "Asia/Jayapura", func(p *Printer) string { return p.Time(at) }, "20:30 WIT"},
		{"en", "UTC", func(p *Printer) string { return p.Time(at) }, "11:30 UTC"},
		{"id", "Asia/Makassar", func(p *Printer) string { return p.DateTime(at) }, "Rab, 2 Des 19:30 WITA"},
		{"en", "Asia/Makassar", func(p *Printer) string { return p.Stamp(at) }, "2 December 2026 19:30 WITA"},
		{"id", "Asia/Makassar", func(p *Printer) string { return p.PlainDate(at) }, "2 Desember 2026"},
		{"id", "Asia/Makassar", func(p *Printer) string { return p.Date(time.Time{}) + p.Time(time.Time{}) }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.lang+" "+tt.want, func(t *testing.T) {
			if got := tt.fn(New(tt.lang, zone(t, tt.loc))); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestNoEnglishMonthsInIndonesian prints every day of a year in
// Indonesian: no English month or weekday may appear (and the reverse).
func TestNoEnglishMonthsInIndonesian(t *testing.T) {
	english := regexp.MustCompile(`January|February|March|May|June|July|August|October|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday`)
	indonesian := regexp.MustCompile(`Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember|Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu`)
	id, en := New("id", time.UTC), New("en", time.UTC)
	for d := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC); d.Year() == 2026; d = d.AddDate(0, 0, 1) {
		if s := id.Date(d) + id.ShortDate(d); english.MatchString(s) {
			t.Fatalf("Indonesian %q has English", s)
		}
		if s := en.Date(d) + en.ShortDate(d); indonesian.MatchString(s) {
			t.Fatalf("English %q has Indonesian", s)
		}
	}
}

func TestChoose(t *testing.T) {
	tests := []struct {
		override string
		ev       *data.Event
		want     string
		err      error
	}{
		{"", &data.Event{DefaultLang: "id"}, "id", nil},
		{"", &data.Event{DefaultLang: "en", HostCountry: "ID"}, "en", nil},
		{"en", &data.Event{DefaultLang: "id"}, "en", nil},
		{" ID ", &data.Event{DefaultLang: "en"}, "id", nil},
		{"", &data.Event{HostCountry: "ID"}, "id", nil},
		{"", &data.Event{HostCountry: "SG"}, "en", nil},
		{"", nil, "en", nil},
		{"fr", &data.Event{DefaultLang: "id"}, "", ErrBadLang},
	}
	for _, tt := range tests {
		got, err := Choose(tt.override, tt.ev)
		if got != tt.want || !errors.Is(err, tt.err) {
			t.Errorf("Choose(%q, %+v) = %q, %v; want %q, %v", tt.override, tt.ev, got, err, tt.want, tt.err)
		}
	}
	p, err := For(&data.Event{DefaultLang: "id", TimeZone: "Asia/Makassar"}, "")
	if err != nil || p.Lang() != "id" || p.Location().String() != "Asia/Makassar" {
		t.Errorf("For = %v, %v", p, err)
	}
}

func TestLabelsAndNames(t *testing.T) {
	id, en := New("id", nil), New("en", nil)
	tests := []struct{ got, want string }{
		{id.Label("role", data.RoleHOD), "Ketua Delegasi"},
		{en.Label("role", data.RoleHOD), "Head of Delegation"},
		{id.Label("status", data.StatusArrived), "Telah tiba"},
		{en.Label("relations", data.RelationsNone), "No diplomatic relations"},
		{en.Label("role", "chief_of_staff"), "chief of staff"},
		{en.Label("role", ""), ""},
		{id.Country("JP"), "Jepang"},
		{en.Country("JP"), "Japan"},
		{id.Language("ar"), "Arab"},
		{en.Languages([]string{"ar", "zh"}), "Arabic, Chinese"},
		{id.T("common.page_of", 2, 9), "Halaman 2 dari 9"},
		{en.T("common.page_of", 2, 9), "Page 2 of 9"},
		{id.T("no.such.key"), "no.such.key"},
		{id.YesNo(true) + en.YesNo(false), "yano"},
	}
	for i, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%d: got %q, want %q", i, tt.got, tt.want)
		}
	}
}

var verb = regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[a-zA-Z%]`)

func verbs(s string) []string {
	v := verb.FindAllString(s, -1)
	slices.Sort(v)
	return v
}

// TestCatalogs checks the shipped messages: they load, every key is in
// both languages, and each key's verbs are the same in both.
func TestCatalogs(t *testing.T) {
	c := catalogs()
	if c.err != nil {
		t.Fatal(c.err)
	}
	en, id := c.msgs[English], c.msgs[Indonesian]
	if len(en) < 100 {
		t.Fatalf("only %d English messages", len(en))
	}
	for k, v := range en {
		w, ok := id[k]
		switch {
		case !ok:
			t.Errorf("%s: no Indonesian", k)
		case !slices.Equal(verbs(v), verbs(w)):
			t.Errorf("%s: verbs %v in English, %v in Indonesian", k, verbs(v), verbs(w))
		case strings.TrimSpace(w) == "":
			t.Errorf("%s: empty Indonesian", k)
		}
	}
	for k := range id {
		if _, ok := en[k]; !ok {
			t.Errorf("%s: no English", k)
		}
	}
}

func TestLoadCatalogsRefusesDuplicatesAndBadJSON(t *testing.T) {
	fsys := fstest.MapFS{
		"p/en/a.json": {Data: []byte(`{"x.one": "1"}`)},
		"p/en/b.json": {Data: []byte(`{"x.one": "again"}`)},
		"p/id/a.json": {Data: []byte(`{"x.one": `)},
	}
	_, err := loadCatalogs(fsys, "p")
	if err == nil || !strings.Contains(err.Error(), "defined twice") || !strings.Contains(err.Error(), "p/id/a.json") {
		t.Errorf("err = %v", err)
	}
}
