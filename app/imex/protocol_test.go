package imex

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"lodesk/app/accred"
	"lodesk/app/field"
	"lodesk/app/transfer"
	"lodesk/data"
)

var testZones = data.Codes{"apron", "vip", "plenary", "bilateral", "media"}

// setZones gives the event of s the demo's access zones.
func setZones(t testing.TB, s *data.Store) {
	t.Helper()
	ev, err := s.Event(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ev.Zones = testZones
	if err := s.Update(ctx, ev); err != nil {
		t.Fatal(err)
	}
}

// importOrder is ImportKinds with each kind after those it refers to:
// vehicles before travel, which names them by plate.
func importOrder() []string {
	ks := slices.DeleteFunc(ImportKinds(), func(k string) bool { return k == Vehicles })
	i := slices.Index(ks, Travel)
	return slices.Insert(ks, i, Vehicles)
}

// fillProtocol adds to fill's event what Protocol, Transport and
// Hospitality keep: zones and badges, vehicles, hotel stays, briefs,
// transfer times, delegation contacts, a leg's meeting point and vehicle.
func fillProtocol(t *testing.T, s *data.Store) {
	t.Helper()
	setZones(t, s)
	deleg, person := map[string]string{}, map[string]*data.Person{}
	ds, _ := data.All[data.Delegation](ctx, s)
	for _, d := range ds {
		deleg[d.Code] = d.ID
	}
	ps, _ := data.All[data.Person](ctx, s)
	for i := range ps {
		person[ps[i].FullName] = &ps[i]
	}
	at := func(v string) time.Time {
		x, err := time.Parse(time.RFC3339, v)
		if err != nil {
			t.Fatal(err)
		}
		return x.UTC()
	}
	err := s.Write(ctx, func(tx *data.Tx) error {
		sau, _ := data.Get[data.Delegation](ctx, s, deleg["SAU"])
		sau.RelationsNotes = "No embassy in Jakarta; Sweden acts as protecting power"
		if err := tx.Update(sau); err != nil {
			return err
		}
		vs := []*data.Vehicle{
			{
				Plate: "B 1234 RFS", Type: "Toyota Alphard", Capacity: 6, Driver: "Pak Slamet", DriverPhone: "+6281311112222",
				DelegationID: deleg["FRA"], Patwal: true, CarPass: "CP-001", Zones: data.Codes{"apron", "vip"}, Notes: "Flag mount",
			},
			{Plate: "B 7 RI", Type: "Bus", Capacity: 40},
		}
		for _, v := range vs {
			if err := tx.Insert(v); err != nil {
				return err
			}
		}
		legs, err := data.AllIn[data.TravelLeg](tx)
		if err != nil {
			return err
		}
		legs[0].MeetingPoint, legs[0].VehicleID = "VIP Terminal, gate 2", vs[0].ID
		if err := tx.Update(&legs[0]); err != nil {
			return err
		}
		recs := []data.Record{
			&data.Accommodation{
				DelegationID: deleg["FRA"], PersonID: person["Jean-Pierre Lefèvre"].ID, Hotel: "Hotel Mulia", Rooms: "1201; 1202",
				CheckIn: at("2026-11-26T14:00:00+07:00"), CheckOut: at("2026-12-02T12:00:00+07:00"), Notes: "Suite",
			},
			&data.Accommodation{DelegationID: deleg["VNM"], Hotel: "Hôtel Borobudur", Rooms: "5 rooms, floor 7"},
			&data.CountryBrief{Country: "FR", Relations: "Strategic partners since 2011", Etiquette: "Handshake", Phrases: "Bonjour; merci"},
			&data.CountryBrief{Country: "VN", Relations: "ASEAN neighbours", Notes: "=1+2"},
			&data.Transfer{FromVenue: "JCC", ToVenue: "Istana Merdeka", Minutes: 25},
			&data.Transfer{FromVenue: "Hotel Mulia", ToVenue: "CGK", Minutes: 55, Notes: "Toll road; 90 at rush hour"},
			&data.Contact{DelegationID: deleg["SAU"], Role: data.ContactProtectingPower, Name: "Embassy of Sweden", Phone: "+62215201551", Email: "ambassaden.jakarta@gov.se"},
			&data.Contact{DelegationID: deleg["FRA"], Role: data.ContactEmbassy, Name: "Ambassade de France", Phone: "+622123557600", RadioChannel: "", Notes: "Protocol desk"},
			&data.Contact{DelegationID: deleg["FRA"], Role: data.ContactProtocolOfficer, Name: "Claire Martin", Email: "claire.martin@diplomatie.gouv.fr"},
		}
		for _, r := range recs {
			if err := tx.Insert(r); err != nil {
				return err
			}
		}
		hod := person["Jean-Pierre Lefèvre"]
		hod.Badge = data.Badge{BadgeNo: "D-0001", BadgeCategory: "VVIP", Zones: data.Codes{"apron", "vip", "plenary"}}
		if err := tx.Update(hod); err != nil {
			return err
		}
		los, err := data.AllIn[data.LO](tx)
		if err != nil {
			return err
		}
		los[0].Badge = data.Badge{BadgeNo: "LO-0001", BadgeCategory: "LO", Zones: data.Codes{"apron", "vip"}}
		return tx.Update(&los[0])
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestImportProtocolKindsIndonesian imports each new kind from CSV and
// XLSX files with Indonesian headers.
func TestImportProtocolKindsIndonesian(t *testing.T) {
	files := map[string][][]any{
		Vehicles: {
			{"No Polisi", "Jenis", "Kursi", "Pengemudi", "Telepon Pengemudi", "Delegasi", "Patwal", "No Stiker", "Zona", "Catatan"},
			{"b 1234 rfs", "Alphard", 6, "Pak Slamet", "0813 1111 2222", "FRA", "ya", "CP-001", "Apron; VIP", "Bendera"},
			{"B 7 RI", "Bus", 40, "", "", "", "tidak", "", "", ""},
		},
		Hotels: {
			{"Delegasi", "Nama Lengkap", "Hotel", "Kamar", "Check In", "Check Out", "Catatan"},
			{"FRA", "Jean Dupont", "Hotel Mulia", "1201", "2026-11-26 14:00", "2026-12-01 12:00", ""},
			{"VNM", "", "Hotel Borobudur", "701-705", "", "", "seluruh delegasi"},
		},
		Briefs: {
			{"Negara", "Hubungan", "Etiket", "Frasa", "Catatan"},
			{"Prancis", "Mitra strategis", "Jabat tangan", "Bonjour", ""},
		},
		Transfers: {
			{"Dari", "Ke", "Menit", "Catatan"},
			{"JCC", "Istana Merdeka", 25, ""},
			{"Hotel Mulia", "CGK", "55", "jalan tol"},
		},
		Accred: {
			{"Delegasi", "Nama Lengkap", "No Badge", "Kategori", "Zona"},
			{"FRA", "Jean Dupont", "D-0001", "VVIP", "apron; vip; plenary"},
			{"", "Budi Santoso", "LO-0001", "LO", "vip"},
		},
	}
	order := []string{Vehicles, Hotels, Briefs, Transfers, Accred}
	for _, ext := range []string{".csv", ".xlsx"} {
		t.Run(ext, func(t *testing.T) {
			s := fieldStore(t)
			setZones(t, s)
			for _, kind := range order {
				path := filepath.Join(t.TempDir(), kind+ext)
				var b []byte
				if ext == ".xlsx" {
					b = xlsxBytes(t, files[kind])
				} else {
					b = csvBytes(files[kind])
				}
				if err := os.WriteFile(path, b, 0o600); err != nil {
					t.Fatal(err)
				}
				tab, err := ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				res, err := Import(ctx, s, kind, tab, false)
				if err != nil {
					t.Fatalf("%s: %v", kind, err)
				}
				if res.Inserted+res.Updated != len(files[kind])-1 {
					t.Errorf("%s: %+v", kind, res)
				}
			}
			vs, _ := data.All[data.Vehicle](ctx, s)
			if len(vs) != 2 || vs[0].Plate != "B 1234 RFS" || vs[0].DriverPhone != "+6281311112222" || !vs[0].Patwal ||
				!slices.Equal(vs[0].Zones, data.Codes{"apron", "vip"}) || vs[0].Capacity != 6 || vs[0].DelegationID == "" {
				t.Errorf("vehicles %+v", vs)
			}
			as, _ := data.All[data.Accommodation](ctx, s)
			if len(as) != 2 || as[0].PersonID == "" || as[0].CheckIn.IsZero() || as[1].PersonID != "" || as[1].Rooms != "701-705" {
				t.Errorf("hotel stays %+v", as)
			}
			if b, err := s.CountryBriefFor(ctx, "FR"); err != nil || b.Etiquette != "Jabat tangan" {
				t.Errorf("brief %+v %v", b, err)
			}
			if ts, _ := data.All[data.Transfer](ctx, s); len(ts) != 2 || ts[1].Minutes != 55 {
				t.Errorf("transfers %+v", ts)
			}
			ps, _ := s.FindPeople(ctx, data.PersonFilter{Role: data.RoleHOD})
			los, _ := data.All[data.LO](ctx, s)
			if ps[0].BadgeNo != "D-0001" || len(ps[0].Zones) != 3 || los[0].BadgeNo != "LO-0001" || accred.Missing(&los[0].Badge, &ps[0].Badge) == nil {
				t.Errorf("badges %+v / %+v", ps[0].Badge, los[0].Badge)
			}
		})
	}
}

// csvBytes writes rows as Excel in an Indonesian locale does: semicolons.
func csvBytes(rows [][]any) []byte {
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	w.Comma = ';'
	for _, r := range rows {
		rec := make([]string, len(r))
		for i, c := range r {
			rec[i] = fmt.Sprint(c)
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return b.Bytes()
}

func TestImportProtocolKindsRefused(t *testing.T) {
	tests := []struct {
		name, kind, csv string
		row             int
		column          string
		err             error
	}{
		{"vehicle no plate", Vehicles, "plate,type\n,Bus\n", 2, "plate", field.ErrRequired},
		{"vehicle bad seats", Vehicles, "plate,seats\nB 1 RI,six\n", 2, "seats", field.ErrBadNumber},
		{"vehicle unknown zone", Vehicles, "plate,zones\nB 1 RI,garage\n", 2, "zones", accred.ErrUnknownZone},
		{"vehicle pass taken", Vehicles, "plate,car_pass\nB 1 RI,CP-1\nB 2 RI,cp 1\n", 3, "car_pass", accred.ErrBadgeTaken},
		{"vehicle repeated", Vehicles, "plate\nB 1 RI\nb 1 ri\n", 3, "plate", ErrRepeated},
		{"vehicle unknown delegation", Vehicles, "plate,delegation\nB 1 RI,XYZ\n", 2, "delegation", ErrUnknownDelegation},
		{"hotel no hotel", Hotels, "delegation,hotel\nFRA,\n", 2, "hotel", field.ErrRequired},
		{"hotel out before in", Hotels, "delegation,hotel,check_in,check_out\nFRA,Mulia,2026-11-28 12:00,2026-11-27 12:00\n", 2, "check_out", nil},
		{"hotel unknown person", Hotels, "delegation,person,hotel\nFRA,Nobody,Mulia\n", 2, "person", ErrUnknownPerson},
		{"hotel bad time", Hotels, "delegation,hotel,check_in\nFRA,Mulia,tomorrow\n", 2, "check_in", field.ErrBadTime},
		{"brief unknown country", Briefs, "country,relations\nAtlantis,none\n", 2, "country", field.ErrUnknownCountry},
		{"brief repeated", Briefs, "country\nFR\nFrance\n", 3, "country", ErrRepeated},
		{"transfer same place", Transfers, "from,to,minutes\nJCC,jcc,10\n", 2, "to", transfer.ErrSamePlace},
		{"transfer too long", Transfers, "from,to,minutes\nJCC,Bogor,900\n", 2, "minutes", transfer.ErrBadMinutes},
		{"transfer repeated either way", Transfers, "from,to,minutes\nJCC,CGK,50\nCGK,JCC,55\n", 3, "to", ErrRepeated},
		{"transfer no minutes", Transfers, "from,to,minutes\nJCC,CGK,\n", 2, "minutes", field.ErrRequired},
		{"accreditation unknown person", Accred, "delegation,full_name,badge_no\nFRA,Nobody,D-9\n", 2, "full_name", ErrUnknownPerson},
		{"accreditation unknown LO", Accred, "delegation,full_name,badge_no\n,Nobody,L-9\n", 2, "full_name", ErrUnknownLO},
		{"accreditation unknown zone", Accred, "delegasi,nama_lengkap,zona\nFRA,Jean Dupont,kitchen\n", 2, "zones", accred.ErrUnknownZone},
		{"accreditation number twice", Accred, "delegation,full_name,badge_no\nFRA,Jean Dupont,X-1\n,Budi Santoso,x-1\n", 3, "badge_no", accred.ErrBadgeTaken},
		{"accreditation repeated", Accred, "delegation,full_name,badge_no\nFRA,Jean Dupont,X-1\nFRA,JEAN DUPONT,X-2\n", 3, "full_name", ErrRepeated},
		{"travel unknown vehicle", Travel, "delegation,direction,scheduled,vehicle\nFRA,arrival,2026-11-26 10:00,B 999 XX\n", 2, "vehicle", ErrUnknownVehicle},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := fieldStore(t)
			setZones(t, s)
			refused(t, s, tt.kind, tt.csv, tt.row, tt.column, tt.err)
		})
	}
}

// TestImportProtocolDryRun: --dry-run reports the rows and writes nothing;
// a second import of the same file updates rather than duplicates.
func TestImportProtocolDryRun(t *testing.T) {
	s := fieldStore(t)
	setZones(t, s)
	before := version(t, s)
	res, err := importCSV(t, s, Vehicles, "v.csv", "plate,zones\nB 1 RI,apron\n", true)
	if err != nil || res.Inserted != 1 || version(t, s) != before {
		t.Fatalf("dry run: %+v %v", res, err)
	}
	mustImport(t, s, Vehicles, "plate,zones\nB 1 RI,apron\n")
	res = mustImport(t, s, Vehicles, "plate,zones,car_pass\nb 1 ri,apron; media,CP-9\n")
	if res.Updated != 1 || res.Inserted != 0 {
		t.Errorf("re-import %+v", res)
	}
}

// FuzzPrepareProtocolKinds feeds any CSV to the new kinds' importers:
// never a panic, every problem on a row of the file, nothing written.
func FuzzPrepareProtocolKinds(f *testing.F) {
	for _, s := range []string{
		"plate;zones;car_pass\nB 1 RI;apron;CP-1\n",
		"delegasi,nama_lengkap,zona\nFRA,Jean Dupont,\"apron; vip\"\n,Budi Santoso,kitchen\n",
		"dari;ke;menit\nJCC;CGK;-5\nCGK;jcc;55\n",
		"delegation,hotel,check_in,check_out\nFRA,Mulia,2026-11-28 12:00,2026-11-27\n",
		"negara;hubungan\nPrancis;ok\n;x\n",
		"bagian,delegasi,nama,peran\n,FRA,Claire,kedutaan\npatwal,,Agus,\n",
	} {
		f.Add([]byte(s))
	}
	s := fieldStore(f)
	setZones(f, s)
	v := version(f, s)
	f.Fuzz(func(t *testing.T, b []byte) {
		tab, err := ReadCSV(b)
		if err != nil {
			return
		}
		for _, kind := range []string{Vehicles, Hotels, Briefs, Transfers, Accred, Contacts} {
			m, err := Detect(kind, tab.Header)
			if err != nil {
				t.Fatal(err)
			}
			plan, err := Prepare(ctx, s, kind, tab, m)
			if err != nil {
				t.Fatalf("%s: %v", kind, err)
			}
			last := tab.HeaderRow
			if n := len(tab.Rows); n > 0 {
				last = tab.Rows[n-1].N
			}
			for _, p := range plan.AllProblems() {
				if p.Row < 0 || p.Row > last {
					t.Fatalf("%s: problem on row %d of %d: %v", kind, p.Row, last, p)
				}
			}
		}
		if version(t, s) != v {
			t.Fatal("Prepare wrote to the event file")
		}
	})
}
