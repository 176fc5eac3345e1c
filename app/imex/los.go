package imex

import (
	"context"
	"fmt"
	"strings"

	"lodesk/app/cldr"
	"lodesk/app/field"
	"lodesk/app/los"
	"lodesk/data"
)

var levelWords = map[string]string{
	"native": data.LevelNative, "asli": data.LevelNative, "bahasaibu": data.LevelNative, "penuturasli": data.LevelNative, "mothertongue": data.LevelNative,
	"fluent": data.LevelFluent, "fasih": data.LevelFluent, "lancar": data.LevelFluent, "mahir": data.LevelFluent,
	"working": data.LevelWorking, "kerja": data.LevelWorking, "menengah": data.LevelWorking, "intermediate": data.LevelWorking,
	"basic": data.LevelBasic, "dasar": data.LevelBasic, "pemula": data.LevelBasic, "beginner": data.LevelBasic,
}

// langSkills reads "en:fluent; Arab:asli" (or "Inggris (fasih)"): a
// language as an ISO 639 code or an English or Indonesian name, and a
// level in English or Indonesian. A language without a level is an error.
func langSkills(s string) (data.LangSkills, error) {
	var out data.LangSkills
	for _, p := range data.SplitList(s) {
		lang, level, ok := strings.Cut(p, ":")
		if !ok {
			if i := strings.LastIndexByte(p, '('); i > 0 && strings.HasSuffix(p, ")") {
				lang, level, ok = p[:i], p[i+1:len(p)-1], true
			}
		}
		if !ok || strings.TrimSpace(level) == "" {
			return nil, fmt.Errorf("%q: %w: write code:level, e.g. en:fluent", p, ErrBadLevel)
		}
		code, found := cldr.Language(strings.TrimSpace(lang))
		if !found {
			return nil, fmt.Errorf("%q: %w", strings.TrimSpace(lang), field.ErrUnknownLanguage)
		}
		lv, found := levelWords[normHeader(level)]
		if !found {
			return nil, fmt.Errorf("%q: %w", strings.TrimSpace(level), ErrBadLevel)
		}
		out = append(out, data.LangSkill{Code: code, Level: lv})
	}
	return out, nil
}

// years reads a number of years: "5", "5 tahun", "5 years".
func years(s string) (int, error) {
	f := strings.Fields(strings.ToLower(s))
	if len(f) == 2 && (strings.HasPrefix(f[1], "tahun") || strings.HasPrefix(f[1], "year") || f[1] == "yrs" || f[1] == "th") {
		s = f[0]
	}
	n, err := wholeNumber(s)
	if err == nil && (n < 0 || n > 80) {
		err = fmt.Errorf("%q: %w (0 to 80 years)", s, field.ErrBadNumber)
	}
	return n, err
}

// loImporter matches a row to the LO with the same e-mail address (any
// case), else with the same full name (case, spacing and diacritics
// ignored) and no other e-mail address.
type loImporter struct {
	byEmail index[data.LO]
	byName  index[data.LO]
	target  map[string]int
}

func (l *loImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	los, err := data.All[data.LO](ctx, s)
	if err != nil {
		return err
	}
	l.byEmail, l.byName, l.target = index[data.LO]{}, index[data.LO]{}, map[string]int{}
	for i := range los {
		if e := strings.ToLower(los[i].Email); e != "" {
			l.byEmail.add(e, &los[i])
		}
		l.byName.add(data.Fold(los[i].FullName), &los[i])
	}
	return nil
}

// match finds the stored LO a row means, or nil for a new one.
func (l *loImporter) match(r *rowCtx, name, email string) *data.LO {
	if email != "" {
		switch m := l.byEmail[strings.ToLower(email)]; len(m) {
		case 1:
			return m[0]
		case 0:
		default:
			r.fail("email", fmt.Errorf("%q: %w", email, ErrAmbiguousRow))
			return nil
		}
	}
	same := l.byName[data.Fold(name)]
	var cands []*data.LO
	for _, x := range same {
		if email == "" || x.Email == "" || strings.EqualFold(x.Email, email) {
			cands = append(cands, x)
		}
	}
	switch {
	case len(cands) == 1:
		return cands[0]
	case len(cands) > 1:
		r.fail("full_name", fmt.Errorf("%q: %w", name, ErrAmbiguousLO))
	case len(same) > 0:
		r.warn("full_name", fmt.Errorf("%w: same name as an LO with another e-mail address", ErrLikelyDuplicate))
	}
	return nil
}

func (l *loImporter) row(r *rowCtx) {
	name := r.get("full_name")
	r.rp.Label = name
	// A row that says no one LO is still read to the end, so that it
	// reports every wrong cell at once.
	if name == "" {
		r.fail("full_name", field.ErrRequired)
	}
	mail, err := field.Email(r.get("email"))
	if err != nil {
		r.fail("email", err)
	}
	var old *data.LO
	rec, whole := &data.LO{Status: data.LOActive}, false
	if name != "" && err == nil {
		old = l.match(r, name, mail)
		k := key("new", data.Fold(name), strings.ToLower(mail))
		if old != nil {
			cp := *old
			rec, k = &cp, old.ID
		}
		whole = claim(r, l.target, k, "full_name")
	}
	rec.FullName = name
	if r.has("email") {
		rec.Email = mail
	}
	r.phone("phone", &rec.Phone)
	if r.has("gender") {
		rec.Gender = ""
		r.choice("gender", genderWords, &rec.Gender)
	}
	if r.has("languages") {
		ls, err := langSkills(r.get("languages"))
		if err != nil {
			r.fail("languages", err)
		}
		rec.Languages = ls
	}
	if r.has("experience") {
		n, err := years(r.get("experience"))
		if err != nil {
			r.fail("experience", err)
		}
		rec.Experience = n
	}
	r.text("skills", &rec.Skills)
	r.date("available_from", &rec.AvailableFrom)
	r.date("available_to", &rec.AvailableTo)
	r.text("notes", &rec.Notes)
	r.rule(los.CheckFields(rec, r.pl.region), nil, "full_name")
	if !whole {
		return
	}
	decide(r.rp, rec, old)
}

func (l *loImporter) finish(*planner) {}
