package imex

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"lodesk/app/field"
	"lodesk/data"
)

// choice reads one of a set of values given in English or Indonesian;
// words maps every accepted spelling (normalised by normHeader) to the
// stored value.
func choice(s string, words map[string]string) (string, error) {
	if v, ok := words[normHeader(s)]; ok {
		return v, nil
	}
	seen := map[string]bool{}
	var vals []string
	for _, v := range words {
		if !seen[v] {
			seen[v] = true
			vals = append(vals, v)
		}
	}
	sort.Strings(vals)
	return "", fmt.Errorf("%q: %w: %s", s, field.ErrBadValue, strings.Join(vals, ", "))
}

var (
	kindWords = map[string]string{
		"country": data.KindCountry, "negara": data.KindCountry,
		"organisation": data.KindOrganisation, "organization": data.KindOrganisation, "organisasi": data.KindOrganisation,
		"internationalorganisation": data.KindOrganisation, "organisasiinternasional": data.KindOrganisation,
		"company": data.KindCompany, "perusahaan": data.KindCompany,
	}
	relationsWords = map[string]string{
		"full": data.RelationsFull, "penuh": data.RelationsFull,
		"limited": data.RelationsLimited, "terbatas": data.RelationsLimited,
		"none": data.RelationsNone, "tidakada": data.RelationsNone, "tanpa": data.RelationsNone,
	}
	statusWords = map[string]string{
		"expected": data.StatusExpected, "diharapkan": data.StatusExpected,
		"confirmed": data.StatusConfirmed, "terkonfirmasi": data.StatusConfirmed, "dikonfirmasi": data.StatusConfirmed,
		"arrived": data.StatusArrived, "tiba": data.StatusArrived,
		"departed": data.StatusDeparted, "berangkat": data.StatusDeparted,
		"cancelled": data.StatusCancelled, "canceled": data.StatusCancelled, "batal": data.StatusCancelled,
	}
	roleWords = map[string]string{
		"hod": data.RoleHOD, "headofdelegation": data.RoleHOD, "ketuadelegasi": data.RoleHOD, "ketua": data.RoleHOD,
		"deputy": data.RoleDeputy, "wakil": data.RoleDeputy, "wakilketua": data.RoleDeputy,
		"member": data.RoleMember, "anggota": data.RoleMember,
		"spouse": data.RoleSpouse, "pasangan": data.RoleSpouse,
		"security": data.RoleSecurity, "keamanan": data.RoleSecurity, "pengawal": data.RoleSecurity,
		"staff": data.RoleStaff, "staf": data.RoleStaff,
	}
	genderWords = map[string]string{
		"male": "male", "m": "male", "man": "male", "l": "male", "lakilaki": "male", "pria": "male",
		"female": "female", "f": "female", "woman": "female", "p": "female", "perempuan": "female", "wanita": "female",
		"other": "other", "x": "other", "lainnya": "other",
	}
	directionWords = map[string]string{
		"arrival": data.Arrival, "arr": data.Arrival, "kedatangan": data.Arrival, "ketibaan": data.Arrival, "datang": data.Arrival,
		"departure": data.Departure, "dep": data.Departure, "keberangkatan": data.Departure, "kepulangan": data.Departure, "berangkat": data.Departure,
	}
	modeWords = map[string]string{
		"flight": data.ModeFlight, "pesawat": data.ModeFlight, "penerbangan": data.ModeFlight,
		"charter": data.ModeCharter, "carter": data.ModeCharter,
		"privatejet": data.ModePrivateJet, "jetpribadi": data.ModePrivateJet,
		"road": data.ModeRoad, "darat": data.ModeRoad,
		"sea": data.ModeSea, "laut": data.ModeSea, "kapal": data.ModeSea,
	}
	yesNoWords = map[string]string{
		"yes": "yes", "y": "yes", "ya": "yes", "true": "yes", "1": "yes", "benar": "yes",
		"no": "no", "n": "no", "tidak": "no", "false": "no", "0": "no", "salah": "no",
	}
	severityWords = map[string]string{
		"mild": data.SeverityMild, "ringan": data.SeverityMild,
		"moderate": data.SeverityModerate, "sedang": data.SeverityModerate,
		"severe": data.SeveritySevere, "berat": data.SeveritySevere, "parah": data.SeveritySevere,
	}
)

func yesNo(s string) (bool, error) {
	if s == "" {
		return false, nil
	}
	v, err := choice(s, yesNoWords)
	return v == "yes", err
}

func wholeNumber(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		// Spreadsheets write 3 as "3.0" now and then.
		if f, ferr := strconv.ParseFloat(s, 64); ferr == nil && f == math.Trunc(f) && math.Abs(f) < 1e9 {
			return int(f), nil
		}
		return 0, fmt.Errorf("%q: %w", s, field.ErrBadNumber)
	}
	return n, nil
}

func allergies(s string) (data.Allergies, error) {
	var a data.Allergies
	if err := a.UnmarshalText([]byte(s)); err != nil {
		return nil, err
	}
	for i, x := range a {
		if x.Severity == "" {
			continue
		}
		sev, err := choice(x.Severity, severityWords)
		if err != nil {
			return nil, fmt.Errorf("allergy %s: severity %w", x.Substance, err)
		}
		a[i].Severity = sev
	}
	return a, nil
}

// parseTime reads a time as field.Time does, a time without an offset
// being in loc; from a workbook, a date serial number is a time in loc
// too.
func parseTime(s string, fromXLSX bool, loc *time.Location) (parsedTime, error) {
	s = strings.TrimSpace(s)
	if fromXLSX {
		if f, err := strconv.ParseFloat(s, 64); err == nil && f > 1 && f < 2958466 {
			if t, err := excelize.ExcelDateToTime(f, false); err == nil {
				t = t.Round(time.Second) // a serial is a float: 14:29:59.9999 is 14:30
				t = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, loc)
				return parsedTime{t: t, zone: loc.String()}, nil
			}
		}
	}
	t, zone, err := field.Time(s, loc)
	if err != nil {
		// Excel in an Indonesian locale writes the day first.
		for _, l := range []string{"2/1/2006 15:04", "2/1/2006 15:04:05", "2-1-2006 15:04"} {
			if t, perr := time.ParseInLocation(l, s, loc); perr == nil {
				return parsedTime{t: t, zone: loc.String()}, nil
			}
		}
	}
	return parsedTime{t: t, zone: zone}, err
}

// parsedTime is a time and the zone it was given in.
type parsedTime struct {
	t    time.Time
	zone string // an IANA name, or "" when only an offset was given
}

// fractional names a zone for offsets that are not whole hours (Etc/GMT
// has only whole hours).
var fractional = []string{
	"Asia/Kolkata", "Asia/Kathmandu", "Asia/Tehran", "Asia/Kabul", "Asia/Yangon", "Australia/Adelaide",
	"Australia/Darwin", "Australia/Eucla", "America/St_Johns", "Pacific/Marquesas", "Pacific/Chatham",
}

// zoneFor names an IANA zone in which t has its offset: the first of prefer
// that fits, else Etc/GMT-N, else a zone with that fractional offset, else
// UTC (and t is kept as an instant).
func zoneFor(t time.Time, prefer ...string) string {
	_, off := t.Zone()
	fits := func(name string) bool {
		loc, err := time.LoadLocation(name)
		if err != nil {
			return false
		}
		_, o := t.In(loc).Zone()
		return o == off
	}
	for _, z := range prefer {
		if z != "" && fits(z) {
			return z
		}
	}
	if off == 0 {
		return "UTC"
	}
	if off%3600 == 0 {
		// POSIX signs: Etc/GMT-7 is UTC+7.
		name := fmt.Sprintf("Etc/GMT%+d", -off/3600)
		if fits(name) {
			return name
		}
	}
	for _, z := range fractional {
		if fits(z) {
			return z
		}
	}
	return "UTC"
}

// isoTime writes t in ISO 8601 with its offset, in loc.
func isoTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(time.RFC3339)
}

func loadZone(name string, fallback *time.Location) *time.Location {
	if name == "" {
		return fallback
	}
	if loc, err := time.LoadLocation(name); err == nil {
		return loc
	}
	return fallback
}
