// Package incidents owns the rules and writes of the incident register:
// when it happened, what happened and how serious it is (low, medium,
// high), the delegation concerned if any, the action taken and whether it
// is resolved. The window and the importer (app/imex) both call it
// (app/record describes the shape).
package incidents

import (
	"context"
	"slices"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// CheckFields checks an incident, tidying it in place (medium by
// default).
func CheckFields(n *data.Incident) error {
	n.What, n.Action = strings.TrimSpace(n.What), strings.TrimSpace(n.Action)
	if n.Severity == "" {
		n.Severity = "medium"
	}
	switch {
	case n.OccurredAt.IsZero():
		return &field.Error{Field: "time", Err: field.ErrRequired}
	case n.What == "":
		return &field.Error{Field: "what", Err: field.ErrRequired}
	case !slices.Contains(data.Severities, n.Severity):
		return &field.Error{Field: "severity", Err: field.ErrBadValue, Value: n.Severity}
	}
	return nil
}

// Save checks an incident and writes it.
func Save(ctx context.Context, s *data.Store, n *data.Incident) error {
	return record.SaveChecked(ctx, s, n, CheckFields(n))
}
