package demo

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"

	"lodesk/data"
)

// carrier is one row of data/carriers.txt.
type carrier struct {
	Code, Name string
	Lo, Hi     int // flight numbers used on the Jakarta route
}

func (t *tables) loadCarriers() error {
	ls, err := lines("carriers.txt")
	if err != nil {
		return err
	}
	t.Carriers = map[string]carrier{}
	for _, l := range ls {
		f := splitBar(l)
		lo, hi, _ := strings.Cut(f[len(f)-1], "-")
		c := carrier{Code: f[0], Name: f[1]}
		var err1, err2 error
		c.Lo, err1 = strconv.Atoi(lo)
		c.Hi, err2 = strconv.Atoi(hi)
		if len(f) != 3 || err1 != nil || err2 != nil {
			return fmt.Errorf("demo data: carriers.txt: %q", l)
		}
		t.Carriers[c.Code] = c
	}
	return nil
}

// Hubs through which a delegation without a direct flight connects, by
// UN M.49 region.
var hubs = []struct {
	region   string
	carriers []string
}{
	{"035", []string{"SQ", "GA", "MH", "TG"}}, // South-eastern Asia
	{"145", []string{"QR", "EK", "SV", "TK"}}, // Western Asia
	{"142", []string{"SQ", "CX", "GA", "MH"}}, // rest of Asia
	{"150", []string{"QR", "EK", "TK", "KL", "SQ"}},
	{"002", []string{"ET", "QR", "EK"}},
	{"019", []string{"SQ", "CX", "QR", "EK"}},
	{"009", []string{"GA", "QF", "SQ"}},
}

// Places and names around the venue.
const (
	venueMain = "Jakarta Convention Center (JCC) Senayan"
	venueGala = "Hotel Indonesia Kempinski Jakarta"
	tzJakarta = "Asia/Jakarta"
)

var (
	hotels       = []string{venueGala, "The Sultan Hotel & Residence Jakarta", "Hotel Mulia Senayan", "Fairmont Jakarta", "The Ritz-Carlton Jakarta, Pacific Place", "Raffles Jakarta"}
	carTypes     = []string{"Mercedes-Benz S-Class", "Toyota Alphard", "Lexus LM 350h", "BMW 7 Series"}
	vanTypes     = []string{"Toyota HiAce Premio", "Hyundai Staria", "Toyota Coaster (bus)"}
	plateLetters = []string{"RFS", "RFP", "RFD", "RFL", "CD", "RFH"}
	regPrefix    = map[string]string{"SA": "HZ-", "AE": "A6-", "QA": "A7-", "BN": "V8-", "JP": "JA", "US": "N", "CN": "B-", "KR": "HL", "RU": "RA-", "TH": "HS-"}
)

func (g *gen) carrierFor(dl *deleg) carrier {
	if dl.c != nil {
		if c, ok := g.t.Carriers[dl.c.Carrier]; ok && g.chance(0.8) {
			return c
		}
		r := language.MustParseRegion(dl.c.Code)
		for _, h := range hubs {
			if language.MustParseRegion(h.region).Contains(r) {
				return g.t.Carriers[pick(g.r, h.carriers)]
			}
		}
	}
	return g.t.Carriers[pick(g.r, []string{"SQ", "GA", "QR", "CX"})]
}

// logistics creates the delegation's vehicles, arrival and departure legs
// and hotel stay. Arrivals spread over the first three days, departures
// over the last day of the programme and the day after; a delegation too
// large for one van gets coaches.
func (g *gen) logistics(dl *deleg) []data.Record {
	var out []data.Record
	carType := pick(g.r, carTypes)
	car := &data.Vehicle{
		Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Plate: g.plate(), Type: carType, Capacity: 3,
		Driver: g.indonesian(), DriverPhone: g.phone(g.t.countryByCC["ID"]), Notes: "HOD car",
	}
	if dl.c != nil || dl.d.Precedence <= len(g.dels)/5 {
		car.Patwal = true
		car.PatwalUnit = fmt.Sprintf("Patwal Ditlantas Polda Metro Jaya, unit %02d", 1+g.r.IntN(40))
	}
	dl.car = car
	out = append(out, car)
	var van *data.Vehicle
	if len(dl.people) > 4 {
		vt := pick(g.r, vanTypes)
		capacity := 10
		if strings.Contains(vt, "bus") {
			capacity = 24
		}
		van = &data.Vehicle{
			Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Plate: g.plate(), Type: vt, Capacity: capacity,
			Driver: g.indonesian(), DriverPhone: g.phone(g.t.countryByCC["ID"]), Notes: "Delegation and luggage",
		}
		out = append(out, van)
	}
	out = append(out, g.buses(dl)...)

	arrDay, hour := g.r.IntN(3), 6+g.r.IntN(17)
	if dl.d.Status == data.StatusArrived {
		arrDay, hour = 0, 6+g.r.IntN(5) // already landed on the first morning
	}
	dl.arrive = g.at(arrDay, hour, 5*g.r.IntN(12))
	depDay := g.prof.lastDay + g.r.IntN(2)
	dl.depart = g.at(depDay, 8+g.r.IntN(14), 5*g.r.IntN(12))
	if depDay == g.prof.lastDay && dl.depart.Hour() < 18 {
		dl.depart = dl.depart.Add(time.Duration(18-dl.depart.Hour()) * time.Hour)
	}
	whole := func(dir string, at time.Time) *data.TravelLeg {
		return &data.TravelLeg{
			Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Direction: dir, Scheduled: at.UTC(), TimeZone: tzJakarta,
			VIPLounge: dl.d.Kind == data.KindCountry, VehicleID: car.ID,
		}
	}
	arr, dep := whole(data.Arrival, dl.arrive), whole(data.Departure, dl.depart)
	if van != nil {
		arr.Notes = "Luggage and members by van " + van.Plate + "."
	}
	switch {
	case dl.isHost || (dl.d.Kind == data.KindCompany && dl.d.Country == "ID"):
		for _, l := range []*data.TravelLeg{arr, dep} {
			l.Mode, l.VIPLounge = data.ModeRoad, false
		}
		arr.Notes = "By road from the Ministry, Jl. Medan Merdeka Barat."
	case dl.d.Kind == data.KindCountry && g.chance(0.08):
		for _, l := range []*data.TravelLeg{arr, dep} {
			l.Mode, l.Carrier, l.FlightNo, l.Airport, l.Terminal = data.ModeCharter, "Garuda Indonesia (charter)", fmt.Sprintf("GA%d", 9000+g.r.IntN(900)), "HLP", "VIP"
		}
	default:
		g.flight(dl, arr, dep)
	}
	if dep.Airport != "" {
		dep.MeetingPoint = "Hotel lobby, three hours before departure"
	}
	if arr.Airport != "" {
		arr.MeetingPoint = "Aerobridge, then VIP lounge"
		if !arr.VIPLounge {
			arr.MeetingPoint = "Arrival hall, meeting point B, LO holding a name board"
		}
	}
	out = append(out, arr, dep)

	// Some heads fly in separately on a private or state aircraft.
	if dl.c != nil && !dl.isHost && arr.Mode == data.ModeFlight && g.chance(0.2) {
		dl.private = true
		reg := regPrefix[dl.c.Code]
		if reg == "" {
			reg = "VP-B"
		}
		tail := reg + string(rune('A'+g.r.IntN(26))) + string(rune('A'+g.r.IntN(26)))
		for _, dir := range []string{data.Arrival, data.Departure} {
			// Within the airport's VVIP hours, on the delegation's days.
			d := dl.arrive.In(g.loc)
			if dir == data.Departure {
				d = dl.depart.In(g.loc)
			}
			at := time.Date(d.Year(), d.Month(), d.Day(), 8+g.r.IntN(12), 15*g.r.IntN(4), 0, 0, g.loc)
			out = append(out, &data.TravelLeg{
				Base: data.Base{ID: id()}, DelegationID: dl.d.ID, PersonID: dl.hod.ID, Direction: dir, Mode: data.ModePrivateJet,
				Carrier: "Gulfstream G650 (state aircraft)", FlightNo: tail, Airport: "HLP", Terminal: "VVIP",
				Scheduled: at.UTC(), TimeZone: tzJakarta, VIPLounge: true, MeetingPoint: "Apron, VVIP terminal", VehicleID: car.ID,
				Notes: "Head of Delegation only; landing permit via the Ministry of Foreign Affairs.",
			})
		}
	}

	hotel := hotels[0]
	if !dl.isHost {
		hotel = hotels[g.r.IntN(len(hotels))]
	}
	base := 10 + g.r.IntN(20)
	var rooms []string
	for i := range (len(dl.people) + 1) / 2 {
		rooms = append(rooms, roomNo(base, i))
	}
	// In after the airport transfer; out before leaving for the airport.
	in, out0 := dl.arrive.Add(90*time.Minute).UTC(), dl.depart.Add(-3*time.Hour).UTC()
	out = append(out,
		&data.Accommodation{
			Base: data.Base{ID: id()}, DelegationID: dl.d.ID, PersonID: dl.hod.ID, Hotel: hotel,
			Rooms: fmt.Sprintf("Suite %d01", base+10), CheckIn: in, CheckOut: out0,
			Notes: "Welcome amenities, national flag on the desk.",
		},
		&data.Accommodation{
			Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Hotel: hotel, Rooms: strings.Join(rooms, "; "),
			CheckIn: in, CheckOut: out0,
		})
	return out
}

func (g *gen) flight(dl *deleg, arr, dep *data.TravelLeg) {
	c := g.carrierFor(dl)
	// Inbound flights have even numbers, the return flight the next odd one.
	no := c.Lo + g.r.IntN(c.Hi-c.Lo+1)
	if no%2 == 1 {
		no--
	}
	if no < c.Lo {
		no += 2
	}
	terminal := "3"
	if c.Code == "GA" && no < 700 {
		terminal = "2"
	}
	arr.Mode, arr.Carrier, arr.FlightNo, arr.Airport, arr.Terminal = data.ModeFlight, c.Name, fmt.Sprintf("%s%d", c.Code, no), "CGK", terminal
	back := no + 1
	dep.Mode, dep.Carrier, dep.FlightNo, dep.Airport, dep.Terminal = data.ModeFlight, c.Name, fmt.Sprintf("%s%d", c.Code, back), "CGK", terminal

	// A scheduled flight keeps its time of day, whoever is on board.
	a := dl.arrive.In(g.loc)
	mins := 6*60 + (no*97+int(c.Code[0])*31)%(16*12)*5
	dl.arrive = time.Date(a.Year(), a.Month(), a.Day(), 0, mins, 0, 0, g.loc)
	d := dl.depart.In(g.loc)
	mins = 8*60 + (back*61+int(c.Code[1])*17)%(14*12)*5
	dl.depart = time.Date(d.Year(), d.Month(), d.Day(), 0, mins, 0, 0, g.loc)
	if dl.depart.Sub(g.day(g.prof.lastDay)) < 17*time.Hour {
		dl.depart = dl.depart.AddDate(0, 0, 1) // not before the closing day's afternoon
	}
	arr.Scheduled, dep.Scheduled = dl.arrive.UTC(), dl.depart.UTC()
}

func (g *gen) plate() string {
	return fmt.Sprintf("B %d %s", 1000+g.r.IntN(9000), pick(g.r, plateLetters))
}

// indonesian draws an Indonesian name.
func (g *gen) indonesian() string {
	full, _ := g.name(g.t.Pools["id"], g.weighted(wv{"male", 7}, wv{"female", 3}))
	return full
}
