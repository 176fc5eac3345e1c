package imex

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"lodesk/app/field"
	"lodesk/app/phone"
	"lodesk/data"
)

// An embassy's list as Excel in an Indonesian locale saves it: BOM,
// semicolons, CRLF, Indonesian headers in odd case and spacing, names as
// words, an extra column, a blank line.
const embassyCSV = "\ufeffDelegasi; PERAN ;Sapaan;Nama Lengkap;Nama Asli;Jabatan;Jenis Kelamin;Kewarganegaraan;" +
	"No. Paspor;Bahasa;Diet;Alergi;Medis;Mobilitas;Catatan_Penanganan;Telepon;Surel;Kolom Lain\r\n" +
	"fra;Ketua Delegasi;S.E.;Jean-Pierre Dupont;;Menteri Luar Negeri;Laki-laki;Prancis;15 AB 12345;" +
	"Prancis, Inggris;Halal;\"kacang:berat; udang:ringan\";;;Suka teh;+33 1 42 68 53 00;jp.dupont@diplomatie.gouv.fr;x\r\n" +
	"\r\n" +
	"VNM;anggota;Ibu;Nguyễn Thị Minh Khai;阮氏明開;Direktur;P;VN;;vi;Vegetarian;;Asma;Kursi roda;;0812 3456 7890;;\r\n"

func TestImportEmbassyCSV(t *testing.T) {
	s := newStore(t)
	mustImport(t, s, Delegations, delegationsCSV)
	res, err := importCSV(t, s, People, "kedutaan.csv", embassyCSV, false)
	if err != nil {
		t.Fatal(err)
	}
	if res.Inserted != 2 {
		t.Fatalf("inserted %d, want 2", res.Inserted)
	}
	var warned bool
	for _, p := range res.Plan.Problems {
		if errors.Is(p.Err, ErrIgnoredColumn) && p.Col == 17 && p.Row == 1 {
			warned = true
		}
	}
	if !warned {
		t.Errorf("no warning for the extra column: %v", res.Plan.Problems)
	}
	ps, err := s.FindPeople(ctx, data.PersonFilter{Search: "dupont"})
	if err != nil || len(ps) != 1 {
		t.Fatalf("people: %v, %v", ps, err)
	}
	p := ps[0]
	want := data.Person{
		Base: p.Base, DelegationID: p.DelegationID, Role: "hod", Honorific: "S.E.", FullName: "Jean-Pierre Dupont",
		Position: "Menteri Luar Negeri", Gender: "male", Nationality: "FR", PassportNo: "15AB12345",
		Languages: data.Codes{"fr", "en"}, Dietary: "Halal",
		Allergies:     data.Allergies{{Substance: "kacang", Severity: "severe"}, {Substance: "udang", Severity: "mild"}},
		HandlingNotes: "Suka teh", Phone: "+33142685300", Email: "jp.dupont@diplomatie.gouv.fr",
	}
	if !equalPerson(p, want) {
		t.Errorf("got  %+v\nwant %+v", p, want)
	}
	ps, _ = s.FindPeople(ctx, data.PersonFilter{Search: "nguyen"})
	if len(ps) != 1 || ps[0].NativeName != "阮氏明開" || ps[0].Phone != "+6281234567890" || ps[0].Gender != "female" ||
		ps[0].Mobility != "Kursi roda" || ps[0].Role != data.RoleMember {
		t.Errorf("Nguyễn: %+v", ps)
	}
	// Re-importing the same file changes nothing.
	v := version(t, s)
	res, err = importCSV(t, s, People, "kedutaan.csv", embassyCSV, false)
	if err != nil || res.Unchanged != 2 || version(t, s) != v {
		t.Errorf("re-import: %+v, %v; version %d -> %d", res, err, v, version(t, s))
	}
}

func equalPerson(a, b data.Person) bool {
	at, _ := a.Allergies.MarshalText()
	bt, _ := b.Allergies.MarshalText()
	a.Allergies, b.Allergies = nil, nil
	return string(at) == string(bt) && strings.Join(a.Languages, ";") == strings.Join(b.Languages, ";") &&
		func() bool { a.Languages, b.Languages = nil, nil; return a.FullName == b.FullName }() &&
		a.Role == b.Role && a.Honorific == b.Honorific && a.Position == b.Position && a.Gender == b.Gender &&
		a.Nationality == b.Nationality && a.PassportNo == b.PassportNo && a.Dietary == b.Dietary &&
		a.HandlingNotes == b.HandlingNotes && a.Phone == b.Phone && a.Email == b.Email
}

func TestReimportUpdates(t *testing.T) {
	s := newStore(t)
	mustImport(t, s, Delegations, delegationsCSV)
	mustImport(t, s, People, "delegation,role,full_name,passport_no,position\nFRA,hod,Jean Dupont,P1,Minister\nFRA,member,Anne Martin,,Adviser\n")
	// By name (case and accents ignored), by passport (the name corrected).
	res := mustImport(t, s, People, "delegasi;nama_lengkap;no_paspor;jabatan\nfra;ANNE MARTIN;;Senior Adviser\nFRA;Jean-Pierre Dupont;P 1;Minister\n")
	if res.Updated != 2 || res.Inserted != 0 {
		t.Errorf("second import: %+v", res)
	}
	ps, _ := s.FindPeople(ctx, data.PersonFilter{})
	if len(ps) != 2 {
		t.Fatalf("%d people, want 2", len(ps))
	}
	for _, p := range ps {
		if p.FullName == "ANNE MARTIN" && p.Position != "Senior Adviser" || p.PassportNo == "P1" && p.FullName != "Jean-Pierre Dupont" {
			t.Errorf("not updated: %+v", p)
		}
		if p.PassportNo == "P1" && p.Role != data.RoleHOD {
			t.Errorf("an unmapped column was cleared: %+v", p)
		}
	}
	// Delegations match on code in any case.
	res = mustImport(t, s, Delegations, "kode;nama;urutan\nfra;République française;9\n")
	d, _ := s.DelegationByCode(ctx, "FRA")
	if res.Updated != 1 || d.Name != "République française" || d.Precedence != 9 || d.Country != "FR" {
		t.Errorf("delegation update: %+v %+v", res, d)
	}
	// Travel matches on the instant, or on the flight number when the time moved.
	mustImport(t, s, Travel, "delegation,person,direction,flight_no,scheduled\nFRA,Jean-Pierre Dupont,arrival,AF 123,2026-11-26T10:00+07:00\n")
	res = mustImport(t, s, Travel, "delegation,person,direction,flight_no,scheduled\nFRA,jean-pierre dupont,kedatangan,AF123,2026-11-26 11:30\n")
	legs, _ := s.FindTravel(ctx, data.TravelFilter{})
	if res.Updated != 1 || len(legs) != 1 || legs[0].Scheduled.Hour() != 4 || legs[0].TimeZone != "Asia/Jakarta" {
		t.Errorf("travel update: %+v %+v", res, legs)
	}
}

func TestLikelyDuplicates(t *testing.T) {
	s := newStore(t)
	mustImport(t, s, Delegations, delegationsCSV)
	mustImport(t, s, People, "delegation,full_name,passport_no\nVNM,Nguyen Van An,B123\n")
	res := mustImport(t, s, People, "delegation,full_name,passport_no\nVNM,An Nguyen Van,\nFRA,Someone Else,B123\n")
	var n int
	for _, p := range res.Plan.AllProblems() {
		if errors.Is(p.Err, ErrLikelyDuplicate) && p.Warning {
			n++
		}
	}
	if n != 2 || res.Inserted != 2 {
		t.Errorf("%d likely duplicates, %d inserted: %v", n, res.Inserted, res.Plan.AllProblems())
	}
	mustImport(t, s, Travel, "delegation,direction,scheduled\nFRA,arrival,2026-11-26 10:00\n")
	res = mustImport(t, s, Travel, "delegation,direction,scheduled\nFRA,arrival,2026-11-26 15:00\n")
	if ps := res.Plan.AllProblems(); len(ps) != 1 || !errors.Is(ps[0], ErrLikelyDuplicate) || ps[0].Column != "scheduled" {
		t.Errorf("second arrival on the same day: %v", ps)
	}
	res = mustImport(t, s, Delegations, "code,country,precedence\nFR2,France,77\n")
	if ps := res.Plan.AllProblems(); len(ps) != 1 || !errors.Is(ps[0], ErrLikelyDuplicate) {
		t.Errorf("second France: %v", ps)
	}
}

// TestBadInput: each file is refused whole, the problem names file, row and
// column, and the event file is unchanged.
func TestBadInput(t *testing.T) {
	tests := []struct {
		name, kind, csv string
		row             int
		column          string
		err             error
	}{
		{"unknown delegation", People, "delegation,full_name\nFRA,Ok Person\nXYZ,Some One\n", 3, "delegation", ErrUnknownDelegation},
		{"unknown country", Delegations, "code,name,country\nATL,Atlantis,Atlantis\n", 2, "country", field.ErrUnknownCountry},
		{"unknown nationality", People, "delegation,full_name,nationality\nFRA,A B,Narnia\n", 2, "nationality", field.ErrUnknownCountry},
		{"unknown language", People, "delegation,full_name,languages\nFRA,A B,fr; Elvish\n", 2, "languages", field.ErrUnknownLanguage},
		{"unknown delegation language", Delegations, "code,name,country,languages\nDEU,Germany,DE,xx\n", 2, "languages", field.ErrUnknownLanguage},
		{"two HODs in the file", People, "delegation,role,full_name\nVNM,hod,A One\nVNM,ketua delegasi,B Two\n", 3, "role", field.ErrSecondHOD},
		{"a second HOD against the file", People, "delegation,role,full_name\nFRA,hod,New Chief\n", 2, "role", field.ErrSecondHOD},
		{
			"arrival after departure", Travel, "delegation,person,direction,scheduled\nVNM,,departure,2026-11-27T10:00+07:00\nVNM,,arrival,2026-11-30T10:00+07:00\n",
			3, "scheduled", field.ErrArrivalAfter,
		},
		{
			"arrival after stored departure", Travel, "delegation,person,direction,scheduled\nFRA,Jean Dupont,arrival,2026-12-02 09:00\n",
			2, "scheduled", field.ErrArrivalAfter,
		},
		{"unparseable time", Travel, "delegation,direction,scheduled\nFRA,arrival,besok pagi\n", 2, "scheduled", field.ErrBadTime},
		{"unknown person", Travel, "delegation,person,direction,scheduled\nFRA,Nobody,arrival,2026-11-26 09:00\n", 2, "person", ErrUnknownPerson},
		{"phone not a number", People, "delegation,full_name,phone\nFRA,A B,call the embassy\n", 2, "phone", phone.ErrNotNumber},
		{"empty name", People, "delegation,full_name,position\nFRA,,Adviser\n", 2, "full_name", field.ErrRequired},
		{"empty code", Delegations, "code,name\n,Nowhere\n", 2, "code", field.ErrRequired},
		{"bad role", People, "delegation,role,full_name\nFRA,king,A B\n", 2, "role", field.ErrBadValue},
		{"bad email", People, "delegation,full_name,email\nFRA,A B,not-an-address\n", 2, "email", field.ErrBadEmail},
		{"bad precedence", Delegations, "code,name,precedence\nDEU,Germany,first\n", 2, "precedence", field.ErrBadNumber},
		{"repeated row", People, "delegation,full_name\nVNM,Le Van B\nVNM,le van b\n", 3, "full_name", ErrRepeated},
		{"column mapped twice", People, "delegation,full_name,nama_lengkap\nFRA,A,B\n", 1, "full_name", ErrMappedTwice},
		{"required column missing", People, "delegation,position\nFRA,Adviser\n", 1, "full_name", ErrMissingColumn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newStore(t)
			mustImport(t, s, Delegations, delegationsCSV)
			mustImport(t, s, People, "delegation,role,full_name\nFRA,hod,Jean Dupont\n")
			mustImport(t, s, Travel, "delegation,person,direction,scheduled\nFRA,Jean Dupont,departure,2026-12-01T18:00+07:00\n")
			before := version(t, s)
			_, err := importCSV(t, s, tt.kind, "bad.csv", tt.csv, false)
			var inv *InvalidError
			if !errors.As(err, &inv) || !errors.Is(err, ErrInvalid) {
				t.Fatalf("err = %v, want an InvalidError", err)
			}
			if version(t, s) != before {
				t.Fatal("the event file changed")
			}
			var found bool
			for _, p := range inv.Problems {
				if !p.Warning && p.Row == tt.row && p.Column == tt.column && errors.Is(p, tt.err) && p.File == "bad.csv" {
					found = true
					if msg := p.Error(); !strings.HasPrefix(msg, "bad.csv: row ") || !strings.Contains(msg, tt.column) {
						t.Errorf("message %q", msg)
					}
				}
			}
			if !found {
				t.Errorf("no %v at row %d column %s in %v", tt.err, tt.row, tt.column, inv.Problems)
			}
		})
	}
}

func TestDryRunWritesNothing(t *testing.T) {
	s := newStore(t)
	before := version(t, s)
	res, err := importCSV(t, s, Delegations, "d.csv", delegationsCSV, true)
	if err != nil || res.Inserted != 3 {
		t.Fatalf("dry run: %+v, %v", res, err)
	}
	if version(t, s) != before {
		t.Fatal("a dry run wrote")
	}
	if ds, _ := s.FindDelegations(ctx, data.DelegationFilter{}); len(ds) != 0 {
		t.Fatalf("a dry run wrote %d delegations", len(ds))
	}
	if _, err := importCSV(t, s, People, "p.csv", "delegation,full_name\nFRA,A B\n", true); !errors.Is(err, ErrInvalid) {
		t.Errorf("dry run of a bad file: %v", err)
	}
	mustImport(t, s, Delegations, delegationsCSV)
	if version(t, s) == before {
		t.Fatal("the import did not write")
	}
}

// TestGoodRowsOnly is what the window offers: the preview, then only the
// rows without problems.
func TestGoodRowsOnly(t *testing.T) {
	s := newStore(t)
	mustImport(t, s, Delegations, delegationsCSV)
	tab, err := ReadCSV([]byte("Nama Lengkap;Delegasi;Telepon\nA One;FRA;0812 1111 2222\nB Two;XXX;\nC Three;VNM;abc\nD Four;VNM;\n"))
	if err != nil {
		t.Fatal(err)
	}
	tab.File = "list.csv"
	m, err := Detect(People, tab.Header)
	if err != nil || strings.Join(m, ",") != "full_name,delegation,phone" {
		t.Fatalf("Detect = %q, %v", m, err)
	}
	plan, err := Prepare(ctx, s, People, tab, m)
	if err != nil {
		t.Fatal(err)
	}
	c := plan.Counts()
	if plan.OK() || c[Insert] != 2 || c[Skip] != 2 {
		t.Fatalf("plan counts %v", c)
	}
	if _, err := Commit(ctx, s, plan, Options{}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("all-or-nothing commit: %v", err)
	}
	res, err := Commit(ctx, s, plan, Options{GoodRowsOnly: true})
	if err != nil || res.Inserted != 2 || res.Skipped != 2 {
		t.Fatalf("good rows only: %+v, %v", res, err)
	}
	// The user edits the mapping: ignore the phone column.
	m[2] = ""
	plan, _ = Prepare(ctx, s, People, tab, m)
	if c := plan.Counts(); c[Unchanged] != 2 || c[Insert] != 1 || c[Skip] != 1 {
		t.Errorf("after editing the mapping: %v", c)
	}
	m[2] = "full_name"
	plan, _ = Prepare(ctx, s, People, tab, m)
	if _, err := Commit(ctx, s, plan, Options{GoodRowsOnly: true}); !errors.Is(err, ErrInvalid) {
		t.Errorf("a column mapped twice must stop even good-rows-only: %v", err)
	}
}

func TestTimes(t *testing.T) {
	jkt, _ := time.LoadLocation("Asia/Jakarta")
	tests := []struct {
		in, zone string
		want     time.Time
		xlsx     bool
	}{
		{"2026-11-27T14:30:00+07:00", "", time.Date(2026, 11, 27, 7, 30, 0, 0, time.UTC), false},
		{"2026-11-27T14:30+09:00", "", time.Date(2026, 11, 27, 5, 30, 0, 0, time.UTC), false},
		{"2026-11-27T07:30:00Z", "", time.Date(2026, 11, 27, 7, 30, 0, 0, time.UTC), false},
		{"2026-11-27 14:30", "Asia/Jakarta", time.Date(2026, 11, 27, 7, 30, 0, 0, time.UTC), false},
		{"27/11/2026 14:30", "Asia/Jakarta", time.Date(2026, 11, 27, 7, 30, 0, 0, time.UTC), false},
		{"2026-11-27 14:30 WITA", "Asia/Makassar", time.Date(2026, 11, 27, 6, 30, 0, 0, time.UTC), false},
		{"46353.6041666667", "Asia/Jakarta", time.Date(2026, 11, 27, 7, 30, 0, 0, time.UTC), true},
	}
	for _, tt := range tests {
		got, err := parseTime(tt.in, tt.xlsx, jkt)
		if err != nil || !got.t.Equal(tt.want) || got.zone != tt.zone {
			t.Errorf("parseTime(%q) = %v %q, %v; want %v %q", tt.in, got.t.UTC(), got.zone, err, tt.want, tt.zone)
		}
	}
	for _, bad := range []string{"tomorrow", "2026-13-01 10:00", "46353.6", "10:00"} {
		if _, err := parseTime(bad, false, jkt); !errors.Is(err, field.ErrBadTime) {
			t.Errorf("parseTime(%q): %v", bad, err)
		}
	}
	at := func(s string) time.Time { x, _ := time.Parse(time.RFC3339, s); return x }
	for in, want := range map[string]string{
		"2026-11-27T10:00:00+07:00": "Asia/Jakarta", "2026-11-27T10:00:00+09:00": "Asia/Jayapura",
		"2026-11-27T10:00:00+01:00": "Etc/GMT-1", "2026-11-27T10:00:00+05:30": "Asia/Kolkata", "2026-11-27T10:00:00Z": "UTC",
	} {
		if got := zoneFor(at(in), "", "Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura"); got != want {
			t.Errorf("zoneFor(%s) = %s, want %s", in, got, want)
		}
	}
}

func TestHODHandover(t *testing.T) {
	s := newStore(t)
	mustImport(t, s, Delegations, delegationsCSV)
	mustImport(t, s, People, "delegation,role,full_name\nFRA,hod,Old Chief\nFRA,member,New Chief\n")
	res := mustImport(t, s, People, "delegation,role,full_name\nFRA,member,Old Chief\nFRA,hod,New Chief\n")
	if res.Updated != 2 {
		t.Errorf("handover: %+v", res)
	}
	hods, _ := s.FindPeople(ctx, data.PersonFilter{Role: data.RoleHOD})
	if len(hods) != 1 || hods[0].FullName != "New Chief" {
		t.Errorf("HODs: %+v", hods)
	}
}

// TestImportXLSXTypedCells: dates and numbers as Excel stores them.
func TestImportXLSXTypedCells(t *testing.T) {
	s := newStore(t)
	mustImport(t, s, Delegations, delegationsCSV)
	dir := t.TempDir()
	people := filepath.Join(dir, "people.xlsx")
	if err := os.WriteFile(people, xlsxBytes(t, [][]any{
		{"Delegasi", "Nama Lengkap", "Telepon", "No Paspor"},
		{"FRA", "Marie Curie", 6281234567890, 12345678},
	}), 0o600); err != nil {
		t.Fatal(err)
	}
	travel := filepath.Join(dir, "travel.xlsx")
	if err := os.WriteFile(travel, xlsxBytes(t, [][]any{
		{"Delegasi", "Nama Lengkap", "Arah", "Jadwal", "Ruang VIP"},
		{"FRA", "Marie Curie", "Kedatangan", time.Date(2026, 11, 26, 14, 30, 0, 0, time.UTC), true},
	}), 0o600); err != nil {
		t.Fatal(err)
	}
	for kind, path := range map[string]string{People: people} {
		tab, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Import(ctx, s, kind, tab, false); err != nil {
			t.Fatal(err)
		}
	}
	tab, err := ReadFile(travel)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Import(ctx, s, Travel, tab, false); err != nil {
		t.Fatalf("%v: %v", err, err.(*InvalidError).Problems)
	}
	ps, _ := s.FindPeople(ctx, data.PersonFilter{})
	if len(ps) != 1 || ps[0].Phone != "+6281234567890" || ps[0].PassportNo != "12345678" {
		t.Errorf("people: %+v", ps)
	}
	legs, _ := s.FindTravel(ctx, data.TravelFilter{})
	want := time.Date(2026, 11, 26, 7, 30, 0, 0, time.UTC) // 14:30 in Jakarta
	if len(legs) != 1 || !legs[0].Scheduled.Equal(want) || legs[0].TimeZone != "Asia/Jakarta" || !legs[0].VIPLounge || legs[0].Direction != data.Arrival {
		t.Errorf("legs: %+v", legs)
	}
}

// TestSharedCode: two stored delegations with one code (as a merge of two
// laptops can make) are not guessed between.
func TestSharedCode(t *testing.T) {
	s := newStore(t)
	for _, d := range []*data.Delegation{{Code: "GA", Name: "Gabon", Kind: "country", Country: "GA"}, {Code: "ga", Name: "Garuda Airlines", Kind: "company"}} {
		if err := s.Insert(ctx, d); err != nil {
			t.Fatal(err)
		}
	}
	for kind, csv := range map[string]string{
		People:      "delegation,full_name\nGA,A B\n",
		Travel:      "delegation,direction,scheduled\nGA,arrival,2026-11-26 10:00\n",
		Delegations: "code,name\nGA,Gabon\n",
	} {
		_, err := importCSV(t, s, kind, "f.csv", csv, false)
		var inv *InvalidError
		if !errors.As(err, &inv) || !errors.Is(inv.Problems[0], ErrSharedCode) || inv.Problems[0].Row != 2 {
			t.Errorf("%s: %v", kind, err)
		}
	}
}
