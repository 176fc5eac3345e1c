package demo

import (
	"fmt"
	"strings"
	"time"

	"lodesk/data"
)

// programme is four days: senior officials on day 1 (the second arrival
// day), the leaders' days 2 and 3 with the group photo and the gala
// dinner, and the closing on day 4 (six days in the xlarge demo).
func (g *gen) programme() []data.Record {
	item := func(title, kind string, day, h, m, mins int, venue, room, dress string) *data.ProgrammeItem {
		st := g.at(day, h, m)
		return &data.ProgrammeItem{
			Base: data.Base{ID: id()}, Title: title, Kind: kind, Starts: st.UTC(), Ends: st.Add(time.Duration(mins) * time.Minute).UTC(),
			Venue: venue, Room: room, DressCode: dress, Attendees: data.Codes{"all"}, Attendance: data.AttendDelegations,
		}
	}
	const biz, batik = "Business attire", "Batik"
	items := []*data.ProgrammeItem{
		item("Senior Officials' Meeting", data.ItemPlenary, 1, 9, 0, 420, venueMain, "Cendrawasih Room", biz),
		item("Welcome Reception", data.ItemReception, 1, 19, 0, 120, "Hotel Mulia Senayan", "Grand Ballroom", "Smart casual"),
		item("Opening Ceremony and First Plenary Session", data.ItemPlenary, 2, 9, 0, 150, venueMain, "Plenary Hall", "Lounge suit or national dress"),
		item("Family Photo of Heads of Delegation", data.ItemPhoto, 2, 11, 45, 30, venueMain, "Main Lobby, photo riser", "Lounge suit or national dress"),
		item("Leaders' Working Lunch", data.ItemMeal, 2, 12, 30, 90, venueMain, "Merak Room", biz),
		item("Second Plenary: Sustainable Tourism and Connectivity", data.ItemPlenary, 2, 14, 30, 180, venueMain, "Plenary Hall", biz),
		item("Gala Dinner hosted by the Minister of Tourism", data.ItemGala, 2, 19, 30, 180, venueGala, "Bali Room", "Batik or national dress"),
		item("Third Plenary: Investment in Tourism Destinations", data.ItemPlenary, 3, 9, 0, 180, venueMain, "Plenary Hall", biz),
		item("Spouse Programme: Batik Workshop and Museum Tekstil", data.ItemVisit, 3, 9, 30, 300, "Museum Tekstil Jakarta", "Workshop Hall", batik),
		item("Site Visit: Kota Tua Jakarta and Fatahillah Museum", data.ItemVisit, 3, 14, 0, 240, "Kota Tua Jakarta", "Fatahillah Square", "Smart casual"),
		item("Closing Plenary and Adoption of the Jakarta Declaration", data.ItemPlenary, 4, 9, 0, 150, venueMain, "Plenary Hall", biz),
		item("Press Conference", data.ItemOther, 4, 11, 45, 45, venueMain, "Media Centre", biz),
		item("Farewell Lunch", data.ItemMeal, 4, 12, 45, 90, venueMain, "Merak Room", batik),
	}
	if g.size == XLarge {
		items = g.sixDays(items, item)
	}
	var hods []*deleg
	for _, dl := range g.dels {
		if dl.d.Status != data.StatusCancelled {
			hods = append(hods, dl)
		}
	}
	for _, it := range items {
		switch it.Kind {
		case data.ItemPhoto:
			it.Photo, it.RowSizes = true, rowSizes(len(hods))
			it.SetAttendance(data.AttendHeads)
			it.Notes = "Host at the centre of the front row; alternate right and left by precedence."
		case data.ItemGala:
			it.Seating, it.RowSizes = true, "11; 12" // the head table, then tables of twelve
			it.Notes = "Seated dinner; head table for the host and the first ten by precedence."
		case data.ItemPlenary:
			if strings.HasPrefix(it.Title, "Opening") {
				it.Seating, it.RowSizes = true, "21; 24" // each head with one adviser behind
				it.SetAttendance(data.AttendHeadsPlus1)
				it.Notes = "Heads of delegation in the front row, one adviser each behind."
			}
		}
		if strings.HasPrefix(it.Title, "Spouse Programme") {
			it.SetAttendance(data.AttendChosen)
			for _, dl := range hods {
				for _, p := range dl.people {
					if p.Role == data.RoleSpouse {
						it.Chosen = append(it.Chosen, p.ID)
					}
				}
			}
			it.Notes = "For the spouses of Heads of Delegation."
		}
	}
	// Bilaterals between the host and some delegations, on days 2 and 3.
	n := g.prof.bilaterals
	for i := range n {
		dl := hods[1+(i*len(hods)/n)%(len(hods)-1)]
		day, h, m, room := g.bilateralSlot(i)
		b := item("Bilateral meeting: Indonesia – "+dl.d.Name, data.ItemBilateral, day, h, m, 30, venueMain, room, biz)
		b.Attendees = data.Codes{g.dels[0].d.Code, dl.d.Code}
		b.SetAttendance(data.AttendHeads)
		items = append(items, b)
	}
	out := make([]data.Record, len(items))
	for i, it := range items {
		out[i] = it
	}
	return out
}

// rowSizes splits n people into photo rows that grow by two from the front.
func rowSizes(n int) string {
	var rows []string
	for size := 10; n > 0; size += 2 {
		k := min(size, n)
		rows = append(rows, fmt.Sprint(k))
		n -= k
	}
	return strings.Join(rows, "; ")
}

var requestTexts = map[string][]string{
	"dietary":   {"Halal-certified kitchen for all meals, including the gala dinner.", "Kosher meals for two delegates throughout.", "Strictly vegetarian meals without onion or garlic for the HOD."},
	"transport": {"An additional van for the press team.", "Motorcade without sirens through the city centre.", "Airport pick-up for a late-joining adviser."},
	"schedule":  {"A bilateral meeting with the Minister of Foreign Affairs.", "Leave the gala dinner early for a flight.", "A prayer break before the afternoon plenary."},
	"medical":   {"A doctor on call at the hotel overnight.", "Refrigeration for insulin in the HOD's suite and car."},
	"shopping":  {"A private visit to a batik gallery on Saturday morning.", "Purchase of Indonesian coffee as gifts, 40 packs."},
	"other":     {"Display of the national flag at the hotel entrance.", "An interpreter for a press interview.", "A room for a private religious service on Sunday."},
}

var requestDepartments = map[string]string{"dietary": "hospitality_desk", "transport": "transport", "schedule": "eo", "medical": "medical", "shopping": "hospitality_desk", "other": "eo"}

func (g *gen) requests() []data.Record {
	var out []data.Record
	for i, dl := range g.dels {
		if i%3 != 1 {
			continue
		}
		cat := data.RequestCategories[g.r.IntN(len(data.RequestCategories))]
		r := &data.Request{
			Base: data.Base{ID: id()}, DelegationID: dl.d.ID, Category: cat, Text: pick(g.r, requestTexts[cat]),
			ReceivedAt: g.at(g.r.IntN(3)-3, 8+g.r.IntN(10), 0).UTC(), Department: requestDepartments[cat],
			Status: g.weighted(wv{data.RequestOpen, 40}, wv{data.RequestFulfilled, 35}, wv{data.RequestDeclined, 15}, wv{data.RequestEscalated, 10}),
		}
		if g.chance(0.5) {
			r.PersonID = dl.hod.ID
		}
		switch r.Status {
		case data.RequestFulfilled:
			r.Response = "Arranged and confirmed with the delegation."
		case data.RequestDeclined:
			r.Response = "Regretfully not possible under the host's security arrangements; an alternative was offered with the Minister's compliments."
		case data.RequestEscalated:
			r.Response = "Referred to the Ministry's Directorate of Protocol."
		}
		out = append(out, r)
	}
	return out
}

var incidentTexts = [][3]string{
	{"medium", "Checked luggage of two members missing on arrival.", "Property irregularity report filed; bags delivered to the hotel the next morning."},
	{"low", "HOD's car delayed 15 minutes by traffic on Jl. Sudirman.", "Patwal rerouted via the toll road; meeting started on time."},
	{"high", "Delegate with a severe shellfish allergy served a prawn canapé at the reception.", "Adrenaline given by the medical team; observed at the clinic, recovered."},
	{"medium", "Delegation complained about room allocation (lower floor than another delegation).", "Hotel upgraded the HOD's suite; apology conveyed by the LO coordinator."},
	{"low", "Wrong name card (misspelt) at the plenary.", "Replaced before the session opened."},
	{"high", "Unauthorised photographer followed the delegation at the site visit.", "Security detained and escorted the person off site; police informed."},
	{"medium", "Interpreter fell ill on the second day.", "Reserve LO with the same language assigned within two hours."},
}

func (g *gen) incidents() []data.Record {
	var out []data.Record
	for i := range g.prof.incidents {
		t := incidentTexts[i%len(incidentTexts)]
		dl := g.dels[1+g.r.IntN(len(g.dels)-1)]
		for dl.d.Status == data.StatusCancelled {
			dl = g.dels[1+g.r.IntN(len(g.dels)-1)]
		}
		out = append(out, &data.Incident{
			Base: data.Base{ID: id()}, OccurredAt: g.at(1+g.r.IntN(3), 8+g.r.IntN(13), 5*g.r.IntN(12)).UTC(), DelegationID: dl.d.ID,
			Severity: t[0], What: t[1], Action: t[2], Resolved: g.chance(0.7),
		})
	}
	return out
}

var (
	giftItems = []string{
		"Silk scarf", "Bottle of single malt whisky", "Wristwatch", "Lacquerware tray", "Porcelain vase",
		"Leather wallet", "Book of photographs of the country", "Fountain pen",
	}
	cashAmounts = map[string]float64{"USD": 200, "EUR": 100, "SAR": 500, "JPY": 10000, "AED": 500}
	idrPer      = map[string]float64{"USD": 16300, "EUR": 17600, "SAR": 4350, "JPY": 108, "AED": 4440}
	euroPools   = map[string]bool{"de": true, "fr": true, "it": true, "es": true, "nl": true, "el": true, "pt": true}
)

// gift draws what a delegation gives its LO: an object or an envelope
// with cash in the delegation's currency.
func (g *gen) gift(dl *deleg) (item string, amount float64, currency string) {
	if g.chance(0.3) {
		currency = "USD"
		switch {
		case dl.c == nil:
		case dl.c.Code == "SA", dl.c.Code == "JP", dl.c.Code == "AE":
			currency = map[string]string{"SA": "SAR", "JP": "JPY", "AE": "AED"}[dl.c.Code]
		case euroPools[dl.c.Pool] && dl.c.Code != "BR" && dl.c.Code != "MX":
			currency = "EUR"
		}
		return "Envelope with cash", cashAmounts[currency], currency
	}
	if dl.c != nil && dl.c.Pool == "ar" && g.chance(0.5) {
		return "Box of dates and Arabic coffee", 0, ""
	}
	return pick(g.r, giftItems), 0, ""
}

func (g *gen) gifts() []data.Record {
	var out []data.Record
	for i := 0; i < len(g.dels) && len(out) < g.prof.gifts; i++ {
		dl := g.dels[i]
		lo := g.leads[dl]
		if lo == nil || dl.isHost || !g.chance(0.5) {
			continue
		}
		item, amount, currency := g.gift(dl)
		val := int64(amount * idrPer[currency])
		if amount == 0 {
			val = int64(250_000 * (1 + g.r.IntN(40)))
		}
		out = append(out, &data.Gift{
			Base: data.Base{ID: id()}, LOID: lo.ID, FromWhom: dl.hod.Honorific + " " + dl.hod.FullName + " (" + dl.d.Name + ")",
			ReceivedAt: dl.depart.Add(-2 * time.Hour).UTC(), Item: item, Amount: amount, Currency: currency, ValueIDR: val,
			Status: data.GiftStatuses[g.r.IntN(len(data.GiftStatuses))],
		})
	}
	return out
}

func (g *gen) contacts() []data.Record {
	var out []data.Record
	for i, dep := range data.Departments {
		for k := range 1 + boolInt(i%3 == 0) {
			out = append(out, &data.Contact{
				Base: data.Base{ID: id()}, Department: dep, Name: g.indonesian(), Phone: g.phone(g.t.countryByCC["ID"]),
				RadioChannel: fmt.Sprintf("CH %d", 1+i*2+k), Notes: map[bool]string{true: "Night shift", false: "Day shift"}[k == 1],
			})
		}
	}
	return out
}

func (g *gen) briefs() []data.Record {
	out := make([]data.Record, 0, len(g.t.Briefs))
	for _, b := range g.t.Briefs {
		out = append(out, &data.CountryBrief{
			Base: data.Base{ID: id()}, Country: b.Country, Relations: b.Relations, Etiquette: b.Etiquette, Phrases: b.Phrases, Notes: b.Notes,
		})
	}
	return out
}
