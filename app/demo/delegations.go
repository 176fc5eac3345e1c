package demo

import (
	"fmt"
	"slices"
	"strings"

	"lodesk/data"
)

// delegations chooses the delegations and their precedence: the host
// first, then countries in English alphabetical order, then organisations
// and companies.
func (g *gen) delegations() {
	var host *deleg
	var countries, others []*deleg
	for i := range g.t.Countries {
		c := &g.t.Countries[i]
		if g.size == Small && !c.Small {
			continue
		}
		dl := &deleg{c: c, domain: "mfa.gov." + strings.ToLower(c.Code)}
		dl.d = &data.Delegation{
			Base: data.Base{ID: id()}, Code: c.Code, Name: c.Name, Kind: data.KindCountry, Country: c.Code,
			Relations: c.Relations, RelationsNotes: g.t.RelNotes[c.Code], Languages: data.Codes(c.Languages),
		}
		if c.Code == g.ev.HostCountry {
			dl.isHost, dl.domain = true, "kemenpar.go.id"
			host = dl
			continue
		}
		countries = append(countries, dl)
	}
	slices.SortStableFunc(countries, func(a, b *deleg) int { return strings.Compare(a.d.Name, b.d.Name) })
	for i := range g.t.Orgs {
		o := &g.t.Orgs[i]
		if g.size == Small && !o.Small {
			continue
		}
		others = append(others, g.orgDeleg(o, data.KindOrganisation))
	}
	others = append(others, g.orgDeleg(&g.t.Company, data.KindCompany))
	if g.prof.delegations > 0 {
		taken := map[string]bool{host.d.Code: true}
		for _, dl := range append(countries, others...) {
			taken[dl.d.Code] = true
		}
		others = append(others, g.companies(g.prof.delegations-1-len(countries)-len(others), taken)...)
	}
	g.dels = append(append([]*deleg{host}, countries...), others...)
	for i, dl := range g.dels {
		dl.d.Precedence = i + 1
		dl.d.Status = g.weighted(wv{data.StatusConfirmed, 55}, wv{data.StatusExpected, 22},
			wv{data.StatusArrived, 18}, wv{data.StatusCancelled, 5})
	}
	host.d.Status = data.StatusArrived
	host.d.Notes = "Host delegation; chairs the summit."
	g.ev.ChairID = host.d.ID
}

func (g *gen) orgDeleg(o *org, kind string) *deleg {
	dl := &deleg{o: o, domain: o.Domain}
	dl.d = &data.Delegation{
		Base: data.Base{ID: id()}, Code: o.Code, Name: o.Name, Kind: kind,
		Relations: data.RelationsFull, Languages: data.Codes(o.Languages),
	}
	if kind == data.KindCompany {
		dl.d.Code, dl.d.Country = initials(o.Name), o.Code
		dl.d.Notes = "Official hospitality partner."
	} else {
		dl.d.Notes = "Host-country agreement with Indonesia; members hold UN laissez-passer or national passports."
	}
	return dl
}

// companies composes n sponsor companies from the word lists, with codes
// unlike any in seen (the countries' and organisations').
func (g *gen) companies(n int, seen map[string]bool) []*deleg {
	var out []*deleg
	seen[initials(g.t.Company.Name)] = true
	names := map[string]bool{}
	for len(out) < n {
		nm := pick(g.r, g.t.CoPrefixes) + " " + pick(g.r, g.t.CoSectors)
		for g.size == XLarge && names[nm] {
			nm = pick(g.r, g.t.CoPrefixes) + " " + pick(g.r, g.t.CoSectors) + " " + pick(g.r, g.t.CoPlaces)
		}
		names[nm] = true
		code := initials(nm)
		for i := 2; seen[code]; i++ {
			code = fmt.Sprintf("%s%d", initials(nm), i)
		}
		seen[code] = true
		cc := pick(g.r, g.t.Countries)
		o := &org{Code: cc.Code, Name: nm, Domain: strings.ToLower(code) + ".com", Languages: []string{"en"}}
		dl := g.orgDeleg(o, data.KindCompany)
		dl.d.Code = code
		dl.d.Notes = "Sponsor; attends the business forum and the gala dinner."
		out = append(out, dl)
	}
	return out
}

func initials(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if r := []rune(w)[0]; r >= 'A' && r <= 'Z' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Positions by role and kind of delegation.
var (
	ministerTitles = []string{
		"Minister of Tourism", "Minister of Culture and Tourism", "Minister for Trade, Tourism and Investment",
		"Minister of Tourism and Antiquities", "Secretary of State for Tourism", "Minister of Foreign Affairs",
	}
	deputyTitles = []string{"Ambassador to the Republic of Indonesia", "Vice Minister of Tourism", "Deputy Minister", "Permanent Secretary"}
	memberTitles = []string{
		"Director-General for Tourism Development", "Director, International Cooperation", "Senior Adviser to the Minister",
		"Counsellor, Embassy in Jakarta", "First Secretary, Embassy in Jakarta", "Head of the National Tourism Board",
		"Deputy Director, Multilateral Affairs", "Policy Officer, ASEAN and Asia-Pacific", "Chief Executive, Convention Bureau",
	}
	orgTitles      = []string{"Director, Regional Office", "Senior Programme Officer", "Chief of Staff", "Policy Adviser", "Partnerships Officer"}
	companyTitles  = []string{"Chief Executive Officer", "Chief Commercial Officer", "Director of Sales, Asia-Pacific", "Head of Government Relations", "Executive Assistant"}
	securityTitles = []string{"Close Protection Officer", "Head of Security Detail", "Security Liaison Officer"}
	staffTitles    = []string{"Private Secretary to the Minister", "Protocol Officer", "Press Officer", "Personal Assistant", "Official Photographer"}
)

// delegates creates a delegation's people: HOD first.
func (g *gen) delegates(dl *deleg) {
	var roles []string
	switch {
	case g.size == XLarge:
		roles = g.xlRoles(dl)
	case dl.isHost:
		roles = roleList(data.RoleHOD, data.RoleDeputy, data.RoleDeputy)
		roles = append(roles, repeat(data.RoleMember, 12+g.r.IntN(4))...)
		roles = append(roles, data.RoleSpouse, data.RoleSecurity, data.RoleSecurity, data.RoleStaff, data.RoleStaff, data.RoleStaff)
	case dl.c != nil:
		roles = roleList(data.RoleHOD, data.RoleDeputy)
		roles = append(roles, repeat(data.RoleMember, 2+g.r.IntN(5+boolInt(g.size == Large)))...)
		if g.chance(0.6) {
			roles = append(roles, data.RoleSpouse)
		}
		roles = append(roles, repeat(data.RoleSecurity, g.r.IntN(3))...)
		roles = append(roles, repeat(data.RoleStaff, 1+g.r.IntN(3))...)
	default:
		roles = roleList(data.RoleHOD)
		roles = append(roles, repeat(data.RoleMember, 2+g.r.IntN(5))...)
		roles = append(roles, repeat(data.RoleStaff, 1+g.r.IntN(2))...)
	}
	if g.size == Large {
		roles = append(roles, data.RoleMember)
	}
	names := map[string]bool{}
	for _, role := range roles {
		p := g.person(dl, role)
		for try := 0; names[p.FullName] && try < 5; try++ {
			p = g.person(dl, role)
		}
		for try := 0; names[p.FullName] && g.size == XLarge && try < 20; try++ {
			g.longNames = true // two given names
			p = g.person(dl, role)
			g.longNames = false
		}
		names[p.FullName] = true
		dl.people = append(dl.people, p)
		if role == data.RoleHOD {
			dl.hod = p
		}
	}
}

func roleList(r ...string) []string { return r }

func repeat(s string, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = s
	}
	return out
}

func (g *gen) person(dl *deleg, role string) *data.Person {
	nat := dl.c
	if nat == nil {
		nat = g.orgNationality(dl)
	}
	gender := g.weighted(wv{"male", 60}, wv{"female", 40})
	if role == data.RoleSpouse && dl.hod != nil {
		gender = map[string]string{"male": "female", "female": "male"}[dl.hod.Gender]
	}
	full, native := g.name(g.t.Pools[nat.Pool], gender)
	p := &data.Person{
		Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Role: role, FullName: full, NativeName: native,
		Gender: gender, Nationality: nat.Code, PassportNo: g.passport(role),
	}
	if role == data.RoleSpouse && dl.hod != nil {
		p.FullName, p.NativeName = g.spouseName(dl.hod, nat, gender)
	}
	p.Honorific = g.honorific(dl, role, gender)
	p.Position = g.position(dl, role)
	p.Languages = g.personLanguages(dl, nat)
	if role != data.RoleSecurity {
		p.Phone = g.phone(nat)
	}
	if role != data.RoleSpouse && role != data.RoleSecurity {
		p.Email = emailLocal(p.FullName) + "@" + dl.domain
	}
	g.care(p, nat)
	return p
}

// orgNationality draws the nationality of an organisation's or company's
// delegate: the company's own country, or any participating country.
func (g *gen) orgNationality(dl *deleg) *country {
	if dl.d.Kind == data.KindCompany {
		if c := g.t.countryByCC[dl.d.Country]; c != nil && g.chance(0.8) {
			return c
		}
	}
	for {
		c := &g.t.Countries[g.r.IntN(len(g.t.Countries))]
		if g.size != Small || c.Small {
			return c
		}
	}
}

// name draws a Latin full name and its native-script form ("" for Latin
// script traditions).
func (g *gen) name(p *pool, gender string) (string, string) {
	given := g.given(p, gender)
	if g.longNames {
		more := g.given(p, gender)
		given.Latin += " " + more.Latin
		if given.Native != "" && more.Native != "" {
			given.Native += p.NativeSep + more.Native
		}
	}
	sur := pick(g.r, p.Surnames)
	return composeName(p, gender, given, sur)
}

// given draws a given name (a male one first, whatever the gender: the
// demos' content depends on the order of the draws).
func (g *gen) given(p *pool, gender string) name {
	given := pick(g.r, p.Male)
	if gender == "female" {
		given = pick(g.r, p.Female)
	}
	return given
}

func composeName(p *pool, gender string, given, sur name) (string, string) {
	sl, sn := sur.Latin, sur.Native
	if gender == "female" {
		sl, sn = sur.FLatin, sur.FNative
	}
	latin, native := given.Latin+" "+sl, ""
	if p.FamilyFirst {
		latin = sl + " " + given.Latin
	}
	if p.Script != "" && given.Native != "" && sn != "" {
		native = given.Native + p.NativeSep + sn
		if p.FamilyFirst {
			native = sn + p.NativeSep + given.Native
		}
	}
	return latin, native
}

// spouseName gives a spouse the HOD's family name where the tradition
// shares it.
func (g *gen) spouseName(hod *data.Person, nat *country, gender string) (string, string) {
	p := g.t.Pools[nat.Pool]
	full, native := g.name(p, gender)
	if p.FamilyFirst || nat.Pool == "ms" || nat.Pool == "id" || nat.Pool == "ar" || nat.Pool == "fa" {
		return full, native
	}
	for _, s := range p.Surnames {
		if strings.HasSuffix(hod.FullName, " "+s.Latin) || strings.HasSuffix(hod.FullName, " "+s.FLatin) {
			return composeName(p, gender, g.given(p, gender), s)
		}
	}
	return full, native
}

func (g *gen) honorific(dl *deleg, role, gender string) string {
	switch {
	case role == data.RoleHOD && dl.c != nil, role == data.RoleDeputy:
		return "H.E."
	case role == data.RoleSpouse && gender == "female":
		return "Mrs."
	case role != data.RoleSecurity && g.chance(0.15):
		return "Dr."
	case role != data.RoleSecurity && g.chance(0.02):
		return "Prof."
	case gender == "female":
		return "Ms."
	}
	return "Mr."
}

func (g *gen) position(dl *deleg, role string) string {
	switch role {
	case data.RoleHOD:
		switch {
		case dl.isHost:
			return "Minister of Tourism of the Republic of Indonesia"
		case dl.o != nil && dl.d.Kind == data.KindOrganisation:
			return dl.o.HeadTitle
		case dl.d.Kind == data.KindCompany:
			return "President Director"
		}
		return pick(g.r, ministerTitles)
	case data.RoleDeputy:
		if dl.isHost {
			return "Deputy Minister for Tourism Destinations"
		}
		return pick(g.r, deputyTitles)
	case data.RoleMember:
		switch dl.d.Kind {
		case data.KindOrganisation:
			return pick(g.r, orgTitles)
		case data.KindCompany:
			return pick(g.r, companyTitles)
		}
		return pick(g.r, memberTitles)
	case data.RoleSpouse:
		return "Spouse of the Head of Delegation"
	case data.RoleSecurity:
		return pick(g.r, securityTitles)
	}
	if dl.d.Languages[0] != "en" && g.chance(0.4) {
		return "Interpreter"
	}
	return pick(g.r, staffTitles)
}
