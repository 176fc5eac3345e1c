package seating

import (
	"slices"
	"strings"

	"lodesk/data"
)

// unit is one or two people seated side by side: a principal, and the
// spouse beside them at a social function.
type unit struct {
	people []*data.PersonName
	del    *data.Delegation
	tier   int
}

// seatedOf lists whom a delegation seats at an item, by the item's rule:
// each with their tier, a head's spouse beside the head at a social
// function. people are the delegation's, in the order they were added.
// A delegation without a head has its first deputy as acting head.
func seatedOf(item *data.ProgrammeItem, d *data.Delegation, people []*data.PersonName) []unit {
	var head, spouse *data.PersonName
	rest := make([]*data.PersonName, 0, len(people))
	for _, p := range people {
		switch {
		case p.Role == data.RoleHOD && head == nil:
			head = p
		case p.Role == data.RoleSpouse && spouse == nil:
			spouse = p
		default:
			rest = append(rest, p)
		}
	}
	if head == nil {
		for i, p := range rest {
			if p.Role == data.RoleDeputy {
				head, rest = p, slices.Delete(slices.Clone(rest), i, i+1)
				break
			}
		}
	}
	if spouse != nil && head == nil {
		rest = append(rest, spouse)
		spouse = nil
	}
	chosen := map[string]bool{}
	for _, id := range item.Chosen {
		chosen[id] = true
	}
	rule := item.AttendanceRule()
	if item.Photo {
		rule = data.AttendHeads // the group photo is heads only
	}
	if rule == data.AttendChosen {
		if head != nil && !chosen[head.ID] {
			if spouse != nil {
				rest = append(rest, spouse)
				spouse = nil
			}
			head = nil
		}
		if spouse != nil && !chosen[spouse.ID] {
			spouse = nil
		}
		rest = slices.DeleteFunc(slices.Clone(rest), func(p *data.PersonName) bool { return !chosen[p.ID] })
	}
	var out []unit
	headUnit := func(withSpouse bool) {
		if head == nil {
			return
		}
		u := unit{people: []*data.PersonName{head}, del: d, tier: TierHead}
		if withSpouse && spouse != nil {
			u.people = append(u.people, spouse)
		}
		out = append(out, u)
	}
	add := func(p *data.PersonName) {
		out = append(out, unit{people: []*data.PersonName{p}, del: d, tier: TierOf(p.Role)})
	}
	beside := social(item.Kind) && !item.Photo
	switch rule {
	case data.AttendHeads:
		headUnit(false)
	case data.AttendHeadsPlus1:
		if beside && spouse != nil {
			headUnit(true)
			break
		}
		headUnit(false)
		if p := plusOne(rest); p != nil {
			add(p)
		}
	default: // whole delegations, or the chosen people
		headUnit(beside)
		if spouse != nil && !beside && (rule == data.AttendChosen || spousesSeated(item.Kind)) {
			add(spouse)
		}
		for _, p := range rest {
			t := TierOf(p.Role)
			switch {
			case rule == data.AttendChosen:
				add(p)
			case t == TierStaff || t == TierSecurity:
				// seated only when chosen
			case t == TierSpouse && !spousesSeated(item.Kind):
			default:
				add(p)
			}
		}
	}
	return out
}

// plusOne is the one who comes with the head under "heads plus one": the
// first deputy, else the first member.
func plusOne(rest []*data.PersonName) *data.PersonName {
	for _, role := range []string{data.RoleDeputy, data.RoleMember} {
		for _, p := range rest {
			if p.Role == role {
				return p
			}
		}
	}
	return nil
}

// units lists everyone an item seats, in the order they take seats: tier
// by tier; in the heads' tier the host or chair first (the centre), then
// the guests by precedence; in every tier the host's people after the
// guests. dels must be in order of precedence (Order) and byDel holds
// each delegation's people in the order they were added.
func units(ev *data.Event, item *data.ProgrammeItem, dels []data.Delegation, byDel map[string][]*data.PersonName) []unit {
	host := HostID(ev, dels)
	tiers := make([][]unit, TierSecurity+1)
	var hosts [][]unit
	for i := range dels {
		d := &dels[i]
		if d.Status == data.StatusCancelled || !Attends(item, d) {
			continue
		}
		us := seatedOf(item, d, byDel[d.ID])
		if hosting(ev, d, host) {
			hosts = append(hosts, us)
			continue
		}
		for _, u := range us {
			tiers[u.tier] = append(tiers[u.tier], u)
		}
	}
	// The host's own head takes the centre; the host country's other
	// people yield to the guests of their tier.
	hostTiers := make([][]unit, len(tiers))
	for _, us := range hosts {
		for _, u := range us {
			if u.tier == TierHead && u.del.ID == host {
				tiers[TierHead] = append([]unit{u}, tiers[TierHead]...)
				continue
			}
			hostTiers[u.tier] = append(hostTiers[u.tier], u)
		}
	}
	var out []unit
	for t := range tiers {
		out = append(out, tiers[t]...)
		out = append(out, hostTiers[t]...)
	}
	return out
}

// peopleByDelegation groups people by delegation, in the order they were
// added (ids are time-ordered UUIDs), so a newcomer comes last among
// equals and moves nobody before them.
func peopleByDelegation(people []data.PersonName) map[string][]*data.PersonName {
	out := map[string][]*data.PersonName{}
	for i := range people {
		p := &people[i]
		out[p.DelegationID] = append(out[p.DelegationID], p)
	}
	for _, ps := range out {
		slices.SortStableFunc(ps, func(a, b *data.PersonName) int { return strings.Compare(a.ID, b.ID) })
	}
	return out
}

// Guests lists whom an item's attendance rule brings, in seating order,
// whether or not the item has a seat plan (the catering manifest counts
// its covers with it).
func Guests(ev *data.Event, item *data.ProgrammeItem, dels []data.Delegation, people []data.Person) []*data.Person {
	ds := slices.Clone(dels)
	Order(ds)
	names := make([]data.PersonName, len(people))
	byID := make(map[string]*data.Person, len(people))
	for i := range people {
		p := &people[i]
		names[i] = data.PersonName{ID: p.ID, DelegationID: p.DelegationID, Role: p.Role, FullName: p.FullName}
		byID[p.ID] = p
	}
	var out []*data.Person
	for _, u := range units(ev, item, ds, peopleByDelegation(names)) {
		for _, p := range u.people {
			out = append(out, byID[p.ID])
		}
	}
	return out
}
