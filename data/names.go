package data

import (
	"context"
	"fmt"
)

// PersonName is who a person is without the rest of the record (notes,
// photo, sealed fields): what lists of thousands need, such as the seat
// plans of the xlarge demo's 30,000 people.
type PersonName struct {
	ID, DelegationID, Role, FullName string
}

// PeopleNames lists every live person by delegation, then in role order
// (HOD, deputies, members, ...) and by name, as FindPeople orders each
// delegation.
func (s *Store) PeopleNames(ctx context.Context) ([]PersonName, error) {
	rows, err := s.ro.QueryContext(ctx, `SELECT id, delegation_id, role, full_name FROM person
		WHERE deleted = 0 ORDER BY delegation_id, `+roleOrder+`, full_name COLLATE NOCASE`)
	if err != nil {
		return nil, fmt.Errorf("people names: %w", err)
	}
	defer rows.Close()
	var out []PersonName
	for rows.Next() {
		var p PersonName
		if err := rows.Scan(&p.ID, &p.DelegationID, &p.Role, &p.FullName); err != nil {
			return nil, fmt.Errorf("people names: %w", err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("people names: %w", err)
	}
	return out, nil
}

// IDName is a record's ID and name, without the rest of it.
type IDName struct{ ID, Name string }

// LONames lists every live LO's ID and full name, by name.
func (s *Store) LONames(ctx context.Context) ([]IDName, error) {
	return s.idNames(ctx, "LO names", `SELECT id, full_name FROM lo WHERE deleted = 0 ORDER BY full_name COLLATE NOCASE`)
}

// DelegationNames lists every live delegation's ID and name in the order
// of FindDelegations (precedence, then name).
func (s *Store) DelegationNames(ctx context.Context) ([]IDName, error) {
	return s.idNames(ctx, "delegation names", `SELECT id, name FROM delegation WHERE deleted = 0 ORDER BY precedence, name COLLATE NOCASE`)
}

func (s *Store) idNames(ctx context.Context, what, query string) ([]IDName, error) {
	rows, err := s.ro.QueryContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []IDName
	for rows.Next() {
		var n IDName
		if err := rows.Scan(&n.ID, &n.Name); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, n)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// FindSeatsToReview lists the live seats flagged for review (newcomers
// placed into locked sessions): the dashboard's alert, without reading
// every seat.
func (s *Store) FindSeatsToReview(ctx context.Context) ([]Seat, error) {
	var w where
	w.add("review = 1")
	return find[Seat](ctx, s, w, "hlc, id") // as All orders them
}
