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
