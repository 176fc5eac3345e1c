package demo

import (
	"time"

	"lodesk/app/sop"
	"lodesk/data"
)

// progress makes an assignment's fresh checklist look like work under way
// and returns the items it changed: arrived delegations have their
// pre-arrival and arrival steps done (checked by the LO, most re-checked by
// the coordinator), confirmed ones much of the pre-arrival work, expected
// ones a little.
func (g *gen) progress(a *data.Assignment, items []*data.ChecklistItem) []*data.ChecklistItem {
	var dl *deleg
	for _, x := range g.dels {
		if x.d.ID == a.DelegationID {
			dl = x
			break
		}
	}
	var lo *data.LO
	for _, x := range g.los {
		if x.ID == a.LOID {
			lo = x
			break
		}
	}
	if dl == nil || lo == nil || dl.arrive.IsZero() {
		return nil
	}
	share := map[string]float64{}
	switch dl.d.Status {
	case data.StatusArrived, data.StatusDeparted:
		share[data.PhasePreArrival], share[data.PhaseArrival] = 1, 1
	case data.StatusConfirmed:
		share[data.PhasePreArrival] = 0.6
	default:
		share[data.PhasePreArrival] = 0.2
	}
	var changed []*data.ChecklistItem
	for _, it := range items {
		if dl.private && it.Phase == data.PhasePreArrival && it.Position == 3 {
			at := dl.arrive.Add(-36 * time.Hour)
			if sop.NotApplicable(it, lo.FullName, "Private aircraft: the slot is confirmed by the State Secretariat's protocol.", at) == nil {
				changed = append(changed, it)
			}
			continue
		}
		if !g.chance(share[it.Phase]) {
			continue
		}
		at := dl.arrive.Add(-time.Duration(30+g.r.IntN(40)) * time.Hour)
		if it.Phase == data.PhaseArrival {
			at = dl.arrive.Add(time.Duration(-90+g.r.IntN(150)) * time.Minute)
		}
		if sop.Check(it, lo.FullName, at) != nil {
			continue
		}
		if it.NeedsRecheck && g.chance(0.75) {
			_ = sop.Recheck(it, g.ev.Coordinator, at.Add(time.Duration(20+g.r.IntN(160))*time.Minute))
		}
		changed = append(changed, it)
	}
	return changed
}
