package data

import "time"

// Shift is one stretch of an assignment, from its start to its end: a lead
// LO may hand the delegation to a night LO and take it back next morning.
// An assignment without shifts covers its whole period.
type Shift struct {
	Base
	AssignmentID string    `db:"assignment_id,ref=assignment"`
	Starts       time.Time `db:"starts"`
	Ends         time.Time `db:"ends"`
	Notes        string    `db:"notes"`
}

func (*Shift) Table() string { return "shift" }

// HandOver is what an outgoing LO passes to the incoming one with a
// delegation: the note, and when.
type HandOver struct {
	Base
	DelegationID string    `db:"delegation_id,ref=delegation"`
	FromLOID     string    `db:"from_lo_id,ref=lo"`
	ToLOID       string    `db:"to_lo_id,ref=lo"`
	HandedAt     time.Time `db:"handed_at"`
	Note         string    `db:"note"`
}

func (*HandOver) Table() string { return "handover" }

func (h *HandOver) SearchText() string { return h.Note }

// LONote is an LO's own note for a day of the daily report.
type LONote struct {
	Base
	LOID string `db:"lo_id,ref=lo"`
	Day  string `db:"day"` // YYYY-MM-DD
	Text string `db:"text"`
}

func (*LONote) Table() string { return "lo_note" }

func (n *LONote) SearchText() string { return n.Text }

// LOEvaluation is the coordinator's short form on one LO at the end of the
// event. Scores run 1 (poor) to 5 (excellent); 0 is not rated.
type LOEvaluation struct {
	Base
	LOID          string    `db:"lo_id,ref=lo"`
	Punctuality   int       `db:"punctuality"`
	Protocol      int       `db:"protocol"` // knowledge and keeping of protocol and the SOP
	Communication int       `db:"communication"`
	Initiative    int       `db:"initiative"`
	Overall       int       `db:"overall"`
	EngageAgain   bool      `db:"engage_again"`
	Comments      string    `db:"comments"`
	EvaluatedBy   string    `db:"evaluated_by"`
	EvaluatedAt   time.Time `db:"evaluated_at"`
}

func (*LOEvaluation) Table() string { return "lo_evaluation" }

// Lesson is something learnt during the event, for the end-of-event
// report: what happened and what to do next time.
type Lesson struct {
	Base
	RecordedAt     time.Time `db:"recorded_at"`
	DelegationID   string    `db:"delegation_id,ref=delegation"`
	Department     string    `db:"department"` // one of Departments, or ""
	What           string    `db:"what"`
	Recommendation string    `db:"recommendation"`
	RecordedBy     string    `db:"recorded_by"`
}

func (*Lesson) Table() string { return "lesson" }

func (l *Lesson) SearchText() string { return l.What + " " + l.Recommendation }
