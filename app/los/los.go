// Package los owns the rules and writes of the liaison officers: a full
// name, a phone number as E.164, an e-mail address, known languages each
// with a level, experience in years, availability as a period of days
// and a status. The window and the importer (app/imex) both call it
// (app/record describes the shape). Field names are the spreadsheet
// columns' keys.
package los

import (
	"context"
	"slices"
	"strings"

	"lodesk/app/event"
	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// Genders an LO may have; "" is not given.
var Genders = []string{"", "male", "female", "other"}

// MaxExperience is the most years of experience an LO is taken to have.
const MaxExperience = 80

// CheckFields applies the rules of an LO, tidying it in place: trimmed
// name, the phone as E.164 (read in region without a country code), the
// e-mail address, each language once with a level, availability as
// YYYY-MM-DD with its end not before its start, active by default. Every
// field that is wrong is said at once (field.Join).
func CheckFields(lo *data.LO, region string) error {
	lo.FullName = strings.TrimSpace(lo.FullName)
	lo.Skills = strings.TrimSpace(lo.Skills)
	if lo.Status == "" {
		lo.Status = data.LOActive
	}
	var errs []error
	if lo.FullName == "" {
		errs = append(errs, &field.Error{Field: "full_name", Err: field.ErrRequired})
	}
	if !slices.Contains(Genders, lo.Gender) {
		errs = append(errs, &field.Error{Field: "gender", Err: field.ErrBadValue, Value: lo.Gender})
	}
	if !slices.Contains(data.LOStatuses, lo.Status) {
		errs = append(errs, &field.Error{Field: "status", Err: field.ErrBadValue, Value: lo.Status})
	}
	if lo.Experience < 0 || lo.Experience > MaxExperience {
		errs = append(errs, &field.Error{Field: "experience", Err: field.ErrBadNumber})
	}
	var err error
	if lo.Phone, err = field.Phone(lo.Phone, region); err != nil {
		errs = append(errs, field.New("phone", err))
	}
	if lo.Email, err = field.Email(lo.Email); err != nil {
		errs = append(errs, field.New("email", err))
	}
	if err := checkLanguages(lo); err != nil {
		errs = append(errs, err)
	}
	if lo.AvailableFrom, err = field.Date(lo.AvailableFrom); err != nil {
		errs = append(errs, field.New("available_from", err))
	}
	if lo.AvailableTo, err = field.Date(lo.AvailableTo); err != nil {
		errs = append(errs, field.New("available_to", err))
	} else if lo.AvailableFrom != "" && lo.AvailableTo != "" && lo.AvailableTo < lo.AvailableFrom {
		errs = append(errs, &field.Error{Field: "available_to", Err: field.ErrEndBeforeStart})
	}
	return field.Join(errs...)
}

// checkLanguages keeps each of lo's languages once, as a code with a
// level.
func checkLanguages(lo *data.LO) error {
	var langs data.LangSkills
	for _, l := range lo.Languages {
		code, err := field.Language(l.Code)
		switch {
		case err != nil:
			return field.New("languages", err)
		case code == "":
			continue
		case !slices.Contains(data.Levels, l.Level):
			return &field.Error{Field: "languages", Err: field.ErrBadValue, Value: l.Level}
		case slices.ContainsFunc(langs, func(x data.LangSkill) bool { return x.Code == code }):
			continue
		}
		langs = append(langs, data.LangSkill{Code: code, Level: l.Level})
	}
	lo.Languages = langs
	return nil
}

// Check is CheckFields with phone numbers read as the event's host
// country's: what Save checks, without writing.
func Check(ctx context.Context, s *data.Store, lo *data.LO) error {
	region, err := event.Region(ctx, s)
	if err != nil {
		return err
	}
	return CheckFields(lo, region)
}

// Save checks an LO, phone numbers being read in the event's host
// country, and writes it.
func Save(ctx context.Context, s *data.Store, lo *data.LO) error {
	region, err := event.Region(ctx, s)
	if err != nil {
		return err
	}
	return record.SaveChecked(ctx, s, lo, CheckFields(lo, region))
}
