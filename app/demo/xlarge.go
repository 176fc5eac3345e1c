package demo

import (
	"fmt"
	"slices"
	"time"

	"lodesk/data"
)

// profile is what grows with the size of the demo; the rest of the
// generator reads its numbers from here.
type profile struct {
	delegations int // countries, organisations and composed companies; 0: the small demo's own lists
	los         int
	lastDay     int // the programme runs from day 1 to lastDay
	bilaterals  int
	incidents   int
	gifts       int
}

var profiles = map[Size]profile{
	Small:  {los: 100, lastDay: 4, bilaterals: 8, incidents: 7, gifts: 12},
	Large:  {delegations: 300, los: 500, lastDay: 4, bilaterals: 30, incidents: 30, gifts: 50},
	XLarge: {delegations: 1000, los: 2000, lastDay: 6, bilaterals: 100, incidents: 100, gifts: 170},
}

// The xlarge demo's delegations of 200: the host and the G20 countries.
var bigDelegations = []string{
	"AR", "AU", "BR", "CA", "CN", "DE", "FR", "GB", "IN", "IT", "JP", "KR", "MX", "RU", "SA", "TR", "US", "ZA", "ID",
}

// plenarySeats is the xlarge demo's plenary hall: 50 rows of 100.
const plenarySeats, plenaryRow = 5000, 100

// xlRoles is the make-up of a delegation in the xlarge demo: 200 for the
// host and the G20, about 70 for other countries, about 30 for an
// organisation and 15 for a company.
func (g *gen) xlRoles(dl *deleg) []string {
	roles := roleList(data.RoleHOD)
	switch {
	case dl.isHost || (dl.c != nil && slices.Contains(bigDelegations, dl.c.Code)):
		roles = append(roles, repeat(data.RoleDeputy, 3)...)
		roles = append(roles, data.RoleSpouse)
		roles = append(roles, repeat(data.RoleSecurity, 10+g.r.IntN(5))...)
		roles = append(roles, repeat(data.RoleStaff, 14+g.r.IntN(5))...)
		roles = append(roles, repeat(data.RoleMember, 200-len(roles))...)
	case dl.c != nil:
		roles = append(roles, repeat(data.RoleDeputy, 1+g.r.IntN(2))...)
		roles = append(roles, repeat(data.RoleMember, 40+g.r.IntN(56))...)
		if g.chance(0.6) {
			roles = append(roles, data.RoleSpouse)
		}
		roles = append(roles, repeat(data.RoleSecurity, g.r.IntN(6))...)
		roles = append(roles, repeat(data.RoleStaff, 3+g.r.IntN(8))...)
	case dl.d.Kind == data.KindOrganisation:
		roles = append(roles, repeat(data.RoleMember, 10+g.r.IntN(30))...)
		roles = append(roles, repeat(data.RoleStaff, 2+g.r.IntN(4))...)
	default:
		roles = append(roles, repeat(data.RoleMember, 4+g.r.IntN(16))...)
		roles = append(roles, repeat(data.RoleStaff, 1+g.r.IntN(3))...)
	}
	return roles
}

// assistants is how many assistant LOs a delegation with a lead gets: one
// for the host and delegations of a dozen or more, and in the xlarge
// demo one for every 15 people.
func (g *gen) assistants(dl *deleg) int {
	switch {
	case !dl.isHost && len(dl.people) < 12:
		return 0
	case g.size == XLarge:
		return max(1, len(dl.people)/15)
	}
	return 1
}

// buses carry the members of a delegation too large for its van: one
// coach of 24 for every 24 people beyond the first ten.
func (g *gen) buses(dl *deleg) []data.Record {
	var out []data.Record
	for n := len(dl.people) - 10; n > 24; n -= 24 {
		out = append(out, &data.Vehicle{
			Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Plate: g.plate(), Type: "Toyota Coaster (bus)", Capacity: 24,
			Driver: g.indonesian(), DriverPhone: g.phone(g.t.countryByCC["ID"]), Notes: "Delegation members",
		})
	}
	return out
}

// roomNo is the i-th room (from 0) of a block starting on floor base,
// thirty rooms a floor.
func roomNo(base, i int) string { return fmt.Sprintf("%d%02d", base+i/30, i%30+1) }

// bilateralSlot places the i-th of n bilateral meetings: on days 2 and 3
// (2 to 5 in the xlarge demo) in the afternoons, one room per slot.
func (g *gen) bilateralSlot(i int) (day, h, m int, room string) {
	days := 2
	if g.size == XLarge {
		days = g.prof.lastDay - 2
	}
	day, slot := 2+i%days, i/days
	h, m = 15+slot/2%4, 30*(slot%2)
	if day > 2 {
		h = 13 + slot/2%5
	}
	room = fmt.Sprintf("Bilateral Room %d", 1+slot%6)
	if g.size == XLarge {
		h, m = 13+slot%10/2, 30*(slot%2)
		room = fmt.Sprintf("Bilateral Room %d", 1+slot/10)
	}
	return day, h, m, room
}

// sixDays stretches the four-day programme to the xlarge demo's six: the
// closing moves to the last day, the opening plenary fills the 5,000-seat
// hall with whole delegations in order of precedence (the rest follow in
// the overflow rooms), the gala seats the heads, and days 4 and 5 hold
// the ministerial sessions and the business forum.
func (g *gen) sixDays(items []*data.ProgrammeItem, item func(title, kind string, day, h, m, mins int, venue, room, dress string) *data.ProgrammeItem) []*data.ProgrammeItem {
	shift := time.Duration(g.prof.lastDay-4) * 24 * time.Hour
	for _, it := range items {
		if it.Starts.After(g.day(4)) && it.Starts.Before(g.day(5)) {
			it.Starts, it.Ends = it.Starts.Add(shift), it.Ends.Add(shift)
		}
		switch {
		case it.Kind == data.ItemGala:
			it.SetAttendance(data.AttendHeads)
			it.Notes = "Seated dinner for the Heads of Delegation; head table for the host and the first ten by precedence."
		case it.Kind == data.ItemPlenary && it.Starts.After(g.day(2)) && it.Starts.Before(g.day(3)) && it.Starts.In(g.loc).Hour() < 12:
			it.Seating, it.RowSizes, it.Attendees = true, fmt.Sprint(plenaryRow), g.plenaryHall()
			it.Notes = fmt.Sprintf("Plenary Hall, %d seats: whole delegations by precedence; the others follow from the overflow rooms.", plenarySeats)
		}
	}
	const biz = "Business attire"
	for day := 4; day < g.prof.lastDay; day++ {
		items = append(items,
			item(fmt.Sprintf("Ministerial Session %d: Tourism Finance and Resilience", day-3), data.ItemPlenary, day, 9, 0, 180, venueMain, "Plenary Hall", biz),
			item("Parallel Session A: Digital Tourism", data.ItemOther, day, 14, 0, 120, venueMain, "Cendrawasih Room", biz),
			item("Parallel Session B: Sustainable Destinations", data.ItemOther, day, 14, 0, 120, venueMain, "Merak Room", biz),
			item("Parallel Session C: Air Connectivity", data.ItemOther, day, 14, 0, 120, venueMain, "Kakatua Room", biz),
		)
	}
	items = append(items,
		item("Tourism Investment and Business Forum", data.ItemOther, 4, 16, 30, 150, venueMain, "Assembly Hall", biz),
		item("Cultural Evening: Wayang and Gamelan", data.ItemOther, 5, 19, 30, 150, "Taman Mini Indonesia Indah", "Teater Keong Emas", "Batik or national dress"),
	)
	return items
}

// plenaryHall lists the delegations that fill the plenary hall: whole
// delegations in order of precedence, each that still fits.
func (g *gen) plenaryHall() data.Codes {
	var codes data.Codes
	seats := 0
	for _, dl := range g.dels {
		if dl.d.Status == data.StatusCancelled || seats+len(dl.people) > plenarySeats {
			continue
		}
		seats += len(dl.people)
		codes = append(codes, dl.d.Code)
	}
	return codes
}
