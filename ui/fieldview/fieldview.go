// Package fieldview holds the screens of the LOs' field work: the SOP
// checklists of each assignment with check and re-check, their progress and
// overdue steps, the SOP templates, and the registers of special requests,
// incidents, gifts and department contacts, each record with its audit
// trail. It calls app/sop, app/requests and app/gifts and reads data/
// types; the window mounts its screens through ui/kit.
package fieldview

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2/lang"

	"lodesk/app/phone"
	"lodesk/app/requests"
	"lodesk/app/sop"
	"lodesk/data"
	"lodesk/ui/kit"
)

// enumLabel translates a stored code with the key "prefix.code"; an
// unknown code is shown as it is.
func enumLabel(prefix, code string) string {
	if code == "" {
		return ""
	}
	return lang.X(prefix+"."+code, strings.ReplaceAll(code, "_", " "))
}

// enumLabels translates a list of codes.
func enumLabels(prefix string, codes []string) []string {
	out := make([]string, len(codes))
	for i, c := range codes {
		out[i] = enumLabel(prefix, c)
	}
	return out
}

// langCode is the language the window speaks now, "en" or "id": the
// translations say which one is loaded.
func langCode() string {
	if lang.X("language.code", "en") == "id" {
		return "id"
	}
	return "en"
}

// stampLayout is how times are shown and typed, in the event's zone.
const stampLayout = "2006-01-02 15:04"

// dateTime formats an instant in loc; zero is blank.
func dateTime(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format(stampLayout)
}

// errBadTime is a time typed in another form than stampLayout.
var errBadTime = errors.New("not a time (YYYY-MM-DD HH:MM)")

// parseDateTime reads a time typed as stampLayout in loc.
func parseDateTime(s string, loc *time.Location) (time.Time, error) {
	t, err := time.ParseInLocation(stampLayout, strings.TrimSpace(s), loc)
	if err != nil {
		return time.Time{}, errBadTime
	}
	return t, nil
}

// errRequired is a field left empty that must be filled.
var errRequired = errors.New("required")

// fieldError names the field a validation error belongs to.
type fieldError struct {
	label string
	err   error
}

func (e *fieldError) Error() string { return e.label + ": " + e.err.Error() }
func (e *fieldError) Unwrap() error { return e.err }

func fieldErr(label string, err error) error { return &fieldError{label: label, err: err} }

// message explains an error of this package's screens in the user's
// language, falling back to the window's explanations.
func message(env kit.Env, err error) string {
	var fe *fieldError
	if errors.As(err, &fe) {
		return fe.label + ": " + message(env, fe.err)
	}
	for _, m := range []struct {
		err error
		msg func() string
	}{
		{sop.ErrNoName, func() string { return lang.L("Say who checks: set your name in Settings.") }},
		{sop.ErrSamePerson, func() string {
			return lang.L("A re-check must be done by another person than the check. Ask a colleague to re-check this item.")
		}},
		{sop.ErrNotChecked, func() string { return lang.L("Check the item before re-checking it.") }},
		{sop.ErrNoRecheck, func() string { return lang.L("This item needs no re-check.") }},
		{sop.ErrNoReason, func() string { return lang.L("Say why the item does not apply.") }},
		{sop.ErrAlreadyChecked, func() string { return lang.L("The item is already checked.") }},
		{requests.ErrNoText, func() string { return lang.L("Say what is requested.") }},
		{requests.ErrNoRequester, func() string { return lang.L("Choose the delegation that asks.") }},
		{requests.ErrCategory, func() string { return lang.L("Choose a category.") }},
		{requests.ErrStatus, func() string { return lang.L("Choose a status.") }},
		{requests.ErrDepartment, func() string { return lang.L("Choose a department.") }},
		{requests.ErrNeedResponse, func() string {
			return lang.L("A fulfilled or declined request needs the response given: write it, or pick a polite decline.")
		}},
		{phone.ErrNotNumber, func() string { return lang.L("not a phone number, e.g. +62 812 3456 7890") }},
		{phone.ErrInvalid, func() string { return lang.L("not a valid number for its country") }},
		{errBadTime, func() string { return lang.L("not a time: write it as YYYY-MM-DD HH:MM") }},
		{errRequired, func() string { return lang.L("required") }},
		{errBadNumber, func() string { return lang.L("not a number") }},
		{errCurrency, func() string { return lang.L("three-letter currency code, e.g. USD") }},
		{errItemOrAmount, func() string { return lang.L("give the item or the amount") }},
		{errDefaultTemplate, func() string { return lang.L("The default template cannot be deleted; copy it to make another.") }},
	} {
		if errors.Is(err, m.err) {
			return m.msg()
		}
	}
	if env.Message != nil {
		return env.Message(err)
	}
	return err.Error()
}

// showErr logs err and tells the user.
func showErr(env kit.Env, op string, err error) {
	env.ShowError(op, fmt.Errorf("%s: %w", op, err), message(env, err))
}

// names are the names rows refer to by id, read once per load.
type names struct {
	event       *data.Event
	loc         *time.Location
	delegations []data.Delegation // by precedence
	delegation  map[string]string // id -> name
	los         []data.LO         // by name
	lo          map[string]string // id -> name
	people      map[string]*data.Person
}

// loadNames reads the event, delegations, LOs and, with withPeople, people.
func loadNames(ctx context.Context, s *data.Store, withPeople bool) (*names, error) {
	ev, err := s.Event(ctx)
	if err != nil {
		return nil, fmt.Errorf("read event: %w", err)
	}
	n := &names{event: ev, loc: ev.Location(), delegation: map[string]string{}, lo: map[string]string{}, people: map[string]*data.Person{}}
	if n.delegations, err = s.FindDelegations(ctx, data.DelegationFilter{}); err != nil {
		return nil, err
	}
	for _, d := range n.delegations {
		n.delegation[d.ID] = d.Name
	}
	if n.los, err = s.FindLOs(ctx, data.LOFilter{}); err != nil {
		return nil, err
	}
	for _, l := range n.los {
		n.lo[l.ID] = l.FullName
	}
	if withPeople {
		ps, err := s.FindPeople(ctx, data.PersonFilter{})
		if err != nil {
			return nil, err
		}
		for i := range ps {
			n.people[ps[i].ID] = &ps[i]
		}
	}
	return n, nil
}

// personName is a person's name, or "" for none.
func (n *names) personName(id string) string {
	if p, ok := n.people[id]; ok {
		return p.FullName
	}
	return ""
}
