package sop

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"lodesk/app/field"
	"lodesk/app/record"
	"lodesk/data"
)

// ErrDefaultTemplate refuses to delete the default template.
var ErrDefaultTemplate = errors.New("the default template cannot be deleted")

// CheckTemplate checks a template: a name.
func CheckTemplate(tp *data.SOPTemplate) error {
	tp.Name, tp.Description = strings.TrimSpace(tp.Name), strings.TrimSpace(tp.Description)
	if tp.Name == "" {
		return &field.Error{Field: "name", Err: field.ErrRequired}
	}
	return nil
}

// SaveTemplate checks a template and writes it (its name and
// description).
func SaveTemplate(ctx context.Context, s *data.Store, tp *data.SOPTemplate) error {
	return record.SaveChecked(ctx, s, tp, CheckTemplate(tp))
}

// CopyTemplate writes the new template tp with copies of the items of
// template from (the default one, installed if need be, when from is ""),
// all in one transaction.
func CopyTemplate(ctx context.Context, s *data.Store, from string, tp *data.SOPTemplate) error {
	if err := CheckTemplate(tp); err != nil {
		return err
	}
	tp.ID, tp.IsDefault = "", false
	err := s.Write(ctx, func(tx *data.Tx) error {
		if from == "" {
			id, err := EnsureDefault(tx)
			if err != nil {
				return err
			}
			from = id
		}
		items, err := tx.FindSOPItems(from)
		if err != nil {
			return err
		}
		if err := tx.Insert(tp); err != nil {
			return err
		}
		for _, it := range items {
			it.ID, it.TemplateID = "", tp.ID
			if err := tx.Insert(&it); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("copy template: %w", err)
	}
	return nil
}

// RemoveTemplate deletes a template with its items, with undo; the
// default template stays.
func RemoveTemplate(ctx context.Context, s *data.Store, tp *data.SOPTemplate) (*record.Removal, error) {
	if tp.IsDefault {
		return nil, ErrDefaultTemplate
	}
	return record.Remove(ctx, s, tp)
}

// CheckItem checks a template's item, tidying it in place: a phase, its
// text in English and in Bahasa Indonesia, a position from 1 (0: at the
// end of its phase, which SaveItem works out).
func CheckItem(it *data.SOPItem) error {
	it.TextEN, it.TextID = strings.TrimSpace(it.TextEN), strings.TrimSpace(it.TextID)
	switch {
	case it.TemplateID == "":
		return &field.Error{Field: "template", Err: field.ErrRequired}
	case !slices.Contains(data.Phases, it.Phase):
		return &field.Error{Field: "phase", Err: field.ErrRequired}
	case it.Position < 0:
		return &field.Error{Field: "position", Err: field.ErrBadNumber}
	case it.TextEN == "":
		return &field.Error{Field: "text_en", Err: field.ErrRequired}
	case it.TextID == "":
		return &field.Error{Field: "text_id", Err: field.ErrRequired}
	}
	return nil
}

// SaveItem checks a template's item and writes it; position 0 puts it at
// the end of its phase.
func SaveItem(ctx context.Context, s *data.Store, it *data.SOPItem) error {
	if err := CheckItem(it); err != nil {
		return err
	}
	err := s.Write(ctx, func(tx *data.Tx) error {
		if it.Position == 0 {
			others, err := tx.FindSOPItems(it.TemplateID)
			if err != nil {
				return err
			}
			it.Position = 1
			for _, o := range others {
				if o.Phase == it.Phase && o.ID != it.ID && o.Position >= it.Position {
					it.Position = o.Position + 1
				}
			}
		}
		return record.Put(tx, it)
	})
	if err != nil {
		return fmt.Errorf("save SOP item: %w", err)
	}
	return nil
}

// SaveChecklistItem writes a checklist item whose state Check, Recheck,
// NotApplicable or Reset changed, or whose note was edited.
func SaveChecklistItem(ctx context.Context, s *data.Store, it *data.ChecklistItem) error {
	if err := record.Save(ctx, s, it); err != nil {
		return fmt.Errorf("save checklist item: %w", err)
	}
	return nil
}
