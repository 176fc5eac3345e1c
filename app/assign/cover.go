package assign

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	"lodesk/app/seating"
	"lodesk/app/sop"
	"lodesk/data"
)

// CoverGap is a stretch of a programme item the delegation's head attends
// with no LO on duty for the head: an LO assigned to the whole delegation
// or to the head, within one of the assignment's shifts that day (on a
// day without shifts an assignment covers the whole day).
const CoverGap = "cover_gap"

// coverData is what the cover check reads besides the board's input.
type coverData struct {
	shifts  map[string][]span // by assignment ID
	items   []data.ProgrammeItem
	hods    map[string]string // delegation ID -> head's person ID
	hodList []data.Person     // every head, for the zone check too
	stays   map[string]span   // delegation ID -> first arrival .. last departure
}

// span is a half-open stretch of time [from, to).
type span struct{ from, to time.Time }

func loadCover(ctx context.Context, s *data.Store) (*coverData, error) {
	shifts, err := data.All[data.Shift](ctx, s)
	if err != nil {
		return nil, err
	}
	items, err := s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	hods, err := s.FindPeople(ctx, data.PersonFilter{Role: data.RoleHOD})
	if err != nil {
		return nil, err
	}
	spans, err := s.TravelSpans(ctx)
	if err != nil {
		return nil, err
	}
	cd := &coverData{shifts: map[string][]span{}, items: items, hods: map[string]string{}, hodList: hods, stays: map[string]span{}}
	for _, sh := range shifts {
		cd.shifts[sh.AssignmentID] = append(cd.shifts[sh.AssignmentID], span{sh.Starts, sh.Ends})
	}
	for _, p := range hods {
		if _, ok := cd.hods[p.DelegationID]; !ok {
			cd.hods[p.DelegationID] = p.ID
		}
	}
	for id, m := range sop.MilestonesOf(time.Time{}, spans) {
		cd.stays[id] = span{m.Arrival, m.Departure}
	}
	return cd, nil
}

// HeadAttends says whether a delegation's head attends a programme item:
// the delegation attends it, and it is not for chosen people only (such
// as the spouses' programme).
func HeadAttends(it *data.ProgrammeItem, d *data.Delegation) bool {
	return it.AttendanceRule() != data.AttendChosen && seating.Attends(it, d)
}

// coverGaps finds, for every delegation with an LO for its head, the
// programme items (within its stay) that its LOs' shifts leave uncovered.
func coverGaps(in *input, cd *coverData, dels []data.Delegation, loByID map[string]*data.LO) []Conflict {
	loc := in.ev.Location()
	covering := map[string][]data.Assignment{}
	for _, a := range in.kept {
		if a.PersonID == "" || a.PersonID == cd.hods[a.DelegationID] {
			covering[a.DelegationID] = append(covering[a.DelegationID], a)
		}
	}
	var out []Conflict
	for i := range dels {
		d := &dels[i]
		as := covering[d.ID]
		if len(as) == 0 || d.Status == data.StatusCancelled {
			continue
		}
		var cover []span
		var ids []string
		for _, a := range as {
			ids = append(ids, a.ID)
			cover = append(cover, assignmentCover(assignmentPeriod(&a, in.periods, in.ev), cd.shifts[a.ID], loc)...)
		}
		sortSpans(cover) // once per delegation, not once per item
		stay := cd.stays[d.ID]
		for j := range cd.items {
			it := &cd.items[j]
			if !HeadAttends(it, d) || !it.Ends.After(it.Starts) {
				continue
			}
			need := span{it.Starts, it.Ends}
			if !stay.from.IsZero() && stay.from.After(need.from) {
				need.from = stay.from
			}
			if !stay.to.IsZero() && stay.to.Before(need.to) {
				need.to = stay.to
			}
			if !need.to.After(need.from) {
				continue
			}
			if gap, ok := firstGap(need, cover); ok {
				lo := ""
				if len(as) > 0 && loByID[as[0].LOID] != nil {
					lo = loByID[as[0].LOID].FullName
				}
				out = append(out, Conflict{
					Kind: CoverGap, LO: lo, Delegation: d.Name, DelegationID: d.ID, AssignmentIDs: ids,
					Item: it.Title, ItemID: it.ID, From: gap.from, To: gap.to,
					Detail: fmt.Sprintf("%s %s–%s, %s", gap.from.In(loc).Format("Mon 2 Jan"), gap.from.In(loc).Format("15:04"), gap.to.In(loc).Format("15:04"), it.Title),
				})
			}
		}
	}
	return out
}

// assignmentCover is when an assignment has an LO on duty: on a day with
// shifts (by the day they start), those shifts; on another day of its
// period, the whole day.
func assignmentCover(p Period, shifts []span, loc *time.Location) []span {
	from, err1 := time.ParseInLocation(time.DateOnly, p.From, loc)
	to, err2 := time.ParseInLocation(time.DateOnly, p.To, loc)
	if err1 != nil || err2 != nil {
		return shifts
	}
	byDay := map[string]bool{}
	for _, sh := range shifts {
		byDay[sh.from.In(loc).Format(time.DateOnly)] = true
	}
	out := slices.Clone(shifts)
	for d, n := from, 0; !d.After(to) && n < 400; d, n = d.AddDate(0, 0, 1), n+1 {
		if !byDay[d.Format(time.DateOnly)] {
			out = append(out, span{d, d.AddDate(0, 0, 1)})
		}
	}
	return out
}

// sortSpans orders spans by their start.
func sortSpans(cs []span) {
	sort.Slice(cs, func(i, j int) bool { return cs[i].from.Before(cs[j].from) })
}

// firstGap is the first stretch of need that no span of cover (sorted by
// start) covers.
func firstGap(need span, cover []span) (span, bool) {
	at := need.from
	for _, c := range cover {
		if !c.to.After(at) {
			continue
		}
		if c.from.After(at) {
			end := c.from
			if end.After(need.to) {
				end = need.to
			}
			return span{at, end}, true
		}
		at = c.to
		if !at.Before(need.to) {
			return span{}, false
		}
	}
	return span{at, need.to}, true
}
