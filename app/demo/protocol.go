package demo

import (
	"fmt"
	"math/rand/v2"
	"time"

	"lodesk/app/cldr"
	"lodesk/data"
)

// This file adds what Protocol, Transport and Hospitality hand over (issue
// #21): access zones and badges, car passes, the convoys of arrivals,
// departures and the gala dinner, embassy focal points, Notes Verbales and
// transfer times. It draws from its own random source, so the rest of the
// demo stays as it was.

// demoZones are the demo event's access zones (Event details).
var demoZones = data.Codes{"apron", "vip", "plenary", "bilateral", "media"}

// badgeFor is each role's badge category and zones.
var badgeFor = map[string]struct {
	category string
	zones    data.Codes
}{
	data.RoleHOD:      {"VVIP", data.Codes{"apron", "vip", "plenary", "bilateral"}},
	data.RoleDeputy:   {"Delegate", data.Codes{"vip", "plenary", "bilateral"}},
	data.RoleMember:   {"Delegate", data.Codes{"plenary"}},
	data.RoleSpouse:   {"Spouse", data.Codes{"vip"}},
	data.RoleSecurity: {"Security", data.Codes{"apron", "vip", "plenary"}},
	data.RoleStaff:    {"Staff", data.Codes{"plenary", "media"}},
}

// transfers are the demo's transfer times between its places.
var demoTransfers = []struct {
	from, to string
	minutes  int
	notes    string
}{
	{"Soekarno-Hatta International Airport (CGK)", venueMain, 60, "Toll road; 90 minutes at rush hour"},
	{"Halim Perdanakusuma Airport (HLP)", venueMain, 35, "Patwal escort through Jl. Gatot Subroto"},
	{"Soekarno-Hatta International Airport (CGK)", "Hotel Mulia Senayan", 55, ""},
	{"Halim Perdanakusuma Airport (HLP)", "Hotel Mulia Senayan", 30, ""},
	{"Hotel Mulia Senayan", venueMain, 10, "Walking distance through the Senayan gate in good weather"},
	{venueGala, venueMain, 20, ""},
	{"The Sultan Hotel & Residence Jakarta", venueMain, 8, ""},
	{"Fairmont Jakarta", venueMain, 10, ""},
	{"The Ritz-Carlton Jakarta, Pacific Place", venueMain, 15, ""},
	{"Raffles Jakarta", venueMain, 25, ""},
	{venueMain, "Kota Tua Jakarta", 45, "Coaches for the site visit"},
	{venueMain, "Museum Tekstil Jakarta", 30, ""},
}

// protocol completes the records of the other phases (zones, badges,
// passes) before they are written and returns the new ones.
func (g *gen) protocol(phases [][]data.Record) []data.Record {
	r := rand.New(rand.NewPCG(21, uint64(g.size)+1))
	g.ev.Zones = demoZones
	var items []*data.ProgrammeItem
	stay := map[string]string{}        // delegation id -> the head's hotel
	vans := map[string]*data.Vehicle{} // delegation id -> its van
	var as []*data.Assignment
	for _, p := range phases {
		for _, rec := range p {
			switch x := rec.(type) {
			case *data.ProgrammeItem:
				items = append(items, x)
			case *data.Accommodation:
				if x.PersonID != "" {
					stay[x.DelegationID] = x.Hotel
				}
			case *data.Vehicle:
				if x.Notes != "HOD car" {
					vans[x.DelegationID] = x
				}
			case *data.Assignment:
				as = append(as, x)
			}
		}
	}
	g.badges(r, as)
	var out []data.Record
	for _, t := range demoTransfers {
		out = append(out, &data.Transfer{Base: data.Base{ID: id()}, FromVenue: t.from, ToVenue: t.to, Minutes: t.minutes, Notes: t.notes})
	}
	out = append(out, g.focalPoints()...)
	out = append(out, g.notesVerbales(r)...)
	out = append(out, g.movements(r, items, stay, vans)...)
	return out
}

// badges accredits most people and every LO; some badges are still being
// printed, and a few lead LOs lack the apron their head has.
func (g *gen) badges(r *rand.Rand, as []*data.Assignment) {
	n := 0
	for _, dl := range g.dels {
		for _, p := range dl.people {
			if dl.d.Status == data.StatusCancelled || r.Float64() < 0.07 {
				continue // not accredited yet
			}
			n++
			b := badgeFor[p.Role]
			p.Badge = data.Badge{BadgeNo: fmt.Sprintf("D-%04d", n), BadgeCategory: b.category, Zones: append(data.Codes(nil), b.zones...)}
		}
	}
	apron := 0
	for i, lo := range g.los {
		lo.Badge = data.Badge{BadgeNo: fmt.Sprintf("LO-%03d", i+1), BadgeCategory: "LO", Zones: data.Codes{"vip", "plenary"}}
	}
	hod, lo := map[string]*data.Person{}, map[string]*data.LO{}
	for _, dl := range g.dels {
		hod[dl.d.ID] = dl.hod
	}
	for _, l := range g.los {
		lo[l.ID] = l
	}
	for _, a := range as {
		h, l := hod[a.DelegationID], lo[a.LOID]
		if h == nil || l == nil || !h.HasZone("apron") {
			continue
		}
		if apron++; apron%9 == 4 {
			continue // the SOP's warning: this LO would be stopped at the apron gate
		}
		l.Zones = data.Codes{"apron", "vip", "plenary", "bilateral"}
	}
	k := 0
	for _, dl := range g.dels {
		if dl.car != nil {
			k++
			dl.car.CarPass = fmt.Sprintf("CP-%04d", k)
			dl.car.Zones = data.Codes{"vip"}
			if dl.car.Patwal {
				dl.car.Zones = data.Codes{"apron", "vip"}
			}
		}
	}
}

// focalPoints gives each foreign country delegation its embassy in
// Jakarta (or, with no relations, the protecting power) and its own
// protocol officer.
func (g *gen) focalPoints() []data.Record {
	var out []data.Record
	for _, dl := range g.dels {
		if dl.c == nil || dl.isHost || dl.d.Status == data.StatusCancelled {
			continue
		}
		name := cldr.CountryName(dl.c.Code, cldr.English)
		phone := fmt.Sprintf("+6221%07d", 5200000+len(out)*137)
		if dl.d.Relations == data.RelationsNone {
			out = append(out, &data.Contact{
				Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Role: data.ContactProtectingPower,
				Name: "Embassy of Switzerland, protecting power for " + name, Phone: phone, Email: "jakarta@eda.admin.ch",
				Notes: "No embassy of " + name + " in Jakarta: requests go through the Swiss embassy's protocol section.",
			})
		} else {
			out = append(out, &data.Contact{
				Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Role: data.ContactEmbassy,
				Name: "Embassy of " + name + " in Jakarta, protocol section", Phone: phone, RadioChannel: "",
				Email: "protocol@" + dl.domain, Notes: "Office hours 08:00–16:00; duty officer after hours.",
			})
		}
		for _, p := range dl.people {
			if p.Role == data.RoleStaff || p.Role == data.RoleMember {
				out = append(out, &data.Contact{
					Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Role: data.ContactProtocolOfficer,
					Name: p.FullName, Phone: p.Phone, Email: p.Email, Notes: "Travels with the delegation",
				})
				break
			}
		}
	}
	return out
}

// notesVerbales logs the notes exchanged with the first country
// delegations and those without relations: the invitation (answered), the
// request for flight details and landing clearance (some follow-ups
// overdue), and the embassy's reply.
func (g *gen) notesVerbales(r *rand.Rand) []data.Record {
	var out []data.Record
	n := 0
	for _, dl := range g.dels {
		if dl.c == nil || dl.isHost || dl.d.Status == data.StatusCancelled {
			continue
		}
		if n >= 20 && dl.d.Relations != data.RelationsNone {
			continue
		}
		n++
		ref := func(k int) string { return fmt.Sprintf("%03d/PROT/KEMENPAR/%d", 100+3*n+k, g.day(0).Year()) }
		out = append(out, &data.NoteVerbale{
			Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Reference: ref(0), Date: g.date(-60), Direction: data.NoteOutgoing,
			Subject: "Invitation to the summit and the programme", Status: data.NoteAnswered,
		})
		status, due := data.NoteSent, g.date(-10+r.IntN(14))
		if r.Float64() < 0.5 {
			status = data.NoteAnswered
			out = append(out, &data.NoteVerbale{
				Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Reference: fmt.Sprintf("%s/%d/NV", dl.d.Code, 40+n),
				Date: g.date(-12), Direction: data.NoteIncoming, Subject: "Reply: flight details of the delegation", Status: data.NoteReceived,
			})
		}
		subject := "Flight details, landing clearance and list of delegates"
		if dl.d.Relations == data.RelationsNone {
			subject = "Visas on arrival and landing clearance, through the protecting power"
		}
		out = append(out, &data.NoteVerbale{
			Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Reference: ref(1), Date: g.date(-25), Direction: data.NoteOutgoing,
			Subject: subject, Status: status, FollowUpDue: due, Notes: "Copy to the Directorate of Diplomatic Facilities",
		})
	}
	return out
}

// movements plans the convoys: each delegation's arrival and departure,
// and the transfer of the first delegations to the gala dinner, in which
// the pool's back-up car is booked twice (the conflict a planner must see).
func (g *gen) movements(r *rand.Rand, items []*data.ProgrammeItem, stay map[string]string, vans map[string]*data.Vehicle) []data.Record {
	var gala *data.ProgrammeItem
	for _, it := range items {
		if it.Kind == data.ItemGala {
			gala = it
		}
	}
	pool := &data.Vehicle{
		Base: data.Base{ID: id()}, Plate: "B 1945 RFR", Type: "Toyota Fortuner", Capacity: 4, Driver: "Agus Salim",
		DriverPhone: "+628129450001", CarPass: "CP-POOL-1", Zones: data.Codes{"apron", "vip"}, Notes: "Pool back-up car",
	}
	out := []data.Record{pool}
	galaCars := 0
	for _, dl := range g.dels {
		if dl.d.Status == data.StatusCancelled || dl.car == nil || dl.hod == nil {
			continue
		}
		hotel := stay[dl.d.ID]
		lo := g.leads[dl]
		add := func(kind string, start time.Time, mins int, from, to string, itemID string, backup *data.Vehicle) {
			m := &data.Movement{
				Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Kind: kind, ItemID: itemID,
				Starts: start.UTC(), Ends: start.Add(time.Duration(mins) * time.Minute).UTC(), FromPlace: from, ToPlace: to,
			}
			out = append(out, m)
			pos := 0
			car := func(role string, v *data.Vehicle, driver, riders string, flags data.Codes) {
				pos++
				c := &data.ConvoyCar{Base: data.Base{ID: id()}, MovementID: m.ID, Position: pos, Role: role, Driver: driver, Riders: riders, Flags: flags}
				if v != nil {
					c.VehicleID = v.ID
				}
				out = append(out, c)
			}
			if dl.car.Patwal {
				car(data.CarPatwalLead, nil, fmt.Sprintf("Bripka %s", []string{"Andi", "Yoga", "Rudi", "Dimas"}[r.IntN(4)]), "", nil)
			}
			riders := dl.hod.FullName + " (rear right)"
			if lo != nil {
				riders += "; LO " + lo.FullName + " (front)"
			}
			var flags data.Codes
			if dl.c != nil {
				flags = data.Codes{dl.c.Code}
			}
			car(data.CarVIP, dl.car, "", riders, flags)
			if backup != nil {
				car(data.CarBackup, backup, "", "", nil)
			}
			if v := vans[dl.d.ID]; v != nil {
				car(data.CarStaff, v, "", "Members and staff", nil)
				if kind != data.MoveTransfer {
					car(data.CarLuggage, nil, "Ground Handling", "Luggage", nil)
				}
			}
		}
		airport := "Soekarno-Hatta International Airport (CGK)"
		if dl.private {
			airport = "Halim Perdanakusuma Airport (HLP)"
		}
		add(data.MoveArrival, dl.arrive, 60, airport, hotel, "", nil)
		add(data.MoveDeparture, dl.depart.Add(-3*time.Hour), 60, hotel, airport, "", nil)
		if gala != nil && dl.d.Kind == data.KindCountry && galaCars < 6 {
			var backup *data.Vehicle
			if galaCars < 2 {
				backup = pool // both first delegations get the same back-up car at 19:00
			}
			galaCars++
			add(data.MoveTransfer, gala.Starts.Add(-30*time.Minute).In(g.loc), 30, hotel, gala.Venue, gala.ID, backup)
		}
	}
	return out
}
