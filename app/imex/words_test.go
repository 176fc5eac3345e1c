package imex

import (
	"errors"
	"reflect"
	"slices"
	"sort"
	"strings"
	"testing"

	"lodesk/app/field"
	"lodesk/data"
)

func TestAmounts(t *testing.T) {
	for in, want := range map[string]float64{
		"": 0, "1500": 1500, "12.50": 12.5, "12,50": 12.5, "1.500.000": 1500000, "1,500.25": 1500.25, "1.500,25": 1500.25,
		"0.5": 0.5, "1500.000": 1500, "12.3450": 12.345, " 200 ": 200,
	} {
		if got, err := field.Amount(in); err != nil || got != want {
			t.Errorf("amount(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for in, want := range map[string]error{"1.500": field.ErrAmbiguousAmount, "1,500": field.ErrAmbiguousAmount, "-5": field.ErrBadAmount, "1e5": field.ErrBadAmount, "Inf": field.ErrBadAmount, ".": field.ErrBadAmount, "1.2.3,4.5": field.ErrBadAmount} {
		if _, err := field.Amount(in); !errors.Is(err, want) {
			t.Errorf("amount(%q): %v, want %v", in, err, want)
		}
	}
	for in, want := range map[string]int64{"": 0, "Rp 1.500.000": 1500000, "1,500,000": 1500000, "1500000,00": 1500000, "IDR 2.175.000,50": 2175001, "650000": 650000} {
		if got, err := field.Rupiah(in); err != nil || got != want {
			t.Errorf("rupiah(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, f := range []float64{0, 1, 12.5, 12.345, 1500, 10000, 0.125, 1234567.891} {
		if got, err := field.Amount(field.FormatAmount(f)); err != nil || got != f {
			t.Errorf("field.Amount(field.FormatAmount(%v)) = %v, %v", f, got, err)
		}
	}
}

// TestWordsMatchData: every English or Indonesian word reads as a value the
// data package allows, and every allowed value has a word.
func TestWordsMatchData(t *testing.T) {
	for name, c := range map[string]struct {
		words map[string]string
		want  []string
	}{
		"categories":       {categoryWords, data.RequestCategories},
		"request statuses": {requestStatusWords, data.RequestStatuses},
		"departments":      {departmentWords, data.Departments},
		"gift statuses":    {giftStatusWords, data.GiftStatuses},
		"severities":       {incidentSeverityWords, data.Severities},
		"levels":           {levelWords, data.Levels},
		"assignment roles": {assignRoleWords, []string{data.AssignLead, data.AssignAssistant}},
	} {
		var got []string
		for _, v := range c.words {
			if !slices.Contains(got, v) {
				got = append(got, v)
			}
		}
		sort.Strings(got)
		want := slices.Clone(c.want)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: words give %q, data allows %q", name, got, want)
		}
		for w := range c.words {
			if w != normHeader(w) {
				t.Errorf("%s: word %q is not normalised", name, w)
			}
		}
	}
}

func FuzzAmount(f *testing.F) {
	for _, s := range []string{"1500", "1.500,25", "Rp 1.500.000", "12.3450", ",", "1..2", "٣"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if v, err := field.Amount(s); err == nil {
			if v < 0 {
				t.Fatalf("amount(%q) = %v", s, v)
			}
			if back, err := field.Amount(field.FormatAmount(v)); err != nil || back != v {
				t.Fatalf("amount(%q) = %v; formatted %q reads %v, %v", s, v, field.FormatAmount(v), back, err)
			}
		}
		if v, err := field.Rupiah(s); err == nil && v < 0 {
			t.Fatalf("rupiah(%q) = %v", s, v)
		}
	})
}

func FuzzLangSkills(f *testing.F) {
	for _, s := range []string{"en:fluent; ar:native", "Inggris (fasih), Arab:asli", "x:", ":fasih", "(", "en(basic)", "jv : dasar ;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ls, err := langSkills(s)
		if err != nil {
			return
		}
		text, _ := ls.MarshalText()
		back, err := langSkills(string(text))
		if err != nil || !reflect.DeepEqual(back, ls) {
			t.Fatalf("%q -> %q -> %v, %v", s, text, back, err)
		}
	})
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-11-27", "27/11/2026", "2026/1/2", "46353", "1.1.2026", "31/02/2026"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, s string, xlsx bool) {
		d, err := parseDate(s, xlsx)
		if err != nil || d == "" {
			return
		}
		if back, err := parseDate(d, false); err != nil || back != d {
			t.Fatalf("%q -> %q -> %q, %v", s, d, back, err)
		}
	})
}

func TestKinds(t *testing.T) {
	design := "delegations people los travel programme assignments checklists seating requests incidents gifts contacts " +
		"vehicles hotels briefs transfers accreditation"
	if got := strings.Join(ExportKinds(), " "); got != design {
		t.Errorf("ExportKinds = %s", got)
	}
	var want []string
	for _, k := range strings.Fields(design) {
		if k != Seating { // the app makes the seating; checklists import updates its items
			want = append(want, k)
		}
	}
	if got := ImportKinds(); !reflect.DeepEqual(got, want) {
		t.Errorf("ImportKinds = %q", got)
	}
	for _, k := range ExportKinds() {
		if _, err := newImporter(k); (err == nil) != slices.Contains(want, k) {
			t.Errorf("%s: importer %v", k, err)
		}
		// No header may mean two columns of one kind.
		seen := map[string]string{}
		cs, _ := Columns(k)
		for _, c := range cs {
			for _, h := range append([]string{c.Key}, c.Aliases...) {
				if other, dup := seen[normHeader(h)]; dup && other != c.Key {
					t.Errorf("%s: %q means both %s and %s", k, h, other, c.Key)
				}
				seen[normHeader(h)] = c.Key
			}
		}
	}
}
