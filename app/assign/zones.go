package assign

import (
	"strings"

	"lodesk/app/accred"
	"lodesk/data"
)

// zoneConflicts reports each assigned LO who lacks an access zone their
// delegation's head has: the SOP gives an LO the same access as the
// delegation they escort, or they are stopped at the apron gate while
// their minister walks on.
func zoneConflicts(rows []Row, hods []data.Person, los []data.LO) []Conflict {
	head := map[string]*data.Person{}
	for i := range hods {
		if _, ok := head[hods[i].DelegationID]; !ok {
			head[hods[i].DelegationID] = &hods[i]
		}
	}
	loByID := map[string]*data.LO{}
	for i := range los {
		loByID[los[i].ID] = &los[i]
	}
	var out []Conflict
	for _, r := range rows {
		a := &r.Assignment
		h, l := head[a.DelegationID], loByID[a.LOID]
		if h == nil || l == nil {
			continue
		}
		if miss := accred.Missing(&l.Badge, &h.Badge); len(miss) > 0 {
			out = append(out, Conflict{
				Kind: MissingZone, LO: l.FullName, Delegation: r.Delegation, LOID: l.ID, DelegationID: a.DelegationID,
				AssignmentIDs: []string{a.ID}, Detail: strings.Join(miss, ", "),
			})
		}
	}
	return out
}
