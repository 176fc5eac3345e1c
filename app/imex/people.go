package imex

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"lodesk/app/delegations"
	"lodesk/app/field"
	"lodesk/data"
)

// personImporter matches a row to a person of the same delegation by
// passport number, else by full name (case, spacing and diacritics
// ignored).
type personImporter struct {
	codes      codeIndex
	delegByID  map[string]*data.Delegation
	byName     map[string][]*data.Person // delegation id + folded name
	byPassport map[string][]*data.Person
	byTokens   map[string][]string // delegation id + sorted name words -> labels
	people     []data.Person
	target     map[string]int     // person id or new key -> first row
	roles      map[string]roleRef // person id or new key -> role as imported
}

type roleRef struct {
	delegID, role, name string
	row                 int // 0: in the event file
}

func nameKey(delegID, name string) string { return delegID + "\x00" + data.Fold(name) }

// tokenKey is a delegation id and a folded name's words, sorted.
func tokenKey(delegID, folded string) string {
	w := strings.Fields(folded)
	sort.Strings(w)
	return delegID + "\x00" + strings.Join(w, " ")
}

var passportNoise = strings.NewReplacer(" ", "", "-", "", ".", "")

func normPassport(s string) string { return strings.ToUpper(passportNoise.Replace(s)) }

// locked reports, as a problem with the file, sensitive columns that cannot
// be written while the event's passphrase has not been entered.
func locked(ctx context.Context, s *data.Store, pl *planner, keys ...string) error {
	prot, err := s.Protected(ctx)
	if err != nil || !prot || s.Unlocked() {
		return err
	}
	for _, k := range keys {
		if i, ok := pl.col[k]; ok {
			pl.plan.Problems = append(pl.plan.Problems, Problem{File: pl.t.File, Row: pl.t.HeaderRow, Col: i, Column: k, Err: data.ErrLocked})
		}
	}
	return nil
}

func (p *personImporter) load(ctx context.Context, s *data.Store, pl *planner) error {
	if err := locked(ctx, s, pl, "passport_no", "medical"); err != nil {
		return err
	}
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	p.codes, p.delegByID = newCodeIndex(ds), map[string]*data.Delegation{}
	for i := range ds {
		p.delegByID[ds[i].ID] = &ds[i]
	}
	if p.people, err = data.All[data.Person](ctx, s); err != nil {
		return err
	}
	p.byName, p.byPassport, p.byTokens = map[string][]*data.Person{}, map[string][]*data.Person{}, map[string][]string{}
	p.target, p.roles = map[string]int{}, map[string]roleRef{}
	for i := range p.people {
		x := &p.people[i]
		folded := data.Fold(x.FullName)
		nk := x.DelegationID + "\x00" + folded
		p.byName[nk] = append(p.byName[nk], x)
		if pp := normPassport(x.PassportNo); pp != "" && !data.IsLocked(x.PassportNo) {
			p.byPassport[pp] = append(p.byPassport[pp], x)
		}
		tk := tokenKey(x.DelegationID, folded)
		p.byTokens[tk] = append(p.byTokens[tk], x.FullName)
		p.roles[x.ID] = roleRef{delegID: x.DelegationID, role: x.Role, name: x.FullName}
	}
	return nil
}

// match finds the stored person a row means, or nil for a new one; nk is
// the row's nameKey.
func (p *personImporter) match(r *rowCtx, delegID, nk, passport string) *data.Person {
	if passport != "" {
		for _, x := range p.byPassport[passport] {
			if x.DelegationID == delegID {
				return x
			}
			r.warn("passport_no", fmt.Errorf("%w: same passport as %s of %s", ErrLikelyDuplicate, x.FullName, p.delegByID[x.DelegationID].Code))
		}
	}
	same := p.byName[nk]
	var cands []*data.Person
	for _, x := range same {
		if passport == "" || x.PassportNo == "" || data.IsLocked(x.PassportNo) || normPassport(x.PassportNo) == passport {
			cands = append(cands, x)
		}
	}
	switch {
	case len(cands) == 1:
		return cands[0]
	case len(cands) > 1:
		r.fail("full_name", ErrAmbiguousPerson)
	case len(same) > 0:
		r.warn("full_name", fmt.Errorf("%w: same name as a person with another passport", ErrLikelyDuplicate))
	}
	return nil
}

func (p *personImporter) row(r *rowCtx) {
	code, name := r.get("delegation"), r.get("full_name")
	r.rp.Label = strings.TrimSpace(code + " " + name)
	d := p.codes.find(r, "delegation", code)
	if name == "" {
		r.fail("full_name", field.ErrRequired)
	}
	// A row that says no one person is still read to the end, so that it
	// reports every wrong cell at once; key is "" for it.
	passport := normPassport(r.get("passport_no"))
	folded := data.Fold(name)
	var old *data.Person
	rec, key := &data.Person{Role: data.RoleMember}, ""
	if d != nil && name != "" {
		nk := d.ID + "\x00" + folded
		old = p.match(r, d.ID, nk, passport)
		rec.DelegationID, key = d.ID, "new\x00"+nk+"\x00"+passport
		if old != nil {
			cp := *old
			rec, key = &cp, old.ID
		}
		if n, dup := p.target[key]; dup {
			r.fail("full_name", fmt.Errorf("%w (row %d)", ErrRepeated, n))
			key = ""
		} else {
			p.target[key] = r.row.N
		}
	}
	rec.FullName = name
	r.choice("role", roleWords, &rec.Role)
	r.text("honorific", &rec.Honorific)
	r.text("native_name", &rec.NativeName)
	r.text("position", &rec.Position)
	if r.has("gender") {
		rec.Gender = ""
		r.choice("gender", genderWords, &rec.Gender)
	}
	if r.has("nationality") {
		c, err := field.Country(r.get("nationality"))
		if err != nil {
			r.fail("nationality", err)
		}
		rec.Nationality = c
	}
	if r.has("passport_no") {
		rec.PassportNo = passport
	}
	if r.has("languages") {
		ls, err := field.Languages(data.SplitList(r.get("languages")))
		if err != nil {
			r.fail("languages", err)
		}
		rec.Languages = ls
	}
	r.text("dietary", &rec.Dietary)
	if r.has("allergies") {
		a, err := allergies(r.get("allergies"))
		if err != nil {
			r.fail("allergies", err)
		}
		rec.Allergies = a
	}
	r.text("medical", &rec.Medical)
	r.text("mobility", &rec.Mobility)
	r.text("handling_notes", &rec.HandlingNotes)
	if r.has("phone") {
		n, err := field.Phone(r.get("phone"), r.pl.region)
		if err != nil {
			r.fail("phone", err)
		}
		rec.Phone = n
	}
	if r.has("email") {
		e, err := field.Email(r.get("email"))
		if err != nil {
			r.fail("email", err)
		}
		rec.Email = e
	}
	r.rule(delegations.CheckPersonFields(rec, r.pl.region), nil, "full_name")
	if key == "" {
		return
	}
	p.roles[key] = roleRef{delegID: d.ID, role: rec.Role, name: rec.FullName, row: r.row.N}
	r.rp.Label = d.Code + " " + rec.FullName
	decide(r.rp, rec, old)
	if old == nil {
		tk := tokenKey(d.ID, folded)
		for _, other := range p.byTokens[tk] {
			r.warn("full_name", fmt.Errorf("%w: %s", ErrLikelyDuplicate, other))
		}
		p.byTokens[tk] = append(p.byTokens[tk], fmt.Sprintf("%s (row %d)", name, r.row.N))
	}
}

// finish checks that no delegation ends up with two HODs.
func (p *personImporter) finish(pl *planner) {
	hods := map[string][]roleRef{}
	for _, ref := range p.roles {
		if ref.role == data.RoleHOD {
			hods[ref.delegID] = append(hods[ref.delegID], ref)
		}
	}
	for delegID, list := range hods {
		if len(list) < 2 {
			continue
		}
		sort.Slice(list, func(i, j int) bool { return list[i].row < list[j].row })
		for _, ref := range list {
			if ref.row == 0 {
				continue
			}
			var others []string
			for _, o := range list {
				switch {
				case o == ref:
				case o.row == 0:
					others = append(others, o.name+" (in the event file)")
				default:
					others = append(others, fmt.Sprintf("%s (row %d)", o.name, o.row))
				}
			}
			err := fmt.Errorf("%w: %s also has %s", field.ErrSecondHOD, p.delegByID[delegID].Code, strings.Join(others, ", "))
			pl.rowProblem(ref.row, "role", err)
		}
	}
}

// rowProblem adds an error to the row numbered n.
func (pl *planner) rowProblem(n int, key string, err error) {
	for i := range pl.plan.Rows {
		if rp := &pl.plan.Rows[i]; rp.Row == n {
			(&rowCtx{pl: pl, row: pl.t.Rows[i], rp: rp}).fail(key, err)
			return
		}
	}
}
