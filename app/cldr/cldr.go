// Package cldr names countries (ISO 3166-1 alpha-2) and languages (ISO 639-1,
// or 639-3 where there is no 639-1) in English and Bahasa Indonesia from the
// CLDR data in golang.org/x/text, and finds a code from a code or a name.
// There is no hand-written name list.
package cldr

import (
	"sort"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Option is one entry of a picker: an ISO code and its name in the
// picker's language.
type Option struct {
	Code string
	Name string
}

// Display languages.
const (
	English    = "en"
	Indonesian = "id"
)

type namers struct {
	region, lang display.Namer
	tag          language.Tag
}

func namersFor(lang string) namers {
	if strings.HasPrefix(strings.ToLower(lang), Indonesian) {
		return namers{display.Indonesian.Regions(), display.Indonesian.Languages(), language.Indonesian}
	}
	return namers{display.English.Regions(), display.English.Languages(), language.English}
}

// exceptional are codes ISO 3166 reserves for other uses that CLDR names as
// regions; they are not countries.
var exceptional = map[string]bool{"AC": true, "CP": true, "DG": true, "TA": true}

type index struct {
	countries []string          // codes, sorted
	languages []string          // codes, sorted
	country   map[string]string // code or folded name -> code
	language  map[string]string
}

var (
	once sync.Once
	idx  index
)

func load() *index {
	once.Do(func() {
		idx.country = map[string]string{}
		idx.language = map[string]string{}
		loadCountries(&idx)
		loadLanguages(&idx)
	})
	return &idx
}

func loadCountries(ix *index) {
	en, id := display.English.Regions(), display.Indonesian.Regions()
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			r, err := language.ParseRegion(code)
			if err != nil || !r.IsCountry() || r.String() != code || r.Canonicalize() != r || exceptional[code] {
				continue
			}
			if iso3 := r.ISO3(); iso3 == "" || iso3 == "ZZZ" {
				continue
			}
			if r.IsPrivateUse() && code != "XK" { // Kosovo: user-assigned, used by the EU and CLDR
				continue
			}
			if en.Name(r) == "" {
				continue
			}
			ix.countries = append(ix.countries, code)
		}
	}
	for _, code := range ix.countries {
		r := language.MustParseRegion(code)
		addNames(ix.country, code, en.Name(r), id.Name(r))
	}
}

func loadLanguages(ix *index) {
	en, id := display.English.Languages(), display.Indonesian.Languages()
	twoNames := map[string]bool{}
	have3 := map[string]bool{}
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			code := string([]rune{a, b})
			base, ok := canonicalBase(code)
			if !ok || en.Name(base) == "" {
				continue
			}
			ix.languages = append(ix.languages, code)
			twoNames[foldKey(en.Name(base))] = true
			have3[base.ISO3()] = true
		}
	}
	for a := 'a'; a <= 'z'; a++ {
		for b := 'a'; b <= 'z'; b++ {
			for c := 'a'; c <= 'z'; c++ {
				code := string([]rune{a, b, c})
				base, ok := canonicalBase(code)
				if !ok || have3[code] || code == "und" || code == "mul" || code == "zxx" || code == "mis" {
					continue
				}
				name := en.Name(base)
				if name == "" || twoNames[foldKey(name)] {
					continue // unnamed, or a second code for a language with a 639-1 code
				}
				ix.languages = append(ix.languages, code)
			}
		}
	}
	for _, code := range ix.languages { // two-letter codes first: they win a shared name
		base := language.MustParseBase(code)
		addNames(ix.language, code, en.Name(base), id.Name(base), display.Self.Name(base))
	}
}

// canonicalBase parses a language code and says whether it is its own
// canonical form (not a deprecated or alias code).
func canonicalBase(code string) (language.Base, bool) {
	base, err := language.ParseBase(code)
	if err != nil || base.String() != code {
		return base, false
	}
	b2, _ := language.Make(code).Base()
	return base, b2 == base
}

func addNames(m map[string]string, code string, names ...string) {
	add := func(n string) {
		if k := foldKey(n); k != "" {
			if _, dup := m[k]; !dup {
				m[k] = code
			}
		}
	}
	for _, n := range names {
		add(n)
		// "Myanmar (Burma)" is also "Myanmar" and "Burma".
		if before, after, ok := strings.Cut(n, "("); ok {
			add(before)
			add(strings.TrimSuffix(after, ")"))
		}
	}
}

var stripMarks = transform.Chain(norm.NFKD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)

// foldKey makes a name comparable: no case, no diacritics, no punctuation
// or spaces, and no "and"/"dan" ("Bosnia & Herzegovina" = "bosnia and
// herzegovina").
func foldKey(s string) string {
	if t, _, err := transform.String(stripMarks, s); err == nil {
		s = t
	}
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	var b strings.Builder
	for _, w := range words {
		if w != "and" && w != "dan" {
			b.WriteString(w)
		}
	}
	return b.String()
}

// Country returns the ISO 3166-1 alpha-2 code for a code (alpha-2, alpha-3
// or numeric) or an English or Indonesian name; ok is false if s names no
// country.
func Country(s string) (code string, ok bool) {
	ix := load()
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if r, err := language.ParseRegion(s); err == nil {
		c := r.Canonicalize().String()
		if i := sort.SearchStrings(ix.countries, c); i < len(ix.countries) && ix.countries[i] == c {
			return c, true
		}
	}
	code, ok = ix.country[foldKey(s)]
	return code, ok
}

// Language returns the ISO 639 code (639-1 where there is one) for a code
// (639-1, 639-2 or 639-3) or an English, Indonesian or native name; ok is
// false if s names no language.
func Language(s string) (code string, ok bool) {
	ix := load()
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if len(s) <= 3 {
		if b, err := language.ParseBase(strings.ToLower(s)); err == nil {
			if bb, conf := language.Make(b.String()).Base(); conf == language.Exact {
				b = bb // deprecated codes: "in" is "id"
			}
			if has(ix.languages, b.String()) {
				return b.String(), true
			}
		}
	}
	k := foldKey(s)
	if code, ok = ix.language[k]; !ok && strings.HasPrefix(k, "bahasa") {
		code, ok = ix.language[strings.TrimPrefix(k, "bahasa")] // "Bahasa Inggris"
	}
	return code, ok
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// CountryName is a country's name in lang ("en" or "id"); the code itself
// if it is unknown.
func CountryName(code, lang string) string {
	r, err := language.ParseRegion(code)
	if err != nil {
		return code
	}
	if n := namersFor(lang).region.Name(r); n != "" {
		return n
	}
	return code
}

// LanguageName is a language's name in lang ("en" or "id"), falling back to
// English and then to the code.
func LanguageName(code, lang string) string {
	b, err := language.ParseBase(code)
	if err != nil {
		return code
	}
	if n := namersFor(lang).lang.Name(b); n != "" {
		return n
	}
	if n := display.English.Languages().Name(b); n != "" {
		return n
	}
	return code
}

// Countries lists every country for a picker, sorted by its name in lang.
func Countries(lang string) []Option {
	ix := load()
	return options(ix.countries, lang, CountryName)
}

// Languages lists every language for a picker, sorted by its name in lang.
func Languages(lang string) []Option {
	ix := load()
	return options(ix.languages, lang, LanguageName)
}

func options(codes []string, lang string, name func(code, lang string) string) []Option {
	out := make([]Option, len(codes))
	for i, c := range codes {
		out[i] = Option{Code: c, Name: name(c, lang)}
	}
	col := collate.New(namersFor(lang).tag, collate.Loose)
	sort.SliceStable(out, func(i, j int) bool {
		if c := col.CompareString(out[i].Name, out[j].Name); c != 0 {
			return c < 0
		}
		return out[i].Code < out[j].Code
	})
	return out
}
