package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
)

// Laptop is one replica whose changes this file holds: a laptop of the
// team as the change log knows it.
type Laptop struct {
	Replica string
	Author  string // the name its coordinator set, on its latest change
	Last    HLC    // its latest change
	Changes int    // changes of it this file holds
	Mine    bool   // this file's own replica
}

// Laptops lists the laptops whose changes this file holds, latest writer
// first: for the window's sync status.
func (s *Store) Laptops(ctx context.Context) ([]Laptop, error) {
	rows, err := s.ro.QueryContext(ctx, "SELECT replica, max(hlc), count(*) FROM change_log GROUP BY replica")
	if err != nil {
		return nil, fmt.Errorf("laptops: %w", err)
	}
	var out []Laptop
	for rows.Next() {
		var l Laptop
		var h int64
		if err := rows.Scan(&l.Replica, &h, &l.Changes); err != nil {
			rows.Close()
			return nil, fmt.Errorf("laptops: %w", err)
		}
		l.Last, l.Mine = HLC(h), l.Replica == s.Replica()
		out = append(out, l)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("laptops: %w", err)
	}
	for i := range out {
		err := s.ro.QueryRowContext(ctx, "SELECT author FROM change_log WHERE replica = ? ORDER BY hlc DESC LIMIT 1", out[i].Replica).Scan(&out[i].Author)
		if err != nil {
			return nil, fmt.Errorf("laptops: %w", err)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Last > out[j].Last })
	return out, nil
}

// RowVersion is where one row stands in this file: the change-log entry
// of its latest write or merge here (Seq grows with each one, so a larger
// Seq means the row changed since), with who made it. A row never written
// has Seq 0.
func (s *Store) RowVersion(ctx context.Context, table, id string) (Change, error) {
	var c Change
	var h int64
	err := s.ro.QueryRowContext(ctx, `SELECT seq, hlc, replica, author, op FROM change_log
		WHERE tbl = ? AND row_id = ? ORDER BY seq DESC LIMIT 1`, table, id).Scan(&c.Seq, &h, &c.Replica, &c.Author, &c.Op)
	if errors.Is(err, sql.ErrNoRows) {
		return Change{Table: table, RowID: id}, nil
	}
	if err != nil {
		return c, fmt.Errorf("version of %s %s: %w", table, id, err)
	}
	c.HLC, c.Table, c.RowID = HLC(h), table, id
	return c, nil
}
