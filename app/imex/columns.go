package imex

import (
	"errors"
	"fmt"
	"strings"
)

// Kinds of data that import and export know.
const (
	Delegations = "delegations"
	People      = "people"
	Travel      = "travel"
	LOs         = "los"
	Programme   = "programme"
	Assignments = "assignments"
	Checklists  = "checklists"
	Seating     = "seating"
	Requests    = "requests"
	Incidents   = "incidents"
	Gifts       = "gifts"
	Contacts    = "contacts"
	Vehicles    = "vehicles"
	Hotels      = "hotels"
	Briefs      = "briefs"
	Transfers   = "transfers"
	Accred      = "accreditation"
)

// Column is one column of a kind: its English header (the key) and the
// other headers that mean it.
type Column struct {
	Key      string
	Aliases  []string // Indonesian first, as DESIGN.md gives them
	Required bool
}

// columns lists each kind's columns in export order (DESIGN.md).
var columns = map[string][]Column{
	Delegations: {
		{Key: "code", Aliases: []string{"kode"}, Required: true},
		{Key: "name", Aliases: []string{"nama", "delegation", "delegasi"}},
		{Key: "kind", Aliases: []string{"jenis", "type", "tipe"}},
		{Key: "country", Aliases: []string{"negara"}},
		{Key: "precedence", Aliases: []string{"urutan", "order"}},
		{Key: "relations", Aliases: []string{"hubungan", "diplomatic_relations", "hubungan_diplomatik"}},
		{Key: "relations_notes", Aliases: []string{"catatan_hubungan"}},
		{Key: "languages", Aliases: []string{"bahasa", "language"}},
		{Key: "status"},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	People: {
		{Key: "delegation", Aliases: []string{"delegasi", "delegation_code", "kode_delegasi"}, Required: true},
		{Key: "role", Aliases: []string{"peran"}},
		{Key: "honorific", Aliases: []string{"sapaan", "title", "gelar"}},
		{Key: "full_name", Aliases: []string{"nama_lengkap", "name", "nama"}, Required: true},
		{Key: "native_name", Aliases: []string{"nama_asli"}},
		{Key: "position", Aliases: []string{"jabatan"}},
		{Key: "gender", Aliases: []string{"jenis_kelamin", "sex"}},
		{Key: "nationality", Aliases: []string{"kewarganegaraan"}},
		{Key: "passport_no", Aliases: []string{"no_paspor", "passport", "paspor", "nomor_paspor", "passport_number"}},
		{Key: "languages", Aliases: []string{"bahasa", "language"}},
		{Key: "dietary", Aliases: []string{"diet", "makanan"}},
		{Key: "allergies", Aliases: []string{"alergi"}},
		{Key: "medical", Aliases: []string{"medis", "riwayat_medis"}},
		{Key: "mobility", Aliases: []string{"mobilitas"}},
		{Key: "handling_notes", Aliases: []string{"catatan_penanganan"}},
		{Key: "phone", Aliases: []string{"telepon", "telp", "hp", "no_hp", "mobile"}},
		{Key: "email", Aliases: []string{"surel", "e-mail"}},
	},
	Travel: {
		{Key: "delegation", Aliases: []string{"delegasi"}, Required: true},
		{Key: "person", Aliases: []string{"nama_lengkap", "full_name", "nama"}},
		{Key: "direction", Aliases: []string{"arah"}, Required: true},
		{Key: "mode", Aliases: []string{"moda"}},
		{Key: "carrier", Aliases: []string{"maskapai", "airline"}},
		{Key: "flight_no", Aliases: []string{"no_penerbangan", "flight", "penerbangan"}},
		{Key: "airport", Aliases: []string{"bandara"}},
		{Key: "terminal"},
		{Key: "scheduled", Aliases: []string{"jadwal", "time", "waktu"}, Required: true},
		{Key: "vip_lounge", Aliases: []string{"ruang_vip", "vip"}},
		{Key: "meeting_point", Aliases: []string{"titik_temu"}},
		{Key: "vehicle", Aliases: []string{"kendaraan", "plate", "no_polisi"}},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	LOs: {
		{Key: "full_name", Aliases: []string{"nama_lengkap", "name", "nama"}, Required: true},
		{Key: "phone", Aliases: []string{"telepon", "telp", "hp", "no_hp", "mobile"}},
		{Key: "email", Aliases: []string{"surel", "e-mail"}},
		{Key: "gender", Aliases: []string{"jenis_kelamin", "sex"}},
		{Key: "languages", Aliases: []string{"bahasa", "language"}},
		{Key: "experience", Aliases: []string{"pengalaman", "experience_years", "pengalaman_tahun"}},
		{Key: "skills", Aliases: []string{"keahlian", "keterampilan"}},
		{Key: "available_from", Aliases: []string{"tersedia_dari", "from", "dari"}},
		{Key: "available_to", Aliases: []string{"tersedia_sampai", "to", "sampai"}},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	Programme: {
		{Key: "title", Aliases: []string{"judul", "acara", "session", "sesi"}, Required: true},
		{Key: "starts", Aliases: []string{"mulai", "start", "waktu_mulai"}, Required: true},
		{Key: "ends", Aliases: []string{"selesai", "end", "waktu_selesai"}, Required: true},
		{Key: "venue", Aliases: []string{"tempat", "lokasi"}},
		{Key: "room", Aliases: []string{"ruang", "ruangan"}},
		{Key: "dress_code", Aliases: []string{"busana", "pakaian", "dress"}},
		{Key: "attendees", Aliases: []string{"peserta", "participants"}},
		{Key: "photo", Aliases: []string{"foto", "group_photo", "foto_bersama"}},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
		{Key: "kind", Aliases: []string{"jenis", "type", "jenis_acara"}},
		{Key: "seating", Aliases: []string{"tempat_duduk", "attendance", "kehadiran"}},
	},
	Assignments: {
		{Key: "lo", Aliases: []string{"nama_lo", "lo_name", "petugas_penghubung"}, Required: true},
		{Key: "delegation", Aliases: []string{"delegasi", "kode_delegasi", "delegation_code"}, Required: true},
		{Key: "person", Aliases: []string{"orang", "tamu", "delegate"}},
		{Key: "role", Aliases: []string{"peran"}},
		{Key: "from", Aliases: []string{"dari", "mulai", "from_date"}},
		{Key: "to", Aliases: []string{"sampai", "selesai", "to_date"}},
	},
	Checklists: {
		{Key: "lo", Aliases: []string{"nama_lo"}, Required: true},
		{Key: "delegation", Aliases: []string{"delegasi"}, Required: true},
		{Key: "phase", Aliases: []string{"fase", "tahap"}, Required: true},
		{Key: "item", Aliases: []string{"butir", "langkah"}, Required: true},
		{Key: "status"},
		{Key: "checked_by", Aliases: []string{"dicek_oleh"}},
		{Key: "checked_at", Aliases: []string{"dicek_pada"}},
		{Key: "rechecked_by", Aliases: []string{"dicek_ulang_oleh"}},
		{Key: "rechecked_at", Aliases: []string{"dicek_ulang_pada"}},
		{Key: "notes", Aliases: []string{"catatan"}},
	},
	Seating: {
		{Key: "session", Aliases: []string{"sesi", "acara"}},
		{Key: "delegation", Aliases: []string{"delegasi"}},
		{Key: "person", Aliases: []string{"nama_lengkap"}},
		{Key: "seat", Aliases: []string{"kursi"}},
		{Key: "photo_row", Aliases: []string{"baris_foto"}},
		{Key: "photo_place", Aliases: []string{"posisi_foto"}},
	},
	Requests: {
		{Key: "delegation", Aliases: []string{"delegasi", "kode_delegasi"}, Required: true},
		{Key: "person", Aliases: []string{"nama_lengkap", "full_name", "orang"}},
		{Key: "category", Aliases: []string{"kategori"}, Required: true},
		{Key: "text", Aliases: []string{"permintaan", "isi", "request"}, Required: true},
		{Key: "received", Aliases: []string{"diterima", "waktu_diterima", "received_at"}},
		{Key: "department", Aliases: []string{"departemen", "bagian"}},
		{Key: "status"},
		{Key: "response", Aliases: []string{"tanggapan", "jawaban"}},
	},
	Incidents: {
		{Key: "time", Aliases: []string{"waktu", "occurred_at", "kapan"}, Required: true},
		{Key: "delegation", Aliases: []string{"delegasi", "kode_delegasi"}},
		{Key: "severity", Aliases: []string{"tingkat", "keparahan", "tingkat_keparahan"}},
		{Key: "what", Aliases: []string{"kejadian", "apa", "uraian"}, Required: true},
		{Key: "action", Aliases: []string{"tindakan"}},
		{Key: "resolved", Aliases: []string{"selesai", "teratasi"}},
	},
	Gifts: {
		{Key: "lo", Aliases: []string{"nama_lo", "lo_name"}, Required: true},
		{Key: "from", Aliases: []string{"dari", "pemberi", "from_whom"}, Required: true},
		{Key: "received", Aliases: []string{"diterima", "tanggal_diterima", "received_at"}, Required: true},
		{Key: "item", Aliases: []string{"barang", "hadiah"}},
		{Key: "amount", Aliases: []string{"jumlah", "nominal"}},
		{Key: "currency", Aliases: []string{"mata_uang"}},
		{Key: "value_idr", Aliases: []string{"nilai_idr", "nilai_rupiah", "nilai"}},
		{Key: "status"},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	Contacts: {
		{Key: "department", Aliases: []string{"bagian", "departemen"}},
		{Key: "delegation", Aliases: []string{"delegasi", "kode_delegasi"}},
		{Key: "name", Aliases: []string{"nama"}, Required: true},
		{Key: "role", Aliases: []string{"peran", "jabatan"}},
		{Key: "phone", Aliases: []string{"telepon", "telp", "hp", "no_hp"}},
		{Key: "radio", Aliases: []string{"radio_channel", "kanal_radio", "kanal"}},
		{Key: "email", Aliases: []string{"surel", "e-mail"}},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	Vehicles: {
		{Key: "plate", Aliases: []string{"no_polisi", "nopol", "plat"}, Required: true},
		{Key: "type", Aliases: []string{"jenis", "tipe"}},
		{Key: "seats", Aliases: []string{"kursi", "capacity", "kapasitas"}},
		{Key: "driver", Aliases: []string{"pengemudi", "sopir"}},
		{Key: "driver_phone", Aliases: []string{"telepon_pengemudi", "hp_pengemudi"}},
		{Key: "delegation", Aliases: []string{"delegasi", "kode_delegasi"}},
		{Key: "patwal", Aliases: []string{"pengawalan"}},
		{Key: "car_pass", Aliases: []string{"no_stiker", "stiker", "car_pass_no"}},
		{Key: "zones", Aliases: []string{"zona", "zone"}},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	Hotels: {
		{Key: "delegation", Aliases: []string{"delegasi", "kode_delegasi"}, Required: true},
		{Key: "person", Aliases: []string{"nama_lengkap", "full_name", "nama"}},
		{Key: "hotel", Aliases: []string{"hotel_name", "nama_hotel"}, Required: true},
		{Key: "room", Aliases: []string{"kamar", "rooms", "no_kamar"}},
		{Key: "check_in", Aliases: []string{"masuk", "checkin"}},
		{Key: "check_out", Aliases: []string{"keluar", "checkout"}},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	Briefs: {
		{Key: "country", Aliases: []string{"negara"}, Required: true},
		{Key: "relations", Aliases: []string{"hubungan", "hubungan_bilateral"}},
		{Key: "etiquette", Aliases: []string{"etiket", "etiket_budaya"}},
		{Key: "phrases", Aliases: []string{"frasa", "ungkapan"}},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	Transfers: {
		{Key: "from", Aliases: []string{"dari", "from_venue"}, Required: true},
		{Key: "to", Aliases: []string{"ke", "to_venue"}, Required: true},
		{Key: "minutes", Aliases: []string{"menit", "durasi"}, Required: true},
		{Key: "notes", Aliases: []string{"catatan", "keterangan"}},
	},
	Accred: {
		{Key: "delegation", Aliases: []string{"delegasi", "kode_delegasi"}},
		{Key: "full_name", Aliases: []string{"nama_lengkap", "name", "nama"}, Required: true},
		{Key: "badge_no", Aliases: []string{"no_badge", "badge", "nomor_badge"}},
		{Key: "category", Aliases: []string{"kategori"}},
		{Key: "zones", Aliases: []string{"zona", "zone"}},
	},
}

// ErrUnknownKind is a kind that import or export does not take.
var ErrUnknownKind = errors.New("unknown kind")

// Columns returns a kind's columns in export order.
func Columns(kind string) ([]Column, error) {
	cs, ok := columns[kind]
	if !ok {
		return nil, fmt.Errorf("%w %q (want one of %s)", ErrUnknownKind, kind, strings.Join(ExportKinds(), ", "))
	}
	return cs, nil
}

// Headers returns a kind's English headers in export order.
func Headers(kind string) []string {
	cs := columns[kind]
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.Key
	}
	return out
}

// ImportKinds lists the kinds import takes, in DESIGN.md order: all but
// seating, which the app makes. A checklists import only updates the items
// the app made for the assignments.
func ImportKinds() []string {
	return []string{
		Delegations, People, LOs, Travel, Programme, Assignments, Checklists, Requests, Incidents, Gifts, Contacts,
		Vehicles, Hotels, Briefs, Transfers, Accred,
	}
}

// ExportKinds lists the kinds export writes, in DESIGN.md order.
func ExportKinds() []string {
	return []string{
		Delegations, People, LOs, Travel, Programme, Assignments, Checklists, Seating, Requests, Incidents, Gifts, Contacts,
		Vehicles, Hotels, Briefs, Transfers, Accred,
	}
}

// normHeader makes headers comparable: no case, spaces, underscores,
// hyphens or dots ("No. Paspor" = "no_paspor").
func normHeader(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(s)) {
		switch r {
		case ' ', '_', '-', '.', '\u00a0', '\t':
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Mapping says which column of the kind each file column fills: Mapping[i]
// is the key for the file's column i, or "" to ignore it. The window lets
// the user edit it.
type Mapping []string

// Detect maps a header to a kind's columns by English header or alias. A
// key that two file columns match is mapped to both, which Check reports.
func Detect(kind string, header []string) (Mapping, error) {
	cs, err := Columns(kind)
	if err != nil {
		return nil, err
	}
	m := make(Mapping, len(header))
	for i, h := range header {
		n := normHeader(h)
		if n == "" {
			continue
		}
		for _, c := range cs { // English keys win over aliases
			if normHeader(c.Key) == n {
				m[i] = c.Key
			}
		}
		if m[i] != "" {
			continue
		}
		for _, c := range cs {
			for _, a := range c.Aliases {
				if normHeader(a) == n && m[i] == "" {
					m[i] = c.Key
				}
			}
		}
	}
	return m, nil
}

// Mapping errors.
var (
	ErrMappedTwice    = errors.New("column mapped twice")
	ErrMissingColumn  = errors.New("required column missing")
	ErrUnknownColumn  = errors.New("no such column")
	ErrMappingTooLong = errors.New("the mapping has more columns than the file")
	ErrIgnoredColumn  = errors.New("column not imported")
)

// Check reports a key mapped from two file columns, a key the kind does not
// have and a required column that is not mapped; header names the file's
// columns in the problems.
func (m Mapping) Check(kind string, header []string) []Problem {
	cs, err := Columns(kind)
	if err != nil {
		return []Problem{{Err: err}}
	}
	var out []Problem
	if len(m) > len(header) {
		out = append(out, Problem{Err: ErrMappingTooLong})
	}
	known := map[string]bool{}
	for _, c := range cs {
		known[c.Key] = true
	}
	first := map[string]int{}
	for i, k := range m {
		if k == "" {
			continue
		}
		if !known[k] {
			out = append(out, Problem{Row: 1, Col: i, Column: k, Err: fmt.Errorf("%w %q for %s", ErrUnknownColumn, k, kind)})
			continue
		}
		if j, dup := first[k]; dup {
			out = append(out, Problem{
				Row: 1, Col: i, Column: k, Value: cell(header, i),
				Err: fmt.Errorf("%w: %s is already column %s (%q)", ErrMappedTwice, k, ColumnName(j), cell(header, j)),
			})
			continue
		}
		first[k] = i
	}
	for _, c := range cs {
		if _, ok := first[c.Key]; c.Required && !ok {
			out = append(out, Problem{Row: 1, Col: -1, Column: c.Key, Err: fmt.Errorf("%w: %s", ErrMissingColumn, c.Key)})
		}
	}
	return out
}

func cell(s []string, i int) string {
	if i < 0 || i >= len(s) {
		return ""
	}
	return s[i]
}
