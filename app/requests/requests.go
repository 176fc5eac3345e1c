// Package requests owns special requests from delegations: their
// validation, their routing to a department, and the library of polite
// decline phrasings an LO can offer when a request cannot be met.
package requests

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/assets"
	"lodesk/data"
)

// Phrase is one polite decline in both languages.
type Phrase struct {
	Key string `json:"key"`
	EN  string `json:"en"`
	ID  string `json:"id"`
}

// Text is the phrase in a language ("id" or anything else for English).
func (p Phrase) Text(lang string) string {
	if strings.HasPrefix(lang, "id") {
		return p.ID
	}
	return p.EN
}

// Phrases returns the decline library.
func Phrases() ([]Phrase, error) {
	var ps []Phrase
	if err := json.Unmarshal(assets.DeclinePhrases, &ps); err != nil {
		return nil, fmt.Errorf("decline phrases: %w", err)
	}
	return ps, nil
}

// Validation errors the window explains.
var (
	ErrNoText       = errors.New("say what is requested")
	ErrNoRequester  = errors.New("say which delegation asks")
	ErrCategory     = errors.New("unknown category")
	ErrStatus       = errors.New("unknown status")
	ErrDepartment   = errors.New("unknown department")
	ErrNeedResponse = errors.New("a declined or fulfilled request needs the response given")
)

// DefaultDepartment routes a request by category.
func DefaultDepartment(category string) string {
	switch category {
	case "dietary", "shopping":
		return "hospitality_desk"
	case "transport":
		return "transport"
	case "medical":
		return "medical"
	case "schedule":
		return "eo"
	}
	return "lo_coordinator"
}

// CheckFields checks a request and fills its defaults (status open,
// department by category); the first problem is a *field.Error naming the
// field.
func CheckFields(r *data.Request) error {
	r.Text = strings.TrimSpace(r.Text)
	r.Response = strings.TrimSpace(r.Response)
	switch {
	case r.Text == "":
		return &field.Error{Field: "text", Err: ErrNoText}
	case r.DelegationID == "":
		return &field.Error{Field: "delegation", Err: ErrNoRequester}
	case !slices.Contains(data.RequestCategories, r.Category):
		return &field.Error{Field: "category", Err: ErrCategory, Value: r.Category}
	}
	if r.Status == "" {
		r.Status = data.RequestOpen
	}
	if !slices.Contains(data.RequestStatuses, r.Status) {
		return &field.Error{Field: "status", Err: ErrStatus, Value: r.Status}
	}
	if r.Department == "" {
		r.Department = DefaultDepartment(r.Category)
	}
	if !slices.Contains(data.Departments, r.Department) {
		return &field.Error{Field: "department", Err: ErrDepartment, Value: r.Department}
	}
	if (r.Status == data.RequestDeclined || r.Status == data.RequestFulfilled) && r.Response == "" {
		return &field.Error{Field: "response", Err: ErrNeedResponse}
	}
	return nil
}

// Save checks a request and writes it.
func Save(ctx context.Context, s *data.Store, r *data.Request) error {
	return record.SaveChecked(ctx, s, r, CheckFields(r))
}
