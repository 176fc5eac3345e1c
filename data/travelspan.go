package data

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// TravelSpan is a delegation's first scheduled arrival and last scheduled
// departure; zero when it has none.
type TravelSpan struct {
	DelegationID                string
	FirstArrival, LastDeparture time.Time
}

// TravelSpans gives every delegation with a live travel leg its span, in
// one aggregate query: what the checklists' due times and the assignment
// board need, without reading every leg (the xlarge demo has 1,968, read
// three times per dashboard load before).
func (s *Store) TravelSpans(ctx context.Context) ([]TravelSpan, error) {
	rows, err := s.ro.QueryContext(ctx, `SELECT coalesce(delegation_id, ''),
		min(CASE WHEN direction = ? THEN scheduled END), max(CASE WHEN direction = ? THEN scheduled END)
		FROM travel_leg WHERE deleted = 0 GROUP BY delegation_id`, Arrival, Departure)
	if err != nil {
		return nil, fmt.Errorf("travel spans: %w", err)
	}
	defer rows.Close()
	var out []TravelSpan
	for rows.Next() {
		var t TravelSpan
		var first, last sql.NullString
		if err := rows.Scan(&t.DelegationID, &first, &last); err != nil {
			return nil, fmt.Errorf("travel spans: %w", err)
		}
		if t.FirstArrival, err = parseStamp(first); err != nil {
			return nil, fmt.Errorf("travel spans of %s: %w", t.DelegationID, err)
		}
		if t.LastDeparture, err = parseStamp(last); err != nil {
			return nil, fmt.Errorf("travel spans of %s: %w", t.DelegationID, err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("travel spans: %w", err)
	}
	return out, nil
}

// parseStamp reads an instant as the file keeps it; NULL is the zero time.
func parseStamp(v sql.NullString) (time.Time, error) {
	if !v.Valid || v.String == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, v.String)
	return t.UTC(), err
}
