package data

import "time"

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
	Badge
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
	ItemMeal      = "meal"
	ItemGala      = "gala"
	ItemReception = "reception"
	ItemPhoto     = "photo"
	ItemBilateral = "bilateral"
	ItemVisit     = "visit"
	ItemOther     = "other"
)

// ProgrammeKinds lists programme item kinds.
var ProgrammeKinds = []string{ItemPlenary, ItemMeal, ItemGala, ItemReception, ItemPhoto, ItemBilateral, ItemVisit, ItemOther}

// Catered says whether items of a kind are catered functions (the
// catering manifest lists them).
func Catered(kind string) bool { return kind == ItemMeal || kind == ItemGala || kind == ItemReception }

// Attendance rules: who a seated item places (the group photo always
// lines up heads only).
const (
	AttendHeads       = "heads"       // heads of delegation only
	AttendHeadsPlus1  = "heads+1"     // each head and one more
	AttendDelegations = "delegations" // whole delegations
	AttendChosen      = "chosen"      // the people in Chosen
)

// AttendanceRules lists the attendance rules.
var AttendanceRules = []string{AttendHeads, AttendHeadsPlus1, AttendDelegations, AttendChosen}

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
	// HODOnly mirrors Attendance == AttendHeads for laptops on an LO
	// Desk older than schema 10; read AttendanceRule, not this.
	HODOnly  bool   `db:"hod_only"`
	Photo    bool   `db:"photo"`
	Seating  bool   `db:"seating"`
	RowSizes string `db:"row_sizes"` // e.g. "10; 12; 14"
	Notes    string `db:"notes"`
	// Attendance is the rule of who is seated (AttendHeads, ...).
	Attendance string `db:"attendance"`
	// Chosen are the ids of the people an AttendChosen item places.
	Chosen Codes `db:"chosen"`
	// SeatsLocked: the seating was communicated; no seat moves again.
	SeatsLocked bool `db:"seats_locked"`
}

// AttendanceRule is the item's attendance rule; an item written by an
// older LO Desk has only HODOnly.
func (p *ProgrammeItem) AttendanceRule() string {
	switch {
	case p.Attendance != "":
		return p.Attendance
	case p.HODOnly:
		return AttendHeads
	}
	return AttendDelegations
}

// SetAttendance sets the rule and its mirror for older laptops.
func (p *ProgrammeItem) SetAttendance(rule string) {
	p.Attendance, p.HODOnly = rule, rule == AttendHeads
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
	// Review flags a newcomer placed into a locked session.
	Review bool `db:"review"`
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
