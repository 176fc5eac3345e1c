// Package requests owns special requests from delegations: their
// validation, their routing to a department, and the library of polite
// decline phrasings an LO can offer when a request cannot be met.
package requests

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

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

// Validate checks a request and fills its defaults (status open, department
// by category).
func Validate(r *data.Request) error {
	r.Text = strings.TrimSpace(r.Text)
	switch {
	case r.Text == "":
		return ErrNoText
	case r.DelegationID == "":
		return ErrNoRequester
	case !slices.Contains(data.RequestCategories, r.Category):
		return fmt.Errorf("%w %q", ErrCategory, r.Category)
	}
	if r.Status == "" {
		r.Status = data.RequestOpen
	}
	if !slices.Contains(data.RequestStatuses, r.Status) {
		return fmt.Errorf("%w %q", ErrStatus, r.Status)
	}
	if r.Department == "" {
		r.Department = DefaultDepartment(r.Category)
	}
	if !slices.Contains(data.Departments, r.Department) {
		return fmt.Errorf("%w %q", ErrDepartment, r.Department)
	}
	if (r.Status == data.RequestDeclined || r.Status == data.RequestFulfilled) && strings.TrimSpace(r.Response) == "" {
		return ErrNeedResponse
	}
	return nil
}
