package imex

import (
	"context"
	"sort"
	"strconv"
	"strings"
	"time"

	"lodesk/app/field"
	"lodesk/data"
)

// This file exports the records of field work: SOP checklists, seating,
// special requests, incidents and gifts.

func (x *exporter) loNames(ctx context.Context) (map[string]string, error) {
	los, err := data.All[data.LO](ctx, x.s)
	names := map[string]string{}
	for _, l := range los {
		names[l.ID] = l.FullName
	}
	return names, err
}

// checklists writes every assignment's checklist: by LO, delegation and
// role (lead first), then in SOP phase and position order. The item is its
// English text; a not-applicable item's reason leads its notes.
func (x *exporter) checklists(ctx context.Context) ([][]string, error) {
	names, err := x.loNames(ctx)
	if err != nil {
		return nil, err
	}
	as, err := x.s.FindAssignments(ctx, data.AssignmentFilter{})
	if err != nil {
		return nil, err
	}
	sort.SliceStable(as, func(i, j int) bool {
		a, b := &as[i], &as[j]
		if na, nb := data.Fold(names[a.LOID]), data.Fold(names[b.LOID]); na != nb {
			return na < nb
		}
		if x.deleg[a.DelegationID] != x.deleg[b.DelegationID] {
			return x.deleg[a.DelegationID] < x.deleg[b.DelegationID]
		}
		return a.Role == data.AssignLead && b.Role != data.AssignLead
	})
	items, err := x.s.FindChecklist(ctx, "") // phase and position order
	if err != nil {
		return nil, err
	}
	byAssignment := map[string][]*data.ChecklistItem{}
	for i := range items {
		byAssignment[items[i].AssignmentID] = append(byAssignment[items[i].AssignmentID], &items[i])
	}
	var out [][]string
	for _, a := range as {
		for _, it := range byAssignment[a.ID] {
			notes := it.Notes
			if it.NAReason != "" {
				notes = strings.TrimSuffix(it.NAReason+"; "+it.Notes, "; ")
			}
			out = append(out, []string{
				names[a.LOID], x.deleg[a.DelegationID], it.Phase, it.TextEN, it.Status,
				it.CheckedBy, isoTime(it.CheckedAt, x.loc), it.RecheckedBy, isoTime(it.RecheckedAt, x.loc), notes,
			})
		}
	}
	return out, nil
}

// protocolLess orders photo places as the protocol fills them: the centre,
// then the host's right before the host's left, nearest first.
func protocolLess(a, b int) bool {
	aa, ab := max(a, -a), max(b, -b)
	if aa != ab {
		return aa < ab
	}
	return a > b
}

// seating writes every programme item's seats in programme order, each
// item's row by row (1 is the front) in protocol order: photo_place 0 is
// the centre (the host or chair), 1, 2, ... the host's right, -1, -2, ...
// the host's left.
func (x *exporter) seating(ctx context.Context) ([][]string, error) {
	items, err := x.s.FindProgramme(ctx, "", time.Time{}, time.Time{})
	if err != nil {
		return nil, err
	}
	seats, err := data.All[data.Seat](ctx, x.s)
	if err != nil {
		return nil, err
	}
	byItem := map[string][]data.Seat{}
	for _, st := range seats {
		byItem[st.ItemID] = append(byItem[st.ItemID], st)
	}
	var out [][]string
	for _, it := range items {
		ss := byItem[it.ID]
		sort.SliceStable(ss, func(i, j int) bool {
			if ss[i].PhotoRow != ss[j].PhotoRow {
				return ss[i].PhotoRow < ss[j].PhotoRow
			}
			return protocolLess(ss[i].PhotoPlace, ss[j].PhotoPlace)
		})
		for _, st := range ss {
			out = append(out, []string{
				it.Title, x.deleg[st.DelegationID], x.person[st.PersonID], st.Seat,
				strconv.Itoa(st.PhotoRow), strconv.Itoa(st.PhotoPlace),
			})
		}
	}
	return out, nil
}

func (x *exporter) requests(ctx context.Context) ([][]string, error) {
	rs, err := x.s.FindRequests(ctx, "", "")
	var out [][]string
	for _, r := range rs {
		out = append(out, []string{
			x.deleg[r.DelegationID], x.person[r.PersonID], r.Category, r.Text, isoTime(r.ReceivedAt, x.loc),
			r.Department, r.Status, r.Response,
		})
	}
	return out, err
}

func (x *exporter) incidents(ctx context.Context) ([][]string, error) {
	is, err := x.s.FindIncidents(ctx)
	var out [][]string
	for _, n := range is {
		out = append(out, []string{isoTime(n.OccurredAt, x.loc), x.deleg[n.DelegationID], n.Severity, n.What, n.Action, yes(n.Resolved)})
	}
	return out, err
}

func (x *exporter) gifts(ctx context.Context) ([][]string, error) {
	names, err := x.loNames(ctx)
	if err != nil {
		return nil, err
	}
	gs, err := data.All[data.Gift](ctx, x.s)
	sort.SliceStable(gs, func(i, j int) bool { return gs[i].ReceivedAt.Before(gs[j].ReceivedAt) })
	var out [][]string
	for _, g := range gs {
		value := ""
		if g.ValueIDR != 0 {
			value = strconv.FormatInt(g.ValueIDR, 10)
		}
		out = append(out, []string{
			names[g.LOID], g.FromWhom, isoTime(g.ReceivedAt, x.loc), g.Item, field.FormatAmount(g.Amount), g.Currency,
			value, g.Status, g.Notes,
		})
	}
	return out, err
}
