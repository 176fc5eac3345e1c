package demo

import (
	"math/rand/v2"
	"slices"
	"time"

	"lodesk/data"
)

// duty writes what the reports read: the LOs' shifts and hand-overs (some
// delegations have a night LO; a few leads' shifts end at 18:00 on the
// gala day with no one after, a cover conflict), the LOs' daily notes,
// the coordinator's evaluations and the lessons recorded. It draws from
// its own random stream so that it changes nothing else of the demo.
func (g *gen) duty(staff []data.Record) []data.Record {
	r := rand.New(rand.NewPCG(uint64(1717)+uint64(g.size), 0x5eed))
	leadOf := map[string]*data.Assignment{}
	used := map[string]bool{}
	for _, rec := range staff {
		if a, ok := rec.(*data.Assignment); ok {
			used[a.LOID] = true
			if a.Role == data.AssignLead {
				leadOf[a.DelegationID] = a
			}
		}
	}
	var free []*data.LO
	for _, lo := range g.los {
		if !used[lo.ID] && lo.Status == data.LOActive && speaks(lo, "en") && lo.AvailableFrom <= g.date(0) && lo.AvailableTo >= g.date(g.prof.lastDay+1) {
			free = append(free, lo)
		}
	}
	gaps := []int{2, 6, 12}[g.size]
	var out []data.Record
	var served []string // LO IDs with an assignment, in order
	n := 0
	for _, dl := range g.dels {
		lead := leadOf[dl.d.ID]
		if lead == nil {
			continue
		}
		served = append(served, lead.LOID)
		n++
		switch {
		case n%4 == 1 && len(free) > 0:
			night := &data.Assignment{
				Base: data.Base{ID: id()}, LOID: free[0].ID, DelegationID: dl.d.ID, Role: data.AssignAssistant,
				FromDate: lead.FromDate, ToDate: lead.ToDate, Notes: "Evening and night cover.",
			}
			free = free[1:]
			served = append(served, night.LOID)
			out = append(out, night)
			out = append(out, g.nightCover(r, dl, lead, night)...)
		case n%4 == 3 && gaps > 0 && dl.depart.After(g.at(2, 23, 0)) && dl.arrive.Before(g.at(2, 7, 0)):
			// The lead works 07:00-18:00 on the gala day, and nobody
			// covers the dinner.
			gaps--
			out = append(out, &data.Shift{Base: data.Base{ID: id()}, AssignmentID: lead.ID, Starts: g.at(2, 7, 0).UTC(), Ends: g.at(2, 18, 0).UTC()})
		}
	}
	for _, loID := range served {
		for day := 1; day <= g.prof.lastDay; day++ {
			if r.Float64() < 0.3 {
				out = append(out, &data.LONote{Base: data.Base{ID: id()}, LOID: loID, Day: g.date(day), Text: pick(r, loDailyNotes)})
			}
		}
	}
	slices.Sort(served)
	served = slices.Compact(served)
	for _, loID := range served {
		if r.Float64() < 0.25 {
			continue
		}
		score := func() int { return 3 + r.IntN(3) }
		e := &data.LOEvaluation{
			Base: data.Base{ID: id()}, LOID: loID, Punctuality: score(), Protocol: score(), Communication: score(), Initiative: score(),
			EngageAgain: r.Float64() < 0.9, Comments: pick(r, evalComments), EvaluatedBy: g.ev.Coordinator, EvaluatedAt: g.at(g.prof.lastDay+1, 10, r.IntN(60)).UTC(),
		}
		e.Overall = (e.Punctuality + e.Protocol + e.Communication + e.Initiative + 2) / 4
		out = append(out, e)
	}
	nLessons := []int{8, 16, 24}[g.size]
	for i := range nLessons {
		l := lessonTexts[i%len(lessonTexts)]
		les := &data.Lesson{
			Base: data.Base{ID: id()}, RecordedAt: g.at(1+i%g.prof.lastDay, 20, 5*r.IntN(12)).UTC(), Department: l[0], What: l[1], Recommendation: l[2],
			RecordedBy: pick(r, []string{g.ev.Coordinator, "Agus Salim", "Made Wirawan"}),
		}
		if i >= len(lessonTexts) {
			dl := g.dels[1+r.IntN(len(g.dels)-1)]
			les.DelegationID = dl.d.ID
			les.What = dl.d.Name + ": " + les.What
		}
		out = append(out, les)
	}
	return out
}

// nightCover splits each day of a delegation's stay between the lead
// (07:00-18:00) and the night LO (18:00-23:30), with the hand-over notes
// each way.
func (g *gen) nightCover(r *rand.Rand, dl *deleg, lead, night *data.Assignment) []data.Record {
	var out []data.Record
	first, last := dl.arrive.In(g.loc), dl.depart.In(g.loc)
	for day := 0; day <= g.prof.lastDay+2; day++ {
		d := g.day(day)
		if d.Format(time.DateOnly) < first.Format(time.DateOnly) || d.Format(time.DateOnly) > last.Format(time.DateOnly) {
			continue
		}
		out = append(out,
			&data.Shift{Base: data.Base{ID: id()}, AssignmentID: lead.ID, Starts: g.at(day, 7, 0).UTC(), Ends: g.at(day, 18, 0).UTC()},
			&data.Shift{Base: data.Base{ID: id()}, AssignmentID: night.ID, Starts: g.at(day, 18, 0).UTC(), Ends: g.at(day, 23, 30).UTC()},
			&data.HandOver{Base: data.Base{ID: id()}, DelegationID: dl.d.ID, FromLOID: lead.LOID, ToLOID: night.LOID, HandedAt: g.at(day, 18, 0).UTC(), Note: pick(r, eveningNotes)},
		)
		if d.Format(time.DateOnly) < last.Format(time.DateOnly) {
			out = append(out, &data.HandOver{Base: data.Base{ID: id()}, DelegationID: dl.d.ID, FromLOID: night.LOID, ToLOID: lead.LOID, HandedAt: g.at(day+1, 7, 0).UTC(), Note: pick(r, morningNotes)})
		}
	}
	return out
}

var (
	eveningNotes = []string{
		"HOD rested in the suite from 17:30; dinner at the hotel restaurant at 19:30, halal menu confirmed with the chef.",
		"Car needed at 06:45 tomorrow for the plenary; driver informed and plate noted in the folder.",
		"Spouse asked for a pharmacy; bought and receipt kept. HOD's reading glasses left in the car, driver has them.",
		"One member's suitcase still missing; airline file reference is in the folder, the airline calls back by 21:00.",
		"HOD does not want to be approached by press at the hotel entrance; use the side door.",
		"Gala seating confirmed, table 3; dress code batik. Shirt ordered for the secretary, delivered to room 1204.",
		"Nothing open. Radio battery replaced; Patwal on channel 7.",
	}
	morningNotes = []string{
		"Quiet night. HOD breakfast at 07:30 in the suite; the security officer wants the route of today's site visit.",
		"Late request for an extra room key, done at reception. Laundry to be collected at 10:00.",
		"HOD called at 22:40 for a doctor (headache); hotel doctor came, nothing further. Ask at breakfast how he is.",
		"Nothing open; the delegation's secretary has today's programme and seat cards.",
	}
	loDailyNotes = []string{
		"Arrival went smoothly; VIP lounge ready, luggage took 40 minutes.",
		"HOD pleased with the gala seating; thanked the host's protocol.",
		"Waited 25 minutes for the car after the plenary; transport desk informed.",
		"Delegation asked twice about the press conference time; printed programme handed over again.",
		"Spouse joined the batik workshop and asked for a second visit; passed to the EO.",
		"Interpreter for the bilateral arrived late; the meeting started ten minutes after schedule.",
		"All checklist steps of the day done and re-checked with the assistant LO.",
	}
	evalComments = []string{
		"Calm under pressure; anticipated the HOD's needs.",
		"Reliable and punctual; should speak up earlier when plans change.",
		"Excellent command of protocol; the delegation asked for the same LO next year.",
		"Good language skills; needs more practice with the SOP re-checks.",
		"Handled a late-night medical call well and reported it at once.",
	}
	lessonTexts = [][3]string{
		{"transport", "Cars from the hotel left ten minutes late on the first morning.", "Stage cars 30 minutes before departure; one LO per convoy with the manifest."},
		{"ground_handling", "Two delegations landed at Terminal 2 instead of Terminal 3 after a late change.", "Re-confirm terminal and gate with the airline 24 hours and 3 hours before each arrival."},
		{"hospitality_desk", "Halal and vegetarian meals were mixed up at the working lunch.", "Put meal cards at each place from the catering manifest."},
		{"patwal", "The site visit's escort waited at the wrong gate.", "Send Patwal the meeting point in writing with a map pin."},
		{"eo", "Programme changes reached LOs late through chat groups.", "One change log from the EO; the coordinator forwards each change to all LOs."},
		{"lo_coordinator", "No night cover was planned for the delegations at the second hotel.", "Plan shifts against the evening programme before the arrivals start."},
		{"medical", "A delegate's allergy was not known to the gala kitchen.", "Send the catering manifest with allergies to every kitchen the day before."},
		{"security", "Drivers' accreditation badges were issued late.", "Issue drivers' badges with the vehicle pass, two days before arrivals."},
	}
)
