package data

import (
	"context"
	"fmt"
	"strings"
)

// CheckReport is what Check found.
type CheckReport struct {
	SchemaVersion int
	JournalMode   string
	Problems      []string // empty when the file is sound
	Rows          map[string]int
	Changes       int64
}

// OK says whether the file passed.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// Check runs SQLite's integrity and foreign-key checks and verifies that
// every table the schema needs is there with the columns this build maps.
func (s *Store) Check(ctx context.Context) (CheckReport, error) {
	rep := CheckReport{Rows: map[string]int{}}
	if err := s.ro.QueryRowContext(ctx, "PRAGMA user_version").Scan(&rep.SchemaVersion); err != nil {
		return rep, err
	}
	if err := s.ro.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&rep.JournalMode); err != nil {
		return rep, err
	}
	rows, err := s.ro.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return rep, fmt.Errorf("integrity check: %w", err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return rep, err
		}
		if line != "ok" {
			rep.Problems = append(rep.Problems, "integrity: "+line)
		}
	}
	rows.Close()
	fk, err := s.ro.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return rep, fmt.Errorf("foreign key check: %w", err)
	}
	for fk.Next() {
		var tbl, parent string
		var rowid, idx any
		if err := fk.Scan(&tbl, &rowid, &parent, &idx); err != nil {
			fk.Close()
			return rep, err
		}
		rep.Problems = append(rep.Problems, fmt.Sprintf("foreign key: %s row %v refers to a missing %s", tbl, rowid, parent))
	}
	fk.Close()
	if rep.SchemaVersion != SchemaVersion() {
		rep.Problems = append(rep.Problems, fmt.Sprintf("schema version %d, expected %d", rep.SchemaVersion, SchemaVersion()))
	}
	for _, r := range AllRecords() {
		ti := infoOf(r)
		have, err := s.columns(ctx, ti.name)
		if err != nil {
			return rep, err
		}
		if len(have) == 0 {
			rep.Problems = append(rep.Problems, "missing table "+ti.name)
			continue
		}
		var missing []string
		for _, c := range append(ti.cols, column{name: "search"}, column{name: "hlc"}, column{name: "replica"}, column{name: "deleted"}) {
			if !have[c.name] {
				missing = append(missing, c.name)
			}
		}
		if len(missing) > 0 {
			rep.Problems = append(rep.Problems, fmt.Sprintf("table %s lacks %s", ti.name, strings.Join(missing, ", ")))
			continue
		}
		var n int
		if err := s.ro.QueryRowContext(ctx, "SELECT count(*) FROM "+ti.name+" WHERE deleted = 0").Scan(&n); err != nil {
			return rep, err
		}
		rep.Rows[ti.name] = n
	}
	v, err := s.DataVersion(ctx)
	if err != nil {
		return rep, err
	}
	rep.Changes = v
	return rep, nil
}

func (s *Store) columns(ctx context.Context, table string) (map[string]bool, error) {
	rows, err := s.ro.QueryContext(ctx, "SELECT name FROM pragma_table_info(?)", table)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	have := map[string]bool{}
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		have[n] = true
	}
	return have, rows.Err()
}
