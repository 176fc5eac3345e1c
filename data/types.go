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
	// DataKey is the wrapped key of the protected fields ("" = not
	// protected); see Store.Protect.
	DataKey string `db:"data_key"`
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
}

func (*Vehicle) Table() string { return "vehicle" }

func (v *Vehicle) SearchText() string { return v.Plate + " " + v.Driver }

// LO statuses.
const (
	LOActive   = "active"
	LOReserve  = "reserve"
	LOInactive = "inactive"
)

// LOStatuses lists the LO statuses.
var LOStatuses = []string{LOActive, LOReserve, LOInactive}

// LO is a liaison officer.
type LO struct {
	Base
	FullName      string     `db:"full_name"`
	Phone         string     `db:"phone"`
	Email         string     `db:"email"`
	Gender        string     `db:"gender"`
	Languages     LangSkills `db:"languages"`
	Experience    int        `db:"experience"` // years
	Skills        string     `db:"skills"`
	AvailableFrom string     `db:"available_from"` // YYYY-MM-DD
	AvailableTo   string     `db:"available_to"`   // YYYY-MM-DD
	Status        string     `db:"status"`
	Photo         []byte     `db:"photo"`
	Notes         string     `db:"notes"`
}

func (*LO) Table() string { return "lo" }

func (l *LO) SearchText() string { return l.FullName + " " + l.Email + " " + l.Skills }

// Assignment roles.
const (
	AssignLead      = "lead"
	AssignAssistant = "assistant"
)

// Assignment attaches an LO to a delegation (optionally to one person).
type Assignment struct {
	Base
	LOID         string `db:"lo_id,ref=lo"`
	DelegationID string `db:"delegation_id,ref=delegation"`
	PersonID     string `db:"person_id,ref=person"`
	Role         string `db:"role"`
	FromDate     string `db:"from_date"` // YYYY-MM-DD
	ToDate       string `db:"to_date"`
	TemplateID   string `db:"template_id,ref=sop_template"`
	Notes        string `db:"notes"`
}

func (*Assignment) Table() string { return "assignment" }

// Programme item kinds.
const (
	ItemPlenary   = "plenary"
	ItemBilateral = "bilateral"
	ItemSiteVisit = "site_visit"
	ItemGala      = "gala_dinner"
	ItemPhoto     = "group_photo"
	ItemSpouse    = "spouse_programme"
	ItemOther     = "other"
)

// ProgrammeKinds lists programme item kinds.
var ProgrammeKinds = []string{ItemPlenary, ItemBilateral, ItemSiteVisit, ItemGala, ItemPhoto, ItemSpouse, ItemOther}

// ProgrammeItem is a session or function of the event.
type ProgrammeItem struct {
	Base
	Title     string    `db:"title"`
	Kind      string    `db:"kind"`
	Starts    time.Time `db:"starts"`
	Ends      time.Time `db:"ends"`
	Venue     string    `db:"venue"`
	Room      string    `db:"room"`
	DressCode string    `db:"dress_code"`
	Attendees Codes     `db:"attendees"` // "all" or delegation codes
	HODOnly   bool      `db:"hod_only"`
	Photo     bool      `db:"photo"`
	Seating   bool      `db:"seating"`
	RowSizes  string    `db:"row_sizes"` // e.g. "10; 12; 14"
	Notes     string    `db:"notes"`
}

func (*ProgrammeItem) Table() string { return "programme_item" }

func (p *ProgrammeItem) SearchText() string { return p.Title + " " + p.Venue + " " + p.Room }

// Seat is a delegate's seat and photo position at a programme item.
type Seat struct {
	Base
	ItemID       string `db:"item_id,ref=programme_item"`
	DelegationID string `db:"delegation_id,ref=delegation"`
	PersonID     string `db:"person_id,ref=person"`
	Seat         string `db:"seat"`
	PhotoRow     int    `db:"photo_row"`
	PhotoPlace   int    `db:"photo_place"`
	Fixed        bool   `db:"fixed"` // set by hand: regeneration keeps it
}

func (*Seat) Table() string { return "seat" }

// SOP phases in order.
const (
	PhasePreArrival = "pre_arrival"
	PhaseArrival    = "arrival"
	PhaseEvent      = "event"
	PhaseDeparture  = "departure"
	PhasePostEvent  = "post_event"
)

// Phases lists the SOP phases in order.
var Phases = []string{PhasePreArrival, PhaseArrival, PhaseEvent, PhaseDeparture, PhasePostEvent}

// SOPTemplate is a named set of SOP items.
type SOPTemplate struct {
	Base
	Name        string `db:"name"`
	Description string `db:"description"`
	IsDefault   bool   `db:"is_default"`
}

func (*SOPTemplate) Table() string { return "sop_template" }

// SOPItem is one step of a template, in both languages.
type SOPItem struct {
	Base
	TemplateID   string `db:"template_id,ref=sop_template"`
	Phase        string `db:"phase"`
	Position     int    `db:"position"`
	TextEN       string `db:"text_en"`
	TextID       string `db:"text_id"`
	NeedsRecheck bool   `db:"needs_recheck"`
}

func (*SOPItem) Table() string { return "sop_item" }

// Checklist item statuses.
const (
	CheckPending       = "pending"
	CheckChecked       = "checked"
	CheckRechecked     = "rechecked"
	CheckNotApplicable = "not_applicable"
)

// ChecklistItem is one SOP step for one assignment.
type ChecklistItem struct {
	Base
	AssignmentID string    `db:"assignment_id,ref=assignment"`
	SOPItemID    string    `db:"sop_item_id,ref=sop_item"`
	Phase        string    `db:"phase"`
	Position     int       `db:"position"`
	TextEN       string    `db:"text_en"`
	TextID       string    `db:"text_id"`
	NeedsRecheck bool      `db:"needs_recheck"`
	Status       string    `db:"status"`
	CheckedBy    string    `db:"checked_by"`
	CheckedAt    time.Time `db:"checked_at"`
	RecheckedBy  string    `db:"rechecked_by"`
	RecheckedAt  time.Time `db:"rechecked_at"`
	NAReason     string    `db:"na_reason"`
	Notes        string    `db:"notes"`
}

func (*ChecklistItem) Table() string { return "checklist_item" }

// Request categories and statuses.
const (
	RequestOpen      = "open"
	RequestFulfilled = "fulfilled"
	RequestDeclined  = "declined"
	RequestEscalated = "escalated"
)

var (
	RequestCategories = []string{"dietary", "transport", "schedule", "medical", "shopping", "other"}
	RequestStatuses   = []string{RequestOpen, RequestFulfilled, RequestDeclined, RequestEscalated}
)

// Request is a special request from a delegation or one of its people.
type Request struct {
	Base
	DelegationID string    `db:"delegation_id,ref=delegation"`
	PersonID     string    `db:"person_id,ref=person"`
	Category     string    `db:"category"`
	Text         string    `db:"text"`
	ReceivedAt   time.Time `db:"received_at"`
	Department   string    `db:"department"`
	Status       string    `db:"status"`
	Response     string    `db:"response"`
}

func (*Request) Table() string { return "request" }

func (r *Request) SearchText() string { return r.Text + " " + r.Response }

// Incident severities.
var Severities = []string{"low", "medium", "high"}

// Incident is something that went wrong and what was done.
type Incident struct {
	Base
	OccurredAt   time.Time `db:"occurred_at"`
	DelegationID string    `db:"delegation_id,ref=delegation"`
	Severity     string    `db:"severity"`
	What         string    `db:"what"`
	Action       string    `db:"action"`
	Resolved     bool      `db:"resolved"`
}

func (*Incident) Table() string { return "incident" }

// Gift statuses.
var GiftStatuses = []string{"received", "declared", "handed_to_committee", "reported_kpk"}

// Gift is a gift or gratuity an LO received and must declare.
type Gift struct {
	Base
	LOID       string    `db:"lo_id,ref=lo"`
	FromWhom   string    `db:"from_whom"`
	ReceivedAt time.Time `db:"received_at"`
	Item       string    `db:"item"`
	Amount     float64   `db:"amount"`
	Currency   string    `db:"currency"`
	ValueIDR   int64     `db:"value_idr"`
	Status     string    `db:"status"`
	Notes      string    `db:"notes"`
}

func (*Gift) Table() string { return "gift" }

// Departments the LO works with.
var Departments = []string{"ground_handling", "transport", "hospitality_desk", "patwal", "eo", "medical", "security", "lo_coordinator"}

// Contact is a department's contact person.
type Contact struct {
	Base
	Department   string `db:"department"`
	Name         string `db:"name"`
	Phone        string `db:"phone"`
	RadioChannel string `db:"radio_channel"`
	Notes        string `db:"notes"`
}

func (*Contact) Table() string { return "contact" }

func (c *Contact) SearchText() string { return c.Name + " " + c.Department }

// CountryBrief is what an LO should know about a country.
type CountryBrief struct {
	Base
	Country   string `db:"country"`
	Relations string `db:"relations"`
	Etiquette string `db:"etiquette"`
	Phrases   string `db:"phrases"`
	Notes     string `db:"notes"`
}

func (*CountryBrief) Table() string { return "country_brief" }

// PrintLog records a printed pack: who printed what, for whom.
type PrintLog struct {
	Base
	PrintedAt time.Time `db:"printed_at"`
	PrintedBy string    `db:"printed_by"`
	Document  string    `db:"document"`
	ForWhom   string    `db:"for_whom"`
	Redacted  bool      `db:"redacted"`
}

func (*PrintLog) Table() string { return "print_log" }

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
