package sop

import (
	"errors"
	"strings"
	"time"

	"lodesk/data"
)

// Errors the window explains.
var (
	ErrNoName         = errors.New("say who checks")
	ErrSamePerson     = errors.New("a re-check must be done by another person than the check")
	ErrNotChecked     = errors.New("check the item before re-checking it")
	ErrNoRecheck      = errors.New("this item needs no re-check")
	ErrNoReason       = errors.New("say why the item does not apply")
	ErrAlreadyChecked = errors.New("the item is already checked")
)

func sameName(a, b string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(a), " "), strings.Join(strings.Fields(b), " "))
}

// Check marks an item done by who at now.
func Check(it *data.ChecklistItem, who string, now time.Time) error {
	who = strings.TrimSpace(who)
	if who == "" {
		return ErrNoName
	}
	if it.Status == data.CheckChecked || it.Status == data.CheckRechecked {
		return ErrAlreadyChecked
	}
	it.Status, it.CheckedBy, it.CheckedAt = data.CheckChecked, who, now
	it.RecheckedBy, it.RecheckedAt, it.NAReason = "", time.Time{}, ""
	return nil
}

// Recheck confirms a checked item; who must not be the person who checked.
func Recheck(it *data.ChecklistItem, who string, now time.Time) error {
	who = strings.TrimSpace(who)
	switch {
	case who == "":
		return ErrNoName
	case !it.NeedsRecheck:
		return ErrNoRecheck
	case it.Status != data.CheckChecked:
		return ErrNotChecked
	case sameName(who, it.CheckedBy):
		return ErrSamePerson
	}
	it.Status, it.RecheckedBy, it.RecheckedAt = data.CheckRechecked, who, now
	return nil
}

// NotApplicable marks an item as not applying, with the reason.
func NotApplicable(it *data.ChecklistItem, who, reason string, now time.Time) error {
	who, reason = strings.TrimSpace(who), strings.TrimSpace(reason)
	if who == "" {
		return ErrNoName
	}
	if reason == "" {
		return ErrNoReason
	}
	it.Status, it.NAReason, it.CheckedBy, it.CheckedAt = data.CheckNotApplicable, reason, who, now
	it.RecheckedBy, it.RecheckedAt = "", time.Time{}
	return nil
}

// Reset returns an item to pending (undo of a mistaken check).
func Reset(it *data.ChecklistItem) {
	it.Status, it.CheckedBy, it.CheckedAt = data.CheckPending, "", time.Time{}
	it.RecheckedBy, it.RecheckedAt, it.NAReason = "", time.Time{}, ""
}

// Done says whether nothing is left to do on an item.
func Done(it *data.ChecklistItem) bool {
	switch it.Status {
	case data.CheckNotApplicable, data.CheckRechecked:
		return true
	case data.CheckChecked:
		return !it.NeedsRecheck
	}
	return false
}
