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
