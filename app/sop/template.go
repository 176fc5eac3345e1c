// Package sop owns the LO's standard operating procedure: templates (the
// default one comes from the SOP document), the checklist made from a
// template for each assignment, the check and re-check rules, progress and
// overdue items.
package sop

import (
	"context"
	"encoding/json"
	"fmt"

	"lodesk/assets"
	"lodesk/data"
)

type templateFile struct {
	Name        string `json:"name"`
	Description string `json:"description"`
	Items       []struct {
		Phase   string `json:"phase"`
		Recheck bool   `json:"recheck"`
		EN      string `json:"en"`
		ID      string `json:"id"`
	} `json:"items"`
}

// DefaultTemplate parses the embedded default template.
func DefaultTemplate() (data.SOPTemplate, []data.SOPItem, error) {
	var f templateFile
	if err := json.Unmarshal(assets.DefaultSOP, &f); err != nil {
		return data.SOPTemplate{}, nil, fmt.Errorf("default SOP template: %w", err)
	}
	t := data.SOPTemplate{Name: f.Name, Description: f.Description, IsDefault: true}
	items := make([]data.SOPItem, 0, len(f.Items))
	pos := map[string]int{}
	for i, it := range f.Items {
		if !validPhase(it.Phase) || it.EN == "" || it.ID == "" {
			return t, nil, fmt.Errorf("default SOP template: item %d: bad phase or missing text", i+1)
		}
		pos[it.Phase]++
		items = append(items, data.SOPItem{
			Phase: it.Phase, Position: pos[it.Phase], TextEN: it.EN, TextID: it.ID, NeedsRecheck: it.Recheck,
		})
	}
	return t, items, nil
}

func validPhase(p string) bool {
	for _, x := range data.Phases {
		if x == p {
			return true
		}
	}
	return false
}

// EnsureDefault installs the default template in tx unless the event has a
// default template already, and returns the default template's id.
func EnsureDefault(tx *data.Tx) (string, error) {
	ts, err := data.AllIn[data.SOPTemplate](tx)
	if err != nil {
		return "", err
	}
	for _, t := range ts {
		if t.IsDefault {
			return t.ID, nil
		}
	}
	t, items, err := DefaultTemplate()
	if err != nil {
		return "", err
	}
	if err := tx.Insert(&t); err != nil {
		return "", err
	}
	for i := range items {
		items[i].TemplateID = t.ID
		if err := tx.Insert(&items[i]); err != nil {
			return "", err
		}
	}
	return t.ID, nil
}

// Instantiate writes a checklist for an assignment from a template's items;
// the texts are copied so later template edits do not rewrite history.
func Instantiate(tx *data.Tx, assignmentID string, items []data.SOPItem) ([]*data.ChecklistItem, error) {
	out := make([]*data.ChecklistItem, 0, len(items))
	for _, it := range items {
		c := &data.ChecklistItem{
			AssignmentID: assignmentID, Phase: it.Phase, Position: it.Position,
			TextEN: it.TextEN, TextID: it.TextID, NeedsRecheck: it.NeedsRecheck, Status: data.CheckPending,
		}
		if err := tx.Insert(c); err != nil {
			return nil, fmt.Errorf("checklist for assignment %s: %w", assignmentID, err)
		}
		out = append(out, c)
	}
	return out, nil
}

// NewAssignment saves an assignment and, in the same transaction, its
// checklist from the assignment's template (the default one if it names
// none).
func NewAssignment(ctx context.Context, s *data.Store, a *data.Assignment) error {
	return s.Write(ctx, func(tx *data.Tx) error {
		_, err := AssignTx(tx, a)
		return err
	})
}

// AssignTx is NewAssignment inside a transaction the caller holds (bulk
// writers such as the demo and imports); it returns the checklist made.
func AssignTx(tx *data.Tx, a *data.Assignment) ([]*data.ChecklistItem, error) {
	if a.TemplateID == "" {
		id, err := EnsureDefault(tx)
		if err != nil {
			return nil, err
		}
		a.TemplateID = id
	}
	if err := tx.Insert(a); err != nil {
		return nil, err
	}
	items, err := tx.FindSOPItems(a.TemplateID)
	if err != nil {
		return nil, err
	}
	return Instantiate(tx, a.ID, items)
}
