package data

import (
	"strings"
	"time"
)

// Record is a row of one of the event's synced tables. Every domain type
// embeds Base and names its table.
type Record interface {
	Table() string
	base() *Base
}

// Searchable records keep a folded copy of their names for search in any
// script.
type Searchable interface {
	SearchText() string
}

// Base is what every synced row has: a UUIDv7 id.
type Base struct {
	ID string `db:"id"`
}

func (b *Base) base() *Base { return b }

// Event is the single event an event file holds.
type Event struct {
	Base
	Name         string `db:"name"`
	City         string `db:"city"`
	Venues       Codes  `db:"venues"`
	StartDate    string `db:"start_date"` // YYYY-MM-DD
	EndDate      string `db:"end_date"`   // YYYY-MM-DD
	TimeZone     string `db:"time_zone"`  // IANA, e.g. Asia/Jakarta
	HostCountry  string `db:"host_country"`
	ChairID      string `db:"chair_delegation_id,ref=delegation"`
	Coordinator  string `db:"coordinator"`
	CoordPhone   string `db:"coordinator_phone"`
	DefaultLang  string `db:"default_lang"`
	Organiser    string `db:"organiser"`
	Confidential bool   `db:"confidential"`
	// Holidays are the host country's public holidays and collective
	// leave days (YYYY-MM-DD), skipped when counting working days.
	Holidays Codes `db:"holidays"`
	// DataKey is the wrapped key of the protected fields ("" = not
	// protected); see Store.Protect.
	DataKey string `db:"data_key"`
	// Zones are the organiser's access zones (codes such as apron, vip,
	// plenary), the list badges and car passes take theirs from.
	Zones Codes `db:"zones"`
}

func (*Event) Table() string { return "event" }

// Location returns the event's time zone, or UTC when it is unknown.
func (e *Event) Location() *time.Location {
	if loc, err := time.LoadLocation(e.TimeZone); err == nil && e.TimeZone != "" {
		return loc
	}
	return time.UTC
}

// Delegation kinds, relations and statuses.
const (
	KindCountry      = "country"
	KindOrganisation = "organisation"
	KindCompany      = "company"

	RelationsFull    = "full"
	RelationsLimited = "limited"
	RelationsNone    = "none"

	StatusExpected  = "expected"
	StatusConfirmed = "confirmed"
	StatusArrived   = "arrived"
	StatusDeparted  = "departed"
	StatusCancelled = "cancelled"
)

// DelegationKinds, Relations and DelegationStatuses list the allowed values
// in display order.
var (
	DelegationKinds    = []string{KindCountry, KindOrganisation, KindCompany}
	Relations          = []string{RelationsFull, RelationsLimited, RelationsNone}
	DelegationStatuses = []string{StatusExpected, StatusConfirmed, StatusArrived, StatusDeparted, StatusCancelled}
)

// Delegation is a country, international organisation or company taking
// part in the event.
type Delegation struct {
	Base
	Code           string `db:"code"`
	Name           string `db:"name"`
	Kind           string `db:"kind"`
	Country        string `db:"country"` // ISO 3166-1 alpha-2
	Precedence     int    `db:"precedence"`
	Relations      string `db:"relations"`
	RelationsNotes string `db:"relations_notes"`
	Languages      Codes  `db:"languages"` // ISO 639
	Status         string `db:"status"`
	Notes          string `db:"notes"`
}

func (*Delegation) Table() string { return "delegation" }

func (d *Delegation) SearchText() string { return d.Code + " " + d.Name + " " + d.Country }

// Person roles.
const (
	RoleHOD      = "hod"
	RoleDeputy   = "deputy"
	RoleMember   = "member"
	RoleSpouse   = "spouse"
	RoleSecurity = "security"
	RoleStaff    = "staff"
)

// PersonRoles lists the roles in protocol order.
var PersonRoles = []string{RoleHOD, RoleDeputy, RoleMember, RoleSpouse, RoleSecurity, RoleStaff}

// Person is a delegate.
type Person struct {
	Base
	DelegationID  string    `db:"delegation_id,ref=delegation"`
	Role          string    `db:"role"`
	Honorific     string    `db:"honorific"`
	FullName      string    `db:"full_name"`
	NativeName    string    `db:"native_name"`
	Position      string    `db:"position"`
	Gender        string    `db:"gender"`
	Nationality   string    `db:"nationality"`
	PassportNo    string    `db:"passport_no,sensitive"`
	Languages     Codes     `db:"languages"`
	Dietary       string    `db:"dietary"`
	Allergies     Allergies `db:"allergies"`
	Medical       string    `db:"medical,sensitive"`
	Mobility      string    `db:"mobility"`
	HandlingNotes string    `db:"handling_notes"`
	Phone         string    `db:"phone"`
	Email         string    `db:"email"`
	Photo         []byte    `db:"photo"`
	Badge
}

func (*Person) Table() string { return "person" }

func (p *Person) SearchText() string {
	return p.FullName + " " + p.NativeName + " " + p.Position + " " + p.Email
}

// Travel directions and modes.
const (
	Arrival   = "arrival"
	Departure = "departure"

	ModeFlight     = "flight"
	ModeCharter    = "charter"
	ModePrivateJet = "private_jet"
	ModeRoad       = "road"
	ModeSea        = "sea"
)

// TravelModes lists the modes of travel.
var TravelModes = []string{ModeFlight, ModeCharter, ModePrivateJet, ModeRoad, ModeSea}

// TravelLeg is an arrival or departure of a person or a whole delegation
// (PersonID empty).
type TravelLeg struct {
	Base
	DelegationID string    `db:"delegation_id,ref=delegation"`
	PersonID     string    `db:"person_id,ref=person"`
	Direction    string    `db:"direction"`
	Mode         string    `db:"mode"`
	Carrier      string    `db:"carrier"`
	FlightNo     string    `db:"flight_no"`
	Airport      string    `db:"airport"` // IATA
	Terminal     string    `db:"terminal"`
	Scheduled    time.Time `db:"scheduled"`
	TimeZone     string    `db:"time_zone"` // the zone the time was given in
	VIPLounge    bool      `db:"vip_lounge"`
	MeetingPoint string    `db:"meeting_point"`
	VehicleID    string    `db:"vehicle_id,ref=vehicle"`
	Notes        string    `db:"notes"`
}

func (*TravelLeg) Table() string { return "travel_leg" }

// Accommodation is a delegation's (or one person's) hotel stay.
type Accommodation struct {
	Base
	DelegationID string    `db:"delegation_id,ref=delegation"`
	PersonID     string    `db:"person_id,ref=person"`
	Hotel        string    `db:"hotel"`
	Rooms        string    `db:"rooms"`
	CheckIn      time.Time `db:"check_in"`
	CheckOut     time.Time `db:"check_out"`
	Notes        string    `db:"notes"`
}

func (*Accommodation) Table() string { return "accommodation" }

// Vehicle is a car, van or bus with its driver and Patwal escort.
type Vehicle struct {
	Base
	DelegationID string `db:"delegation_id,ref=delegation"`
	Plate        string `db:"plate"`
	Type         string `db:"type"`
	Capacity     int    `db:"capacity"`
	Driver       string `db:"driver"`
	DriverPhone  string `db:"driver_phone"`
	Patwal       bool   `db:"patwal"`
	PatwalUnit   string `db:"patwal_unit"`
	Notes        string `db:"notes"`
	CarPass      string `db:"car_pass"` // its accreditation sticker
	Zones        Codes  `db:"zones"`    // where the pass lets it drive
}

func (*Vehicle) Table() string { return "vehicle" }

func (v *Vehicle) SearchText() string { return v.Plate + " " + v.Driver }

// Codes is a list of codes kept as "a; b; c".
type Codes []string

// MarshalText joins the codes with "; ".
func (c Codes) MarshalText() ([]byte, error) { return []byte(strings.Join(c, "; ")), nil }

// UnmarshalText splits on ";" or ",", trimming blanks.
func (c *Codes) UnmarshalText(b []byte) error {
	*c = SplitList(string(b))
	return nil
}

// SplitList splits "a; b, c" into its trimmed, non-empty parts.
func SplitList(s string) []string {
	f := strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' })
	out := make([]string, 0, len(f))
	for _, p := range f {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// Transfer is the time it takes to get from one venue to another (either
// way), for the itinerary's transfer check.
type Transfer struct {
	Base
	FromVenue string `db:"from_venue"`
	ToVenue   string `db:"to_venue"`
	Minutes   int    `db:"minutes"`
	Notes     string `db:"notes"`
}

func (*Transfer) Table() string { return "transfer" }
