package data

import (
	"context"
	"fmt"
	"time"
)

// Counts are the dashboard's live figures.
type Counts struct {
	Delegations   int
	ByStatus      map[string]int
	People        int
	LOs           int
	LOsAssigned   int
	Unassigned    int // delegations with no lead LO
	ArrivalsDay   int // legs arriving in the day asked for
	DeparturesDay int
}

// Counts computes the dashboard figures; day is any instant in the day of
// interest, in the zone the day is counted in.
func (s *Store) Counts(ctx context.Context, day time.Time) (Counts, error) {
	c := Counts{ByStatus: map[string]int{}}
	rows, err := s.ro.QueryContext(ctx, "SELECT status, count(*) FROM delegation WHERE deleted = 0 GROUP BY status")
	if err != nil {
		return c, fmt.Errorf("counts: %w", err)
	}
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			rows.Close()
			return c, err
		}
		c.ByStatus[st] = n
		c.Delegations += n
	}
	rows.Close()
	start := time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, day.Location())
	from, to := start.UTC().Format(TimeLayout), start.AddDate(0, 0, 1).UTC().Format(TimeLayout)
	q := []struct {
		dst  *int
		sql  string
		args []any
	}{
		{&c.People, "SELECT count(*) FROM person WHERE deleted = 0", nil},
		{&c.LOs, "SELECT count(*) FROM lo WHERE deleted = 0", nil},
		{&c.LOsAssigned, "SELECT count(DISTINCT lo_id) FROM assignment WHERE deleted = 0", nil},
		{&c.Unassigned, `SELECT count(*) FROM delegation d WHERE d.deleted = 0 AND d.status <> 'cancelled' AND NOT EXISTS
			(SELECT 1 FROM assignment a WHERE a.delegation_id = d.id AND a.deleted = 0 AND a.role = 'lead')`, nil},
		{&c.ArrivalsDay, "SELECT count(*) FROM travel_leg WHERE deleted = 0 AND direction = 'arrival' AND scheduled >= ? AND scheduled < ?", []any{from, to}},
		{&c.DeparturesDay, "SELECT count(*) FROM travel_leg WHERE deleted = 0 AND direction = 'departure' AND scheduled >= ? AND scheduled < ?", []any{from, to}},
	}
	for _, x := range q {
		if err := s.ro.QueryRowContext(ctx, x.sql, x.args...).Scan(x.dst); err != nil {
			return c, fmt.Errorf("counts: %w", err)
		}
	}
	return c, nil
}

// DataVersion is the number of changes this file holds: it grows with every
// write and merge, and is printed on every page of a pack.
func (s *Store) DataVersion(ctx context.Context) (int64, error) {
	var n int64
	err := s.ro.QueryRowContext(ctx, "SELECT coalesce(max(seq), 0) FROM change_log").Scan(&n)
	return n, err
}

// Change is one entry of the change log.
type Change struct {
	Seq     int64
	HLC     HLC
	Replica string
	Author  string
	Op      string // insert, update, delete
	Table   string
	RowID   string
	Field   string
	Value   string // JSON; empty when erased or for a delete
}

// History lists the change-log entries of one row, oldest first: the audit
// trail of who changed what and when.
func (s *Store) History(ctx context.Context, table, id string) ([]Change, error) {
	return s.changes(ctx, "WHERE tbl = ? AND row_id = ? ORDER BY seq", table, id)
}

func (s *Store) changes(ctx context.Context, tail string, args ...any) ([]Change, error) {
	rows, err := s.ro.QueryContext(ctx, "SELECT seq, hlc, replica, author, op, tbl, row_id, field, coalesce(value, '') FROM change_log "+tail, args...)
	if err != nil {
		return nil, fmt.Errorf("change log: %w", err)
	}
	defer rows.Close()
	var out []Change
	for rows.Next() {
		var c Change
		var h int64
		if err := rows.Scan(&c.Seq, &h, &c.Replica, &c.Author, &c.Op, &c.Table, &c.RowID, &c.Field, &c.Value); err != nil {
			return nil, err
		}
		c.HLC = HLC(h)
		out = append(out, c)
	}
	return out, rows.Err()
}
