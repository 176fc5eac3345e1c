package imex

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"lodesk/app/field"
	"lodesk/app/sop"
	"lodesk/data"
)

// Errors about checklist rows; the window translates them by errors.Is.
var (
	ErrNotAssigned    = errors.New("the LO is not assigned to this delegation: import or make the assignment first")
	ErrUnknownItem    = errors.New("no item with this text (English or Indonesian) in this phase of the checklist")
	ErrNotForStatus   = errors.New("this status keeps no name or time here: clear the cell or change the status")
	ErrRecheckTooSoon = errors.New("the re-check is before the check")
)

var (
	phaseWords = map[string]string{
		"prearrival": data.PhasePreArrival, "prakedatangan": data.PhasePreArrival, "praketibaan": data.PhasePreArrival, "sebelumkedatangan": data.PhasePreArrival,
		"arrival": data.PhaseArrival, "kedatangan": data.PhaseArrival, "ketibaan": data.PhaseArrival,
		"event": data.PhaseEvent, "acara": data.PhaseEvent, "kegiatan": data.PhaseEvent,
		"departure": data.PhaseDeparture, "kepulangan": data.PhaseDeparture, "keberangkatan": data.PhaseDeparture,
		"postevent": data.PhasePostEvent, "pascaacara": data.PhasePostEvent, "setelahacara": data.PhasePostEvent,
	}
	checkStatusWords = map[string]string{
		"pending": data.CheckPending, "belum": data.CheckPending, "menunggu": data.CheckPending,
		"checked": data.CheckChecked, "dicek": data.CheckChecked, "sudahdicek": data.CheckChecked, "diperiksa": data.CheckChecked,
		"rechecked": data.CheckRechecked, "dicekulang": data.CheckRechecked, "sudahdicekulang": data.CheckRechecked, "diperiksaulang": data.CheckRechecked,
		"notapplicable": data.CheckNotApplicable, "na": data.CheckNotApplicable, "n/a": data.CheckNotApplicable, "tidakberlaku": data.CheckNotApplicable,
	}
)

// checklistImporter updates the checklist items the app made when the
// assignments were made; it never makes an item. A row matches the item of
// the LO's (full name) checklist for the delegation (code) in the same
// phase whose English or Indonesian text is the row's item (case, spacing
// and diacritics ignored).
type checklistImporter struct {
	los      loIndex
	codes    codeIndex
	assigned map[string]bool // lo id + delegation id
	items    index[data.ChecklistItem]
	target   map[string]int
}

func (c *checklistImporter) load(ctx context.Context, s *data.Store, _ *planner) error {
	los, err := data.All[data.LO](ctx, s)
	if err != nil {
		return err
	}
	c.los = newLOIndex(los)
	ds, err := data.All[data.Delegation](ctx, s)
	if err != nil {
		return err
	}
	c.codes = newCodeIndex(ds)
	as, err := data.All[data.Assignment](ctx, s)
	if err != nil {
		return err
	}
	c.assigned, c.target = map[string]bool{}, map[string]int{}
	byID := map[string]*data.Assignment{}
	for i := range as {
		byID[as[i].ID] = &as[i]
		c.assigned[key(as[i].LOID, as[i].DelegationID)] = true
	}
	its, err := data.All[data.ChecklistItem](ctx, s)
	if err != nil {
		return err
	}
	c.items = index[data.ChecklistItem]{}
	for i := range its {
		it := &its[i]
		a := byID[it.AssignmentID]
		if a == nil {
			continue
		}
		en, id := data.Fold(it.TextEN), data.Fold(it.TextID)
		c.items.add(key(a.LOID, a.DelegationID, it.Phase, en), it)
		if id != "" && id != en {
			c.items.add(key(a.LOID, a.DelegationID, it.Phase, id), it)
		}
	}
	return nil
}

// checkState is an item's state as a row gives it, over the stored one
// for the columns that are not mapped.
type checkState struct {
	status                 string
	checkedBy, recheckedBy string
	checkedAt, recheckedAt time.Time
	reason, notes          string
}

func (c *checklistImporter) row(r *rowCtx) {
	text := r.get("item")
	r.rp.Label = r.get("lo") + " → " + r.get("delegation") + ": " + text
	lo := c.los.find(r, "lo", r.get("lo"))
	d := c.codes.find(r, "delegation", r.get("delegation"))
	var phase string
	if r.get("phase") == "" {
		r.fail("phase", field.ErrRequired)
	} else {
		r.choice("phase", phaseWords, &phase)
	}
	if text == "" {
		r.fail("item", field.ErrRequired)
	}
	if lo == nil || d == nil || phase == "" || text == "" {
		return
	}
	if !c.assigned[key(lo.ID, d.ID)] {
		r.fail("delegation", fmt.Errorf("%s → %s: %w", lo.FullName, d.Code, ErrNotAssigned))
		return
	}
	k := key(lo.ID, d.ID, phase, data.Fold(text))
	switch n := len(c.items[k]); {
	case n == 0:
		r.fail("item", fmt.Errorf("%q (%s): %w", text, phase, ErrUnknownItem))
		return
	case n > 1:
		r.fail("item", fmt.Errorf("%q (%s): %w", text, phase, ErrAmbiguousRow))
		return
	}
	old := c.items.one(k)
	if !claim(r, c.target, old.ID, "item") {
		return
	}
	r.rp.Label = fmt.Sprintf("%s → %s: %s", lo.FullName, d.Code, old.TextEN)
	st, ok := c.state(r, old)
	if !ok {
		return
	}
	rec := *old
	if applyState(r, &rec, st) {
		decide(r.rp, &rec, old)
	}
}

// state reads the row's status, names, times and notes; ok is false after
// a problem.
func (c *checklistImporter) state(r *rowCtx, old *data.ChecklistItem) (st checkState, ok bool) {
	st = checkState{
		status: old.Status, checkedBy: old.CheckedBy, recheckedBy: old.RecheckedBy,
		checkedAt: old.CheckedAt, recheckedAt: old.RecheckedAt, reason: old.NAReason, notes: old.Notes,
	}
	n := len(r.rp.Problems)
	r.choice("status", checkStatusWords, &st.status)
	r.text("checked_by", &st.checkedBy)
	r.text("rechecked_by", &st.recheckedBy)
	if r.has("checked_at") {
		st.checkedAt, _ = r.when("checked_at")
	}
	if r.has("rechecked_at") {
		st.recheckedAt, _ = r.when("rechecked_at")
	}
	if r.has("notes") {
		if st.status == data.CheckNotApplicable {
			st.reason, st.notes = splitNA(r.get("notes"), old.NAReason)
		} else {
			st.reason, st.notes = "", r.get("notes")
		}
	}
	return st, len(r.rp.Problems) == n
}

// splitNA reads a not-applicable item's notes cell as export writes it:
// the reason, then "; " and the notes. A cell that starts with the stored
// reason keeps it whole, even if it holds "; " itself.
func splitNA(cell, stored string) (reason, notes string) {
	if stored != "" {
		if cell == stored {
			return stored, ""
		}
		if rest, ok := strings.CutPrefix(cell, stored+"; "); ok {
			return stored, strings.TrimSpace(rest)
		}
	}
	reason, notes, _ = strings.Cut(cell, "; ")
	return strings.TrimSpace(reason), strings.TrimSpace(notes)
}

// applyState puts st into it through the window's rules (app/sop): a check
// says who and when; a re-check needs a check, an item that asks for one,
// and another person, no earlier than the check; not applicable says who,
// when and why. A field the status does not keep must be empty. It reports
// whether the row is sound.
func applyState(r *rowCtx, it *data.ChecklistItem, st checkState) bool {
	n := len(r.rp.Problems)
	empty := func(col, v string, t time.Time) {
		if v != "" || !t.IsZero() {
			r.fail(col, fmt.Errorf("%s: %w", st.status, ErrNotForStatus))
		}
	}
	need := func(col string, t time.Time) {
		if t.IsZero() {
			r.fail(col, fmt.Errorf("%w: say when (ISO 8601)", field.ErrRequired))
		}
	}
	sop.Reset(it)
	switch st.status {
	case data.CheckPending:
		empty("checked_by", st.checkedBy, time.Time{})
		empty("checked_at", "", st.checkedAt)
		empty("rechecked_by", st.recheckedBy, time.Time{})
		empty("rechecked_at", "", st.recheckedAt)
	case data.CheckChecked:
		need("checked_at", st.checkedAt)
		empty("rechecked_by", st.recheckedBy, time.Time{})
		empty("rechecked_at", "", st.recheckedAt)
		if err := sop.Check(it, st.checkedBy, st.checkedAt); err != nil {
			r.fail("checked_by", err)
		}
	case data.CheckRechecked:
		need("checked_at", st.checkedAt)
		need("rechecked_at", st.recheckedAt)
		if err := sop.Check(it, st.checkedBy, st.checkedAt); err != nil {
			r.fail("checked_by", sop.ErrNotChecked)
			break
		}
		switch err := sop.Recheck(it, st.recheckedBy, st.recheckedAt); {
		case errors.Is(err, sop.ErrNoRecheck):
			r.fail("status", err)
		case err != nil:
			r.fail("rechecked_by", err)
		case st.recheckedAt.Before(st.checkedAt):
			r.fail("rechecked_at", fmt.Errorf("%w (%s)", ErrRecheckTooSoon, isoTime(st.checkedAt, r.pl.loc)))
		}
	case data.CheckNotApplicable:
		need("checked_at", st.checkedAt)
		empty("rechecked_by", st.recheckedBy, time.Time{})
		empty("rechecked_at", "", st.recheckedAt)
		switch err := sop.NotApplicable(it, st.checkedBy, st.reason, st.checkedAt); {
		case errors.Is(err, sop.ErrNoReason):
			r.fail("notes", fmt.Errorf("%w: the notes start with the reason", err))
		case err != nil:
			r.fail("checked_by", err)
		}
	}
	it.Notes = st.notes
	return len(r.rp.Problems) == n
}

func (c *checklistImporter) finish(*planner) {}
