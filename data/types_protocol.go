package data

import "time"

// Badge is an accreditation: the badge number, its category (delegate,
// LO, media, ...) and the access zones it opens, codes of Event.Zones.
// People and LOs embed it.
type Badge struct {
	BadgeNo       string `db:"badge_no"`
	BadgeCategory string `db:"badge_category"`
	Zones         Codes  `db:"zones"`
}

// HasZone says whether the badge opens zone (codes compare as written:
// the rules in app/accred keep them lower-case).
func (b *Badge) HasZone(zone string) bool { return indexOf(b.Zones, zone) >= 0 }

// Roles a delegation's contact has.
const (
	ContactEmbassy         = "embassy"          // the embassy in the host country
	ContactProtectingPower = "protecting_power" // a third country's embassy where there are no relations
	ContactProtocolOfficer = "protocol_officer" // the delegation's own protocol officer
	ContactOther           = "other"
)

// ContactRoles lists the roles of a delegation's contacts, in print order.
var ContactRoles = []string{ContactEmbassy, ContactProtectingPower, ContactProtocolOfficer, ContactOther}

// Movement kinds.
const (
	MoveArrival   = "arrival"
	MoveDeparture = "departure"
	MoveTransfer  = "transfer"
)

// MovementKinds lists the kinds of movement.
var MovementKinds = []string{MoveArrival, MoveDeparture, MoveTransfer}

// Movement is a delegation going from one place to another in a convoy:
// an arrival (TravelLegID may name the flight), a departure, or a transfer
// to a programme item (ItemID).
type Movement struct {
	Base
	DelegationID string    `db:"delegation_id,ref=delegation"`
	Kind         string    `db:"kind"`
	TravelLegID  string    `db:"travel_leg_id,ref=travel_leg"`
	ItemID       string    `db:"item_id,ref=programme_item"`
	Starts       time.Time `db:"starts"`
	Ends         time.Time `db:"ends"`
	FromPlace    string    `db:"from_place"`
	ToPlace      string    `db:"to_place"`
	Notes        string    `db:"notes"`
}

func (*Movement) Table() string { return "movement" }

func (m *Movement) SearchText() string { return m.FromPlace + " " + m.ToPlace + " " + m.Notes }

// Convoy car roles, in the order a motorcade usually drives.
const (
	CarPatwalLead = "patwal_lead"
	CarFlag       = "flag_car"
	CarVIP        = "vip_car"
	CarBackup     = "backup"
	CarStaff      = "staff"
	CarLuggage    = "luggage"
)

// CarRoles lists the roles of a convoy's cars.
var CarRoles = []string{CarPatwalLead, CarFlag, CarVIP, CarBackup, CarStaff, CarLuggage}

// ConvoyCar is one car of a movement's convoy, at Position (1 = first).
// Driver and DriverPhone, when set, replace the vehicle's own; Riders
// says who rides in it and where ("H.E. Ms Sato (rear right); LO Budi
// (front)"); Flags are the ISO 3166 codes of the flags flown on the car.
type ConvoyCar struct {
	Base
	MovementID  string `db:"movement_id,ref=movement"`
	Position    int    `db:"position"`
	Role        string `db:"role"`
	VehicleID   string `db:"vehicle_id,ref=vehicle"`
	Driver      string `db:"driver"`
	DriverPhone string `db:"driver_phone"`
	Riders      string `db:"riders"`
	Flags       Codes  `db:"flags"`
	Notes       string `db:"notes"`
}

func (*ConvoyCar) Table() string { return "convoy_car" }

// Note Verbale directions and statuses.
const (
	NoteOutgoing = "outgoing" // from the organiser to the embassy
	NoteIncoming = "incoming"

	NoteDraft    = "draft"
	NoteSent     = "sent"
	NoteReceived = "received"
	NoteAnswered = "answered"
	NoteClosed   = "closed"
)

var (
	// NoteDirections lists the directions of a Note Verbale.
	NoteDirections = []string{NoteOutgoing, NoteIncoming}
	// NoteStatuses lists a Note Verbale's statuses in their usual order.
	NoteStatuses = []string{NoteDraft, NoteSent, NoteReceived, NoteAnswered, NoteClosed}
)

// NoteVerbale is a diplomatic note exchanged with a delegation's embassy.
// Date and FollowUpDue are YYYY-MM-DD.
type NoteVerbale struct {
	Base
	DelegationID string `db:"delegation_id,ref=delegation"`
	Reference    string `db:"reference"`
	Date         string `db:"date"`
	Direction    string `db:"direction"`
	Subject      string `db:"subject"`
	Status       string `db:"status"`
	FollowUpDue  string `db:"follow_up_due"`
	Notes        string `db:"notes"`
}

func (*NoteVerbale) Table() string { return "note_verbale" }

func (n *NoteVerbale) SearchText() string { return n.Reference + " " + n.Subject }

// Open says whether the note still waits for something: neither answered
// nor closed.
func (n *NoteVerbale) Open() bool { return n.Status != NoteAnswered && n.Status != NoteClosed }
