package imex

import (
	"testing"
	"time"

	"lodesk/app/sop"
	"lodesk/data"
)

// fillField adds, to what fill wrote, LOs, programme items, assignments,
// requests, incidents, gifts and contacts, with every column used.
func fillField(t *testing.T, s *data.Store) {
	t.Helper()
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	at := func(v string) time.Time {
		x, err := time.ParseInLocation("2006-01-02 15:04", v, jkt)
		if err != nil {
			t.Fatal(err)
		}
		return x.UTC()
	}
	deleg, person := map[string]string{}, map[string]string{}
	ds, _ := data.All[data.Delegation](ctx, s)
	for _, d := range ds {
		deleg[d.Code] = d.ID
	}
	ps, _ := data.All[data.Person](ctx, s)
	for _, p := range ps {
		person[p.FullName] = p.ID
	}
	err := s.Write(ctx, func(tx *data.Tx) error {
		los := []*data.LO{
			{
				FullName: "Budi Santoso", Phone: "+6281298765432", Email: "budi@lo.example.id", Gender: "male",
				Languages: data.LangSkills{{Code: "en", Level: "fluent"}, {Code: "ar", Level: "native"}}, Experience: 5,
				Skills: "Driving, first aid; \"protocol\"", AvailableFrom: "2026-11-24", AvailableTo: "2026-12-02", Status: data.LOActive,
				Notes: "Line one\nline two",
			},
			{
				FullName: "Ni Luh Putu Ayu Sukmawati", Gender: "female", Status: data.LOReserve,
				Languages: data.LangSkills{{Code: "ja", Level: "working"}, {Code: "id", Level: "native"}, {Code: "ban", Level: "basic"}},
			},
			{FullName: "Nguyễn Thị Lan", Email: "lan@lo.example.id", Languages: data.LangSkills{{Code: "vi", Level: "native"}}, Status: data.LOActive, Notes: "=1+1"},
		}
		for _, l := range los {
			if err := tx.Insert(l); err != nil {
				return err
			}
		}
		items := []*data.ProgrammeItem{
			{
				Title: "Pleno Pembukaan", Kind: data.ItemOther, Starts: at("2026-11-27 09:00"), Ends: at("2026-11-27 11:30"), Venue: "JCC",
				Room: "Plenary Hall", DressCode: "Batik", Attendees: data.Codes{"all"}, Photo: true, Notes: "Seats, \"fixed\"",
			},
			{
				Title: "Bilateral FRA–VNM", Kind: data.ItemOther, Starts: at("2026-11-28 14:00"), Ends: at("2026-11-28 14:45"),
				Attendees: data.Codes{"FRA", "VNM"},
			},
			{Title: "Дружеский ужин", Kind: data.ItemOther, Starts: at("2026-11-28 19:00"), Ends: at("2026-11-28 22:00"), Attendees: data.Codes{"all"}},
		}
		for _, it := range items {
			if err := tx.Insert(it); err != nil {
				return err
			}
		}
		as := []*data.Assignment{
			{LOID: los[0].ID, DelegationID: deleg["SAU"], PersonID: person["Faisal bin Abdullah"], Role: data.AssignLead, FromDate: "2026-11-25", ToDate: "2026-12-01"},
			{LOID: los[2].ID, DelegationID: deleg["VNM"], Role: data.AssignLead, FromDate: "2026-11-26"},
			{LOID: los[1].ID, DelegationID: deleg["VNM"], Role: data.AssignAssistant},
		}
		for _, a := range as {
			if _, err := sop.AssignTx(tx, a); err != nil {
				return err
			}
		}
		recs := []data.Record{
			&data.Request{
				DelegationID: deleg["FRA"], PersonID: person["Jean-Pierre Lefèvre"], Category: "dietary", Text: "Halal meals; no pork, \"please\"",
				ReceivedAt: at("2026-11-26 10:15"), Department: "hospitality_desk", Status: data.RequestFulfilled, Response: "Arranged.",
			},
			&data.Request{DelegationID: deleg["VNM"], Category: "other", Text: "Flag at the hotel entrance", Department: "eo", Status: data.RequestOpen},
			&data.Request{
				DelegationID: deleg["SAU"], Category: "schedule", Text: "طلب موعد", ReceivedAt: at("2026-11-26 11:00"), Department: "eo",
				Status: data.RequestDeclined, Response: "Regretfully not possible.",
			},
			&data.Incident{OccurredAt: at("2026-11-27 08:05"), DelegationID: deleg["FRA"], Severity: "high", What: "Allergic reaction", Action: "Clinic", Resolved: true},
			&data.Incident{OccurredAt: at("2026-11-27 12:00"), Severity: "low", What: "Power cut in the media centre"},
			&data.Gift{
				LOID: los[0].ID, FromWhom: "HRH Faisal bin Abdullah (Saudi Arabia)", ReceivedAt: at("2026-12-01 08:00"),
				Item: "Envelope with cash", Amount: 500, Currency: "SAR", ValueIDR: 2175000, Status: "declared",
			},
			&data.Gift{LOID: los[0].ID, FromWhom: "Delegation of Kuwait", ReceivedAt: at("2026-12-01 09:00"), Amount: 12.345, Currency: "KWD", ValueIDR: 650000, Status: "received"},
			&data.Gift{LOID: los[2].ID, FromWhom: "Ông Nguyễn Văn Thành", ReceivedAt: at("2026-11-30 17:00"), Item: "Lacquerware tray", ValueIDR: 750000, Status: "reported_kpk", Notes: "KPK ref 12/2026"},
			&data.Contact{Department: "patwal", Name: "Iptu Agus", Phone: "+6281211112222", RadioChannel: "CH 7", Notes: "Night shift"},
			&data.Contact{Department: "ground_handling", Name: "Dewi Lestari", Phone: "+6281311112222"},
			&data.Contact{Department: "eo", Name: "PT Acara Nusantara", RadioChannel: "CH 1"},
		}
		for _, r := range recs {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
