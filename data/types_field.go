package data

import "time"

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

// Contact is a department's contact person (Department set) or a
// delegation's (DelegationID set; Role is one of ContactRoles).
type Contact struct {
	Base
	Department   string `db:"department"`
	Name         string `db:"name"`
	Phone        string `db:"phone"`
	RadioChannel string `db:"radio_channel"`
	Notes        string `db:"notes"`
	DelegationID string `db:"delegation_id,ref=delegation"`
	Role         string `db:"role"`
	Email        string `db:"email"`
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
