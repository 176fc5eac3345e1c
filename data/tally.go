package data

import (
	"context"
	"fmt"
	"strings"
)

// ChecklistTally counts the live checklist items of one assignment and
// phase that share a status (and whether they need a re-check).
type ChecklistTally struct {
	AssignmentID, Phase, Status string
	NeedsRecheck                bool
	Count                       int
}

// TallyChecklists counts every live checklist item by assignment, phase
// and status in one aggregate query: the dashboard's progress without
// reading 50,000 rows into memory.
func (s *Store) TallyChecklists(ctx context.Context) ([]ChecklistTally, error) {
	rows, err := s.ro.QueryContext(ctx, `SELECT assignment_id, phase, status, needs_recheck, count(*)
		FROM checklist_item WHERE deleted = 0 GROUP BY assignment_id, phase, status, needs_recheck`)
	if err != nil {
		return nil, fmt.Errorf("tally checklists: %w", err)
	}
	defer rows.Close()
	var out []ChecklistTally
	var t ChecklistTally // scanned into: one variable, not one on the heap per row
	for rows.Next() {
		if err := rows.Scan(&t.AssignmentID, &t.Phase, &t.Status, &t.NeedsRecheck, &t.Count); err != nil {
			return nil, fmt.Errorf("tally checklists: %w", err)
		}
		out = append(out, t)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("tally checklists: %w", err)
	}
	return out, nil
}

// FindChecklistPhase lists the live items of one phase of the given
// assignments whose status is one of statuses, in no particular order.
func (s *Store) FindChecklistPhase(ctx context.Context, phase string, assignmentIDs, statuses []string) ([]ChecklistItem, error) {
	if len(assignmentIDs) == 0 || len(statuses) == 0 {
		return nil, nil
	}
	const chunk = 500 // SQLite's limit on parameters is far above
	var out []ChecklistItem
	for len(assignmentIDs) > 0 {
		ids := assignmentIDs[:min(chunk, len(assignmentIDs))]
		assignmentIDs = assignmentIDs[len(ids):]
		var w where
		w.add("phase = ?", phase)
		w.add("assignment_id IN ("+placeholders(len(ids))+")", anys(ids)...)
		w.add("status IN ("+placeholders(len(statuses))+")", anys(statuses)...)
		items, err := find[ChecklistItem](ctx, s, w, "")
		if err != nil {
			return nil, err
		}
		out = append(out, items...)
	}
	return out, nil
}

func placeholders(n int) string { return strings.TrimSuffix(strings.Repeat("?, ", n), ", ") }

func anys(ss []string) []any {
	out := make([]any, len(ss))
	for i, s := range ss {
		out[i] = s
	}
	return out
}
