package seating

import (
	"slices"
	"strings"

	"lodesk/app/cldr"
	"lodesk/data"
)

// Rank tiers, seated in this order: heads of delegation (and an acting
// head where a delegation has none), deputies, members, spouses in their
// own tier, staff, security.
const (
	TierHead = iota
	TierDeputy
	TierMember
	TierSpouse
	TierStaff
	TierSecurity
)

// TierOf is the tier of a role; an unknown role is a member's.
func TierOf(role string) int {
	switch role {
	case data.RoleHOD:
		return TierHead
	case data.RoleDeputy:
		return TierDeputy
	case data.RoleSpouse:
		return TierSpouse
	case data.RoleStaff:
		return TierStaff
	case data.RoleSecurity:
		return TierSecurity
	}
	return TierMember
}

// EnglishName is the name precedence ties are broken by: a country's
// English CLDR name, else the delegation's name.
func EnglishName(d *data.Delegation) string {
	if d.Kind == data.KindCountry && d.Country != "" {
		if n := cldr.CountryName(d.Country, cldr.English); n != d.Country {
			return n
		}
	}
	return d.Name
}

// Unordered says which delegations have no usable precedence: blank
// (zero or less) or shared with another delegation that is not
// cancelled.
func Unordered(dels []data.Delegation) map[string]bool {
	count := map[int]int{}
	for _, d := range dels {
		if d.Status != data.StatusCancelled && d.Precedence > 0 {
			count[d.Precedence]++
		}
	}
	out := map[string]bool{}
	for _, d := range dels {
		if d.Precedence <= 0 || count[d.Precedence] > 1 {
			out[d.ID] = true
		}
	}
	return out
}

// Order sorts delegations into the order of precedence: those with a set,
// unique precedence by it, then the blank and duplicate ones
// alphabetically by English name (then code). It sorts dels in place.
func Order(dels []data.Delegation) {
	bad := Unordered(dels)
	slices.SortStableFunc(dels, func(a, b data.Delegation) int {
		ba, bb := bad[a.ID], bad[b.ID]
		switch {
		case ba != bb:
			if ba {
				return 1
			}
			return -1
		case !ba && a.Precedence != b.Precedence:
			return a.Precedence - b.Precedence
		}
		if c := strings.Compare(strings.ToLower(EnglishName(&a)), strings.ToLower(EnglishName(&b))); c != 0 {
			return c
		}
		return strings.Compare(a.Code, b.Code)
	})
}

// PrecedenceProblem is a delegation whose precedence is blank or shared:
// it sits after every delegation with a set one, alphabetically.
type PrecedenceProblem struct {
	Delegation data.Delegation
	Duplicate  bool // shared with another delegation; else blank
}

// PrecedenceProblems lists the delegations (not cancelled) without a
// usable precedence, in the order they are seated.
func PrecedenceProblems(dels []data.Delegation) []PrecedenceProblem {
	ds := slices.Clone(dels)
	Order(ds)
	bad := Unordered(ds)
	var out []PrecedenceProblem
	for _, d := range ds {
		if bad[d.ID] && d.Status != data.StatusCancelled {
			out = append(out, PrecedenceProblem{Delegation: d, Duplicate: d.Precedence > 0})
		}
	}
	return out
}

// HostID is the delegation at the centre: the chair the organiser named,
// else the host country's own delegation ("" if there is none).
func HostID(ev *data.Event, dels []data.Delegation) string {
	if ev.ChairID != "" {
		return ev.ChairID
	}
	for _, d := range dels {
		if d.Kind == data.KindCountry && strings.EqualFold(d.Country, ev.HostCountry) && d.Status != data.StatusCancelled {
			return d.ID
		}
	}
	return ""
}

// hosting says whether a delegation's people yield to guests of their
// tier: the host or chair's delegation and the host country's.
func hosting(ev *data.Event, d *data.Delegation, host string) bool {
	return d.ID == host || d.Kind == data.KindCountry && strings.EqualFold(d.Country, ev.HostCountry)
}

// Attends says whether a delegation is among an item's attendees ("all"
// or delegation codes).
func Attends(item *data.ProgrammeItem, d *data.Delegation) bool {
	for _, a := range item.Attendees {
		if strings.EqualFold(a, "all") || strings.EqualFold(a, d.Code) {
			return true
		}
	}
	return false
}

// social says whether spouses sit beside their principal at an item of
// this kind; at visits and other items they have a tier of their own,
// and at working sessions (plenary, bilateral) and the photo none.
func social(kind string) bool { return data.Catered(kind) }

func spousesSeated(kind string) bool {
	return social(kind) || kind == data.ItemVisit || kind == data.ItemOther || kind == ""
}
