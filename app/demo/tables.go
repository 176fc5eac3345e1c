package demo

import (
	"bufio"
	"embed"
	"fmt"
	"path"
	"strings"

	"github.com/nyaruka/phonenumbers"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
	"golang.org/x/text/unicode/norm"
)

//go:embed data
var files embed.FS

// country is one row of data/countries.txt.
type country struct {
	Code      string // ISO 3166-1 alpha-2
	Name      string // English, from CLDR unless overridden
	Pool      string // name pool
	Relations string
	Languages []string
	Carrier   string // IATA code of its national carrier, if it flies to Jakarta
	Small     bool
}

// org is one row of data/orgs.txt.
type org struct {
	Code, Name, Domain, HeadTitle string
	Languages                     []string
	Small                         bool
}

// name is a name in Latin script with its native-script form ("" when the
// native script is Latin). A surname may have a female form.
type name struct {
	Latin, Native   string
	FLatin, FNative string
}

// pool is a set of names from one naming tradition.
type pool struct {
	Script      string // ISO 15924 of the native form, "" for Latin
	FamilyFirst bool
	NativeSep   string
	Male        []name
	Female      []name
	Surnames    []name
}

// tables holds everything parsed from data/.
type tables struct {
	Countries   []country
	Orgs        []org
	Pools       map[string]*pool
	Company     org
	CoPrefixes  []string
	CoSectors   []string
	CoPlaces    []string // tell apart the xlarge demo's companies of the same name
	Briefs      []brief
	Carriers    map[string]carrier
	RelNotes    map[string]string
	countryByCC map[string]*country
}

type brief struct{ Country, Relations, Etiquette, Phrases, Notes string }

// lines yields the non-blank, non-comment lines of an embedded file.
func lines(file string) ([]string, error) {
	b, err := files.ReadFile(path.Join("data", file))
	if err != nil {
		return nil, fmt.Errorf("demo data: %w", err)
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(norm.NFC.String(string(b))))
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	return out, sc.Err()
}

func loadTables() (*tables, error) {
	t := &tables{Pools: map[string]*pool{}, RelNotes: map[string]string{}, countryByCC: map[string]*country{}}
	for _, load := range []func() error{t.loadCountries, t.loadOrgs, t.loadCompanies, t.loadPools, t.loadBriefs, t.loadRelNotes, t.loadCarriers} {
		if err := load(); err != nil {
			return nil, err
		}
	}
	for i := range t.Countries {
		c := &t.Countries[i]
		if t.Pools[c.Pool] == nil {
			return nil, fmt.Errorf("demo data: country %s: no name pool %q", c.Code, c.Pool)
		}
		t.countryByCC[c.Code] = c
	}
	return t, nil
}

func (t *tables) loadCountries() error {
	ls, err := lines("countries.txt")
	if err != nil {
		return err
	}
	names := display.English.Regions()
	for _, l := range ls {
		f := strings.Fields(l)
		if len(f) < 3 {
			return fmt.Errorf("demo data: countries.txt: %q: want code, pool, relations", l)
		}
		r, err := language.ParseRegion(f[0])
		if err != nil {
			return fmt.Errorf("demo data: countries.txt: %w", err)
		}
		c := country{Code: f[0], Name: names.Name(r), Pool: f[1], Relations: f[2]}
		if phonenumbers.GetCountryCodeForRegion(c.Code) == 0 {
			return fmt.Errorf("demo data: countries.txt: %s: no telephone numbering plan", c.Code)
		}
		rest := strings.Join(f[3:], " ")
		if i := strings.Index(rest, "name="); i >= 0 {
			c.Name, rest = rest[i+len("name="):], rest[:i]
		}
		for _, opt := range strings.Fields(rest) {
			switch k, v, _ := strings.Cut(opt, "="); k {
			case "*":
				c.Small = true
			case "lang":
				c.Languages = strings.Split(v, ",")
			case "carrier":
				c.Carrier = v
			default:
				return fmt.Errorf("demo data: countries.txt: %s: unknown flag %q", c.Code, opt)
			}
		}
		if c.Languages == nil {
			tag, _ := language.Compose(language.Und, r)
			base, _ := tag.Base()
			c.Languages = []string{base.String()}
			if base.String() != "en" {
				c.Languages = append(c.Languages, "en")
			}
		}
		t.Countries = append(t.Countries, c)
	}
	return nil
}

func splitBar(l string) []string {
	f := strings.Split(l, "|")
	for i := range f {
		f[i] = strings.TrimSpace(f[i])
	}
	return f
}

func (t *tables) loadOrgs() error {
	ls, err := lines("orgs.txt")
	if err != nil {
		return err
	}
	for _, l := range ls {
		f := splitBar(l)
		if len(f) < 5 {
			return fmt.Errorf("demo data: orgs.txt: %q: want 5 fields", l)
		}
		t.Orgs = append(t.Orgs, org{
			Code: f[0], Name: f[1], Languages: strings.Split(f[2], ","), Domain: f[3], HeadTitle: f[4],
			Small: len(f) > 5 && f[5] == "*",
		})
	}
	return nil
}

func (t *tables) loadCompanies() error {
	ls, err := lines("companies.txt")
	if err != nil {
		return err
	}
	for _, l := range ls {
		k, v, _ := strings.Cut(l, " ")
		switch k {
		case "company":
			f := splitBar(v)
			if len(f) != 3 {
				return fmt.Errorf("demo data: companies.txt: %q", l)
			}
			t.Company = org{Name: f[0], Code: f[1], Domain: f[2], Languages: []string{"id", "en"}}
		case "prefix":
			t.CoPrefixes = splitComma(v)
		case "sector":
			t.CoSectors = splitComma(v)
		case "place":
			t.CoPlaces = splitComma(v)
		}
	}
	return nil
}

func splitComma(s string) []string {
	f := strings.Split(s, ",")
	out := f[:0]
	for _, x := range f {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func (t *tables) loadPools() error {
	ents, err := files.ReadDir("data/names")
	if err != nil {
		return fmt.Errorf("demo data: %w", err)
	}
	for _, e := range ents {
		key := strings.TrimSuffix(e.Name(), ".txt")
		ls, err := lines("names/" + e.Name())
		if err != nil {
			return err
		}
		p := &pool{NativeSep: " "}
		for _, l := range ls {
			k, v, _ := strings.Cut(l, ":")
			v = strings.TrimSpace(v)
			switch k {
			case "native":
				p.Script = v
			case "order":
				p.FamilyFirst = v == "family"
			case "sep":
				p.NativeSep = v
			case "m", "f", "s":
				var ns []name
				for _, x := range splitComma(v) {
					ns = append(ns, parseName(x))
				}
				switch k {
				case "m":
					p.Male = ns
				case "f":
					p.Female = ns
				default:
					p.Surnames = ns
				}
			default:
				return fmt.Errorf("demo data: names/%s: unknown line %q", e.Name(), l)
			}
		}
		if len(p.Male) == 0 || len(p.Female) == 0 || len(p.Surnames) == 0 {
			return fmt.Errorf("demo data: names/%s: needs m:, f: and s: lines", e.Name())
		}
		t.Pools[key] = p
	}
	return nil
}

// parseName reads "Latin|Native" or "Latin|Native / FLatin|FNative".
func parseName(s string) name {
	m, f, hasF := strings.Cut(s, " / ")
	var n name
	n.Latin, n.Native, _ = strings.Cut(strings.TrimSpace(m), "|")
	n.FLatin, n.FNative = n.Latin, n.Native
	if hasF {
		n.FLatin, n.FNative, _ = strings.Cut(strings.TrimSpace(f), "|")
	}
	return n
}

func (t *tables) loadBriefs() error {
	ls, err := lines("briefs.txt")
	if err != nil {
		return err
	}
	for _, l := range ls {
		if cc, ok := strings.CutPrefix(l, "== "); ok {
			t.Briefs = append(t.Briefs, brief{Country: strings.TrimSpace(cc)})
			continue
		}
		if len(t.Briefs) == 0 {
			return fmt.Errorf("demo data: briefs.txt: %q before the first country", l)
		}
		b := &t.Briefs[len(t.Briefs)-1]
		k, v, _ := strings.Cut(l, ":")
		v = strings.TrimSpace(v)
		switch k {
		case "relations":
			b.Relations = v
		case "etiquette":
			b.Etiquette = v
		case "phrases":
			b.Phrases = v
		case "notes":
			b.Notes = v
		}
	}
	return nil
}

func (t *tables) loadRelNotes() error {
	ls, err := lines("relations.txt")
	if err != nil {
		return err
	}
	for _, l := range ls {
		cc, note, _ := strings.Cut(l, " ")
		t.RelNotes[cc] = note
	}
	return nil
}
