package imex

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"lodesk/app/contacts"
	"lodesk/app/field"

	"lodesk/app/phone"
	"lodesk/app/requests"
	"lodesk/app/sop"
	"lodesk/data"
)

// fieldStore is an event with delegations, people, an LO, a programme
// item, an assignment and a contact.
func fieldStore(t testing.TB) *data.Store {
	t.Helper()
	s := newStore(t)
	mustImport(t, s, Delegations, delegationsCSV)
	mustImport(t, s, People, "delegation,role,full_name\nFRA,hod,Jean Dupont\nVNM,member,Le Van B\n")
	mustImport(t, s, LOs, "full_name,email,languages\nBudi Santoso,budi@lo.example.id,en:fluent; fr:working\n")
	mustImport(t, s, Programme, "title,starts,ends\nPleno,2026-11-27 09:00,2026-11-27 11:00\n")
	mustImport(t, s, Assignments, "lo,delegation,person,role\nBudi Santoso,FRA,Jean Dupont,lead\n")
	mustImport(t, s, Contacts, "department,name,phone\npatwal,Iptu Agus,0812 1111 2222\n")
	return s
}

// TestBadFieldInput: each file is refused whole, the problem names file,
// row and column, and the event file is unchanged.
func TestBadFieldInput(t *testing.T) {
	tests := []struct {
		name, kind, csv string
		row             int
		column          string
		err             error
	}{
		{"LO bad level", LOs, "full_name,languages\nA B,en:fluent\nC D,en:expert\n", 3, "languages", ErrBadLevel},
		{"LO level missing", LOs, "full_name,languages\nA B,English\n", 2, "languages", ErrBadLevel},
		{"LO unknown language", LOs, "full_name,languages\nA B,Elvish:fasih\n", 2, "languages", field.ErrUnknownLanguage},
		{"LO available backwards", LOs, "full_name,available_from,available_to\nA B,2026-11-30,2026-11-20\n", 2, "available_to", field.ErrEndBeforeStart},
		{"LO bad date", LOs, "full_name,available_from\nA B,30 Nov\n", 2, "available_from", field.ErrBadDate},
		{"LO bad experience", LOs, "full_name,experience\nA B,banyak\n", 2, "experience", field.ErrBadNumber},
		{"LO bad phone", LOs, "full_name,phone\nA B,ask the office\n", 2, "phone", phone.ErrNotNumber},
		{"LO repeated", LOs, "full_name\nA B\na  b\n", 3, "full_name", ErrRepeated},
		{"programme end before start", Programme, "title,starts,ends\nGala,2026-11-27 20:00,2026-11-27 19:00\n", 2, "ends", field.ErrEndBeforeStart},
		{"programme zero length", Programme, "title,starts,ends\nGala,2026-11-27T20:00+07:00,2026-11-27 20:00\n", 2, "ends", field.ErrEndBeforeStart},
		{"programme unknown attendee", Programme, "judul,mulai,selesai,peserta\nX,2026-11-27 10:00,2026-11-27 11:00,\"FRA; XYZ\"\n", 2, "attendees", ErrUnknownDelegation},
		{"programme bad photo", Programme, "title,starts,ends,photo\nX,2026-11-27 10:00,2026-11-27 11:00,maybe\n", 2, "photo", field.ErrBadValue},
		{"programme bad kind", Programme, "title,starts,ends,kind\nX,2026-11-27 10:00,2026-11-27 11:00,konser\n", 2, "kind", field.ErrBadValue},
		{"programme bad seating", Programme, "title,starts,ends,tempat_duduk\nX,2026-11-27 10:00,2026-11-27 11:00,heads+2\n", 2, "seating", field.ErrBadValue},
		{"programme bad time", Programme, "title,starts,ends\nX,besok,2026-11-27 11:00\n", 2, "starts", field.ErrBadTime},
		{"assignment unknown LO", Assignments, "lo,delegation,role\nNobody Here,VNM,lead\n", 2, "lo", ErrUnknownLO},
		{"assignment unknown delegation", Assignments, "lo,delegation\nBudi Santoso,XYZ\n", 2, "delegation", ErrUnknownDelegation},
		{"assignment unknown person", Assignments, "lo,delegation,person\nBudi Santoso,VNM,Jean Dupont\n", 2, "person", ErrUnknownPerson},
		{"assignment bad role", Assignments, "lo,delegation,role\nBudi Santoso,VNM,boss\n", 2, "role", field.ErrBadValue},
		{"assignment end before start", Assignments, "lo,delegation,from,to\nBudi Santoso,VNM,2026-11-30,2026-11-25\n", 2, "to", field.ErrEndBeforeStart},
		{"request unknown category", Requests, "delegation,category,text\nFRA,karaoke,A microphone\n", 2, "category", field.ErrBadValue},
		{"request unknown delegation", Requests, "delegation,category,text\nXYZ,other,Flag\n", 2, "delegation", ErrUnknownDelegation},
		{"request declined without response", Requests, "delegasi;kategori;permintaan;status\nFRA;lainnya;Flag;ditolak\n", 2, "response", requests.ErrNeedResponse},
		{"request bad department", Requests, "delegation,category,text,department\nFRA,other,Flag,catering\n", 2, "department", field.ErrBadValue},
		{"request empty text", Requests, "delegation,category,text\nFRA,other,\n", 2, "text", field.ErrRequired},
		{"incident bad severity", Incidents, "time,what,severity\n2026-11-27 10:00,Fire drill,catastrophic\n", 2, "severity", field.ErrBadValue},
		{"incident unknown delegation", Incidents, "time,delegation,what\n2026-11-27 10:00,XYZ,Lost bag\n", 2, "delegation", ErrUnknownDelegation},
		{"incident bad time", Incidents, "time,what\nyesterday,Lost bag\n", 2, "time", field.ErrBadTime},
		{"gift unknown LO", Gifts, "lo,from,received,item\nNobody Here,FRA,2026-11-30 10:00,Pen\n", 2, "lo", ErrUnknownLO},
		{"gift ambiguous amount", Gifts, "lo,from,received,amount,currency\nBudi Santoso,X,2026-11-30 10:00,1.500,USD\n", 2, "amount", field.ErrAmbiguousAmount},
		{"gift bad currency", Gifts, "lo,from,received,amount,currency\nBudi Santoso,X,2026-11-30 10:00,15,dollar\n", 2, "currency", field.ErrBadCurrency},
		{"gift amount without currency", Gifts, "lo,from,received,amount\nBudi Santoso,X,2026-11-30 10:00,15\n", 2, "currency", field.ErrRequired},
		{"gift nothing given", Gifts, "lo,from,received\nBudi Santoso,X,2026-11-30 10:00\n", 2, "item", field.ErrRequired},
		{"gift bad value", Gifts, "lo,from,received,item,value_idr\nBudi Santoso,X,2026-11-30 10:00,Pen,satu juta\n", 2, "value_idr", field.ErrBadAmount},
		{"gift bad status", Gifts, "lo,from,received,item,status\nBudi Santoso,X,2026-11-30 10:00,Pen,kept\n", 2, "status", field.ErrBadValue},
		{"contact bad department", Contacts, "department,name\ncatering,Ibu Sari\n", 2, "department", field.ErrBadValue},
		{"contact bad phone", Contacts, "department,name,phone\npatwal,Agus,call\n", 2, "phone", phone.ErrNotNumber},
		{"contact repeated", Contacts, "departemen;nama\nMedis;dr. Sari\nmedical;DR. SARI\n", 3, "name", ErrRepeated},
		{"contact without an owner", Contacts, "name,phone\nAgus,0812 1111 2222\n", 2, "department", field.ErrRequired},
		{"contact of two owners", Contacts, "bagian,delegasi,nama\npatwal,FRA,Agus\n", 2, "delegation", contacts.ErrBothOwners},
		{"contact unknown delegation", Contacts, "delegasi,nama\nXYZ,Agus\n", 2, "delegation", ErrUnknownDelegation},
		{"contact bad role", Contacts, "delegasi,nama,peran\nFRA,Agus,chauffeur\n", 2, "role", field.ErrBadValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			refused(t, fieldStore(t), tt.kind, tt.csv, tt.row, tt.column, tt.err)
		})
	}
}

// refused imports csv as bad.csv into s and wants it refused whole, with
// the error want (nil: any) at row and column, and s unchanged.
func refused(t *testing.T, s *data.Store, kind, csv string, row int, column string, want error) {
	t.Helper()
	before := version(t, s)
	_, err := importCSV(t, s, kind, "bad.csv", csv, false)
	var inv *InvalidError
	if !errors.As(err, &inv) {
		t.Fatalf("err = %v, want an InvalidError", err)
	}
	if version(t, s) != before {
		t.Fatal("the event file changed")
	}
	for _, p := range inv.Problems {
		if !p.Warning && p.Row == row && p.Column == column && (want == nil || errors.Is(p, want)) && p.File == "bad.csv" {
			if msg := p.Error(); !strings.HasPrefix(msg, "bad.csv: row ") || !strings.Contains(msg, column) {
				t.Errorf("message %q", msg)
			}
			return
		}
	}
	t.Errorf("no %v at row %d column %s in %v", want, row, column, inv.Problems)
}

func TestImportLOWords(t *testing.T) {
	s := newStore(t)
	mustImport(t, s, LOs, "Nama Lengkap;Bahasa;Pengalaman;Tersedia Dari;Tersedia Sampai;Jenis Kelamin\n"+
		"Budi Santoso;Inggris:fasih, Arab (asli), ja:kerja, Jawa:dasar, fr:Menengah;5 tahun;27/11/2026;2026-12-02;Laki-laki\n")
	los, _ := s.FindLOs(ctx, data.LOFilter{})
	want := data.LangSkills{{Code: "en", Level: "fluent"}, {Code: "ar", Level: "native"}, {Code: "ja", Level: "working"}, {Code: "jv", Level: "basic"}, {Code: "fr", Level: "working"}}
	if len(los) != 1 || !reflect.DeepEqual(los[0].Languages, want) || los[0].Experience != 5 || los[0].AvailableFrom != "2026-11-27" ||
		los[0].AvailableTo != "2026-12-02" || los[0].Gender != "male" || los[0].Status != data.LOActive {
		t.Errorf("LO: %+v", los)
	}
}

func TestImportFieldMatching(t *testing.T) {
	s := fieldStore(t)
	// LOs: by e-mail, whatever the name now says; else by name.
	res := mustImport(t, s, LOs, "full_name,email,phone\nBudi S. Santoso,BUDI@lo.example.id,0812 9876 5432\n")
	if los, _ := s.FindLOs(ctx, data.LOFilter{}); res.Updated != 1 || len(los) != 1 || los[0].FullName != "Budi S. Santoso" || los[0].Phone != "+6281298765432" {
		t.Errorf("LO by e-mail: %+v %+v", res, los)
	}
	res = mustImport(t, s, LOs, "full_name,skills\nbudi s. santoso,Driving\n")
	if res.Updated != 1 {
		t.Errorf("LO by name: %+v", res)
	}
	// Programme: the same title and instant in another offset is the same item.
	res = mustImport(t, s, Programme, "title,starts,ends,venue\nPLENO,2026-11-27T02:00:00Z,2026-11-27T11:00+07:00,JCC\n")
	if res.Updated != 1 {
		t.Errorf("programme update: %+v", res)
	}
	res = mustImport(t, s, Programme, "title,starts,ends\nPleno,2026-11-28 09:00,2026-11-28 11:00\n")
	if ps := res.Plan.AllProblems(); res.Inserted != 1 || len(ps) != 1 || !errors.Is(ps[0], ErrLikelyDuplicate) {
		t.Errorf("programme moved: %+v %v", res, ps)
	}
	// Contacts: department in any language, name in any case.
	res = mustImport(t, s, Contacts, "departemen;nama;kanal radio\nPengawalan;IPTU AGUS;CH 7\n")
	if cs, _ := data.All[data.Contact](ctx, s); res.Updated != 1 || len(cs) != 1 || cs[0].RadioChannel != "CH 7" || cs[0].Phone != "+6281211112222" {
		t.Errorf("contact: %+v %+v", res, cs)
	}
	// Requests: defaults from the category; later by the instant or the text.
	mustImport(t, s, Requests, "delegation,person,category,text,received\nFRA,Jean Dupont,diet,Halal meals,2026-11-26 10:00\nVNM,,jadwal,A later start,\n")
	rs, _ := s.FindRequests(ctx, "", "")
	if len(rs) != 2 || rs[0].Department != "hospitality_desk" || rs[0].Status != data.RequestOpen || rs[1].Department != "eo" {
		t.Errorf("requests: %+v", rs)
	}
	res = mustImport(t, s, Requests, "delegation,person,category,text,received,status,response\n"+
		"FRA,jean dupont,dietary,Halal meals only,2026-11-26T03:00:00Z,fulfilled,Arranged\nVNM,,schedule,a later START,,escalated,To the EO\n")
	if res.Updated != 2 {
		t.Errorf("requests update: %+v %v", res, res.Plan.AllProblems())
	}
	// Incidents and gifts.
	mustImport(t, s, Incidents, "time,delegation,severity,what\n2026-11-27 10:00,FRA,tinggi,Lost bag\n")
	res = mustImport(t, s, Incidents, "waktu;delegasi;kejadian;tindakan;teratasi\n2026-11-27 10:00;fra;Lost bag at CGK;Found;ya\n")
	if is, _ := s.FindIncidents(ctx); res.Updated != 1 || len(is) != 1 || !is[0].Resolved || is[0].Severity != "high" {
		t.Errorf("incident: %+v %+v", res, is)
	}
	mustImport(t, s, Gifts, "lo,from,received,item,amount,currency,value_idr\nBudi S. Santoso,Jean Dupont,2026-11-30 10:00,Envelope,\"1.500,50\",eur,Rp 26.408.800\n")
	res = mustImport(t, s, Gifts, "nama_lo;pemberi;diterima;barang;status\nBudi S. Santoso;JEAN DUPONT;2026-11-30 10:00;Envelope;dilaporkan ke KPK\n")
	gs, _ := data.All[data.Gift](ctx, s)
	if res.Updated != 1 || len(gs) != 1 || gs[0].Amount != 1500.5 || gs[0].Currency != "EUR" || gs[0].ValueIDR != 26408800 || gs[0].Status != "reported_kpk" {
		t.Errorf("gift: %+v %+v", res, gs)
	}
	// The same gift at another time is new, with a warning: two envelopes
	// on two days are two gifts to declare.
	res = mustImport(t, s, Gifts, "lo,from,received,item,amount,currency\nBudi S. Santoso,Jean Dupont,2026-12-01 10:00,Envelope,100,EUR\n")
	if ps := res.Plan.AllProblems(); res.Inserted != 1 || len(ps) != 1 || !errors.Is(ps[0], ErrLikelyDuplicate) || ps[0].Column != "received" {
		t.Errorf("second envelope: %+v %v", res, ps)
	}
	res = mustImport(t, s, Incidents, "time,delegation,what\n2026-11-28 10:00,FRA,lost bag at cgk\n")
	if ps := res.Plan.AllProblems(); res.Inserted != 1 || len(ps) != 1 || !errors.Is(ps[0], ErrLikelyDuplicate) {
		t.Errorf("second lost bag: %+v %v", res, ps)
	}
}

// TestImportAssignmentChecklist: a new assignment gets its SOP checklist;
// updating it does not make a second one.
func TestImportAssignmentChecklist(t *testing.T) {
	s := fieldStore(t)
	_, items, err := sop.DefaultTemplate()
	if err != nil {
		t.Fatal(err)
	}
	as, _ := s.FindAssignments(ctx, data.AssignmentFilter{})
	if len(as) != 1 || as[0].TemplateID == "" || as[0].Role != data.AssignLead {
		t.Fatalf("assignments: %+v", as)
	}
	count := func() int {
		all, _ := s.FindChecklist(ctx, "")
		return len(all)
	}
	if n := count(); n != len(items) {
		t.Errorf("%d checklist items, want %d", n, len(items))
	}
	res := mustImport(t, s, Assignments, "lo;delegasi;peran;dari;sampai\nBudi Santoso;fra;utama;2026-11-25;2026-12-01\nbudi santoso;VNM;pendamping;;\n")
	if res.Updated != 1 || res.Inserted != 1 || count() != 2*len(items) {
		t.Errorf("%+v, %d checklist items", res, count())
	}
	as, _ = s.FindAssignments(ctx, data.AssignmentFilter{DelegationID: as[0].DelegationID})
	if len(as) != 1 || as[0].FromDate != "2026-11-25" || as[0].PersonID == "" {
		t.Errorf("updated: %+v (an unmapped person column must keep the person)", as)
	}
	// A second lead for a delegation is a warning, not a refusal.
	mustImport(t, s, LOs, "full_name\nSiti Rahayu\n")
	res = mustImport(t, s, Assignments, "lo,delegation\nSiti Rahayu,FRA\n")
	if ps := res.Plan.AllProblems(); len(ps) != 1 || !ps[0].Warning || ps[0].Column != "delegation" {
		t.Errorf("second lead: %v", ps)
	}
	// A dry run writes no assignment and no checklist.
	mustImport(t, s, LOs, "full_name\nDewi\n")
	v := version(t, s)
	if _, err := importCSV(t, s, Assignments, "a.csv", "lo,delegation\nDewi,ASEAN\n", true); err != nil || version(t, s) != v {
		t.Errorf("dry run: %v, version %d -> %d", err, v, version(t, s))
	}
}

// TestImportFieldXLSXTypedCells: dates, times and numbers as Excel stores
// them.
func TestImportFieldXLSXTypedCells(t *testing.T) {
	s := fieldStore(t)
	dir := t.TempDir()
	write := func(name string, rows [][]any) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, xlsxBytes(t, rows), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	day := time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC)
	for kind, path := range map[string]string{
		LOs: write("los.xlsx", [][]any{
			{"Nama Lengkap", "Telepon", "Pengalaman", "Tersedia Dari", "Tersedia Sampai"},
			{"Sari Wulandari", 6281234567890, 3, day, day.AddDate(0, 0, 8)},
		}),
		Programme: write("programme.xlsx", [][]any{
			{"Judul", "Mulai", "Selesai", "Foto"},
			{"Makan Malam", time.Date(2026, 11, 28, 19, 0, 0, 0, time.UTC), time.Date(2026, 11, 28, 21, 30, 0, 0, time.UTC), true},
		}),
		Gifts: write("gifts.xlsx", [][]any{
			{"LO", "From", "Received", "Amount", "Currency", "Value IDR"},
			{"Budi Santoso", "Jean Dupont", time.Date(2026, 11, 30, 10, 0, 0, 0, time.UTC), 12.5, "USD", 203750},
		}),
	} {
		tab, err := ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := Import(ctx, s, kind, tab, false); err != nil {
			t.Fatalf("%s: %v%s", kind, err, problems(err))
		}
	}
	los, _ := s.FindLOs(ctx, data.LOFilter{Search: "Sari"})
	if len(los) != 1 || los[0].Phone != "+6281234567890" || los[0].Experience != 3 || los[0].AvailableFrom != "2026-11-24" || los[0].AvailableTo != "2026-12-02" {
		t.Errorf("LO: %+v", los)
	}
	items, _ := s.FindProgramme(ctx, "Makan", time.Time{}, time.Time{})
	want := time.Date(2026, 11, 28, 12, 0, 0, 0, time.UTC) // 19:00 in Jakarta
	if len(items) != 1 || !items[0].Starts.Equal(want) || items[0].Ends.Sub(items[0].Starts) != 150*time.Minute || !items[0].Photo {
		t.Errorf("programme: %+v", items)
	}
	gs, _ := data.All[data.Gift](ctx, s)
	if len(gs) != 1 || gs[0].Amount != 12.5 || gs[0].ValueIDR != 203750 || gs[0].ReceivedAt.Hour() != 3 {
		t.Errorf("gift: %+v", gs)
	}
}
