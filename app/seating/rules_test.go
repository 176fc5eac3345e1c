package seating

import (
	"fmt"
	"strings"
	"testing"

	"lodesk/data"
)

// world is an event in memory: the host (Indonesia) and guests A, B, C
// by precedence, each with a head, a deputy, a member, a spouse, a
// security officer and staff.
func world(t *testing.T) *Snapshot {
	t.Helper()
	sn := &Snapshot{ev: &data.Event{HostCountry: "ID"}, seats: map[string][]data.Seat{}}
	add := func(code, country string, prec int) {
		d := data.Delegation{Base: data.Base{ID: "d-" + code}, Code: code, Name: code, Kind: data.KindCountry, Country: country, Precedence: prec, Status: data.StatusConfirmed}
		sn.dels = append(sn.dels, d)
		for i, role := range []string{data.RoleHOD, data.RoleDeputy, data.RoleMember, data.RoleSpouse, data.RoleSecurity, data.RoleStaff} {
			sn.people = append(sn.people, data.PersonName{
				ID: fmt.Sprintf("p-%s-%d", code, i), DelegationID: d.ID, Role: role, FullName: code + "." + role,
			})
		}
	}
	add("IDN", "ID", 1)
	add("AAA", "JP", 2)
	add("BBB", "FR", 3)
	add("CCC", "BR", 4)
	sn.index()
	return sn
}

func item(kind, rule string) *data.ProgrammeItem {
	it := &data.ProgrammeItem{Base: data.Base{ID: "item"}, Kind: kind, Attendees: data.Codes{"all"}, Seating: true}
	it.SetAttendance(rule)
	return it
}

// order is who the units seat, in order, as "CODE.role" (a couple joined
// with "+").
func order(sn *Snapshot, it *data.ProgrammeItem) string {
	var out []string
	for _, u := range units(sn.ev, it, sn.dels, sn.byDel) {
		var names []string
		for _, p := range u.people {
			names = append(names, p.FullName)
		}
		out = append(out, strings.Join(names, "+"))
	}
	return strings.Join(out, " ")
}

func TestUnitsRankThenPrecedence(t *testing.T) {
	sn := world(t)
	photo := item(data.ItemPhoto, data.AttendDelegations)
	photo.Photo, photo.Seating = true, false
	chosen := item(data.ItemMeal, data.AttendChosen)
	chosen.Chosen = data.Codes{"p-BBB-0", "p-BBB-3", "p-AAA-4", "p-IDN-2"}
	tests := []struct {
		name string
		it   *data.ProgrammeItem
		want string
	}{
		{
			"plenary, whole delegations: no spouses, security or staff; host deputies and members yield",
			item(data.ItemPlenary, data.AttendDelegations),
			"IDN.hod AAA.hod BBB.hod CCC.hod AAA.deputy BBB.deputy CCC.deputy IDN.deputy AAA.member BBB.member CCC.member IDN.member",
		},
		{
			"gala, whole delegations: spouses beside their head",
			item(data.ItemGala, data.AttendDelegations),
			"IDN.hod+IDN.spouse AAA.hod+AAA.spouse BBB.hod+BBB.spouse CCC.hod+CCC.spouse AAA.deputy BBB.deputy CCC.deputy IDN.deputy AAA.member BBB.member CCC.member IDN.member",
		},
		{
			"visit: spouses in their own tier",
			item(data.ItemVisit, data.AttendDelegations),
			"IDN.hod AAA.hod BBB.hod CCC.hod AAA.deputy BBB.deputy CCC.deputy IDN.deputy AAA.member BBB.member CCC.member IDN.member AAA.spouse BBB.spouse CCC.spouse IDN.spouse",
		},
		{"heads only", item(data.ItemGala, data.AttendHeads), "IDN.hod AAA.hod BBB.hod CCC.hod"},
		{
			"heads plus one at a plenary: the deputy",
			item(data.ItemPlenary, data.AttendHeadsPlus1),
			"IDN.hod AAA.hod BBB.hod CCC.hod AAA.deputy BBB.deputy CCC.deputy IDN.deputy",
		},
		{
			"heads plus one at a dinner: the spouse, beside",
			item(data.ItemMeal, data.AttendHeadsPlus1),
			"IDN.hod+IDN.spouse AAA.hod+AAA.spouse BBB.hod+BBB.spouse CCC.hod+CCC.spouse",
		},
		{"the group photo is heads only", photo, "IDN.hod AAA.hod BBB.hod CCC.hod"},
		{
			"chosen people, security too when chosen",
			chosen, "BBB.hod+BBB.spouse IDN.member AAA.security",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := order(sn, tt.it); got != tt.want {
				t.Errorf("got  %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestChairAndHostCountryYield(t *testing.T) {
	sn := world(t)
	sn.ev.ChairID = "d-BBB" // another delegation chairs: the host country yields
	if got, want := order(sn, item(data.ItemPlenary, data.AttendHeads)), "BBB.hod AAA.hod CCC.hod IDN.hod"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

func TestBlankAndDuplicatePrecedenceSortLast(t *testing.T) {
	sn := world(t)
	sn.dels = append(sn.dels,
		data.Delegation{Base: data.Base{ID: "d-ZZZ"}, Code: "ZZZ", Kind: data.KindCountry, Country: "AR", Status: data.StatusConfirmed},                // blank: Argentina
		data.Delegation{Base: data.Base{ID: "d-YYY"}, Code: "YYY", Kind: data.KindCountry, Country: "AT", Precedence: 3, Status: data.StatusConfirmed}, // shares 3: Austria
	)
	for _, code := range []string{"ZZZ", "YYY"} {
		sn.people = append(sn.people, data.PersonName{ID: "p-" + code, DelegationID: "d-" + code, Role: data.RoleHOD, FullName: code + ".hod"})
	}
	sn.index()
	// BBB (3) and Austria share 3: both go after every set one, with
	// Argentina, alphabetically: Argentina, Austria, BBB (France).
	if got, want := order(sn, item(data.ItemPlenary, data.AttendHeads)), "IDN.hod AAA.hod CCC.hod ZZZ.hod YYY.hod BBB.hod"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
	var got []string
	for _, p := range PrecedenceProblems(sn.dels) {
		got = append(got, fmt.Sprintf("%s:%v", p.Delegation.Code, p.Duplicate))
	}
	if strings.Join(got, " ") != "ZZZ:false YYY:true BBB:true" {
		t.Errorf("problems %v", got)
	}
}

func TestActingHead(t *testing.T) {
	sn := world(t)
	sn.Remove("p-AAA-0") // AAA's head is gone: the deputy stands in, a member is the +1
	if got, want := order(sn, item(data.ItemPlenary, data.AttendHeadsPlus1)), "IDN.hod AAA.deputy BBB.hod CCC.hod BBB.deputy CCC.deputy IDN.deputy AAA.member"; got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

func places(pl plan) map[string]Position {
	m := map[string]Position{}
	for _, s := range pl.seats {
		m[s.PersonID] = Position{s.PhotoRow, s.PhotoPlace}
	}
	return m
}

func TestLayoutCouplesAndRows(t *testing.T) {
	sn := world(t)
	it := item(data.ItemGala, data.AttendDelegations)
	pl := layout(it.ID, units(sn.ev, it, sn.dels, sn.byDel), []int{7, 4}, nil, false)
	pos := places(pl)
	want := map[string]Position{
		"p-IDN-0": {1, 0}, "p-IDN-3": {1, -1}, // host at the centre, spouse on the host's left
		"p-AAA-0": {1, 1}, "p-AAA-3": {1, 2}, // first guest to the host's right
		"p-BBB-0": {1, -2}, "p-BBB-3": {1, -3}, // second to the left, beyond the host's spouse
		"p-CCC-0": {2, 1}, "p-CCC-3": {2, 2}, // row A is full on the right: the next row
		"p-AAA-1": {2, -1}, "p-BBB-1": {2, -2}, // row B has four places, no centre
		"p-CCC-1": {3, 1}, "p-IDN-1": {3, -1},
	}
	for id, p := range want {
		if pos[id] != p {
			t.Errorf("%s at %v, want %v", id, pos[id], p)
		}
	}
	if len(pl.moves) != len(pl.seats) {
		t.Errorf("first layout: %d moves for %d seats", len(pl.moves), len(pl.seats))
	}
}

// noHeadBehindLowerTier checks the protocol rule on stored seats: no one
// sits in front of someone of a higher tier from another delegation.
func noHeadBehindLowerTier(t *testing.T, sn *Snapshot, it *data.ProgrammeItem, pl plan) {
	t.Helper()
	tier := map[string]int{}
	for _, u := range units(sn.ev, it, sn.dels, sn.byDel) {
		for _, p := range u.people {
			tier[p.ID] = u.tier
		}
	}
	for _, a := range pl.seats {
		for _, b := range pl.seats {
			if tier[a.PersonID] < tier[b.PersonID] && a.PhotoRow > b.PhotoRow && a.DelegationID != b.DelegationID {
				t.Errorf("%s (tier %d, row %d) sits behind %s (tier %d, row %d)", a.PersonID, tier[a.PersonID], a.PhotoRow, b.PersonID, tier[b.PersonID], b.PhotoRow)
			}
		}
	}
}

func TestStablePlans(t *testing.T) {
	sn := world(t)
	it := item(data.ItemGala, data.AttendDelegations)
	sizes := []int{5, 6}
	first := layout(it.ID, units(sn.ev, it, sn.dels, sn.byDel), sizes, nil, false)
	noHeadBehindLowerTier(t, sn, it, first)
	for i := range first.seats {
		first.seats[i].ID = "s-" + first.seats[i].PersonID
	}
	replan := func(locked bool) plan {
		sn.index()
		return layout(it.ID, units(sn.ev, it, sn.dels, sn.byDel), sizes, first.seats, locked)
	}
	// A new member of the host delegation: no head or deputy moves.
	sn.people = append(sn.people, data.PersonName{ID: "p-IDN-9", DelegationID: "d-IDN", Role: data.RoleMember, FullName: "IDN.new"})
	pl := replan(false)
	for _, m := range pl.moves {
		if m.Tier <= TierDeputy || m.PersonID != "p-IDN-9" && m.From == nil {
			t.Errorf("adding a host member moved %+v", m)
		}
	}
	if len(pl.moves) != 1 {
		t.Errorf("adding the host's last member moved %d", len(pl.moves))
	}
	// A new member of the first guest: members after it move, nobody else.
	sn.people = append(sn.people, data.PersonName{ID: "p-AAA-9", DelegationID: "d-AAA", Role: data.RoleMember, FullName: "AAA.new"})
	pl = replan(false)
	for _, m := range pl.moves {
		if m.Tier != TierMember {
			t.Errorf("adding a guest member moved %+v", m)
		}
	}
	// Fixed by hand: stays, whatever changes.
	for i := range first.seats {
		if first.seats[i].PersonID == "p-CCC-0" {
			first.seats[i].PhotoRow, first.seats[i].PhotoPlace, first.seats[i].Fixed = 4, -2, true
		}
	}
	sn.dels[1].Precedence, sn.dels[3].Precedence = 9, 2 // CCC before AAA now
	pl = replan(false)
	if p := places(pl)["p-CCC-0"]; p != (Position{4, -2}) {
		t.Errorf("fixed seat moved to %v", p)
	}
	// Locked: nobody moves; the newcomers take free seats of their tier,
	// flagged; someone leaving frees a seat.
	sn.Remove("p-BBB-2")
	pl = replan(true)
	pos := places(pl)
	for _, s := range first.seats {
		if s.PersonID == "p-BBB-2" {
			continue
		}
		if pos[s.PersonID] != (Position{s.PhotoRow, s.PhotoPlace}) {
			t.Errorf("locked: %s moved from %v to %v", s.PersonID, Position{s.PhotoRow, s.PhotoPlace}, pos[s.PersonID])
		}
	}
	var review []string
	for _, s := range pl.seats {
		if s.Review {
			review = append(review, s.PersonID)
		}
	}
	if strings.Join(review, " ") != "p-AAA-9 p-IDN-9" {
		t.Errorf("flagged %v", review)
	}
	var bbbMember Position
	for _, s := range first.seats {
		if s.PersonID == "p-BBB-2" {
			bbbMember = Position{s.PhotoRow, s.PhotoPlace}
		}
	}
	if pos["p-AAA-9"] != bbbMember {
		t.Errorf("the first newcomer took %v, not the member's seat left free at %v", pos["p-AAA-9"], bbbMember)
	}
	if len(pl.gone) != 1 || pl.gone[0].PersonID != "p-BBB-2" {
		t.Errorf("gone %v", pl.gone)
	}
}

func TestMany(t *testing.T) {
	at := &Position{1, 1}
	moved := Move{From: at, To: at}
	im := func(ms ...Move) []ItemMoves { return []ItemMoves{{Moves: ms}} }
	if Many(im(moved, moved, moved)) || !Many(im(moved, moved, moved, moved)) || Many(im(Move{To: at}, Move{To: at}, Move{To: at}, Move{From: at}, moved)) {
		t.Error("Many counts wrong")
	}
}
