// Package i18n gives what LO Desk prints (packs, manifests, place cards,
// reports) in Bahasa Indonesia or English: translated messages, dates as
// people write them, 24-hour times with WIB/WITA/WIT in Indonesia, labels
// of roles, statuses and kinds, and CLDR names of countries and languages.
// It does not import Fyne: the window's own strings go through
// fyne.io/fyne/v2/lang; this package is for paper.
//
// Choose the language with For (the --lang flag or the Print screen's
// choice, else the event's default language), then print through the
// Printer, which is safe for concurrent use:
//
//	p, err := i18n.For(ev, opts.Lang) // opts.Lang: "", "id" or "en"
//	if err != nil {
//		return err
//	}
//	d.Heading(p.T("pack.itinerary"), 20)
//	d.Text(x, y, p.Date(it.Starts), pdf.Bold, 10)       // Rabu, 2 Desember 2026
//	d.Text(x, y, p.Time(it.Starts), pdf.Regular, 10)    // 19:30 WITA
//	d.Text(x, y, p.Label("role", person.Role), ...)    // Ketua Delegasi
//	d.Text(x, y, p.Country(del.Country), ...)           // Jepang
//	d.Text(x, y, p.T("common.page_of", page, total), ...) // Halaman 2 dari 9
//
// # Adding messages
//
// Messages live in assets/print/en/*.json and assets/print/id/*.json
// (apart from the window's assets/translations), one flat JSON object per
// area: keys are "area.name" (common.*, date.*, pack.*, manifest.*,
// seating.*; report.*, accreditation.* for other areas), values are fmt
// formats with indexed verbs (%[1]s, %[2]d) so a translation may reorder
// them. To add a key, add it to the area's file in both languages, or add
// a new pair of files named after the area (report.json in en/ and id/).
// TestCatalogs fails when a key is in one language only, is defined twice,
// or its verbs differ between the languages. A label is the key
// "group.code" (role.hod, status.arrived, programme_kind.gala): Label falls
// back to the code, spaces for underscores, when a key is missing.
package i18n

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"lodesk/app/cldr"
	"lodesk/assets"
	"lodesk/data"
)

// The printed languages.
const (
	Indonesian = "id"
	English    = "en"
)

// Langs lists the printed languages.
var Langs = []string{Indonesian, English}

// ErrBadLang is a language other than id or en.
var ErrBadLang = errors.New("unknown print language: want id or en")

// Printer prints in one language, with times in one zone.
type Printer struct {
	lang string
	loc  *time.Location
	msgs map[string]string
}

// New returns a printer for lang ("id" or "en"; anything else is English)
// with times shown in loc (UTC when nil).
func New(lang string, loc *time.Location) *Printer {
	if lang != Indonesian {
		lang = English
	}
	if loc == nil {
		loc = time.UTC
	}
	cat := catalogs()
	return &Printer{lang: lang, loc: loc, msgs: cat.msgs[lang]}
}

// Choose picks the print language: override (the --lang flag or the
// Print screen's choice) when set, else the event's default language,
// else Bahasa Indonesia for an event in Indonesia and English elsewhere.
// An override other than "", "id" or "en" is ErrBadLang.
func Choose(override string, ev *data.Event) (string, error) {
	switch o := strings.ToLower(strings.TrimSpace(override)); o {
	case Indonesian, English:
		return o, nil
	case "":
	default:
		return "", fmt.Errorf("%q: %w", override, ErrBadLang)
	}
	if ev == nil {
		return English, nil
	}
	switch ev.DefaultLang {
	case Indonesian, English:
		return ev.DefaultLang, nil
	}
	if strings.EqualFold(ev.HostCountry, "ID") {
		return Indonesian, nil
	}
	return English, nil
}

// For is a printer for the event in the chosen language (see Choose),
// with times in the event's zone.
func For(ev *data.Event, override string) (*Printer, error) {
	l, err := Choose(override, ev)
	if err != nil {
		return nil, err
	}
	var loc *time.Location
	if ev != nil {
		loc = ev.Location()
	}
	return New(l, loc), nil
}

// Lang is the printer's language, "id" or "en".
func (p *Printer) Lang() string { return p.lang }

// Location is the zone times are shown in.
func (p *Printer) Location() *time.Location { return p.loc }

// T is the message key in the printer's language, formatted with args
// (fmt verbs). A key missing from the catalogue prints as itself, so a
// forgotten key shows on paper and in tests rather than vanishing.
func (p *Printer) T(key string, args ...any) string {
	m, ok := p.msgs[key]
	if !ok {
		return key
	}
	if len(args) == 0 {
		return m
	}
	return fmt.Sprintf(m, args...)
}

// Has says whether key is in the catalogue.
func (p *Printer) Has(key string) bool {
	_, ok := p.msgs[key]
	return ok
}

// Label names a code of a group: Label("role", "hod") is "Head of
// Delegation" or "Ketua Delegasi". An unknown code prints as itself, with
// spaces for underscores; "" prints as "".
func (p *Printer) Label(group, code string) string {
	if code == "" {
		return ""
	}
	if m, ok := p.msgs[group+"."+code]; ok {
		return m
	}
	return strings.ReplaceAll(code, "_", " ")
}

// YesNo is "yes"/"ya" or "no"/"tidak".
func (p *Printer) YesNo(b bool) string {
	if b {
		return p.T("common.yes")
	}
	return p.T("common.no")
}

// Country is a country's CLDR name (ISO 3166-1 code) in the printer's
// language; the code when unknown.
func (p *Printer) Country(code string) string { return cldr.CountryName(code, p.lang) }

// Language is a language's CLDR name (ISO 639 code) in the printer's
// language.
func (p *Printer) Language(code string) string { return cldr.LanguageName(code, p.lang) }

// Languages names several language codes, joined by ", ".
func (p *Printer) Languages(codes []string) string {
	out := make([]string, 0, len(codes))
	for _, c := range codes {
		out = append(out, p.Language(c))
	}
	return strings.Join(out, ", ")
}

type catalog struct {
	msgs map[string]map[string]string // lang -> key -> message
	err  error
}

var catalogs = sync.OnceValue(func() catalog {
	c, err := loadCatalogs(assets.Print, "print")
	return catalog{msgs: c, err: err}
})

// loadCatalogs reads dir/<lang>/*.json for every printed language; a key
// defined twice in one language is an error.
func loadCatalogs(fsys fs.FS, dir string) (map[string]map[string]string, error) {
	out := map[string]map[string]string{}
	var errs []error
	for _, l := range Langs {
		out[l] = map[string]string{}
		files, err := fs.Glob(fsys, path.Join(dir, l, "*.json"))
		if err != nil {
			return nil, err
		}
		sort.Strings(files)
		for _, f := range files {
			b, err := fs.ReadFile(fsys, f)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			var m map[string]string
			if err := json.Unmarshal(b, &m); err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", f, err))
				continue
			}
			for k, v := range m {
				if _, dup := out[l][k]; dup {
					errs = append(errs, fmt.Errorf("%s: key %q is defined twice", f, k))
				}
				out[l][k] = v
			}
		}
	}
	return out, errors.Join(errs...)
}

// Marking is the classification printed on every page: CONFIDENTIAL
// (RAHASIA) for an event the organiser marked confidential (Event
// details), else RESTRICTED (TERBATAS). What LO Desk prints always holds
// people's names and movements, so it is never unmarked; a confidential
// event's documents are confidential throughout.
func (p *Printer) Marking(confidential bool) string {
	if confidential {
		return p.T("common.confidential")
	}
	return p.T("common.restricted")
}
