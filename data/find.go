package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"
)

// recordPtr is a pointer to a domain type.
type recordPtr[T any] interface {
	*T
	Record
}

// Get reads one live row by id; a missing or deleted row is ErrNotFound.
func Get[T any, P recordPtr[T]](ctx context.Context, s *Store, id string) (*T, error) {
	var v T
	p := P(&v)
	ti := infoOf(p)
	row := s.ro.QueryRowContext(ctx, "SELECT "+ti.selectList()+" FROM "+ti.name+" WHERE id = ? AND deleted = 0", id)
	if err := ti.scanInto(row, p, s); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("%s %s: %w", ti.name, id, ErrNotFound)
		}
		return nil, fmt.Errorf("get %s: %w", ti.name, err)
	}
	return &v, nil
}

// where collects the conditions of a query.
type where struct {
	conds []string
	args  []any
}

func (w *where) add(cond string, args ...any) {
	w.conds = append(w.conds, cond)
	w.args = append(w.args, args...)
}

func (w *where) search(q string) {
	if c, a := searchClause(q); c != "" {
		w.add(c, a...)
	}
}

func (w *where) sql() string {
	all := append([]string{"deleted = 0"}, w.conds...)
	return " WHERE " + strings.Join(all, " AND ")
}

// querier is a connection pool or a transaction.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// find lists the live rows matching w in the given order.
func find[T any, P recordPtr[T]](ctx context.Context, s *Store, w where, order string) ([]T, error) {
	return findOn[T, P](ctx, s, s.ro, w, order)
}

// findOn is find on a given connection: the store's readers, or a write
// transaction that must see its own writes.
func findOn[T any, P recordPtr[T]](ctx context.Context, s *Store, db querier, w where, order string) ([]T, error) {
	var zero T
	ti := infoOf(P(&zero))
	q := "SELECT " + ti.selectList() + " FROM " + ti.name + w.sql()
	if order != "" {
		q += " ORDER BY " + order
	}
	rows, err := db.QueryContext(ctx, q, w.args...)
	if err != nil {
		return nil, fmt.Errorf("find %s: %w", ti.name, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		var v T
		if err := ti.scanInto(rows, P(&v), s); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("find %s: %w", ti.name, err)
	}
	return out, nil
}

// All lists every live row of a type in a stable order (creation order).
func All[T any, P recordPtr[T]](ctx context.Context, s *Store) ([]T, error) {
	return find[T, P](ctx, s, where{}, "hlc, id")
}

// AllUnsorted is All in storage order, for reads that only count or
// group: sorting the xlarge demo's 48,660 checklist items took longer than
// reading them.
func AllUnsorted[T any, P recordPtr[T]](ctx context.Context, s *Store) ([]T, error) {
	return find[T, P](ctx, s, where{}, "")
}

// AllIn is All inside a write transaction: it sees the transaction's own
// writes.
func AllIn[T any, P recordPtr[T]](tx *Tx) ([]T, error) {
	return findOn[T, P](tx.ctx, tx.s, tx.tx, where{}, "hlc, id")
}

// FindSOPItems lists a template's items inside the transaction.
func (tx *Tx) FindSOPItems(templateID string) ([]SOPItem, error) {
	var w where
	w.add("template_id = ?", templateID)
	return findOn[SOPItem](tx.ctx, tx.s, tx.tx, w, phaseOrder+", position")
}

// Event returns the event the file holds (ErrNotFound in a new file).
func (s *Store) Event(ctx context.Context) (*Event, error) {
	evs, err := find[Event](ctx, s, where{}, "hlc, id")
	if err != nil {
		return nil, err
	}
	if len(evs) == 0 {
		return nil, fmt.Errorf("event: %w", ErrNotFound)
	}
	return &evs[0], nil
}

// DelegationFilter selects delegations; empty fields select all.
type DelegationFilter struct {
	Search     string
	Status     string
	Kind       string
	Relations  string
	Unassigned bool   // no live lead LO
	Sort       string // "precedence" (default), "name", "status"
}

// FindDelegations lists delegations.
func (s *Store) FindDelegations(ctx context.Context, f DelegationFilter) ([]Delegation, error) {
	var w where
	w.search(f.Search)
	if f.Status != "" {
		w.add("status = ?", f.Status)
	}
	if f.Kind != "" {
		w.add("kind = ?", f.Kind)
	}
	if f.Relations != "" {
		w.add("relations = ?", f.Relations)
	}
	if f.Unassigned {
		w.add("NOT EXISTS (SELECT 1 FROM assignment a WHERE a.delegation_id = delegation.id AND a.deleted = 0 AND a.role = 'lead')")
	}
	order := "precedence, name COLLATE NOCASE"
	switch f.Sort {
	case "name":
		order = "name COLLATE NOCASE"
	case "status":
		order = "status, precedence"
	}
	return find[Delegation](ctx, s, w, order)
}

// DelegationByCode finds the live delegation with a code (case-insensitive).
func (s *Store) DelegationByCode(ctx context.Context, code string) (*Delegation, error) {
	var w where
	w.add("code = ? COLLATE NOCASE", strings.TrimSpace(code))
	ds, err := find[Delegation](ctx, s, w, "hlc")
	if err != nil {
		return nil, err
	}
	if len(ds) == 0 {
		return nil, fmt.Errorf("delegation %q: %w", code, ErrNotFound)
	}
	return &ds[0], nil
}

// PersonFilter selects people.
type PersonFilter struct {
	Search       string
	DelegationID string
	Role         string
}

// FindPeople lists people, by delegation precedence then role then name.
func (s *Store) FindPeople(ctx context.Context, f PersonFilter) ([]Person, error) {
	var w where
	w.search(f.Search)
	if f.DelegationID != "" {
		w.add("delegation_id = ?", f.DelegationID)
	}
	if f.Role != "" {
		w.add("role = ?", f.Role)
	}
	order := `(SELECT precedence FROM delegation d WHERE d.id = person.delegation_id), ` + roleOrder + `, full_name COLLATE NOCASE`
	return find[Person](ctx, s, w, order)
}

// roleOrder sorts people HOD, deputies, members, spouses, security, staff.
const roleOrder = `CASE role WHEN 'hod' THEN 0 WHEN 'deputy' THEN 1 WHEN 'member' THEN 2 WHEN 'spouse' THEN 3 WHEN 'security' THEN 4 ELSE 5 END`

// LOFilter selects liaison officers.
type LOFilter struct {
	Search   string
	Status   string
	Language string // ISO 639 code
}

// FindLOs lists LOs by name.
func (s *Store) FindLOs(ctx context.Context, f LOFilter) ([]LO, error) {
	var w where
	w.search(f.Search)
	if f.Status != "" {
		w.add("status = ?", f.Status)
	}
	if f.Language != "" {
		w.add("('; ' || languages) LIKE ?", "%; "+f.Language+":%")
	}
	return find[LO](ctx, s, w, "full_name COLLATE NOCASE")
}

// TravelFilter selects travel legs; zero times are open ends.
type TravelFilter struct {
	DelegationID string
	PersonID     string
	Direction    string
	From, To     time.Time // scheduled in [From, To)
}

// FindTravel lists travel legs by scheduled time.
func (s *Store) FindTravel(ctx context.Context, f TravelFilter) ([]TravelLeg, error) {
	var w where
	if f.DelegationID != "" {
		w.add("delegation_id = ?", f.DelegationID)
	}
	if f.PersonID != "" {
		w.add("person_id = ?", f.PersonID)
	}
	if f.Direction != "" {
		w.add("direction = ?", f.Direction)
	}
	if !f.From.IsZero() {
		w.add("scheduled >= ?", f.From.UTC().Format(TimeLayout))
	}
	if !f.To.IsZero() {
		w.add("scheduled < ?", f.To.UTC().Format(TimeLayout))
	}
	return find[TravelLeg](ctx, s, w, "scheduled, id")
}

// AssignmentFilter selects assignments.
type AssignmentFilter struct {
	LOID         string
	DelegationID string
	Role         string
}

// FindAssignments lists assignments.
func (s *Store) FindAssignments(ctx context.Context, f AssignmentFilter) ([]Assignment, error) {
	var w where
	if f.LOID != "" {
		w.add("lo_id = ?", f.LOID)
	}
	if f.DelegationID != "" {
		w.add("delegation_id = ?", f.DelegationID)
	}
	if f.Role != "" {
		w.add("role = ?", f.Role)
	}
	return find[Assignment](ctx, s, w, "from_date, hlc")
}

// FindProgramme lists programme items starting in [from, to); zero times
// are open ends.
func (s *Store) FindProgramme(ctx context.Context, search string, from, to time.Time) ([]ProgrammeItem, error) {
	var w where
	w.search(search)
	if !from.IsZero() {
		w.add("starts >= ?", from.UTC().Format(TimeLayout))
	}
	if !to.IsZero() {
		w.add("starts < ?", to.UTC().Format(TimeLayout))
	}
	return find[ProgrammeItem](ctx, s, w, "starts, title")
}

// ByParent lists the live rows of a type whose reference column equals id,
// e.g. ByParent[Seat](ctx, s, "item_id", itemID).
func ByParent[T any, P recordPtr[T]](ctx context.Context, s *Store, column, id string) ([]T, error) {
	if _, err := refColumn[T, P](column); err != nil {
		return nil, err
	}
	var w where
	w.add(column+" = ?", id)
	return find[T, P](ctx, s, w, "hlc, id")
}

// refColumn is T's reference column of that name, or an error naming
// the table when it has none.
func refColumn[T any, P recordPtr[T]](name string) (*column, error) {
	var zero T
	ti := infoOf(P(&zero))
	c, ok := ti.byName[name]
	if !ok || c.ref == "" {
		return nil, fmt.Errorf("%s has no reference column %q", ti.name, name)
	}
	return c, nil
}

// FindChecklist lists an assignment's checklist in phase and position order.
func (s *Store) FindChecklist(ctx context.Context, assignmentID string) ([]ChecklistItem, error) {
	var w where
	if assignmentID != "" {
		w.add("assignment_id = ?", assignmentID)
	}
	return find[ChecklistItem](ctx, s, w, phaseOrder+", position")
}

// FindSOPItems lists a template's items in phase and position order.
func (s *Store) FindSOPItems(ctx context.Context, templateID string) ([]SOPItem, error) {
	var w where
	w.add("template_id = ?", templateID)
	return find[SOPItem](ctx, s, w, phaseOrder+", position")
}

const phaseOrder = `CASE phase WHEN 'pre_arrival' THEN 0 WHEN 'arrival' THEN 1 WHEN 'event' THEN 2
	WHEN 'departure' THEN 3 ELSE 4 END`

// FindRequests lists special requests, newest first; status "" = all.
func (s *Store) FindRequests(ctx context.Context, search, status string) ([]Request, error) {
	var w where
	w.search(search)
	if status != "" {
		w.add("status = ?", status)
	}
	return find[Request](ctx, s, w, "received_at DESC")
}

// FindIncidents lists incidents, newest first.
func (s *Store) FindIncidents(ctx context.Context) ([]Incident, error) {
	return find[Incident](ctx, s, where{}, "occurred_at DESC")
}

// CountryBriefFor returns the brief for an ISO country code.
func (s *Store) CountryBriefFor(ctx context.Context, country string) (*CountryBrief, error) {
	var w where
	w.add("country = ?", strings.ToUpper(country))
	bs, err := find[CountryBrief](ctx, s, w, "hlc")
	if err != nil {
		return nil, err
	}
	if len(bs) == 0 {
		return nil, fmt.Errorf("country brief %s: %w", country, ErrNotFound)
	}
	return &bs[0], nil
}

// FindSeats lists an item's seats, of one delegation when delegationID is
// set.
func (s *Store) FindSeats(ctx context.Context, itemID, delegationID string) ([]Seat, error) {
	var w where
	w.add("item_id = ?", itemID)
	if delegationID != "" {
		w.add("delegation_id = ?", delegationID)
	}
	return find[Seat](ctx, s, w, "photo_row, photo_place")
}
