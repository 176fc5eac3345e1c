package imex

import (
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"lodesk/data"
)

// fill writes an event with names in many scripts and every column used.
func fill(t *testing.T, s *data.Store) {
	t.Helper()
	at := func(v, zone string) (time.Time, string) {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		x, err := time.ParseInLocation("2006-01-02 15:04", v, loc)
		if err != nil {
			t.Fatal(err)
		}
		return x.UTC(), zone
	}
	err := s.Write(ctx, func(tx *data.Tx) error {
		dels := []*data.Delegation{
			{
				Code: "FRA", Name: "République française", Kind: "country", Country: "FR", Precedence: 3, Relations: "full",
				Languages: data.Codes{"fr", "en"}, Status: "confirmed", Notes: "Note with, comma; \"quotes\"\nand a line break",
			},
			{Code: "VNM", Name: "Việt Nam", Kind: "country", Country: "VN", Precedence: 4, Relations: "full", Languages: data.Codes{"vi"}, Status: "expected"},
			{Code: "RUS", Name: "Российская Федерация", Kind: "country", Country: "RU", Precedence: 5, Relations: "limited", Languages: data.Codes{"ru"}, Status: "arrived"},
			{Code: "GRC", Name: "Ελληνική Δημοκρατία", Kind: "country", Country: "GR", Precedence: 6, Relations: "full", Languages: data.Codes{"el"}, Status: "departed"},
			{Code: "SAU", Name: "المملكة العربية السعودية", Kind: "country", Country: "SA", Precedence: 7, Relations: "none", Languages: data.Codes{"ar"}, Status: "cancelled", Notes: "=HYPERLINK(\"x\")"},
			{Code: "CHN", Name: "中华人民共和国", Kind: "country", Country: "CN", Precedence: 8, Relations: "full", Languages: data.Codes{"zh"}, Status: "confirmed"},
			{Code: "THA", Name: "ราชอาณาจักรไทย", Kind: "country", Country: "TH", Precedence: 9, Relations: "full", Languages: data.Codes{"th", "fil"}, Status: "confirmed"},
			{Code: "ASEAN", Name: "ASEAN Secretariat", Kind: "organisation", Precedence: 1, Relations: "full", Languages: data.Codes{"en"}, Status: "confirmed", Notes: "@chair"},
			{Code: "ACME", Name: "PT Acme Tbk", Kind: "company", Country: "ID", Precedence: 20, Status: "expected"},
		}
		for _, d := range dels {
			if err := tx.Insert(d); err != nil {
				return err
			}
		}
		id := map[string]string{}
		for _, d := range dels {
			id[d.Code] = d.ID
		}
		people := []*data.Person{
			{
				DelegationID: id["FRA"], Role: "hod", Honorific: "S.E. M.", FullName: "Jean-Pierre Lefèvre", Position: "Ministre", Gender: "male",
				Nationality: "FR", PassportNo: "15AB12345", Languages: data.Codes{"fr", "en"}, Dietary: "Halal",
				Allergies: data.Allergies{{Substance: "peanut", Severity: "severe"}, {Substance: "shellfish", Severity: "mild"}},
				Medical:   "Diabetes type 2", Mobility: "Cane", HandlingNotes: "Prefers tea; \"no photos\"", Phone: "+33142685300", Email: "jp@example.fr",
			},
			{
				DelegationID: id["VNM"], Role: "hod", Honorific: "Ông", FullName: "Nguyễn Văn Thành", NativeName: "Nguyễn Văn Thành", Position: "Bộ trưởng",
				Gender: "male", Nationality: "VN", Languages: data.Codes{"vi"}, Phone: "+842438253536",
			},
			{
				DelegationID: id["VNM"], Role: "spouse", FullName: "Trần Thị Hương", NativeName: "陳氏香", Gender: "female", Nationality: "VN",
				Allergies: data.Allergies{{Substance: "lactose"}},
			},
			{DelegationID: id["RUS"], Role: "hod", FullName: "Sergei Ivanov", NativeName: "Сергей Иванов", Position: "Министр", Gender: "male", Nationality: "RU", Languages: data.Codes{"ru", "en"}},
			{DelegationID: id["GRC"], Role: "deputy", FullName: "Nikos Papadopoulos", NativeName: "Νίκος Παπαδόπουλος", Gender: "male", Nationality: "GR"},
			{DelegationID: id["SAU"], Role: "hod", Honorific: "HRH", FullName: "Faisal bin Abdullah", NativeName: "فيصل بن عبدالله", Gender: "male", Nationality: "SA", Dietary: "Halal", Phone: "+966112345678"},
			{DelegationID: id["CHN"], Role: "security", FullName: "Wang Wei", NativeName: "王伟", Gender: "male", Nationality: "CN", PassportNo: "E12345678"},
			{DelegationID: id["THA"], Role: "staff", FullName: "Somchai Jaidee", NativeName: "สมชาย ใจดี", Gender: "male", Nationality: "TH", Languages: data.Codes{"th"}},
			{DelegationID: id["ASEAN"], Role: "hod", FullName: "Kao Kim Hourn", Gender: "male", Nationality: "KH", Email: "sg@asean.org", Phone: "+6281234567890"},
			{DelegationID: id["ACME"], Role: "member", FullName: "Siti Nurhaliza", Gender: "female", Nationality: "ID", Languages: data.Codes{"id", "jv", "ms"}},
		}
		for _, p := range people {
			if err := tx.Insert(p); err != nil {
				return err
			}
		}
		legs := []data.TravelLeg{
			{
				DelegationID: id["FRA"], PersonID: people[0].ID, Direction: "arrival", Mode: "flight", Carrier: "Air France", FlightNo: "AF 256",
				Airport: "CGK", Terminal: "3", VIPLounge: true, Notes: "VIP gate, \"protocol\"",
			},
			{DelegationID: id["FRA"], PersonID: people[0].ID, Direction: "departure", Mode: "flight", Carrier: "Garuda", FlightNo: "GA 88", Airport: "CGK", Terminal: "3"},
			{DelegationID: id["VNM"], Direction: "arrival", Mode: "charter", Airport: "HLP"},
			{DelegationID: id["VNM"], Direction: "departure", Mode: "private_jet", Airport: "HLP"},
			{DelegationID: id["SAU"], Direction: "arrival", Mode: "flight", Carrier: "Saudia", FlightNo: "SV 816", Airport: "CGK"},
			{DelegationID: id["THA"], Direction: "arrival", Mode: "sea", Notes: "Cruise"},
			{DelegationID: id["ACME"], Direction: "arrival", Mode: "road"},
		}
		times := [][2]string{
			{"2026-11-26 09:05", "Asia/Jakarta"},
			{"2026-12-01 22:15", "Europe/Paris"},
			{"2026-11-26 10:00", "Asia/Ho_Chi_Minh"},
			{"2026-11-30 16:00", "Asia/Kolkata"},
			{"2026-11-26 06:00", "UTC"},
			{"2026-11-25 12:00", "Asia/Makassar"},
			{"2026-11-26 08:00", "Asia/Jayapura"},
		}
		for i := range legs {
			legs[i].Scheduled, legs[i].TimeZone = at(times[i][0], times[i][1])
			if err := tx.Insert(&legs[i]); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func sortedRows(t *testing.T, s *data.Store, kind string) [][]string {
	t.Helper()
	rows, err := ExportRows(ctx, s, kind)
	if err != nil {
		t.Fatal(err)
	}
	body := rows[1:]
	sort.Slice(body, func(i, j int) bool { return strings.Join(body[i], "\x00") < strings.Join(body[j], "\x00") })
	return rows
}

func TestRoundTrip(t *testing.T) {
	src := newStore(t)
	fill(t, src)
	fillField(t, src)
	fillProtocol(t, src)
	for _, ext := range []string{".csv", ".xlsx"} {
		t.Run(ext, func(t *testing.T) {
			dst := newStore(t)
			setZones(t, dst)
			dir := t.TempDir()
			for _, kind := range importOrder() {
				path := filepath.Join(dir, kind+ext)
				if _, err := Export(ctx, src, kind, path); err != nil {
					t.Fatal(err)
				}
				tab, err := ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				res, err := Import(ctx, dst, kind, tab, false)
				if err != nil {
					t.Fatalf("%s: %v %v", kind, err, err.(*InvalidError).Problems)
				}
				if got := written(kind, res); got != len(tab.Rows) || len(tab.Rows) == 0 {
					t.Errorf("%s: inserted %d of %d", kind, got, len(tab.Rows))
				}
				for _, p := range res.Plan.AllProblems() {
					t.Errorf("%s: %v", kind, p)
				}
				want, got := sortedRows(t, src, kind), sortedRows(t, dst, kind)
				if !reflect.DeepEqual(want, got) {
					for i := range want {
						if i >= len(got) || !reflect.DeepEqual(want[i], got[i]) {
							t.Errorf("%s row %d:\nwant %q\ngot  %q", kind, i+1, want[i], got[i])
						}
					}
				}
				// A second import of the same file changes nothing.
				v := version(t, dst)
				if res, err := Import(ctx, dst, kind, tab, false); err != nil || res.Unchanged != len(tab.Rows) || version(t, dst) != v {
					t.Errorf("%s: re-import %+v, %v", kind, res, err)
				}
			}
			// Sensitive and typed fields survive, not only their text.
			a, _ := data.All[data.Person](ctx, src)
			b, _ := data.All[data.Person](ctx, dst)
			byName := map[string]data.Person{}
			for _, p := range b {
				byName[p.FullName] = p
			}
			for _, p := range a {
				q := byName[p.FullName]
				p.ID, p.DelegationID, q.ID, q.DelegationID = "", "", "", ""
				if !reflect.DeepEqual(p, q) {
					t.Errorf("person:\nwant %+v\ngot  %+v", p, q)
				}
			}
			legs, _ := data.All[data.TravelLeg](ctx, dst)
			for _, l := range legs {
				if loadZone(l.TimeZone, nil) == nil {
					t.Errorf("leg zone %q does not load", l.TimeZone)
				}
			}
		})
	}
}

func TestExportTemplate(t *testing.T) {
	s := newStore(t)
	dir := t.TempDir()
	for _, kind := range ExportKinds() {
		for _, ext := range []string{".csv", ".xlsx"} {
			path := filepath.Join(dir, "template-"+kind+ext)
			n, err := Export(ctx, s, kind, path)
			if err != nil || n != 0 {
				t.Fatalf("%s%s: %d, %v", kind, ext, n, err)
			}
			tab, err := ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(tab.Header, Headers(kind)) || len(tab.Rows) != 0 {
				t.Errorf("%s%s: %q %v", kind, ext, tab.Header, tab.Rows)
			}
		}
	}
	b, _ := os.ReadFile(filepath.Join(dir, "template-delegations.csv"))
	if string(b) != "\ufeffcode,name,kind,country,precedence,relations,relations_notes,languages,status,notes\r\n" {
		t.Errorf("delegations.csv = %q", b)
	}
	want := map[string]string{
		People:      "delegation,role,honorific,full_name,native_name,position,gender,nationality,passport_no,languages,dietary,allergies,medical,mobility,handling_notes,phone,email",
		LOs:         "full_name,phone,email,gender,languages,experience,skills,available_from,available_to,notes",
		Travel:      "delegation,person,direction,mode,carrier,flight_no,airport,terminal,scheduled,vip_lounge,meeting_point,vehicle,notes",
		Programme:   "title,starts,ends,venue,room,dress_code,attendees,photo,notes,kind,seating", // kind and seating: wave 2
		Assignments: "lo,delegation,person,role,from,to",
		Checklists:  "lo,delegation,phase,item,status,checked_by,checked_at,rechecked_by,rechecked_at,notes",
		Seating:     "session,delegation,person,seat,photo_row,photo_place",
		// Not in DESIGN.md's table: defined here, and in the package comment.
		Requests:  "delegation,person,category,text,received,department,status,response",
		Incidents: "time,delegation,severity,what,action,resolved",
		Gifts:     "lo,from,received,item,amount,currency,value_idr,status,notes",
		Contacts:  "department,delegation,name,role,phone,radio,email,notes",
		Vehicles:  "plate,type,seats,driver,driver_phone,delegation,patwal,car_pass,zones,notes",
		Hotels:    "delegation,person,hotel,room,check_in,check_out,notes",
		Briefs:    "country,relations,etiquette,phrases,notes",
		Transfers: "from,to,minutes,notes",
		Accred:    "delegation,full_name,badge_no,category,zones",
	}
	for kind, h := range want {
		if got := strings.Join(Headers(kind), ","); got != h {
			t.Errorf("%s headers = %s\nDESIGN.md: %s", kind, got, h)
		}
	}
	if _, err := Export(ctx, s, "nonsense", filepath.Join(dir, "x.csv")); err == nil {
		t.Error("an unknown kind exported")
	}
}

func TestExportOtherKinds(t *testing.T) {
	s := newStore(t)
	fill(t, s)
	err := s.Write(ctx, func(tx *data.Tx) error {
		lo := &data.LO{
			FullName: "Budi Santoso", Phone: "+6281298765432", Languages: data.LangSkills{{Code: "en", Level: "fluent"}, {Code: "ar", Level: "native"}},
			Experience: 5, AvailableFrom: "2026-11-24", AvailableTo: "2026-12-02", Status: "active",
		}
		if err := tx.Insert(lo); err != nil {
			return err
		}
		d, _ := s.DelegationByCode(ctx, "SAU")
		if err := tx.Insert(&data.Assignment{LOID: lo.ID, DelegationID: d.ID, Role: "lead", FromDate: "2026-11-25", ToDate: "2026-12-01"}); err != nil {
			return err
		}
		starts := time.Date(2026, 11, 27, 2, 0, 0, 0, time.UTC)
		if err := tx.Insert(&data.ProgrammeItem{
			Title: "Pleno", Starts: starts, Ends: starts.Add(2 * time.Hour), Venue: "JCC",
			Attendees: data.Codes{"all"}, Photo: true, Kind: data.ItemPlenary, Seating: true, Attendance: data.AttendHeadsPlus1,
		}); err != nil {
			return err
		}
		return tx.Insert(&data.Contact{Department: "patwal", Name: "Iptu Agus", Phone: "+6281211112222", RadioChannel: "7"})
	})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		LOs:         {"Budi Santoso", "+6281298765432", "", "", "en:fluent; ar:native", "5", "", "2026-11-24", "2026-12-02", ""},
		Assignments: {"Budi Santoso", "SAU", "", "lead", "2026-11-25", "2026-12-01"},
		Programme:   {"Pleno", "2026-11-27T09:00:00+07:00", "2026-11-27T11:00:00+07:00", "JCC", "", "", "all", "yes", "", "plenary", "heads+1"},
		Contacts:    {"patwal", "", "Iptu Agus", "", "+6281211112222", "7", "", ""},
	}
	for kind, row := range want {
		rows, err := ExportRows(ctx, s, kind)
		if err != nil || len(rows) != 2 || !reflect.DeepEqual(rows[1], row) {
			t.Errorf("%s: %q, %v", kind, rows, err)
		}
	}
	rows, _ := ExportRows(ctx, s, Travel)
	if rows[len(rows)-1][8] != "2026-12-01T22:15:00+01:00" { // in the leg's own zone
		t.Errorf("last leg: %q", rows[len(rows)-1])
	}
}
