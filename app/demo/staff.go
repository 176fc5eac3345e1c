package demo

import (
	"slices"
	"strings"

	"lodesk/data"
)

// Foreign languages Indonesian LOs speak, weighted by how often
// delegations need them.
var loLanguages = []wv{
	{"ar", 12},
	{"zh", 12},
	{"ja", 10},
	{"ko", 8},
	{"fr", 8},
	{"es", 7},
	{"ru", 6},
	{"de", 5},
	{"pt", 4},
	{"th", 4},
	{"vi", 4},
	{"ms", 3},
	{"nl", 3},
	{"it", 2},
	{"tr", 2},
	{"hi", 2},
	{"fa", 1},
	{"el", 1},
	{"he", 1},
}

var (
	loSkills = []string{
		"state protocol", "VIP airport handling", "first aid", "driving licence A", "photography",
		"Islamic etiquette", "event management", "simultaneous interpreting", "security awareness", "tour guiding", "press relations",
	}
	loNotes = []string{
		"Holds an airside pass for CGK Terminal 3.", "Former Garuda Indonesia ground staff.",
		"Speaks Javanese and Sundanese.", "Not available after 21:00 on the second day.", "Studied in Tokyo for four years.",
		"Alumnus of the Ministry's protocol course.", "Prefers airport duties.",
	}
)

// liaisonOfficers creates the LO pool: Indonesians with English and one
// or two other foreign languages.
func (g *gen) liaisonOfficers() []data.Record {
	var out []data.Record
	seen := map[string]bool{}
	for range g.prof.los {
		gender := g.weighted(wv{"female", 55}, wv{"male", 45})
		full := ""
		for try := 0; full == "" || seen[full]; try++ {
			g.longNames = g.size == XLarge && try > 2 // the 2,000 need two given names
			full, _ = g.name(g.t.Pools["id"], gender)
		}
		g.longNames = false
		seen[full] = true
		langs := data.LangSkills{{Code: "id", Level: data.LevelNative}}
		langs = append(langs, data.LangSkill{Code: "en", Level: g.weighted(
			wv{data.LevelFluent, 50}, wv{data.LevelWorking, 40}, wv{data.LevelNative, 4}, wv{data.LevelBasic, 6})})
		for k := range 1 + boolInt(g.chance(0.2)) {
			code := g.weighted(loLanguages...)
			if slices.ContainsFunc(langs, func(l data.LangSkill) bool { return l.Code == code }) {
				continue
			}
			level := g.weighted(wv{data.LevelFluent, 35}, wv{data.LevelWorking, 45}, wv{data.LevelBasic, 15}, wv{data.LevelNative, 5})
			if k > 0 && level == data.LevelNative {
				level = data.LevelWorking
			}
			langs = append(langs, data.LangSkill{Code: code, Level: level})
		}
		lo := &data.LO{
			Base: data.Base{ID: id()}, FullName: full, Phone: g.phone(g.t.countryByCC["ID"]),
			Email: emailLocal(full) + "@lo.apts.id", Gender: gender, Languages: langs,
			Experience: g.r.IntN(4) + g.r.IntN(4)*g.r.IntN(5), Skills: g.skills(),
			AvailableFrom: g.date(-1), AvailableTo: g.date(g.prof.lastDay + 2),
			Status: g.weighted(wv{data.LOActive, 85}, wv{data.LOReserve, 10}, wv{data.LOInactive, 5}),
		}
		if g.chance(0.1) {
			lo.AvailableFrom = g.date(1)
		}
		if g.chance(0.1) {
			lo.AvailableTo = g.date(g.prof.lastDay - 1) // gone before the closing
		}
		if g.chance(0.15) {
			lo.Notes = pick(g.r, loNotes)
		}
		g.los = append(g.los, lo)
		out = append(out, lo)
	}
	return out
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func (g *gen) skills() string {
	var s []string
	for _, k := range loSkills {
		if g.chance(0.2) {
			s = append(s, k)
		}
	}
	return strings.Join(s, "; ")
}

// speaks says whether an LO speaks a language well enough to work in it.
func speaks(lo *data.LO, code string) bool {
	for _, l := range lo.Languages {
		if l.Code == code && l.Level != data.LevelBasic {
			return true
		}
	}
	return false
}

// assignments gives about two thirds of the delegations a lead LO who
// speaks their first language (English when none does); the rest stay
// unassigned for the matcher. The host and the largest delegations get
// assistants too.
func (g *gen) assignments() []data.Record {
	var out []data.Record
	busy := map[*data.LO]bool{}
	order := g.r.Perm(len(g.los))
	find := func(code string) *data.LO {
		for _, i := range order {
			lo := g.los[i]
			if !busy[lo] && lo.Status == data.LOActive && speaks(lo, code) {
				return lo
			}
		}
		return nil
	}
	for i, dl := range g.dels {
		if i%3 == 2 || dl.d.Status == data.StatusCancelled {
			continue
		}
		lo := find(dl.d.Languages[0])
		if lo == nil {
			lo = find("en")
		}
		if lo == nil {
			continue
		}
		busy[lo] = true
		g.leads[dl] = lo
		a := &data.Assignment{
			Base: data.Base{ID: id()}, LOID: lo.ID, DelegationID: dl.d.ID, PersonID: dl.hod.ID, Role: data.AssignLead,
			FromDate: dl.arrive.In(g.loc).Format("2006-01-02"), ToDate: dl.depart.In(g.loc).Format("2006-01-02"),
		}
		out = append(out, a)
		for range g.assistants(dl) {
			if as := find("en"); as != nil {
				busy[as] = true
				out = append(out, &data.Assignment{
					Base: data.Base{ID: id()}, LOID: as.ID, DelegationID: dl.d.ID, Role: data.AssignAssistant,
					FromDate: a.FromDate, ToDate: a.ToDate, Notes: "Members and luggage.",
				})
			}
		}
	}
	return out
}
